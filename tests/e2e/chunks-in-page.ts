import type { Page } from '@playwright/test';

import { LANGUAGES } from '../../main/contract/index.js';

/**
 * Resolves once the renderer chunk `name` (`StaffShell`, `FollowUpScreen`), its styles and the
 * four languages' messages are in the page, so that a test which then cuts the network tests the
 * kiosk and not a fetch still under way. Start it before the page opens: it waits for answers.
 *
 * The chunk's own answer is not enough: the modules it shares with other chunks and its styles
 * are fetched beside it and may still be on their way (on a busy machine, long enough for the test
 * to go offline first). Importing the chunk in the page waits for every module it needs, through
 * the fetches the app's own load started; the styles are waited for by their answer.
 */
export async function chunkInPage(page: Page, name: string): Promise<void> {
  const answered = (pattern: RegExp): Promise<string> =>
    page.waitForResponse((response) => pattern.test(response.url()) && response.ok()).then((r) => r.url());
  const scripts = [name, ...LANGUAGES].map((chunk) => new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`));
  const [modules] = await Promise.all([
    Promise.all(scripts.map(answered)),
    answered(new RegExp(`/assets/${name}-[\\w-]+\\.css$`)),
  ]);
  await page.evaluate(async (urls) => {
    await Promise.all(urls.map((url) => import(url)));
  }, modules);
}
