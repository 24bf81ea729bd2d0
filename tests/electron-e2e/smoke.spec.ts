import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

import type { KioskApi } from '../../main/contract/index.js';
import { REPO_ROOT } from '../support/kiosk-fixture.js';

declare global {
  interface Window {
    kiosk?: KioskApi;
  }
}

test('the packaged shell starts, serves app://kiosk, exposes only window.kiosk and answers calls', async () => {
  const executablePath = process.env.ELECTRON_BINARY;
  if (executablePath === undefined) throw new Error('ELECTRON_BINARY is not set (scripts/test.js sets it).');
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-electron-'));
  const args = [REPO_ROOT];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const app = await electron.launch({ executablePath, args, env: { ...process.env, KIOSK_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://kiosk/index.html');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const info = await page.evaluate(async () => (await window.kiosk?.getKioskInfo()) ?? null);
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
    // Context isolation and the sandbox: no Node in the page, no raw IPC.
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      ipc: typeof (globalThis as Record<string, unknown>).ipcRenderer,
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined' });
    const popup = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(popup).toBe(true);
  } finally {
    await app.close();
  }
});
