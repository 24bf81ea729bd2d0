// The preload runs in Electron's sandbox, which loads one CommonJS file and cannot import ES
// modules or arbitrary packages: bundle it (with the contract's method list) into preload.cjs.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'main', 'electron', 'preload.ts')],
  outfile: join(root, 'dist', 'main', 'electron', 'preload.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
});
