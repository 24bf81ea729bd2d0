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

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the same build loads from Electron's app://kiosk/ and from the web host's /.
  base: './',
  plugins: [firstScreenLocales(), react(), relaxCspForDevServer()],
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
