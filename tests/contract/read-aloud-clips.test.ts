// Every text a visitor screen shows has a clip id (or a stated reason not to be read aloud). The
// keys are read from the screens' own source, so a new text or a new screen without a clip id
// fails here before anyone ships a silent screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  clipCoverage,
  localeText,
  NOT_READ_ALOUD,
  screenLocaleClipIds,
  VISITOR_SCREEN_CLIPS,
  type ClipManifest,
  type LocaleTree,
  type ScreenClips,
  type VisitorScreen,
} from '../../main/contract/index.js';
import { SCREEN_NAMES } from '../../renderer/src/navigation/routes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENS = join(ROOT, 'renderer', 'src', 'screens');
const APP = join(ROOT, 'renderer', 'src', 'app');
const es = JSON.parse(readFileSync(join(ROOT, 'locales', 'es.json'), 'utf8')) as LocaleTree;

/**
 * A screen drawn through a chunk boundary (`../app/FollowUpBoundary.js`): the screen file its chunk
 * loads with `import()`, found through the boundary's `*-chunk.js` import.
 */
function chunkScreenFile(boundaryFile: string): string | undefined {
  const boundary = readFileSync(join(APP, boundaryFile), 'utf8');
  const chunk = /import \{ \w+ \} from '\.\/([\w-]+-chunk)\.js';/.exec(boundary)?.[1];
  if (chunk === undefined) return undefined;
  const source = readFileSync(join(APP, `${chunk}.ts`), 'utf8');
  return /import\('\.\.\/screens\/([\w/.-]+)\.js'\)/.exec(source)?.[1]?.concat('.tsx');
}

/** Route name → the component file that draws it, read from the screen registry's switch. */
function screenFiles(): Map<string, string> {
  const source = readFileSync(join(SCREENS, 'registry.tsx'), 'utf8');
  // Component name → its file, from the registry's imports (screens may live in sub-folders, or
  // in a chunk of their own behind a boundary).
  const imports = new Map<string, string>();
  for (const match of source.matchAll(/import \{ (\w+) \} from '\.\/([\w/.-]+)\.js';/g)) {
    imports.set(match[1] ?? '', `${match[2] ?? ''}.tsx`);
  }
  for (const match of source.matchAll(/import \{ (\w+Boundary) \} from '\.\.\/app\/([\w-]+)\.js';/g)) {
    const screen = chunkScreenFile(`${match[2] ?? ''}.tsx`);
    if (screen !== undefined) imports.set(match[1] ?? '', screen);
  }
  const files = new Map<string, string>();
  for (const match of source.matchAll(/case '([a-z-]+)':\s*(?:\/\/[^\n]*\n\s*)?return <(\w+)/g)) {
    const component = match[2] ?? '';
    files.set(match[1] ?? '', imports.get(component) ?? `${component}.tsx`);
  }
  return files;
}

/** The boundaries the registry draws chunked screens through (their waits and failures are visitor screens too). */
function boundaryFiles(): string[] {
  const source = readFileSync(join(SCREENS, 'registry.tsx'), 'utf8');
  return [...source.matchAll(/import \{ \w+Boundary \} from '\.\.\/app\/([\w-]+)\.js';/g)].map(
    (match) => `${match[1] ?? ''}.tsx`,
  );
}

/** Literal keys and the fixed prefixes of template keys a source file shows. */
function shownKeys(source: string): { keys: string[]; prefixes: string[] } {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const match of source.matchAll(/\bt\(\s*'([^']+)'|\)\(\s*'([^']+)'|messageKey="([^"]+)"/g)) {
    keys.add(match[1] ?? match[2] ?? match[3] ?? '');
  }
  for (const match of source.matchAll(/(?:\bt|\))\(\s*`([^`$]*)\$\{/g)) prefixes.add(match[1] ?? '');
  return { keys: [...keys], prefixes: [...prefixes] };
}

