import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { systemClock } from '../services/clock.js';
import { directoryFile, koboFile, operationsFile, siteFile } from '../services/config/config-files.js';
import {
  koboIndicatorProblems,
  koboSettings,
  type IndicatorSource,
  type KoboSettings,
} from '../services/config/kobo-schema.js';
import { loadConfigFile } from '../services/config/load-config.js';
import { openKioskDatabase, type SqlExecutor } from '../services/db/index.js';
import { createStderrLogger } from '../services/logger.js';
import { fetchDeployedForm } from '../services/kobo/form-list-client.js';
import { readCredential } from '../services/kobo/kobo-credential.js';
import { loadMachineKey, PLAIN_KEY_FILE, SEALED_KEY_FILE } from '../services/secrets/machine-key.js';
import { previousMonth } from '../services/kobo/months.js';
import { monthValues } from '../services/kobo/monthly-indicators.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export interface KoboCheckOptions {
  readonly configDir: string;
  readonly dataDir: string;
  /** `YYYY-MM`; last month in the site's timezone when absent (what `kobo submit` would send). */
  readonly month: string | undefined;
  /** A copy of the deployed form's XForm, instead of fetching it: every column must be in it with a number type. */
  readonly formFile: string | undefined;
  /** Do not fetch the deployed form (the run then says it was not checked). */
  readonly offline: boolean;
}

/** Which form the columns were compared with, or why none was. */
type FormCheck =
  | { readonly kind: 'compared'; readonly what: string; readonly problems: readonly string[] }
  | { readonly kind: 'not-checked'; readonly why: string }
  | { readonly kind: 'failed'; readonly problem: string };

/** `people: informed-redsafe sex=female age=18-59`: a source in one line, for the table. */
export function describeSource(source: IndicatorSource): string {
  const { kind, ...filters } = source;
  const parts = Object.entries(filters).map(([key, value]) => `${key}=${String(value)}`);
  return [kind, ...parts].join(' ');
}

/** The form's fields and their XForms types, from its `<bind nodeset="/form/field" type="…">`. */
export function xformBindings(xml: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [bind] of xml.matchAll(/<bind\b[^>]*>/g)) {
    const nodeset = /\bnodeset="([^"]+)"/.exec(bind)?.[1];
    if (nodeset === undefined) continue;
    const name = nodeset.split('/').at(-1) ?? '';
    fields.set(name, /\btype="([^"]+)"/.exec(bind)?.[1] ?? 'string');
  }
  return fields;
}

const NUMBER_TYPES = new Set(['int', 'integer', 'decimal', 'xsd:int', 'xsd:integer', 'xsd:decimal']);

/** Problems of the mapping against the form: a column it lacks, or one that takes no number. */
export function formProblems(
  fields: ReadonlyMap<string, string>,
  numberColumns: readonly string[],
  textColumns: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const column of [...textColumns, ...numberColumns]) {
    const type = fields.get(column);
    if (type === undefined) problems.push(`${column}: the form has no such column`);
    else if (numberColumns.includes(column) && !NUMBER_TYPES.has(type)) {
      problems.push(`${column}: the form takes "${type}" here, the kiosk sends a whole number`);
    }
  }
  return problems;
}

/**
 * `kioskctl kobo check`: before a month is submitted, checks `kobo.json` (schema, and every
 * source against operations.json and directory.json) and prints the figure each column would
 * send for a month, from the kiosk's own database. Then it compares the columns with the deployed
 * form, fetched with the stored credential (OpenRosa form list, then the XForm); `--form FILE`
 * compares with a copy instead, `--offline` skips it and says so. Nothing is submitted. Exit 1 on
 * any problem, a form that cannot be fetched included.
 */
