// The heap benchmarks' kiosk: the web host in-process on the sample site, and Chromium over a
// debugging pipe (no protocol client on the page between reads), with `gc()` and exact heap
// figures, on the first screen with the in-page tap helper installed.
import { launchPipeBrowser, type PipeBrowser } from './cdp-pipe.js';
import { startBenchHost, TAP_HELPER } from './journey-lib.js';

export interface PipeKiosk {
  readonly browser: PipeBrowser;
  close(): Promise<void>;
}

const FIRST_SCREEN = `new Promise((resolve, reject) => {
  const until = Date.now() + 20000;
  const look = () => document.querySelector('[data-testid="screen-language"]') !== null ? resolve(true)
    : Date.now() > until ? reject(new Error('the first screen did not come')) : setTimeout(look, 50);
  look();
})`;

/** `jsFlags`: V8 flags beyond `--expose-gc`, for a diagnostic run (never for the reported figure). */
export async function startPipeKiosk(jsFlags: readonly string[] = []): Promise<PipeKiosk> {
  const host = await startBenchHost('kiosk-bench-heap-');
  const browser = await launchPipeBrowser(host.url, [
    `--js-flags=${['--expose-gc', ...jsFlags].join(' ')}`,
    '--enable-precise-memory-info',
  ]);
  const close = async (): Promise<void> => {
    await browser.close();
    await host.close();
  };
  try {
    // Right after launch the page may have no execution context yet: ask again for a while.
    for (let tries = 0; ; tries += 1) {
      try {
        await browser.evaluate(FIRST_SCREEN);
        break;
      } catch (error) {
        if (tries >= 100 || !String(error).includes('execution context')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    await browser.evaluate(TAP_HELPER);
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, close };
}
