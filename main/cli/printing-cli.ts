import { parseArgs, type ParseArgsConfig } from 'node:util';

import type { CliIo } from './cli-io.js';
import type { ServeHooks } from './serve.js';

export const PRINTING_USAGE = `  slip --service ID --lang es|en|fr|ht [--printer NAME] [--config DIR] --out FILE
                            Write the exact bytes a printer receives for a referral slip.
  print-test [--printer NAME] [--config DIR]
                            Print the code-page self-test slip (every letter of es, en, fr, ht).
  printer status [NAME] [--config DIR]
                            Read the printer's status; exit 1 unless it can print.
  printer-emulator --tcp PORT | --serial PATH [--baud N] [--out DIR] [--fault NAME]…
                            Run the test printer (faults: paper-out, near-end, cover-open,
                            cutter-error, silent, garbage, wrong-baud, stalled).`;

export type PrintingCliOutcome = number | { readonly usageError: string } | undefined;

function parsed(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): ReturnType<typeof parseArgs> | string {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * The printing commands of kioskctl. Undefined when `command` is not one of them; a usage error is
 * returned, not thrown, so kioskctl reports it like its own.
 */
export async function runPrintingCommand(
  command: string,
  subcommand: string | undefined,
  rest: readonly string[],
  io: CliIo,
  context: { readonly configDir: string; readonly hooks: ServeHooks; readonly help: () => number },
): Promise<PrintingCliOutcome> {
  const all = subcommand === undefined ? rest : [subcommand, ...rest];
  const config = { type: 'string' } as const;
  if (command === 'slip') {
    const args = parsed(all, { service: config, lang: config, printer: config, config, out: config });
    if (typeof args === 'string') return { usageError: args };
    if (args.values.help === true) return context.help();
    const { slipCommand, parseLanguage } = await import('./printing-commands.js');
    const serviceId = str(args.values.service);
    const out = str(args.values.out);
    if (serviceId === undefined || out === undefined)
      return { usageError: 'slip needs --service ID, --lang and --out FILE.' };
    let language;
    try {
      language = parseLanguage(str(args.values.lang));
    } catch (error) {
      return { usageError: error instanceof Error ? error.message : String(error) };
    }
    return slipCommand(
      {
        configDir: str(args.values.config) ?? context.configDir,
        serviceId,
        language,
        printer: str(args.values.printer),
        out,
      },
      io,
    );
  }
  if (command === 'print-test' || (command === 'printer' && subcommand === 'status')) {
    const args = parsed(command === 'printer' ? rest : all, { printer: config, config });
    if (typeof args === 'string') return { usageError: args };
    if (args.values.help === true) return context.help();
    const { printTestCommand, printerStatusCommand } = await import('./printing-commands.js');
    const options = {
      configDir: str(args.values.config) ?? context.configDir,
      printer: str(args.values.printer) ?? args.positionals[0],
    };
    return command === 'printer' ? printerStatusCommand(options, io) : printTestCommand(options, io);
  }
  if (command === 'printer-emulator') {
    const args = parsed(all, {
      tcp: config,
      serial: config,
      baud: config,
      out: config,
      columns: config,
      fault: { type: 'string', multiple: true },
      chinese: { type: 'boolean' },
    });
    if (typeof args === 'string') return { usageError: args };
    if (args.values.help === true) return context.help();
    const number = (value: unknown, name: string): number | undefined | { usageError: string } => {
      const text = str(value);
      if (text === undefined) return undefined;
      return /^\d{1,6}$/.test(text) ? Number(text) : { usageError: `${name} must be a number, not "${text}".` };
    };
    const tcp = number(args.values.tcp, '--tcp');
    const baud = number(args.values.baud, '--baud');
    const columns = number(args.values.columns, '--columns');
    for (const value of [tcp, baud, columns]) if (typeof value === 'object') return value;
    const { printerEmulatorCommand } = await import('./printer-emulator.js');
    const faults = args.values.fault;
    return printerEmulatorCommand(
      {
        tcpPort: tcp as number | undefined,
        serialPath: str(args.values.serial),
        baudRate: baud as number | undefined,
        outDir: str(args.values.out),
        columns: (columns as number | undefined) ?? 48,
        faults: Array.isArray(faults) ? faults.filter((f): f is string => typeof f === 'string') : [],
        chinese: args.values.chinese === true,
        waitForStop: context.hooks.waitForStop ?? waitForSignal,
      },
      io,
    );
  }
  return undefined;
}