const ALL_CLIP_IDS = new Set(
  (Object.keys(VISITOR_SCREEN_CLIPS) as VisitorScreen[]).flatMap((screen) => screenLocaleClipIds(screen, es)),
);
const ALL_SUBTREES = Object.values(VISITOR_SCREEN_CLIPS).flatMap((entry) => entry.subtrees.map((key) => `${key}.`));

/** Texts of a source file that no clip id covers and no reason excuses. */
function uncovered(source: string): string[] {
  const { keys, prefixes } = shownKeys(source);
  return [
    ...keys.filter((key) => !ALL_CLIP_IDS.has(key) && !(key in NOT_READ_ALOUD)),
    ...prefixes.filter((prefix) => !ALL_SUBTREES.some((subtree) => prefix.startsWith(subtree))).map((p) => `${p}*`),
  ];
}

describe('clip ids of the visitor screens', () => {
  it('gives every visitor screen an entry', () => {
    const files = screenFiles();
    expect([...files.keys()].sort()).toEqual([...SCREEN_NAMES].sort());
    for (const screen of SCREEN_NAMES) expect(Object.keys(VISITOR_SCREEN_CLIPS), screen).toContain(screen);
  });

  it('covers every text each visitor screen shows', () => {
    for (const [screen, file] of screenFiles()) {
      const source = readFileSync(join(SCREENS, file), 'utf8');
      expect(uncovered(source), `${screen} (${file})`).toEqual([]);
    }
    // A chunked screen's wait and failure message are read aloud like any screen.
    expect(boundaryFiles()).toContain('FollowUpBoundary.tsx');
    for (const file of boundaryFiles()) {
      expect(uncovered(readFileSync(join(APP, file), 'utf8')), file).toEqual([]);
    }
  });

  it('notices a new text without a clip id, and a template family outside every subtree', () => {
    expect(uncovered(`<p>{t('home.heading')}</p><p>{t('home.somethingNew')}</p>`)).toEqual(['home.somethingNew']);
    expect(uncovered('{t(`home.tiles.${x}`)}{t(`urgentHelp.steps.${y}`)}')).toEqual(['urgentHelp.steps.*']);
    expect(uncovered(`<InAllLanguages messageKey="language.welcome" /><InAllLanguages messageKey="x.y" />`)).toEqual([
      'x.y',
    ]);
  });

  it('names only texts that exist', () => {
    for (const id of ALL_CLIP_IDS) expect(localeText(es, id), id).toBeTypeOf('string');
    // The language screen's buttons each speak their own invitation.
    expect(ALL_CLIP_IDS).toContain('readAloud.languageInvitation');
    // A whole subtree expands to its leaves: every guide step item is its own clip.
    expect(screenLocaleClipIds('account-guide', es)).toContain('guide.steps.trouble.items.lost');
    expect(screenLocaleClipIds('home', es)).not.toContain('home.today');
  });
});

