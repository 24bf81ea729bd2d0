// Electron downloads its binary on first use (not at npm install). On machines that reach only
// the npm registry that download fails: try once, with a deadline, and report null.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOWNLOAD_TIMEOUT_MS = 120_000;

function installedBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function electronBinary(root, { tryDownload = true } = {}) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      process.platform === 'win32' ? 'electron.exe' : 'electron',
    );
    return existsSync(binary) ? binary : null;
  }
  const electronDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(electronDir, 'install.js'))) return null;
  const found = installedBinary(electronDir);
  if (found !== null || !tryDownload) return found;
  const attempt = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  return attempt.status === 0 ? installedBinary(electronDir) : null;
}
