import type { CheckResult } from '../contract/index.js';
import { createKioskServices } from '../services/kiosk-services.js';
import { createStderrLogger } from '../services/logger.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export interface CheckOptions {
  readonly configDir: string;
  readonly dataDir: string;
  readonly appVersion: string;
}

function row(result: CheckResult): string {
  const measured = result.measured === null ? '' : `${String(result.measured)} ${result.unit ?? ''}`.trim();
  return [
    result.status.toUpperCase().padEnd(8),
    result.id.padEnd(20),
    result.code.padEnd(22),
    measured.padEnd(10),
    result.detail ?? '',
  ]
    .join(' ')
    .trimEnd();
}

/**
 * `kioskctl check`: the automatic equipment checks without a screen, for remote monitoring. It
 * prints one line per check and exits 1 when any check failed. Warnings and unknowns are printed
 * as such (never as OK) but do not fail the run.
 */
export async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const services = await createKioskServices({
    configDir: options.configDir,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    hostKind: 'web',
    logger: createStderrLogger('error'),
    watchConfig: false,
  });
  try {
    const result = await services.equipment.run(null);
    if (!result.ok) {
      io.err(`The check could not run: ${result.error.code} ${result.error.detail ?? ''}`.trim());
      return EXIT_FAILED;
    }
    io.out(`${'STATUS'.padEnd(8)} ${'CHECK'.padEnd(20)} ${'REASON'.padEnd(22)} ${'MEASURED'.padEnd(10)} DETAIL`);
    for (const line of result.value.results) io.out(row(line));
    io.out(`Summary: ${result.value.summary.toUpperCase()} (${result.value.finishedAt})`);
    return result.value.results.some((r) => r.status === 'fail') ? EXIT_FAILED : EXIT_OK;
  } finally {
    await services.close();
  }
}
