// Memory readings for the soak run: the host's resident set (its own process) and the page's JS heap.
import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

/** Resident set size of a process in bytes, from /proc (Linux); 0 where /proc does not exist. */
export async function rssOf(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kib === undefined ? 0 : Number(kib) * 1024;
  } catch {
    return 0;
  }
}

/** Used JS heap after two forced collections, so garbage not yet collected does not count as growth. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
