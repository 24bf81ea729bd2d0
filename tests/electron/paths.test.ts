import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { resolveKioskPaths } from '../../main/electron/paths.js';

const base = {
  appPath: '/opt/kiosk/resources/app.asar',
  resourcesPath: '/opt/kiosk/resources',
  userData: '/home/par/.config/RedSafe PAR Kiosk',
  env: {},
};

describe('resolveKioskPaths', () => {
  it('uses the packaged sample configuration and userData by default', () => {
    const paths = resolveKioskPaths({ ...base, isPackaged: true });
    expect(paths.configDir).toBe(join('/opt/kiosk/resources', 'kiosk-config'));
    expect(paths.dataDir).toBe(join(base.userData, 'data'));
    expect(paths.rendererDir).toBe(join(base.appPath, 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(join(base.appPath, 'dist', 'main', 'electron', 'preload.cjs'));
  });

  it('uses the repository folders in development', () => {
    const paths = resolveKioskPaths({ ...base, isPackaged: false, appPath: '/src/kiosk' });
    expect(paths.configDir).toBe(join('/src/kiosk', 'kiosk-config'));
  });

  it('takes absolute overrides from the environment', () => {
    const paths = resolveKioskPaths({
      ...base,
      isPackaged: true,
      env: { KIOSK_CONFIG_DIR: '/etc/redsafe-kiosk', KIOSK_DATA_DIR: '/var/lib/redsafe-kiosk' },
    });
    expect(paths.configDir).toBe('/etc/redsafe-kiosk');
    expect(paths.dataDir).toBe('/var/lib/redsafe-kiosk');
  });

  it('refuses a relative override, which would depend on the working directory', () => {
    expect(() => resolveKioskPaths({ ...base, isPackaged: true, env: { KIOSK_CONFIG_DIR: 'kiosk-config' } })).toThrow(
      /absolute/,
    );
  });
});
