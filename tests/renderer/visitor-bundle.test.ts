// What the first screen's bundle holds, from a real production build of the renderer (unminified,
// into a temporary folder, where each module starts with a `// path` comment): staff mode, zod and
// the whole message files must stay out of the entry chunk, so a visitor's first screen never waits
// for them. A new staff screen registered in StaffShell.tsx lands in the staff chunk by itself;
// importing one from visitor code would fail here. The visitor's follow-up screen is a chunk of its
// own too (renderer/src/app/follow-up-chunk.ts): a static import of it anywhere would fail here.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let outDir = '';
const modules = new Map<string, string[]>();
/** Each chunk's code, to find where it is fetched with `import("./x.js")`. */
const texts = new Map<string, string>();
/** Chunks each chunk imports statically (`import … from "./x.js"`): loaded before it runs. */
const staticImports = new Map<string, string[]>();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'kiosk-bundle-'));
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(root, 'renderer', 'vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--minify',
      'false',
      '--logLevel',
      'error',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`vite build failed: ${run.stderr}`);
  const assets = join(outDir, 'assets');
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js')) continue;
    const text = await readFile(join(assets, file), 'utf8');
    texts.set(file, text);
    staticImports.set(
      file,
      [...text.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)"/gm)].flatMap((m) => (m[1] === undefined ? [] : [m[1]])),
    );
    modules.set(
      file,
      [...text.matchAll(/^\/\/ (\S+)$/gm)].flatMap((m) => (m[1] === undefined ? [] : [m[1].replaceAll('\\', '/')])),
    );
  }
}, 120_000);

afterAll(async () => {
  if (outDir !== '') await rm(outDir, { recursive: true, force: true });
});

function chunkName(prefix: string): string {
  const name = [...modules.keys()].find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no chunk named ${prefix}… among ${[...modules.keys()].join(', ')}`);
  return name;
}

function chunk(prefix: string): string[] {
  return modules.get(chunkName(prefix)) ?? [];
}

/** The chunks loaded with `file` before it runs: itself and every chunk it imports statically. */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>([file]);
  const visit = (from: string): void => {
    for (const next of staticImports.get(from) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(file);
  return seen;
}

/** The visitor's follow-up screen and what only it (and staff mode) uses. */
const FOLLOW_UP_SCREEN = 'renderer/src/screens/FollowUpScreen.tsx';
const VISITOR_SCANNER = 'renderer/src/screens/follow-up/VisitorScanner.tsx';
const FOLLOW_UP_ONLY = [
  FOLLOW_UP_SCREEN,
  VISITOR_SCANNER,
  'renderer/src/scanner/use-camera-present.ts',
  'renderer/src/scanner/use-qr-scanner.ts',
  'renderer/src/components/CodeKeypad.tsx',
];

describe('the first screen bundle', () => {
  it('holds no staff screen, no zod and no whole messages file', () => {
    const entry = chunk('index-');
    // The visitor's screens are there (a check that the module list is read at all).
    expect(entry).toContain('renderer/src/screens/LanguageScreen.tsx');
    // Only the two small helpers visitor mode needs to open staff mode may come from staff/.
    expect(
      entry.filter((id) => id.startsWith('renderer/src/staff/') && !/(use-staff-entry|staff-time)\.ts$/.test(id)),
    ).toEqual([]);
    expect(entry.filter((id) => id.includes('node_modules/zod/'))).toEqual([]);
    expect(entry.filter((id) => /locales\/\w+\.json$/.test(id))).toEqual([]);
  });

  it('imports no chunk before the first screen that holds zod or staff mode', () => {
    const entryName = [...modules.keys()].find((file) => file.startsWith('index-')) ?? '';
    const before = new Set<string>();
    const visit = (file: string): void => {
      for (const next of staticImports.get(file) ?? []) {
        if (before.has(next)) continue;
        before.add(next);
        visit(next);
      }
    };
    visit(entryName);
    const loaded = [...before].flatMap((file) => modules.get(file) ?? []);
    expect(loaded.filter((id) => id.includes('node_modules/zod/'))).toEqual([]);
    expect(loaded.filter((id) => id.startsWith('renderer/src/staff/'))).toEqual([]);
  });

  it("keeps the QR decoder out of it: the visitor's scanner fetches it only when opened", () => {
    const entry = chunk('index-');
    expect(entry.filter((id) => id.includes('node_modules/@zxing/'))).toEqual([]);
    expect(entry).not.toContain('renderer/src/scanner/qr-frame-decoder.ts');
    // Not in the follow-up screen's chunk either: fetched when the camera is opened.
    const followUp = chunk('FollowUpScreen-');
    expect(followUp.filter((id) => id.includes('node_modules/@zxing/'))).toEqual([]);
    expect(followUp).not.toContain('renderer/src/scanner/qr-frame-decoder.ts');
    const decoder = chunk('qr-frame-decoder-');
    expect(decoder).toContain('renderer/src/scanner/qr-frame-decoder.ts');
    expect(decoder.some((id) => id.includes('node_modules/@zxing/library/'))).toBe(true);
  });

  it('loads staff mode, with its screen registry, from a chunk of its own', () => {
    const staff = chunk('StaffShell-');
    expect(staff).toContain('renderer/src/staff/StaffShell.tsx');
    expect(staff).toContain('renderer/src/staff/StaffHomeScreen.tsx');
    expect(staff).toContain('renderer/src/staff/ReportsScreen.tsx');
  });

  it("holds neither the visitor's follow-up screen nor its scanner, keypad or camera hooks", () => {
    const first = [...staticClosure(chunkName('index-'))].flatMap((file) => modules.get(file) ?? []);
    // The visitor's other screens are there (the module list is read at all).
    expect(first).toContain('renderer/src/screens/HomeScreen.tsx');
    expect(first.filter((id) => FOLLOW_UP_ONLY.includes(id))).toEqual([]);
  });

  it('loads the follow-up screen and its scanner from a chunk that only import() reaches', () => {
    const name = chunkName('FollowUpScreen-');
    // Both in that chunk, so the screen draws its scanner without a fetch of its own.
    expect(modules.get(name)).toEqual(expect.arrayContaining([FOLLOW_UP_SCREEN, VISITOR_SCANNER]));
    // No other chunk holds them (a static import from elsewhere would move them out of it)…
    const elsewhere = [...modules].filter(
      ([file, ids]) => file !== name && (ids.includes(FOLLOW_UP_SCREEN) || ids.includes(VISITOR_SCANNER)),
    );
    expect(elsewhere.map(([file]) => file)).toEqual([]);
    // …and no chunk imports it statically: only the follow-up boundary's import() fetches it.
    const importers = [...staticImports].filter(([, imported]) => imported.includes(name));
    expect(importers.map(([file]) => file)).toEqual([]);
    const dynamicImporters = [...texts].filter(([, text]) => text.includes(`import("./${name}")`));
    expect(dynamicImporters.map(([file]) => file)).toEqual([chunkName('index-')]);
  });
});
