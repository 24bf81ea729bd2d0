import { parseArgs } from 'node:util';

import { AUDIO_USAGE } from './audio-cli.js';
import { DIRECTORY_USAGE } from './directory-usage.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, processIo, type CliIo } from './cli-io.js';
import { defaultPaths, packageRoot, packageVersion } from './package-root.js';
import { PATHWAY_USAGE, runPathwayCommand } from './pathway-cli.js';
import { PRINTING_USAGE, runPrintingCommand } from './printing-cli.js';
import { REPORT_USAGE } from './report-usage.js';
import { STAFF_USAGE } from './staff-usage.js';
import type { ServeHooks } from './serve.js';

export const USAGE = `Usage: kioskctl <command> [options]

Commands:
  config validate [DIR]     Check the configuration files in DIR
                            (default: the bundled kiosk-config folder).
  db verify [DATA_DIR]      Check the kiosk database without changing it
                            (default: .kiosk-data in the package folder).
  check [--config DIR] [--data DIR]
                            Run the automatic equipment checks and print a table;
                            exit 1 when any check fails (for remote monitoring).
  serve [--port N] [--config DIR] [--data DIR]
                            Run the kiosk's web host on 127.0.0.1
                            (default port 8127, or the KIOSK_PORT variable).
${STAFF_USAGE}
${PRINTING_USAGE}
${PATHWAY_USAGE}
${REPORT_USAGE}
${AUDIO_USAGE}
${DIRECTORY_USAGE}

Options:
  -h, --help                Show this help.

Exit codes: 0 success, 1 problems found or the command failed, 2 wrong usage.`;

const DEFAULT_PORT = 8127;

class UsageError extends Error {}

const HELP = { type: 'boolean', short: 'h' } as const;

/** node:util's parseArgs throws TypeErrors for unknown options; they are the user's mistake. */
function usageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function atMost(positionals: readonly string[], count: number): readonly string[] {
  const extra = positionals[count];
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".`);
  return positionals;
}

function parsePort(text: string, from: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port > 65_535) {
    throw new UsageError(`${from} must be a port number from 0 to 65535, not "${text}".`);
  }
  return port;
}

