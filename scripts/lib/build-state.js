// Builds only what is missing or older than its sources, so `npm start` is quick after the first
// run and never serves stale screens after an edit.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function outputTime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : -1;
}

function run(root, script) {
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`"npm run ${script}" failed; fix the error above and start again.`);
    process.exit(result.status ?? 1);
  }
}

export function ensureBuilt(root) {
  const mainOut = join(root, 'dist', 'main', 'cli', 'kioskctl.js');
  const preloadOut = join(root, 'dist', 'main', 'electron', 'preload.cjs');
  const mainSources = newestMtime(join(root, 'main'));
  if (Math.min(outputTime(mainOut), outputTime(preloadOut)) < mainSources) run(root, 'build:main');

  const rendererOut = join(root, 'dist', 'renderer', 'index.html');
  const rendererSources = Math.max(
    newestMtime(join(root, 'renderer')),
    newestMtime(join(root, 'locales')),
    newestMtime(join(root, 'main', 'contract')),
  );
  if (outputTime(rendererOut) < rendererSources) run(root, 'build:renderer');
}
