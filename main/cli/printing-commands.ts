import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { LANGUAGES, type Language } from '../contract/index.js';
import { loadConfigFolder, formatIssue, type PrinterConfig, type PrintersConfig } from '../services/config/index.js';
import { printerRuntime } from '../services/printing/printer-runtime.js';
import { calendarNamesByLanguage } from '../services/texts/calendar-texts.js';
import { referralSlip, selfTestSlip } from '../services/printing/slip/referral-slip.js';
import { columnsOf, encodeSlip, jobBytes } from '../services/printing/slip/slip-escpos.js';
import { stateFromProblems } from '../services/printing/status/status-bytes.js';
import { newReferral } from '../services/referrals/referral.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';
import { defaultPaths } from './package-root.js';

export class CommandError extends Error {}

async function loadPrinters(configDir: string): Promise<Awaited<ReturnType<typeof loadConfigFolder>>> {
  return loadConfigFolder(resolve(configDir));
}

function choosePrinter(printers: PrintersConfig, name: string | undefined): PrinterConfig {
  const wanted = name ?? printers.printer;
  const printer = printers.printers.find((p) => p.id === wanted);
  if (printer === undefined) {
    throw new CommandError(
      `No printer "${wanted}" in printers.json (${printers.printers.map((p) => p.id).join(', ')}).`,
    );
  }
  return printer;
}

function requirePrinters(folder: Awaited<ReturnType<typeof loadConfigFolder>>): PrintersConfig {
  if (!folder.printers.ok) {
    throw new CommandError(`printers.json is not valid:\n${folder.printers.issues.map(formatIssue).join('\n')}`);
  }
  return folder.printers.value;
}

export function parseLanguage(text: string | undefined): Language {
  const language = LANGUAGES.find((l) => l === text);
  if (language === undefined) throw new CommandError(`--lang must be one of ${LANGUAGES.join(', ')}.`);
  return language;
}

/** `kioskctl slip`: the exact bytes a printer would receive for one referral slip. */
export async function slipCommand(
  options: { configDir: string; serviceId: string; language: Language; printer?: string | undefined; out: string },
  io: CliIo,
): Promise<number> {
  const folder = await loadPrinters(options.configDir);
  if (!folder.site.ok) throw new CommandError('site.json is not valid; run "kioskctl config validate".');
  if (!folder.directory.ok) throw new CommandError('directory.json is not valid; run "kioskctl config validate".');
  const printer = choosePrinter(requirePrinters(folder), options.printer);
  const service = folder.directory.value.services.find((s) => s.id === options.serviceId);
  if (service === undefined) throw new CommandError(`No service "${options.serviceId}" in directory.json.`);
  const referral = newReferral(service.id);
  const doc = referralSlip({
    site: folder.site.value,
    service,
    language: options.language,
    referral,
    issuedAt: new Date(),
    calendar: calendarNamesByLanguage(),
    columns: columnsOf(printer.profile),
    codePage: printer.profile.codePage,
  });
  const encoded = encodeSlip(doc, printer.profile);
  const bytes = jobBytes(encoded.bytes, printer.profile);
  await writeFile(resolve(options.out), bytes);
  io.out(
    `Wrote ${bytes.length} bytes to ${resolve(options.out)}: printer "${printer.id}", ${printer.profile.codePage}, ${columnsOf(printer.profile)} columns, QR ${encoded.qr}, referral ${referral.referralCode}.`,
  );
  if (encoded.unmapped > 0)
    io.err(`${encoded.unmapped} character(s) have no place on ${printer.profile.codePage} and print as "?".`);
  return EXIT_OK;
}

/** `kioskctl print-test`: the code-page self-test slip, on the configured printer. */
export async function printTestCommand(
  options: { configDir: string; printer?: string | undefined },
  io: CliIo,
): Promise<number> {
  const printers = requirePrinters(await loadPrinters(options.configDir));
  const printer = choosePrinter(printers, options.printer);
  // A preview printer's file goes where the kiosk would write it: under the default data folder.
  const runtime = printerRuntime(printer, {
    statusTimeoutMs: printers.statusTimeoutMs,
    dataDir: defaultPaths().dataDir,
  });
  const budget = printers.printTimeoutSeconds * 1000;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, budget);
  try {
    const attempt = await runtime.print(
      selfTestSlip(columnsOf(printer.profile), printer.profile.codePage),
      controller.signal,
      budget,
    );
    if (attempt.preview !== undefined) io.out(attempt.preview.text.trimEnd());
    if (attempt.printed) {
      io.out(
        `Self-test slip sent to "${printer.id}"${attempt.problems.length > 0 ? ` (${attempt.problems.join(', ')})` : ''}.`,
      );
      return EXIT_OK;
    }
    io.out(`NOT PRINTED on "${printer.id}": ${attempt.problems.join(', ')} (${attempt.reason}).`);
    return EXIT_FAILED;
  } finally {
    clearTimeout(timer);
  }
}

/** `kioskctl printer status [NAME]`: exit 0 when the printer can print (ready or warning). */
export async function printerStatusCommand(
  options: { configDir: string; printer?: string | undefined },
  io: CliIo,
): Promise<number> {
  const printers = requirePrinters(await loadPrinters(options.configDir));
  const printer = choosePrinter(printers, options.printer);
  const runtime = printerRuntime(printer, { statusTimeoutMs: printers.statusTimeoutMs });
  const problems = await runtime.readStatus(printers.statusTimeoutMs);
  const state = stateFromProblems(problems);
  io.out(`${printer.id} (${printer.transport.kind}): ${state}${problems.length > 0 ? `: ${problems.join(', ')}` : ''}`);
  return state === 'ready' || state === 'warning' ? EXIT_OK : EXIT_FAILED;
}
