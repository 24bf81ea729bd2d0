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

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the same build loads from Electron's app://kiosk/ and from the web host's /.
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill is injected as code we do not need: Chromium supports modulepreload.
    modulePreload: { polyfill: false },
    target: 'chrome120',
    sourcemap: false,
  },
  server: {
    // The renderer imports the contract (../main/contract) and the messages (../locales).
    fs: { allow: [repoDir] },
  },
});
