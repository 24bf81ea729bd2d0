// Lint is where the architecture's layering is enforced: each folder may import only what may
// run where that folder runs (see docs/architecture.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import layering from './scripts/eslint-rules/layering.js';

const ALL_CODE = ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs', '**/*.mjs'];
const inFolder = (folder) => ALL_CODE.map((glob) => `${folder}/${glob}`);

/**
 * What each folder MAY import; anything else is a lint error (scripts/eslint-rules/layering.js).
 * A later entry wins for a file that two entries match, so narrower entries come after wider ones.
 */
const LAYERS = [
  // No Node, no DOM, no UI: the contract is loaded by main, the preload and the renderer alike.
  { layer: 'main/contract', folders: ['main/contract'], packages: ['zod'] },
  {
    // The domain under Node. Its packages are runtime dependencies, packed into the app.
    layer: 'main/services',
    folders: ['main/contract', 'main/services'],
    nodeBuiltins: true,
    packages: ['zod', 'sqlite3', 'serialport', 'pngjs', 'uqr', 'fflate', 'pdfmake', 'echarts', 'exceljs'],
  },
  { layer: 'main/host', folders: ['main/contract', 'main/services', 'main/host'], nodeBuiltins: true },
  {
    layer: 'main/cli',
    folders: ['main/contract', 'main/services', 'main/host', 'main/cli'],
    nodeBuiltins: true,
  },
  {
    // The only folder that imports electron.
    layer: 'main/electron',
    folders: ['main/contract', 'main/services', 'main/host', 'main/electron'],
    nodeBuiltins: true,
    packages: ['electron'],
  },
  {
    // The preload runs sandboxed: it can load electron's renderer modules and what the bundler
    // inlines from the contract, nothing else.
    layer: 'main/electron',
    files: ['main/electron/preload.ts'],
    folders: ['main/contract'],
    packages: ['electron'],
  },
  {
    // The UI talks to main only through the contract.
    layer: 'renderer',
    folders: ['renderer', 'main/contract', 'locales'],
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'zustand', 'uqr'],
  },
  // The QR decoder is loaded with import() from this one file, so only the scanners (staff and visitor) fetch it, when opened.
  {
    layer: 'renderer',
    files: ['renderer/src/scanner/qr-frame-decoder.ts'],
    folders: ['renderer', 'main/contract', 'locales'],
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'zustand', 'uqr', '@zxing/library'],
  },
  // The renderer's build configuration runs under Node, not in the page.
  {
    layer: 'renderer',
    files: ['renderer/vite.config.ts'],
    folders: [],
    nodeBuiltins: true,
    packages: ['vite', '@vitejs/plugin-react'],
  },
  {
    // Tests exercise every layer; the Electron smoke test loads a helper by computed path.
    layer: 'tests',
    folders: [
      'main/contract',
      'main/services',
      'main/host',
      'main/cli',
      'main/electron',
      'renderer',
      'tests',
      'bench',
      'scripts',
    ],
    nodeBuiltins: true,
    packages: [
      'vitest',
      '@playwright/test',
      'fast-check',
      'zod',
      'fflate',
      'exceljs',
      'js-yaml',
      'uqr',
      // The QR decoder's test checks that its hard cases are hard for zxing's reader on its own.
      '@zxing/library',
      'app-builder-lib',
      'electron',
      'eslint',
      'typescript-eslint',
    ],
    computed: true,
  },
  {
    layer: 'bench',
    // The scanner's frame decoder is plain computation, timed under Node like the slips.
    folders: ['main/contract', 'main/services', 'main/host', 'renderer/src/scanner', 'tests', 'bench'],
    nodeBuiltins: true,
    packages: ['@playwright/test'],
  },
  {
    layer: 'scripts',
    folders: ['main/services', 'bench', 'tests', 'scripts'],
    nodeBuiltins: true,
    packages: ['esbuild', '@playwright/test', '@doyensec/csp-evaluator', 'typescript'],
  },
  // kioskctl loads the compiled CLI, whose path it computes from its own location.
  { layer: 'bin', folders: [], nodeBuiltins: true, computed: true },
  {
    layer: '.',
    files: ['*.js', '*.ts'],
    folders: ['scripts'],
    nodeBuiltins: true,
    packages: ['@eslint/js', 'eslint-plugin-react-hooks', 'globals', 'typescript-eslint', 'vitest'],
  },
];

const layeringConfigs = [
  // Code in a folder no entry claims is an error too, so a new folder must state its list.
  { files: ALL_CODE, plugins: { layering }, rules: { 'layering/allowed-imports': ['error', { layer: null }] } },
  ...LAYERS.map(({ files, ...allowed }) => ({
    files: files ?? inFolder(allowed.layer),
    plugins: { layering },
    rules: { 'layering/allowed-imports': ['error', allowed] },
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'release-e2e/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      // Planted layering violations, linted on purpose by tests/lint/layering.test.ts.
      'tests/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, bin, configs) is linted without type information.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: false, project: false },
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/host/**/*.ts', 'main/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...layeringConfigs,
);
