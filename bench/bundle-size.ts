// Size of the renderer bundle as a kiosk downloads it from the web host (and reads it from the
// asar in Electron): JavaScript and CSS, raw and gzipped. The first figure is what stands between a
// visitor and the first screen: the entry script of index.html and every chunk it imports
// statically. Chunks loaded later with import() (staff mode, the web client's checks, each
// language's whole messages file) are counted apart.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { report, ROOT } from './lib.js';

const renderer = join(ROOT, 'dist', 'renderer');
const assets = join(renderer, 'assets');

interface Size {
  readonly raw: number;
  readonly gz: number;
}

const sizes = new Map<string, Size>();
const code = new Map<string, string>();
for (const file of await readdir(assets)) {
  const body = await readFile(join(assets, file));
  sizes.set(file, { raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  if (file.endsWith('.js')) code.set(file, body.toString('utf8'));
}

/** Static imports of a chunk (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const text = code.get(file) ?? '';
  const found = new Set<string>();
  for (const match of text.matchAll(/\bimport\s*(?:[\w${},*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    if (match[1] !== undefined) found.add(match[1]);
  }
  return [...found];
}

function closure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) walk(next);
  };
  roots.forEach(walk);
  return seen;
}

const html = await readFile(join(renderer, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\.\/assets\/([\w.-]+\.js)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
if (entries.length === 0) throw new Error('dist/renderer/index.html names no entry script');
const first = closure(entries);
// Chunks nothing imports statically are the targets of import(): staff mode is fetched once the
// first screen is idle (and on demand); the others (the web client's checks, each language's
// messages) right after start. A chunk both reach is counted with the ones fetched at start.
const imported = new Set([...code.keys()].flatMap(staticImports));
const roots = [...code.keys()].filter((f) => !first.has(f) && !imported.has(f));
const staffRoots = roots.filter((f) => f.startsWith('StaffShell-'));
const atStart = new Set([...closure(roots.filter((f) => !staffRoots.includes(f)))].filter((f) => !first.has(f)));
const staff = new Set([...closure(staffRoots)].filter((f) => !first.has(f) && !atStart.has(f)));
const kib = (bytes: number): number => Math.round(bytes / 102.4) / 10;
const sum = (files: Iterable<string>, key: keyof Size): number =>
  [...files].reduce((total, f) => total + (sizes.get(f)?.[key] ?? 0), 0);
const jsFiles = [...code.keys()];
const later = [...atStart];

report({
  figure: 'first-screen JavaScript, gzipped',
  value: kib(sum(first, 'gz')),
  unit: 'KiB',
  note: `${[...first].join(', ')}; raw ${kib(sum(first, 'raw'))} KiB`,
});
report({
  figure: 'staff mode JavaScript (on demand), gzipped',
  value: kib(sum(staff, 'gz')),
  unit: 'KiB',
  note: [...staff].join(', '),
});
report({
  figure: 'chunks fetched right after the first screen, gzipped',
  value: kib(sum(later, 'gz')),
  unit: 'KiB',
  note: later.join(', '),
});
report({ figure: 'renderer JavaScript, all chunks, gzipped', value: kib(sum(jsFiles, 'gz')), unit: 'KiB' });
report({ figure: 'renderer JavaScript, all chunks, raw', value: kib(sum(jsFiles, 'raw')), unit: 'KiB' });
const css = [...sizes.keys()].filter((f) => f.endsWith('.css'));
report({
  figure: 'renderer CSS, gzipped',
  value: kib(sum(css, 'gz')),
  unit: 'KiB',
  note: `raw ${Math.round(sum(css, 'raw') / 1024)} KiB`,
});
