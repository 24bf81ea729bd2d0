import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The dev server's React refresh needs an inline script, which the page's CSP forbids. The policy
 * stays in index.html for every build that ships; only `vite serve` drops the meta tag.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'redsafe:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

/**
 * The messages the page carries in its first bundle, in all four languages: what the first screen,
 * the top bar and the notices that can replace it (loading, out of service, not yet open, host
 * unreachable) show before anyone has touched the screen. Every other message arrives with its
 * language's file, fetched at start in parallel (i18n.ts). A top-level section, or a path into one.
 */
const FIRST_SCREEN_KEYS = [
  'app',
  'language',
  'topBar',
  'nav',
  'languageNames',
  'calendar',
  'outOfService',
  'unavailable',
  'operator',
  'operations.notOpen',
] as const;

/**
 * `locales/<language>.json?first-screen` is the locale file cut to FIRST_SCREEN_KEYS: the messages
 * the first bundle carries. The whole files are separate chunks (renderer/src/i18n/resources.ts).
 */
function firstScreenLocales(): Plugin {
  const suffix = '.json?first-screen';
  return {
    name: 'redsafe:first-screen-locales',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = id.slice(0, -'?first-screen'.length);
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const picked: Record<string, unknown> = {};
      for (const key of FIRST_SCREEN_KEYS) {
        const path = key.split('.');
        let source: unknown = all;
        let target = picked;
        path.forEach((part, index) => {
          source = (source as Record<string, unknown> | undefined)?.[part];
          if (index < path.length - 1) target = (target[part] ??= {}) as Record<string, unknown>;
          else target[part] = source;
        });
        if (source === undefined)
          this.error(`${file}: no messages at "${key}" (FIRST_SCREEN_KEYS in renderer/vite.config.ts)`);
      }
      return { code: `export default ${JSON.stringify(picked)};`, map: null, moduleType: 'js' };
    },
  };
}

/** The four languages in the order of the contract's LANGUAGES (checked by tests/e2e/first-screen.spec.ts). */
const FIRST_SCREEN_LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);

/**
 * The first screen, written into index.html from the locale files: welcome and "choose your
 * language" in four languages, and the four languages by their own names, with the classes the
 * React screen uses. The page shows it as soon as the HTML is parsed, before the bundle has run;
 * the app then draws the same screen over it. A tap on a language in this copy is kept by
 * first-screen.js (deferred in <head>) and carried out by the app as soon as it starts
 * (renderer/src/app/first-tap.ts), so the languages answer from the first moment they are seen.
 */
function firstScreenMarkup(): string {
  const files = FIRST_SCREEN_LANGUAGES.map((language) => {
    const json = JSON.parse(readFileSync(`${repoDir}locales/${language}.json`, 'utf8')) as {
      language: { welcome: string; choose: string };
      languageNames: Record<string, string>;
    };
    return { language, messages: json.language, endonym: json.languageNames[language] ?? language };
  });
  const inAll = (tag: string, pick: (m: { welcome: string; choose: string }) => string): string =>
    files
      .map(
        ({ language, messages }) =>
          `<${tag} lang="${language}" class="in-all-languages__item">${escapeHtml(pick(messages))}</${tag}>`,
      )
      .join('');
  const buttons = files
    .map(
      ({ language, endonym }) =>
        `<button type="button" lang="${language}" class="button language-button" aria-pressed="false" data-first-language="${language}">${escapeHtml(endonym)}</button>`,
    )
    .join('');
  const label = escapeHtml(files.map(({ endonym }) => endonym).join(' · '));
  return [
    '<div class="kiosk-shell first-screen-static" data-testid="first-screen-static">',
    '<header class="top-bar"><div class="top-bar__site"></div><div class="top-bar__actions"></div></header>',
    '<main class="screen-area">',
    '<section class="screen screen--language" aria-labelledby="first-screen-heading">',
    '<svg class="pictogram pictogram--title" viewBox="0 0 48 48" aria-hidden="true" focusable="false">',
    '<path d="M7 6h20a3 3 0 0 1 3 3v11a3 3 0 0 1-3 3H16l-6 5v-5H7a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3z" />',
    '<path d="M10 12h14M10 17h9" />',
    '<path d="M34 19h7a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3h-2v5l-6-5h-8a3 3 0 0 1-3-3v-4" />',
    '</svg>',
    `<div class="in-all-languages language-screen__welcome">${inAll('p', (m) => m.welcome)}</div>`,
    `<h1 id="first-screen-heading" class="language-screen__heading"><div class="in-all-languages">${inAll('span', (m) => m.choose)}</div></h1>`,
    `<div role="group" aria-label="${label}" class="language-buttons language-buttons--large">${buttons}</div>`,
    '</section></main></div>',
  ].join('');
}

/** Where the static copy starts and ends in the built index.html, so display.html can leave it out. */
const COPY_START = '<!-- first-screen -->';
const COPY_END = '<!-- /first-screen -->';
const FIRST_SCREEN_SCRIPT = '<script defer src="./first-screen.js"></script>';

/**
 * Puts the first screen's static copy into `<div id="root">` of index.html, and first-screen.js
 * (renderer/public) in `<head>` with `defer`: the script is fetched while the page is parsed, so
 * the languages are there as soon as they would be on a page with no script at all, and it runs
 * before the app's bundle (both are deferred, in document order). A tap that lands before it runs
 * is still heard: it finds the button the tap focused (first-screen.js). After Vite's own pass,
 * which would try to bundle a classic script.
 *
 * The build also writes display.html, the turn queue's display page: the same page without the
 * copy and without the script, so a public screen in the waiting room never shows the languages.
 */
function firstScreenInHtml(): Plugin {
  return {
    name: 'redsafe:first-screen-in-html',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const root = '<div id="root"></div>';
        const title = '</title>';
        if (!html.includes(root) || !html.includes(title))
          throw new Error('index.html has no <title> or no empty <div id="root"></div>');
        return html
          .replace(title, `${title}\n    ${FIRST_SCREEN_SCRIPT}`)
          .replace(root, `<div id="root">${COPY_START}${firstScreenMarkup()}${COPY_END}</div>`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') return;
        const html = index.source;
        const start = html.indexOf(COPY_START);
        const end = html.indexOf(COPY_END);
        if (start < 0 || end < start || !html.includes(FIRST_SCREEN_SCRIPT))
          this.error('the built index.html lost the first screen or its script: display.html cannot be written');
        const display = (html.slice(0, start) + html.slice(end + COPY_END.length)).replace(
          `    ${FIRST_SCREEN_SCRIPT}\n`,
          '',
        );
        this.emitFile({ type: 'asset', fileName: 'display.html', source: display });
      },
    },
  };
}

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the same build loads from Electron's app://kiosk/ and from the web host's /.
  base: './',
  plugins: [firstScreenLocales(), firstScreenInHtml(), react(), relaxCspForDevServer()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill is injected as code we do not need: Chromium supports modulepreload.
    modulePreload: { polyfill: false },
    target: 'chrome120',
    sourcemap: false,
    rolldownOptions: {
      // The contract's modules only define schemas and constants, nothing runs on load: a
      // module nothing uses can go. Without this, index.ts's `export *` would keep every schema
      // module, and zod with them, in the first screen's bundle.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]main[\\/]contract[\\/]/.test(id),
      },
    },
  },
  server: {
    // The renderer imports the contract (../main/contract) and the messages (../locales).
    fs: { allow: [repoDir] },
  },
});
