import { parseArgs } from 'node:util';

import { isoMonthSchema, type KoboSubmission } from '../contract/index.js';
import { createKioskServices } from '../services/kiosk-services.js';
import { createStderrLogger } from '../services/logger.js';

import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io.js';

export const KOBO_USAGE = `Usage: kioskctl kobo <status|submit|check> [options]

  kobo status [--config DIR] [--data DIR]
                            List the KoboToolbox outbox; exit 1 when a submission failed.
  kobo submit [YYYY-MM] [--config DIR] [--data DIR]
                            Queue a month's indicators (default: last month), send what is
                            due, and print where it stands; exit 1 unless it was accepted.
  kobo check [YYYY-MM] [--form XFORM_FILE] [--config DIR] [--data DIR]
                            Check kobo.json against this site's configuration (and a copy of
                            the deployed form), print what each column would send for the
                            month (default: last month); no network. Exit 1 on any problem.

The credential is entered by a supervisor on the KoboToolbox screen; it is never printed.`;

export interface KoboCliPaths {
  readonly configDir: string;
  readonly dataDir: string;
  readonly appVersion: string;
}

function line(submission: KoboSubmission): string {
  return [
    submission.month,
    submission.state.toUpperCase().padEnd(8),
    `attempts ${String(submission.attempts)}`.padEnd(12),
    `status ${submission.lastStatus === null ? '-' : String(submission.lastStatus)}`.padEnd(11),
    submission.problem ?? '',
    submission.nextAttemptAt === null ? '' : `next ${submission.nextAttemptAt}`,
    submission.instanceId,
  ]
    .filter((part) => part !== '')
    .join('  ');
}

/** `kioskctl kobo …`: the outbox from a terminal, for remote support and for sites without a screen at hand. */
export async function runKoboCommand(
  subcommand: string | undefined,
  rest: readonly string[],
  io: CliIo,
  paths: KoboCliPaths,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: [...rest],
      options: {
        config: { type: 'string' },
        data: { type: 'string' },
        form: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  try {
    parsed = parse();
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(KOBO_USAGE);
    return EXIT_OK;
  }
  if (subcommand !== 'status' && subcommand !== 'submit' && subcommand !== 'check') {
    io.err(KOBO_USAGE);
    return EXIT_USAGE;
  }
  const month = positionals[0];
  if (
    positionals.length > (subcommand === 'status' ? 0 : 1) ||
    (month !== undefined && !isoMonthSchema.safeParse(month).success)
  ) {
    io.err(`Unexpected argument "${positionals.at(-1) ?? ''}" (a month is written YYYY-MM).`);
    return EXIT_USAGE;
  }

  if (values.form !== undefined && subcommand !== 'check') {
    io.err('--form goes with "kobo check" only.');
    return EXIT_USAGE;
  }
  if (subcommand === 'check') {
    // Loaded only here: it reads the configuration and the database, not the outbox.
    const { koboCheck } = await import('./kobo-check.js');
    return koboCheck(
      {
        configDir: values.config ?? paths.configDir,
        dataDir: values.data ?? paths.dataDir,
        month,
        formFile: values.form,
      },
      io,
    );
  }

  const services = await createKioskServices({
    configDir: values.config ?? paths.configDir,
    dataDir: values.data ?? paths.dataDir,
    appVersion: paths.appVersion,
    hostKind: 'web',
    logger: createStderrLogger('error'),
    watchConfig: false,
  });
  try {
    if (subcommand === 'submit') {
      const queued = await services.kobo.queueMonth(month);
      if (!queued.ok) {
        io.err(`Not queued: ${queued.error.code} ${queued.error.detail ?? ''}`.trim());
        return EXIT_FAILED;
      }
      await services.kobo.sendDue();
    }
    const status = await services.kobo.status();
    if (!status.ok) {
      io.err(`The outbox could not be read: ${status.error.code}`);
      return EXIT_FAILED;
    }
    const { configured, server, formId, credential, submissions } = status.value;
    io.out(
      configured
        ? `KoboToolbox: ${server ?? ''} form ${formId ?? ''}, credential ${credential === null ? 'not entered' : credential.masked}`
        : 'KoboToolbox: not configured (kobo.json sets no submission).',
    );
    for (const problem of status.value.problems) io.out(`Configuration problem: ${problem}`);
    for (const submission of submissions) io.out(line(submission));
    if (subcommand === 'submit') {
      return submissions[0]?.state === 'sent' ? EXIT_OK : EXIT_FAILED;
    }
    return submissions.some((s) => s.state === 'failed') ? EXIT_FAILED : EXIT_OK;
  } finally {
    await services.close();
  }
}
