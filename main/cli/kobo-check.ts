import { readFile } from 'node:fs/promises';

import { systemClock } from '../services/clock.js';
import { directoryFile, koboFile, operationsFile, siteFile } from '../services/config/config-files.js';
import { koboIndicatorProblems, koboSettings, type IndicatorSource } from '../services/config/kobo-schema.js';
import { loadConfigFile } from '../services/config/load-config.js';
import { openKioskDatabase } from '../services/db/index.js';
import { createStderrLogger } from '../services/logger.js';
import { previousMonth } from '../services/kobo/months.js';
import { monthValues } from '../services/kobo/monthly-indicators.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export interface KoboCheckOptions {
  readonly configDir: string;
  readonly dataDir: string;
  /** `YYYY-MM`; last month in the site's timezone when absent (what `kobo submit` would send). */
  readonly month: string | undefined;
  /** A copy of the deployed form's XForm: every column must be in it with a number type. */
  readonly formFile: string | undefined;
}

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
 * send for a month, from the kiosk's own database. Nothing goes over the network; `--form FILE`
 * compares the columns with a copy of the deployed form. Exit 1 on any problem.
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

  if (options.formFile !== undefined) {
    let xml: string;
    try {
      xml = await readFile(options.formFile, 'utf8');
    } catch (error) {
      io.err(`The form file cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_FAILED;
    }
    const text = [settings.monthColumn, settings.siteColumn].filter((c): c is string => c !== undefined);
    problems.push(
      ...formProblems(
        xformBindings(xml),
        settings.indicators.map((i) => i.column),
        text,
      ),
    );
  }

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
  } finally {
    await database.close();
  }
  for (const problem of problems) io.err(`Problem: ${problem}`);
  if (problems.length > 0) return EXIT_FAILED;
  io.out(`OK: ${String(settings.indicators.length)} columns, every source known.`);
  return EXIT_OK;
}
