import { join, relative } from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../support/kiosk-fixture.js';

// The repository's own eslint.config.js, run over a small tree laid out like the repository in
// which six imports break the layering. With the config file given explicitly, ESLint resolves its
// folder globs against `cwd`, so the fixture tree is linted exactly as the real folders are.
const FIXTURES = join(REPO_ROOT, 'tests', 'lint', 'fixtures', 'layering');
const RULE = 'layering/allowed-imports';

interface Found {
  file: string;
  ruleId: string | null;
  messageId: string | undefined;
  line: number;
}

let found: Found[] = [];
let lintedFiles: string[] = [];

beforeAll(async () => {
  const eslint = new ESLint({ cwd: FIXTURES, overrideConfigFile: join(REPO_ROOT, 'eslint.config.js') });
  const results = await eslint.lintFiles(['.']);
  lintedFiles = results.map((r) => relative(FIXTURES, r.filePath)).sort();
  found = results.flatMap((r) =>
    r.messages.map((m) => ({
      file: relative(FIXTURES, r.filePath),
      ruleId: m.ruleId,
      messageId: m.messageId,
      line: m.line,
    })),
  );
}, 120_000);

describe('the layering lint (an allow-list per folder)', () => {
  it('lints every fixture file, with no parse errors', () => {
    expect(lintedFiles).toHaveLength(10);
    expect(found.filter((f) => f.ruleId === null)).toEqual([]);
  });

  it('reports each of the six planted violations, and nothing else', () => {
    const layering = found
      .map(({ file, ruleId, messageId }) => ({ file, ruleId, messageId }))
      .sort((a, b) => a.file.localeCompare(b.file));
    expect(layering).toEqual([
      { file: 'main/contract/reads-files.ts', ruleId: RULE, messageId: 'builtin' },
      { file: 'main/host/imports-ui.ts', ruleId: RULE, messageId: 'folder' },
      { file: 'main/services/uses-electron.ts', ruleId: RULE, messageId: 'package' },
      { file: 'main/services/uses-react.ts', ruleId: RULE, messageId: 'package' },
      { file: 'renderer/src/loads-host.ts', ruleId: RULE, messageId: 'folder' },
      { file: 'renderer/src/reaches-services.ts', ruleId: RULE, messageId: 'folder' },
    ]);
  });

  it('passes the clean files, which import only what their folders allow', () => {
    const clean = [
      'main/contract/greeting.ts',
      'main/services/clock.ts',
      'main/host/server.ts',
      'renderer/src/labels.ts',
    ];
    for (const file of clean) expect(lintedFiles).toContain(file);
    expect(found.filter((f) => clean.includes(f.file))).toEqual([]);
  });
});
