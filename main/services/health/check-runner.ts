import type { CheckCode, CheckParams, CheckResult, CheckStatus } from '../../contract/index.js';

/** What a check reports; the runner adds the id and the time it took. */
export type CheckOutcome = Omit<CheckResult, 'id' | 'durationMs'>;

export interface EquipmentCheckDefinition {
  readonly id: string;
  readonly timeoutMs: number;
  run(): Promise<CheckOutcome | readonly (CheckOutcome & { id: string })[]>;
}

/**
 * A check's result. `code` must be one of `CHECK_DETAILS` (contract), which the locale files give a
 * sentence in every language; `params` are that sentence's figures, `detail` the English for logs.
 */
export const outcome = (
  status: CheckStatus,
  code: CheckCode,
  detail: string | null = null,
  measured: { value: number; unit: string } | null = null,
  params?: CheckParams,
): CheckOutcome => ({
  status,
  code,
  detail,
  measured: measured?.value ?? null,
  unit: measured?.unit ?? null,
  ...(params === undefined ? {} : { params }),
});

/**
 * Runs every check at once, each bounded by its own timeout: a check that hangs ends as `unknown`
 * with code `timeout` (never as a pass), and one that throws ends as `fail` — the others go on.
 */
export async function runChecks(
  checks: readonly EquipmentCheckDefinition[],
  now: () => number,
  onFinished: (id: string, results: readonly CheckResult[]) => void = () => undefined,
): Promise<CheckResult[]> {
  const runs = checks.map(async (check): Promise<CheckResult[]> => {
    const started = now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<CheckOutcome>((resolve) => {
      timer = setTimeout(() => {
        resolve(outcome('unknown', 'timeout', `no answer within ${check.timeoutMs} ms`, null, { ms: check.timeoutMs }));
      }, check.timeoutMs);
    });
    let result: Awaited<ReturnType<EquipmentCheckDefinition['run']>>;
    try {
      result = await Promise.race([check.run(), timeout]);
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
      result = outcome('fail', 'error', message, null, { message });
    } finally {
      clearTimeout(timer);
    }
    const durationMs = Math.max(0, now() - started);
    const results = Array.isArray(result)
      ? (result as readonly (CheckOutcome & { id: string })[]).map((r) => ({ ...r, durationMs }))
      : [{ ...(result as CheckOutcome), id: check.id, durationMs }];
    onFinished(check.id, results);
    return results;
  });
  return (await Promise.all(runs)).flat();
}

/** The worst status wins; `unknown` counts as a warning so it can never read as "all fine". */
export function summarise(results: readonly CheckResult[]): 'pass' | 'warn' | 'fail' {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.some((r) => r.status === 'warn' || r.status === 'unknown')) return 'warn';
  return 'pass';
}
