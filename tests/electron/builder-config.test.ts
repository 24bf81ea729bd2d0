import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../support/kiosk-fixture.js';

// electron-builder's own validator (the one `electron-builder` runs before building), offline:
// it checks the configuration against the schema shipped in app-builder-lib.
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

interface BuilderConfig {
  extends?: string;
  files: string[];
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  linux: { target: { target: string }[] };
  deb: { afterInstall: string; afterRemove: string };
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
}

/** electron-builder's `files` globs, enough of them for these paths: `*` within a folder, `**` across folders. */
function globMatches(glob: string, path: string): boolean {
  const pattern = glob
    .split('**/')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('(?:[^/]+/)*');
  return new RegExp(`^${pattern}$`).test(path);
}

function readConfig(name: string): BuilderConfig {
  return load(readFileSync(join(REPO_ROOT, name), 'utf8')) as BuilderConfig;
}

describe('electron-builder.yml', () => {
  const config = readConfig('electron-builder.yml');

  it('passes electron-builder 26 schema validation', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is rejected by the same validator when a key is misspelt (the check is real)', async () => {
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, oneclick: false } }, quietLogger),
    ).rejects.toThrow(/configuration\.nsis/);
  });

  it('builds a per-machine NSIS installer that is not one-click, and a deb', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, include: 'build/installer.nsh' });
    expect(config.linux.target.map((t) => t.target)).toEqual(['deb']);
    expect(config.extraResources).toContainEqual({ from: 'kiosk-config', to: 'kiosk-config' });
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('is what `npm run dist` and `npm run dist:e2e` build from, never publishing anywhere', () => {
    const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.dist).toMatch(/^npm run build && electron-builder --config electron-builder\.yml --publish never$/);
    expect(scripts['dist:e2e']).toMatch(/electron-builder --config electron-builder\.e2e\.yml --publish never$/);
  });

  it("packs every locale file: the screens' files and the slip and report words main reads", () => {
    const files = readdirSync(join(REPO_ROOT, 'locales'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .map((file) => `locales/${file.replace(/\\/g, '/')}`);
    expect(files).toEqual(
      expect.arrayContaining(['locales/ht.json', 'locales/slip/ht.json', 'locales/reports/ht.json']),
    );
    const included = config.files.filter((glob) => !glob.startsWith('!'));
    for (const file of files)
      expect(
        included.some((glob) => globMatches(glob, file)),
        file,
      ).toBe(true);
    // The check itself: the old glob missed the namespace folders.
    expect(globMatches('locales/*.json', 'locales/slip/ht.json')).toBe(false);
  });

  it('flips the fuses a kiosk needs', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('electron-builder.e2e.yml (the build Playwright can launch)', () => {
  const e2e = readConfig('electron-builder.e2e.yml');

  it('passes schema validation and differs from the kiosk build only by the inspect fuse', async () => {
    await expect(validateConfiguration(e2e, quietLogger)).resolves.toBeUndefined();
    const main = readConfig('electron-builder.yml');
    expect(e2e.extends).toBe('electron-builder.yml');
    expect(e2e.electronFuses).toEqual({ ...main.electronFuses, enableNodeCliInspectArguments: true });
  });
});

describe('deb maintainer scripts', () => {
  // electron-builder replaces every ${name} with its macro and fails on unknown names: render
  // the scripts the same way, then let bash parse them.
  const macros: Record<string, string> = {
    executable: 'redsafe-par-kiosk',
    sanitizedProductName: 'RedSafe PAR Kiosk',
    productFilename: 'RedSafe PAR Kiosk',
  };

  it.each(['build/linux/after-install.sh', 'build/linux/after-remove.sh'])(
    '%s uses only known macros and parses',
    (path) => {
      const text = readFileSync(join(REPO_ROOT, path), 'utf8');
      const rendered = text.replace(/\$\{([a-zA-Z]+)\}/g, (_match, name: string) => {
        const value = macros[name];
        if (value === undefined) throw new Error(`${path} uses \${${name}}, which electron-builder would reject`);
        return value;
      });
      const file = join(mkdtempSync(join(tmpdir(), 'kiosk-deb-')), 'script.sh');
      writeFileSync(file, rendered);
      const parse = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
      expect(parse.stderr).toBe('');
      expect(parse.status).toBe(0);
    },
  );

  it('installs a user unit that restarts the app and an autostart entry', () => {
    const text = readFileSync(join(REPO_ROOT, 'build/linux/after-install.sh'), 'utf8');
    expect(text).toContain('Restart=always');
    expect(text).toContain('/etc/xdg/autostart/redsafe-par-kiosk.desktop');
    expect(text).toContain('Environment=KIOSK_CONFIG_DIR=');
  });
});
