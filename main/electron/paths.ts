import { isAbsolute, join, resolve } from 'node:path';

export interface PathInputs {
  readonly isPackaged: boolean;
  /** `app.getAppPath()`: the package root in development, the asar file when packaged. */
  readonly appPath: string;
  /** `process.resourcesPath`: where packaged extra resources (the sample configuration) live. */
  readonly resourcesPath: string;
  /** `app.getPath('userData')`. */
  readonly userData: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface KioskPaths {
  readonly rendererDir: string;
  readonly preloadPath: string;
  readonly configDir: string;
  readonly dataDir: string;
}

/**
 * Where the Electron app finds its parts. A site points the app at its own configuration with
 * `KIOSK_CONFIG_DIR` (the installers set it); without it the bundled sample runs, so a fresh install
 * shows a working kiosk. Data goes to Electron's per-app `userData` unless `KIOSK_DATA_DIR` says
 * otherwise. Relative overrides are refused: the working directory of an autostarted app is arbitrary.
 */
export function resolveKioskPaths(inputs: PathInputs): KioskPaths {
  const fromEnv = (name: string): string | undefined => {
    const value = inputs.env[name];
    if (value === undefined || value.trim() === '') return undefined;
    if (!isAbsolute(value)) throw new Error(`${name} must be an absolute path, got "${value}"`);
    return resolve(value);
  };
  const bundledConfig = inputs.isPackaged
    ? join(inputs.resourcesPath, 'kiosk-config')
    : join(inputs.appPath, 'kiosk-config');
  return {
    rendererDir: join(inputs.appPath, 'dist', 'renderer'),
    preloadPath: join(inputs.appPath, 'dist', 'main', 'electron', 'preload.cjs'),
    configDir: fromEnv('KIOSK_CONFIG_DIR') ?? bundledConfig,
    dataDir: fromEnv('KIOSK_DATA_DIR') ?? join(inputs.userData, 'data'),
  };
}