/** Clip ids a source file reads aloud (`{ id: '…', text }` items, or the fixed prefix of a template id). */
function listenIds(source: string): { ids: string[]; prefixes: string[] } {
  const ids = [...source.matchAll(/\{\s*id: '([^']+)',\s*text:/g)].map((match) => match[1] ?? '');
  const prefixes = [...source.matchAll(/\{\s*id: `([^`$]*)\$\{[^`]*`,\s*text:/g)].map((match) => match[1] ?? '');
  return { ids, prefixes };
}

describe('listen controls of the visitor screens', () => {
  const files = screenFiles();
  const sourceOf = (screen: string): string => readFileSync(join(SCREENS, files.get(screen) ?? ''), 'utf8');

  it('every visitor screen offers listen controls', () => {
    // The first screen too: each language button speaks its own invitation in its own language.
    for (const screen of SCREEN_NAMES) {
      const source = sourceOf(screen);
      const controls = (source.match(/<ListenButton\b|<LanguageListenButtons\b|readAloud=\{/g) ?? []).length;
      expect(controls, screen).toBeGreaterThan(0);
    }
  });

  it('each control reads clip ids its screen lists, so a new control without a clip id fails here', () => {
    for (const screen of SCREEN_NAMES) {
      const { ids, prefixes } = listenIds(sourceOf(screen));
      const own = new Set(screenLocaleClipIds(screen, es));
      const entry: ScreenClips = VISITOR_SCREEN_CLIPS[screen];
      for (const id of ids) expect(own.has(id) || ALL_CLIP_IDS.has(id), `${screen}: ${id}`).toBe(true);
      for (const prefix of prefixes) {
        const inSubtree = ALL_SUBTREES.some((subtree) => prefix.startsWith(subtree));
        const fromConfig = (entry.config ?? []).some((kind) => prefix.startsWith(`${kind}.`));
        // A template over a fixed family of keys (`guide.steps.${step}.title`) must name real keys.
        const family = [...ALL_CLIP_IDS].some((id) => id.startsWith(prefix));
        expect(inSubtree || fromConfig || family, `${screen}: ${prefix}*`).toBe(true);
      }
    }
    // The reader notices an id outside the registry.
    expect(listenIds("items={[{ id: 'home.somethingNew', text: t('home.somethingNew') }]}").ids).toEqual([
      'home.somethingNew',
    ]);
    expect(ALL_CLIP_IDS.has('home.somethingNew')).toBe(false);
  });

  it("the language screen speaks each invitation with that language as the control's language", () => {
    const source = readFileSync(join(ROOT, 'renderer', 'src', 'components', 'LanguageListenButtons.tsx'), 'utf8');
    expect(source).toMatch(/language=\{language\}/);
    expect(listenIds(source).ids).toEqual(['readAloud.languageInvitation']);
    for (const language of ['es', 'en', 'fr', 'ht']) {
      const tree = JSON.parse(readFileSync(join(ROOT, 'locales', `${language}.json`), 'utf8')) as LocaleTree;
      expect(localeText(tree, 'readAloud.languageInvitation'), language).toBeTypeOf('string');
    }
  });
});

describe('clip coverage', () => {
  const hash = (char: string): string => char.repeat(64);
  const manifest: ClipManifest = {
    version: 1,
    clips: {
      a: { file: 'a.webm', textSha256: hash('1'), source: 'recorded', by: 'Rosa', day: '2026-12-06' },
      b: { file: 'b.wav', textSha256: hash('2'), source: 'synthetic', by: 'espeak-ng', day: '2026-12-06' },
      c: { file: 'c.wav', textSha256: hash('0'), source: 'synthetic', by: 'espeak-ng', day: '2026-12-06' },
      gone: { file: 'gone.wav', textSha256: hash('4'), source: 'recorded', by: 'Rosa', day: '2026-12-06' },
    },
  };

  it('sorts each expected clip into present, stale or missing, and splits present by source', () => {
    const texts = new Map([
      ['a', hash('1')],
      ['b', hash('2')],
      ['c', hash('3')],
      ['d', hash('5')],
    ]);
    expect(clipCoverage('ht', texts, manifest)).toEqual({
      language: 'ht',
      expected: 4,
      present: ['a', 'b'],
      missing: ['d'],
      stale: ['c'],
      synthetic: ['b'],
      recorded: ['a'],
    });
  });
});

describe('the key reader itself', () => {
  it('finds the keys of a real screen', () => {
    const { keys, prefixes } = shownKeys(readFileSync(join(SCREENS, 'ServiceDetailScreen.tsx'), 'utf8'));
    expect(keys).toEqual(
      expect.arrayContaining(['service.bringHeading', 'service.verifiedOn', 'home.tiles.findServices']),
    );
    expect(prefixes).toEqual(expect.arrayContaining(['categories.', 'populations.', 'languageNames.']));
  });
});
