// Writes the Linux session around the kiosk (scripts/lib/linux-session.js), as root on the kiosk
// PC, then enables it. For browser mode, run from the kiosk's folder after `npm ci && npm run build`:
//
//   node scripts/linux-session.js --mode browser [--compositor cage|openbox] [--user kiosk]
//
// The .deb installs the Electron app's session itself (build/linux/after-install.sh), from the
// files `--deb-files` writes into build/linux/session/ (a test fails while they are stale).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { HOST_SERVICE, SESSION_SERVICE, sessionFiles } from './lib/linux-session.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'browser' },
    compositor: { type: 'string', default: 'cage' },
    user: { type: 'string', default: 'kiosk' },
    'deb-files': { type: 'boolean', default: false },
  },
});

if (values['deb-files']) {
  writeDebFiles();
} else {
  install();
}

/** The Electron app's session files for the .deb, under build/linux/session/<compositor>/. */
function writeDebFiles() {
  const out = join(root, 'build', 'linux', 'session');
  rmSync(out, { recursive: true, force: true });
  for (const compositor of ['cage', 'openbox']) {
    // The kiosk account's home is filled in by after-install.sh: ~ stands for it here.
    for (const file of sessionFiles({ mode: 'electron', compositor, home: '~' })) {
      const target = join(out, compositor, file.path.replace(/^~\//, 'home/').replace(/^\//, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      chmodSync(target, file.mode);
    }
  }
  console.log(`Wrote ${out}`);
}

function install() {
  if (process.getuid?.() !== 0) throw new Error('Run as root: the session is the machine’s.');
  const user = values.user;
  const home = execFileSync('getent', ['passwd', user], { encoding: 'utf8' }).split(':')[5];
  const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));
  const files = sessionFiles({
    mode: values.mode,
    compositor: values.compositor,
    user,
    home,
    appDir: root,
    node: process.execPath,
    chromiumPolicy: readFileSync(join(root, 'build', 'linux', 'chromium-policy.json'), 'utf8'),
  });
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
    chmodSync(file.path, file.mode);
    // The openbox profile belongs to the kiosk account; everything else to root.
    if (home !== undefined && file.path.startsWith(`${home}/`)) chownSync(file.path, uid, gid);
    console.log(`wrote ${file.path}`);
  }
  execFileSync('systemctl', ['daemon-reload'], { stdio: 'inherit' });
  if (values.mode === 'browser') execFileSync('systemctl', ['enable', HOST_SERVICE], { stdio: 'inherit' });
  if (values.compositor === 'cage') {
    execFileSync('systemctl', ['enable', SESSION_SERVICE], { stdio: 'inherit' });
    execFileSync('systemctl', ['set-default', 'graphical.target'], { stdio: 'inherit' });
  }
  console.log('Restart the machine to start the kiosk session.');
}