async function run(argv: readonly string[], io: CliIo, hooks: ServeHooks): Promise<number> {
  const [command, subcommand, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return help(io);
  const root = packageRoot();
  const defaults = defaultPaths(root);

  if (command === 'config' && subcommand === 'validate') {
    const { values, positionals } = usageErrors(() =>
      parseArgs({ args: rest, options: { help: HELP }, allowPositionals: true }),
    );
    if (values.help === true) return help(io);
    const [dir] = atMost(positionals, 1);
    const { configValidate } = await import('./config-validate.js');
    return configValidate(dir ?? defaults.configDir, io);
  }
  if (command === 'db' && subcommand === 'verify') {
    const { values, positionals } = usageErrors(() =>
      parseArgs({ args: rest, options: { help: HELP }, allowPositionals: true }),
    );
    if (values.help === true) return help(io);
    const [dataDir] = atMost(positionals, 1);
    const { dbVerify } = await import('./db-verify.js');
    return dbVerify(dataDir ?? defaults.dataDir, io);
  }
  if (command === 'check') {
    const args = subcommand === undefined ? rest : [subcommand, ...rest];
    const { values, positionals } = usageErrors(() =>
      parseArgs({
        args,
        options: { config: { type: 'string' }, data: { type: 'string' }, help: HELP },
        allowPositionals: true,
      }),
    );
    if (values.help === true) return help(io);
    atMost(positionals, 0);
    const { check } = await import('./check.js');
    return check(
      {
        configDir: values.config ?? defaults.configDir,
        dataDir: values.data ?? defaults.dataDir,
        appVersion: packageVersion(root),
      },
      io,
    );
  }
  if (command === 'serve') {
    const args = subcommand === undefined ? rest : [subcommand, ...rest];
    const { values, positionals } = usageErrors(() =>
      parseArgs({
        args,
        options: { port: { type: 'string' }, config: { type: 'string' }, data: { type: 'string' }, help: HELP },
        allowPositionals: true,
      }),
    );
    if (values.help === true) return help(io);
    atMost(positionals, 0);
    const port =
      values.port !== undefined
        ? parsePort(values.port, '--port')
        : io.env.KIOSK_PORT !== undefined && io.env.KIOSK_PORT !== ''
          ? parsePort(io.env.KIOSK_PORT, 'KIOSK_PORT')
          : DEFAULT_PORT;
    // Loaded only here: the other commands do not need the web host.
    const { serve } = await import('./serve.js');
    return serve(
      {
        port,
        configDir: values.config ?? defaults.configDir,
        dataDir: values.data ?? defaults.dataDir,
        rendererDir: defaults.rendererDir,
        appVersion: packageVersion(root),
      },
      io,
      hooks,
    );
  }
  if (command === 'staff') {
    if (rest.includes('--help') || rest.includes('-h')) return help(io);
    const { runStaffCommand } = await import('./staff-cli.js');
    const staff = await runStaffCommand(subcommand, rest, io, defaults);
    if (typeof staff === 'number') return staff;
    throw new UsageError(staff.usageError);
  }
  // — Reports and KoboToolbox —
  // KoboToolbox
  if (command === 'kobo') {
    const { runKoboCommand } = await import('./kobo-cli.js');
    return runKoboCommand(subcommand, rest, io, { ...defaults, appVersion: packageVersion(root) });
  }
  // Reports
  if (command === 'report') {
    const { reportCommand } = await import('./report.js');
    const args = subcommand === undefined ? rest : [subcommand, ...rest];
    if (args.includes('--help') || args.includes('-h')) return help(io);
    return reportCommand(args, io, { ...defaults, appVersion: packageVersion(root) });
  }
  // Read-aloud clips
  if (command === 'audio') {
    const { runAudioCommand } = await import('./audio-cli.js');
    const audio = await runAudioCommand(subcommand, rest, io, { ...defaults, help: () => help(io) });
    if (typeof audio === 'number') return audio;
    throw new UsageError(audio.usageError);
  }
  // — Directory exchange (Open Referral HSDS, XLSX) —
  if (command === 'directory') {
    const { runDirectoryCommand } = await import('./directory-cli.js');
    const directory = await runDirectoryCommand(command, subcommand, rest, io, { ...defaults, help: () => help(io) });
    if (typeof directory === 'number') return directory;
    if (directory !== undefined) throw new UsageError(directory.usageError);
  }
  // — Referral pathways —
  const pathway = await runPathwayCommand(command, subcommand, rest, io, {
    configDir: defaults.configDir,
    help: () => help(io),
  });
  if (typeof pathway === 'number') return pathway;
  if (pathway !== undefined) throw new UsageError(pathway.usageError);
  const printing = await runPrintingCommand(command, subcommand, rest, io, {
    configDir: defaults.configDir,
    hooks,
    help: () => help(io),
  });
  if (typeof printing === 'number') return printing;
  if (printing !== undefined) throw new UsageError(printing.usageError);
  const words = [command, subcommand].filter((word) => word !== undefined).join(' ');
  throw new UsageError(`Unknown command "${words}".`);
}

function help(io: CliIo): number {
  io.out(USAGE);
  return EXIT_OK;
}

/** Runs one command with the given streams; used by `main` and by the tests. */
export async function runKioskctl(argv: readonly string[], io: CliIo, hooks: ServeHooks = {}): Promise<number> {
  try {
    return await run(argv, io, hooks);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err('Run "kioskctl --help" for the list of commands.');
      return EXIT_USAGE;
    }
    io.err(`kioskctl failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  }
}

/** Entry point of the `kioskctl` bin (bin/kioskctl.js sets the process exit code from it). */
export function main(argv: string[]): Promise<number> {
  return runKioskctl(argv, processIo());
}
