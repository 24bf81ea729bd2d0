/**
 * Waits for a print attempt, but never past its budget: at the deadline the attempt is aborted
 * (its transport gives up and the job ends `failed` on its own), and `graceMs` later the caller
 * gets 'timeout' whether or not the attempt has noticed. The person at the kiosk hears back within
 * the site's print timeout plus that grace, whatever the printer does.
 */
export async function withinPrintDeadline<T>(
  attempt: Promise<T>,
  controller: AbortController,
  budgetMs: number,
  graceMs: number,
): Promise<T | 'timeout'> {
  let abortTimer: ReturnType<typeof setTimeout> | undefined;
  let answerTimer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    abortTimer = setTimeout(() => {
      controller.abort();
      answerTimer = setTimeout(() => {
        resolve('timeout');
      }, graceMs);
      answerTimer.unref();
    }, budgetMs);
  });
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(abortTimer);
    clearTimeout(answerTimer);
  }
}
