// `npm run bench`: runs every benchmark in bench/ (each prints `BENCH {json}` lines) and prints one
// table with the machine it ran on. Figures are printed, never asserted: the test suite has no
// timing assertions. Builds first, since several benchmarks measure the built output.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { benchmarkFiles } from './lib/bench-files.js';
import { ensureBuilt } from './lib/build-state.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
ensureBuilt(root);

const benches = benchmarkFiles(join(root, 'bench'), only);

const rows = [];
let failures = 0;
for (const file of benches) {
  process.stderr.write(`running bench/${file} …\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', file)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (run.stdout ?? '').split('\n').filter((l) => l.startsWith('BENCH '));
  for (const line of lines) rows.push({ bench: file, ...JSON.parse(line.slice(6)) });
  if (run.status !== 0) {
    failures += 1;
    rows.push({
      bench: file,
      figure: 'FAILED',
      value: '',
      unit: '',
      note: (run.stderr ?? '').trim().split('\n').slice(-3).join(' '),
    });
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Machine: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log('');
console.log('| bench | figure | value | unit | measured against |');
console.log('|---|---|---:|---|---|');
for (const r of rows) {
  console.log(`| ${r.bench} | ${r.figure} | ${r.value} | ${r.unit} | ${r.against ?? r.note ?? ''} |`);
}
process.exit(failures === 0 ? 0 : 1);
