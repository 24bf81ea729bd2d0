// Scans the compiled kiosk with @doyensec/electronegativity (it parses with an old TypeScript,
// so it reads the compiled JavaScript, not our sources): main, the preload and the renderer
// bundle. Any finding fails the run, except those listed below, each with the reason it is
// accepted; so does any file the scan could not read or parse.
//
//   node scripts/security-scan.js [DIST]    DIST defaults to ./dist (main/, renderer/)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative as relativePath, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { syntaxErrors } from './lib/parse-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

const EXCLUDED_CHECKS = [
  // Downloads Electron's release list to compare versions: impossible on a closed network, and
  // the version is pinned in package.json and reviewed when it changes.
  'AvailableSecurityFixesGlobalCheck',
  // Informational only: it reports the Electron version it read from package.json. We pass the
  // version explicitly with -e instead.
  'ElectronVersionJSONCheck',
];

/** Findings accepted after review. Each must match exactly, so a new finding still fails. */
const ACCEPTED = [
  {
    ruleId: 'PRELOAD_JS_CHECK',
    file: 'main/electron/kiosk-window.js',
    // The preload (main/electron/preload.ts) exposes only window.kiosk through contextBridge:
    // one function per contract method, each an ipcRenderer.invoke on one channel, plus an event
    // subscription; no ipcRenderer, no Node. tests/electron/preload.test.ts checks exactly that.
    why: 'reviewed preload, sandboxed, contextBridge only',
  },
  {
    ruleId: 'PRELOAD_JS_CHECK',
    file: 'main/electron/call-display-window.js',
    // The call display loads the same page with the same reviewed preload (above): its display
    // page calls only the public `getTurnCalls` through it, sandboxed, without Node.
    why: 'the same reviewed preload as the kiosk window, sandboxed',
  },
  {
    ruleId: 'CSP_GLOBAL_CHECK',
    file: 'index.html',
    // csp-evaluator's only remark on our policy is that script-src 'self' is unsafe when the
    // origin also serves JSONP, Angular templates or user uploads. app://kiosk and the web host
    // serve only the built bundle (main/host/renderer-assets.ts), so 'self' is exactly our code.
    // checkCspFindings() below re-runs the evaluator and fails on any other remark.
    why: "script-src 'self' on an origin that serves only our own bundle",
  },
];

function checkCspFindings(html) {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match) throw new Error('renderer/index.html has no CSP meta tag');
  const csp = require('@doyensec/csp-evaluator');
  const findings = new csp.CspEvaluator(new csp.CspParser(match[1]).csp, csp.Version.CSP3).evaluate();
  const other = findings.filter((f) => !(f.directive === 'script-src' && f.value === "'self'"));
  if (other.length > 0) {
    throw new Error(
      `CSP findings beyond the accepted one: ${other.map((f) => `${f.directive}: ${f.description}`).join('; ')}`,
    );
  }
}

/**
 * Copies what is scanned into `work`, keeping relative paths. electronegativity reads only
 * js/jsx/ts/tsx/html/htm: a CommonJS or ES module file (the preload is preload.cjs) is copied
 * with `.js` appended, so it is scanned under a name that still says what it was.
 * @returns {{ scanned: string[], unreadable: string[] }} paths relative to `work`
 */
function stage(work) {
  const scanned = [];
  const unreadable = [];
  const copy = (from, to) => {
    mkdirSync(dirname(join(work, to)), { recursive: true });
    copyFileSync(from, join(work, to));
    scanned.push(to);
  };
  for (const entry of readdirSync(join(dist, 'main'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const to = relativePath(dist, from).split(sep).join('/');
    const ext = extname(entry.name);
    if (ext === '.map') continue;
    if (ext === '.js') copy(from, to);
    else if (ext === '.cjs' || ext === '.mjs') copy(from, `${to}.js`);
    // Anything else in main/ is code or data the scanner would silently skip.
    else unreadable.push(to);
  }
  copy(join(dist, 'renderer', 'index.html'), 'index.html');
  const assets = join(dist, 'renderer', 'assets');
  for (const name of readdirSync(assets)) {
    if (name.endsWith('.js')) copy(join(assets, name), `renderer/assets/${name}`);
  }
  return { scanned, unreadable };
}

const work = mkdtempSync(join(tmpdir(), 'kiosk-scan-'));
try {
  const html = readFileSync(join(dist, 'renderer', 'index.html'), 'utf8');
  checkCspFindings(html);
  const { scanned, unreadable } = stage(work);
  const unparsed = scanned
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => syntaxErrors(join(work, file)).map((error) => `${file}: ${error}`));
  if (unreadable.length > 0 || unparsed.length > 0) {
    for (const file of unreadable)
      console.error(`cannot scan ${file}: electronegativity does not read this kind of file`);
    for (const error of unparsed) console.error(`cannot parse ${error}`);
    throw new Error(`${unreadable.length + unparsed.length} file problem(s): the scan would not have checked them`);
  }
  const sarif = join(work, 'result.sarif');
  const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const run = spawnSync(
    process.execPath,
    [cli, '-i', work, '-e', electronVersion, '-v', 'false', '-r', '-x', EXCLUDED_CHECKS.join(','), '-o', sarif],
    { cwd: work, encoding: 'utf8', timeout: 300_000 },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  // Its own parse failures go to the console and nowhere else: a second guard behind the one above.
  const ownErrors = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes('Error parsing'));
  if (ownErrors.length > 0) {
    throw new Error(`electronegativity could not parse:\n  ${ownErrors.join('\n  ')}`);
  }
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results;
  const unexpected = [];
  for (const result of results) {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const accepted = ACCEPTED.find((a) => a.ruleId === result.ruleId && uri.endsWith(a.file));
    if (accepted) console.log(`accepted  ${result.ruleId} in ${relative(uri)}: ${accepted.why}`);
    else unexpected.push(`${result.ruleId} in ${relative(uri)}: ${result.message.text}`);
  }
  if (unexpected.length > 0) {
    console.error(`electronegativity: ${unexpected.length} finding(s):\n  ${unexpected.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `electronegativity ${electronVersion}: ${scanned.length} files, no findings beyond the ${ACCEPTED.length} accepted above.`,
    );
  }
} catch (error) {
  console.error(`security scan failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function relative(uri) {
  return uri.startsWith(work) ? uri.slice(work.length + 1) : uri;
}