export async function koboCheck(options: KoboCheckOptions, io: CliIo): Promise<number> {
  const kobo = await loadConfigFile(options.configDir, koboFile);
  if (!kobo.ok) {
    for (const issue of kobo.issues) io.err(`kobo.json ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`);
    io.err('The mapping is not valid (a source this kiosk does not know?): nothing would be sent.');
    return EXIT_FAILED;
  }
  const settings = koboSettings(kobo.value);
  if (settings === undefined) {
    io.out('KoboToolbox: not configured (kobo.json sets no submission).');
    return EXIT_OK;
  }
  const [site, operations, directory] = await Promise.all([
    loadConfigFile(options.configDir, siteFile),
    loadConfigFile(options.configDir, operationsFile),
    loadConfigFile(options.configDir, directoryFile),
  ]);
  for (const [name, file] of [
    ['site.json', site],
    ['operations.json', operations],
    ['directory.json', directory],
  ] as const) {
    if (!file.ok) {
      io.err(`${name} is not valid: the mapping cannot be checked against it (run "kioskctl config validate").`);
      return EXIT_FAILED;
    }
  }
  if (!site.ok || !operations.ok || !directory.ok) return EXIT_FAILED;
  const problems = koboIndicatorProblems(kobo.value, operations.value, directory.value);

  const timeZone = site.value.timezone;
  const month = options.month ?? previousMonth(systemClock.now(), timeZone);
  const logger = createStderrLogger('error');
  const database = await openKioskDatabase({ dataDir: options.dataDir, clock: systemClock, logger });
  try {
    const db = database.connection();
    if (db === undefined) {
      io.err(`The kiosk database in ${options.dataDir} cannot be opened: the figures cannot be shown.`);
      return EXIT_FAILED;
    }
    const form = await checkForm(options, settings, db);
    const values = await monthValues(db, month, settings.indicators, timeZone);
    io.out(`KoboToolbox form ${settings.formId}: what ${month} would send (nothing is sent by this command)`);
    const width = Math.max(...settings.indicators.map((i) => i.column.length), 12) + 2;
    if (settings.monthColumn !== undefined)
      io.out(`  ${settings.monthColumn.padEnd(width)}${month.padStart(8)}  month`);
    if (settings.siteColumn !== undefined) io.out(`  ${settings.siteColumn.padEnd(width)}${site.value.id}  site`);
    settings.indicators.forEach((indicator, index) => {
      const value = String(values[index]?.value ?? 0);
      io.out(`  ${indicator.column.padEnd(width)}${value.padStart(8)}  ${describeSource(indicator.from)}`);
    });
    if (form.kind === 'compared') problems.push(...form.problems);
    if (form.kind === 'failed') problems.push(`the deployed form could not be checked: ${form.problem}`);
    for (const problem of problems) io.err(`Problem: ${problem}`);
    if (problems.length > 0) return EXIT_FAILED;
    const columns = `${String(settings.indicators.length)} columns, every source known`;
    if (form.kind === 'compared') {
      io.out(`OK: ${columns}; ${form.what} has every column, each taking a number.`);
    } else if (form.kind === 'not-checked') {
      // Never an OK for the form: only the mapping and the figures were checked.
      io.out(`OK: ${columns}.`);
      io.out(`NOT CHECKED: the deployed form (${form.why}).`);
    }
    return EXIT_OK;
  } finally {
    await database.close();
  }
}

/** The text columns (month, site) and the number columns against an XForm's binds. */
function compareWithForm(xml: string, settings: KoboSettings): string[] {
  const text = [settings.monthColumn, settings.siteColumn].filter((c): c is string => c !== undefined);
  return formProblems(
    xformBindings(xml),
    settings.indicators.map((i) => i.column),
    text,
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The key that opens the stored credential. Loaded only when a key file is there already: a check
 * never creates a machine key. A key sealed by the kiosk's OS account cannot be opened here.
 */
async function credentialKey(dataDir: string): Promise<Buffer | 'sealed' | undefined> {
  const present = (await exists(join(dataDir, PLAIN_KEY_FILE))) || (await exists(join(dataDir, SEALED_KEY_FILE)));
  if (!present) return undefined;
  const key = await loadMachineKey(dataDir);
  if (key.kind === 'ready') return key.key.derive('kobo-credential');
  return key.kind === 'sealed' ? 'sealed' : undefined;
}

/** `--form FILE`, `--offline`, or the deployed form fetched with the stored credential. */
async function checkForm(options: KoboCheckOptions, settings: KoboSettings, db: SqlExecutor): Promise<FormCheck> {
  if (options.formFile !== undefined) {
    let xml: string;
    try {
      xml = await readFile(options.formFile, 'utf8');
    } catch (error) {
      return {
        kind: 'failed',
        problem: `the form file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    return { kind: 'compared', what: `the form file ${options.formFile}`, problems: compareWithForm(xml, settings) };
  }
  if (options.offline) return { kind: 'not-checked', why: '--offline; give --form XFORM_FILE to compare with a copy' };
  const key = await credentialKey(options.dataDir);
  const stored = await readCredential(db, key === 'sealed' ? undefined : key);
  if (stored === undefined) {
    return {
      kind: 'not-checked',
      why:
        key === 'sealed'
          ? "the stored credential is sealed for the kiosk's own account and cannot be opened from here; give --form XFORM_FILE"
          : 'no KoboToolbox credential is stored: a supervisor enters it on the KoboToolbox screen; or give --form XFORM_FILE',
    };
  }
  const deployed = await fetchDeployedForm(
    { serverUrl: settings.serverUrl, credential: stored.credential, timeoutMs: settings.timeoutMs },
    settings.formId,
  );
  if (!deployed.ok) return { kind: 'failed', problem: deployed.problem };
  const problems = compareWithForm(deployed.xml, settings);
  const version = deployed.entry.version;
  if (settings.formVersion !== undefined && version !== undefined && version !== settings.formVersion) {
    problems.push(`formVersion: kobo.json sends "${settings.formVersion}", the deployed form is version "${version}"`);
  }
  const what = `the deployed form "${settings.formId}"${version === undefined ? '' : ` (version ${version})`}`;
  return { kind: 'compared', what, problems };
}
