import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { benchmarkFiles } from '../../scripts/lib/bench-files.js';

const BENCH_DIR = join(import.meta.dirname, '..', '..', 'bench');

describe('the benchmarks `npm run bench` runs', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('runs every file of bench/ that prints figures, and neither shared modules nor diagnostics', () => {
    const files = benchmarkFiles(BENCH_DIR);
    expect(files).toEqual(expect.arrayContaining(['journey-latency.ts', 'journey-heap.ts', 'bundle-size.ts']));
    for (const notABenchmark of [
      'lib.ts',
      'journey-lib.ts',
      'pipe-kiosk.ts',
      'cdp-pipe.ts',
      'report-data.ts',
      'heap-snapshot-summary.ts',
      'journey-heap-snapshots.ts',
    ]) {
      expect(files).not.toContain(notABenchmark);
    }
    expect(files).toEqual([...files].sort());
  });

  it('recognises a benchmark by its import of report, and keeps only the names asked for', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-files-'));
    await writeFile(join(dir, 'b-speed.ts'), "import { median, report } from './lib.js';\nreport({});\n");
    await writeFile(join(dir, 'a-memory.ts'), "import {\n  report,\n} from './lib.js';\n");
    await writeFile(join(dir, 'shared.ts'), "import { median } from './lib.js';\nexport const x = median([1]);\n");
    await writeFile(join(dir, 'other-report.ts'), "import { report } from './elsewhere.js';\n");
    await writeFile(join(dir, 'notes.md'), "import { report } from './lib.js';\n");
    expect(benchmarkFiles(dir)).toEqual(['a-memory.ts', 'b-speed.ts']);
    expect(benchmarkFiles(dir, ['speed'])).toEqual(['b-speed.ts']);
    expect(benchmarkFiles(dir, ['nothing-like-it'])).toEqual([]);
  });
});
