import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { systemClock } from '../services/clock.js';
import { createConfigService } from '../services/config/index.js';
import { inspectDatabase, openKioskDatabase, useDatabase } from '../services/db/index.js';
import {
  importDirectory,
  exportDirectory,
  readDirectoryFile,
  type ExchangeFormat,
} from '../services/directory/directory-exchange.js';
import { createDirectoryStewardship } from '../services/directory/directory-stewardship.js';
import { createStderrLogger } from '../services/logger.js';
import { appendAudit } from '../services/operator/operator-store.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export type DirectoryCliOutcome = number | { readonly usageError: string } | undefined;

/** `hsds` is the JSON, or its tabular form when the file is a zip. */
function formatOf(format: string | undefined, file: string): ExchangeFormat | undefined {
  if (format === 'xlsx') return 'xlsx';
  if (format === 'hsds') return file.toLowerCase().endsWith('.zip') ? 'hsds-csv' : 'hsds-json';
  return undefined;
}

/** `kioskctl directory …`; undefined when the command is not one of these. */
export async function runDirectoryCommand(
  command: string,
  subcommand: string | undefined,
  rest: readonly string[],
  io: CliIo,
  context: { readonly configDir: string; readonly dataDir: string; readonly help: () => number },
): Promise<DirectoryCliOutcome> {
  if (command !== 'directory') return undefined;
  if (subcommand !== 'export' && subcommand !== 'import') {
    return { usageError: `Unknown command "directory ${subcommand ?? ''}".`.replace(' ".', '".') };
  }
  let values: { config?: string; data?: string; format?: string; out?: string; help?: boolean };
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: {
        config: { type: 'string' },
        data: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    return { usageError: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return context.help();
  const file = subcommand === 'export' ? values.out : positionals[0];
  if (file === undefined) {
    return {
      usageError: subcommand === 'export' ? 'directory export needs --out FILE.' : 'directory import needs FILE.',
    };
  }
  if (positionals.length > (subcommand === 'export' ? 0 : 1)) return { usageError: 'Too many arguments.' };
  const format = formatOf(values.format, file);
  if (format === undefined) return { usageError: `--format must be hsds or xlsx, not "${values.format ?? ''}".` };
  const configDir = resolve(values.config ?? context.configDir);

  if (subcommand === 'export') {
    let services;
    try {
      services = await readDirectoryFile(configDir);
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return EXIT_FAILED;
    }
    const bytes = await exportDirectory(services, format);
    await writeFile(resolve(file), bytes);
    io.out(`Wrote ${services.length} services to ${file} (${format}, ${bytes.length} bytes).`);
    return EXIT_OK;
  }
  return runImport(resolve(file), format, configDir, resolve(values.data ?? context.dataDir), io);
}

async function runImport(
  file: string,
  format: ExchangeFormat,
  configDir: string,
  dataDir: string,
  io: CliIo,
): Promise<number> {
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined) {
    io.err(`Cannot read ${file}.`);
    return EXIT_FAILED;
  }
  // Every change to the directory is audited: without the kiosk's database there is no import.
  const inspection = await inspectDatabase(dataDir);
  if (inspection.kind !== 'healthy') {
    io.err(`No usable kiosk database in ${dataDir} (${inspection.kind}): the import would not be audited.`);
    return EXIT_FAILED;
  }
  const logger = io.logger ?? createStderrLogger('error');
  const config = await createConfigService({
    dir: configDir,
    clock: systemClock,
    logger,
    watch: false,
    onChange: () => undefined,
  });
  const database = await openKioskDatabase({ dataDir, clock: systemClock, logger });
  try {
    const stewardship = createDirectoryStewardship({
      configDir,
      config,
      clock: systemClock,
      audit: async (event) => {
        const written = await useDatabase(database, logger, 'directory_audit', (db) =>
          appendAudit(db, { at: systemClock.now(), ...event }),
        );
        if (!written.ok) io.err(`The import was not written to the audit log (${written.error.code}).`);
      },
    });
    const result = await importDirectory(stewardship, { name: 'kioskctl', role: null }, new Uint8Array(bytes), format);
    if (result.imported) {
      io.out(
        `Imported ${result.services} services into ${configDir}; the previous directory is kept in directory-history/.`,
      );
      return EXIT_OK;
    }
    if ('fileProblem' in result) {
      io.err(`${file}: ${result.fileProblem}. Nothing was changed.`);
      return EXIT_FAILED;
    }
    for (const problem of result.problems) {
      io.err(
        `${problem.table} row ${problem.row}: ${problem.field === '' ? '(row)' : problem.field}: ${problem.reason}`,
      );
    }
    io.err(`${result.problems.length} problem(s): nothing was changed.`);
    return EXIT_FAILED;
  } finally {
    config.close();
    await database.close();
  }
}
