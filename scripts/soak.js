// `npm run soak -- --sessions N`: builds what is missing, then runs scripts/soak-sessions.ts (see there).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureBuilt } from './lib/build-state.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureBuilt(root);
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'scripts', 'soak-sessions.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
