// `npm start`: build what is missing or out of date, then run the kiosk in Electron. Where no
// Electron binary can be had (machines that reach only the npm registry), say so in one line and
// run the web host instead, in a Chromium app window when there is a display: maximised on a
// developer's desktop, in Chromium's kiosk mode with `npm start -- --kiosk` (or KIOSK_BROWSER_KIOSK=1).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureBuilt } from './lib/build-state.js';
import { findChromium, chromiumArgs, kioskWindowArgs } from './lib/chromium.js';
import { electronBinary } from './lib/electron-binary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forceWeb = process.argv.includes('--web') || process.env.KIOSK_WEB === '1';
const kioskWindow = process.argv.includes('--kiosk') || process.env.KIOSK_BROWSER_KIOSK === '1';
/** Options of this script, not of `kioskctl serve`. */
const OWN_OPTIONS = new Set(['--web', '--kiosk']);

ensureBuilt(root);

const electron = forceWeb ? null : electronBinary(root);
if (electron !== null) {
  const child = spawn(electron, [root], { stdio: 'inherit', env: process.env });
  child.on('exit', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
} else {
  if (!forceWeb) {
    console.log('No Electron binary can be obtained on this machine; starting the kiosk in the web host instead.');
  }
  startWebHost();
}

function startWebHost() {
  const args = [join(root, 'bin', 'kioskctl.js'), 'serve', ...process.argv.slice(2).filter((a) => !OWN_OPTIONS.has(a))];
  const host = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let browser = null;
  let buffered = '';
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    buffered += chunk.toString();
    const match = /RedSafe kiosk web host: (\S+)/.exec(buffered);
    if (match && browser === null) browser = openAppWindow(match[1]);
  });
  host.on('exit', (code) => {
    if (browser) browser.kill();
    process.exit(code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (browser) browser.kill();
      host.kill(signal);
    });
  }
}

function openAppWindow(url) {
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const chromium = findChromium();
  if (!hasDisplay || chromium === null) {
    console.log(
      `Open ${url} in Chromium or Chrome to use the kiosk (${chromium === null ? 'no Chromium found' : 'no display'}).`,
    );
    return false;
  }
  const profile = join(root, '.kiosk-data', 'browser-profile');
  const child = spawn(chromium, [...chromiumArgs({ profile }), ...kioskWindowArgs(url, { kiosk: kioskWindow })], {
    stdio: 'ignore',
  });
  child.on('error', () => console.log(`Could not start ${chromium}; open ${url} in a browser.`));
  return child;
}
