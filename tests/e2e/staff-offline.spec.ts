// Staff mode is a chunk of its own, fetched once the first screen is idle. These tests cut the
// network after the first load and open staff mode: its screens must all be there already.
import { chunkInPage } from './chunks-in-page.js';
import { expect, StaffPage, test } from './staff-page.js';

test('staff screens open with every asset request failing after the first load', async ({
  staffKiosk,
  staff,
  page,
}) => {
  const inPage = chunkInPage(page, 'StaffShell');
  await staffKiosk.open();
  await inPage;

  // From here on no file of the renderer can be fetched; the services still answer.
  const refused: string[] = [];
  await page.route('**/assets/**', async (route) => {
    refused.push(route.request().url());
    await route.abort('internetdisconnected');
  });

  await staff.pressChord();
  await staff.signIn();
  for (const screen of ['reports', 'pathways', 'recordings', 'audit', 'staff-accounts']) {
    await page.getByTestId(`staff-open-${screen}`).click();
    await expect(staff.screen(screen)).toBeVisible();
    await expect(page.getByTestId('staff-back')).toBeVisible();
    await page.getByTestId('staff-back').click();
    await expect(staff.screen('home')).toBeVisible();
  }
  await staff.lock();
  expect(refused).toEqual([]);
});

test('staff mode opens with the network cut', async ({ staffKiosk, staff, page, context }) => {
  const inPage = chunkInPage(page, 'StaffShell');
  await staffKiosk.open();
  await inPage;
  await context.setOffline(true);

  await staff.pressChord();
  await expect(staff.screen('pin')).toBeVisible();
  await expect(page.getByTestId('staff-loading')).toHaveCount(0);
  await context.setOffline(false);
});

test('a staff chunk that cannot be fetched says so, and a retry opens staff mode', async ({ staffKiosk, page }) => {
  let refuse = true;
  await page.route(/\/assets\/StaffShell-[\w-]+\.js$/, async (route) => {
    if (refuse) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await staffKiosk.open();
  await page.keyboard.press('Control+Alt+Shift+KeyO');
  await expect(page.getByTestId('staff-load-failed')).toBeVisible();

  refuse = false;
  await page.getByTestId('staff-load-retry').click();
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await expect(new StaffPage(page).screen('pin')).toBeVisible();
});
