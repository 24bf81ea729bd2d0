// The electronegativity scan (scripts/security-scan.js) run as `npm test` runs it, as a process,
// on small compiled trees laid out like dist/: a clean shell passes; a CommonJS file (the preload's
// kind, which electronegativity alone never reads) that turns off isolation and the sandbox is
// flagged; a file that cannot be parsed, or that the scanner cannot read, fails the run.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../support/kiosk-fixture.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** A main process that does what the scanner's global checks look for. */
const CLEAN_MAIN = `import { app, session } from 'electron';
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
});
`;

const UNSAFE_WINDOW = `const { BrowserWindow } = require('electron');
module.exports.open = () =>
  new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });
`;

const trees: string[] = [];
afterAll(() => {
  for (const tree of trees) rmSync(tree, { recursive: true, force: true });
});

function distTree(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'kiosk-scan-test-'));
  trees.push(dist);
  const all: Record<string, string> = {
    'renderer/index.html': `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" /></head><body><script type="module" src="./assets/app.js"></script></body></html>\n`,
    'renderer/assets/app.js': 'document.body.append("kiosk");\n',
    'main/electron/app.js': CLEAN_MAIN,
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

function scan(dist: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'security-scan.js'), dist], { cwd: REPO_ROOT });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, output });
    });
  });
}

describe('scripts/security-scan.js', () => {
  it('passes a compiled shell with isolation, sandbox and the global guards in place', async () => {
    const { code, output } = await scan(distTree({}));
    expect(output).toContain('no findings beyond');
    expect(code).toBe(0);
  }, 180_000);

  it('flags a .cjs file that turns off context isolation and the sandbox', async () => {
    const { code, output } = await scan(distTree({ 'main/electron/window.cjs': UNSAFE_WINDOW }));
    expect(code).toBe(1);
    expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK in main\/electron\/window\.cjs\.js/);
    expect(output).toMatch(/SANDBOX_JS_CHECK in main\/electron\/window\.cjs\.js/);
  }, 180_000);

  it('fails, naming the file and the place, when a file cannot be parsed', async () => {
    const { code, output } = await scan(distTree({ 'main/services/broken.js': 'export const = 1;\n' }));
    expect(code).toBe(1);
    expect(output).toMatch(/cannot parse main\/services\/broken\.js: 1:14 /);
    expect(output).toContain('security scan failed');
  }, 60_000);

  it('fails when main holds a kind of file the scanner would skip', async () => {
    const { code, output } = await scan(distTree({ 'main/services/worker.jsx.txt': 'module.exports = 1;\n' }));
    expect(code).toBe(1);
    expect(output).toContain('cannot scan main/services/worker.jsx.txt');
  }, 60_000);
});
