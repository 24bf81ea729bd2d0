import type { Page, Route } from '@playwright/test';

/**
 * A slow or failing host for one or more API methods, through the page's own requests: the kiosk's
 * code and the host stay real, only the answers are held back or refused.
 */

/** Holds every answer of the given methods until `release`, as a slow host would. */
export async function holdMethods(page: Page, methods: readonly string[]): Promise<{ release: () => void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  for (const method of methods) {
    await page.route(`**/api/${method}`, async (route: Route) => {
      await released;
      await route.continue();
    });
  }
  return { release };
}

export interface RefusingHost {
  /** Calls of the method so far, refused or not. */
  readonly asked: () => number;
  readonly recover: () => void;
}

/** Refuses every call of one API method, as a host that is down would, until `recover`. */
export async function refuseMethod(page: Page, method: string): Promise<RefusingHost> {
  let refuse = true;
  let asked = 0;
  await page.route(`**/api/${method}`, async (route: Route) => {
    asked += 1;
    if (refuse) await route.abort('connectionrefused');
    else await route.continue();
  });
  return {
    asked: () => asked,
    recover: () => {
      refuse = false;
    },
  };
}
