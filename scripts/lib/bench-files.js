// Which files of bench/ `npm run bench` runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A benchmark prints its figures through bench/lib.ts's `report`. */
const PRINTS_FIGURES = /import\s*\{[^}]*\breport\b[^}]*\}\s*from\s*'\.\/lib\.js'/;

/**
 * The benchmarks in `benchDir`, sorted, optionally only those whose name contains one of `only`.
 * Files that print no figures are left out: the modules the benchmarks share (nothing to run), and
 * diagnostics that are run by hand (journey-heap-snapshots.ts writes heap snapshots for minutes).
 * Recognising a benchmark by what it does, not by a list, keeps a new shared module out of the run.
 */
export function benchmarkFiles(benchDir, only = []) {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => only.length === 0 || only.some((part) => file.includes(part)))
    .filter((file) => PRINTS_FIGURES.test(readFileSync(join(benchDir, file), 'utf8')))
    .sort();
}
