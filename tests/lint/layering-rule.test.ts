// The layering rule's own cases, beyond the six in the fixture tree: every syntax that loads a
// module, the lists' matching of built-ins and package subpaths, and what it refuses to guess.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { Linter, type ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../support/kiosk-fixture.js';

// Loaded by URL: the rule is plain JavaScript that ESLint loads, outside the tests' TypeScript project.
const { default: layering } = (await import(
  pathToFileURL(join(REPO_ROOT, 'scripts', 'eslint-rules', 'layering.js')).href
)) as { default: ESLint.Plugin };

const ROOT = '/repo';

interface Allowed {
  layer: string | null;
  folders?: string[];
  nodeBuiltins?: boolean | string[];
  packages?: string[];
  computed?: boolean;
}

/** The messageIds the rule reports for `code` in `file` (relative to the fake root). */
function check(file: string, code: string, allowed: Allowed): (string | undefined)[] {
  const linter = new Linter({ cwd: ROOT });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.cjs'],
        plugins: { layering },
        languageOptions: { parser: tseslint.parser, sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module' },
        rules: { 'layering/allowed-imports': ['error', allowed] },
      },
    ],
    { filename: `${ROOT}/${file}` },
  );
  for (const m of messages) expect(m.ruleId, m.message).toBe('layering/allowed-imports');
  return messages.map((m) => m.messageId);
}

const contract: Allowed = { layer: 'main/contract', folders: ['main/contract'], packages: ['zod'] };

describe('layering/allowed-imports', () => {
  it('sees a built-in with or without the node: prefix, in every import syntax', () => {
    expect(check('main/contract/a.ts', "import { readFileSync } from 'fs';\nvoid readFileSync;", contract)).toEqual([
      'builtin',
    ]);
    expect(check('main/contract/a.ts', "import fs = require('node:fs');\nvoid fs;", contract)).toEqual(['builtin']);
    expect(check('main/contract/a.ts', "export * from 'node:path';", contract)).toEqual(['builtin']);
    expect(check('main/contract/a.ts', "export type S = typeof import('node:stream');", contract)).toEqual(['builtin']);
  });

  it('sees require() in CommonJS and import() written as a plain template', () => {
    const services: Allowed = { layer: 'main/services', folders: ['main/services'], nodeBuiltins: true };
    expect(check('main/services/a.cjs', "const react = require('react');\nmodule.exports = react;", services)).toEqual([
      'package',
    ]);
    expect(check('main/services/a.ts', 'export const e = import(`electron`);', services)).toEqual(['package']);
  });

  it('allows a listed package through any of its subpaths, scoped or not', () => {
    const renderer: Allowed = {
      layer: 'renderer',
      folders: ['renderer'],
      packages: ['react-dom', '@vitejs/plugin-react'],
    };
    const code =
      "import { createRoot } from 'react-dom/client';\nimport p from '@vitejs/plugin-react/x.js';\nvoid [createRoot, p];";
    expect(check('renderer/src/a.ts', code, renderer)).toEqual([]);
    expect(check('renderer/src/a.ts', "import x from '@vitejs/other';\nvoid x;", renderer)).toEqual(['package']);
  });

  it('allows only the built-ins a list names', () => {
    const some: Allowed = { layer: 'bin', folders: [], nodeBuiltins: ['path'] };
    expect(check('bin/a.ts', "import { join } from 'node:path';\nvoid join;", some)).toEqual([]);
    expect(check('bin/a.ts', "import { join } from 'node:path/posix';\nvoid join;", some)).toEqual([]);
    expect(check('bin/a.ts', "import { rm } from 'node:fs';\nvoid rm;", some)).toEqual(['builtin']);
  });

  it('refuses a computed specifier unless the folder accepts it', () => {
    const code = 'export const load = (name: string) => import(name);';
    expect(check('renderer/a.ts', code, { layer: 'renderer', folders: ['renderer'] })).toEqual(['computed']);
    expect(check('tests/a.ts', code, { layer: 'tests', folders: ['tests'], computed: true })).toEqual([]);
  });

  it('refuses a path that leaves the repository, or an absolute one', () => {
    expect(check('main/contract/a.ts', "import '../../../elsewhere/x.js';", contract)).toEqual(['outside']);
    expect(check('main/contract/a.ts', "import '/opt/x.js';", contract)).toEqual(['absolute']);
    expect(check('main/contract/a.ts', "import 'file:///opt/x.js';", contract)).toEqual(['absolute']);
  });

  it('matches folders by whole path segments', () => {
    // main/contract-extra is not main/contract.
    expect(check('main/contract/a.ts', "import '../contract-extra/x.js';", contract)).toEqual(['folder']);
    expect(check('main/contract/a.ts', "import './sub/x.js';", contract)).toEqual([]);
  });

  it('reports code in a folder that no list claims, or a list applied outside its folder', () => {
    expect(check('tools/a.ts', 'export const x = 1;', { layer: null })).toEqual(['noLayer']);
    expect(check('tools/a.ts', "import '../x.js';", contract)).toEqual(['misplaced']);
  });
});
