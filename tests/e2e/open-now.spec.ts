import { idleDurations } from '../../renderer/src/idle/idle-timer.js';

import { expect, test } from './fixtures.js';
import { fetchSiteConfig } from './site-config.js';

/** "Open now" follows the site's clock: COMAR opens at 09:00 on weekdays in Mexico City (UTC−6). */
test('"open now" turns on at opening time on a Monday, and is off on Sunday', async ({
  kiosk,
  page,
  request,
  kioskHost,
}) => {
  const site = await fetchSiteConfig(request, kioskHost.url);
  const { quietMs } = idleDurations(site.idleTimeoutSeconds, site.idleWarningSeconds);
  await page.clock.install({ time: new Date('2026-11-23T08:59:00-06:00') });
  await kiosk.open();
  await kiosk.chooseLanguage('es');
  await page.getByTestId('tile-services').click();
  const comar = page.getByTestId('service-comar-asilo');
  await expect(comar).toHaveAttribute('data-open-now', 'false');
  await page.getByTestId('filter-open-now').click();
  await expect(comar).toHaveCount(0);
  await expect(page.getByTestId('service-locatel-orientacion')).toBeVisible();

  // The list renews its marks by itself while someone reads it.
  await page.clock.runFor(61_000);
  await expect(comar).toHaveAttribute('data-open-now', 'true');

  // Nobody touched the screen for a minute: if the warning came up, the visitor is still here.
  if (61_000 >= quietMs) await page.getByTestId('idle-still-here').click();
  await page.clock.setSystemTime(new Date('2026-11-29T12:00:00-06:00')); // Sunday noon
  await page.clock.runFor(31_000);
  await expect(comar).toHaveCount(0);
  await expect(page.getByTestId('service-consejo-ciudadano-apoyo')).toHaveAttribute('data-open-now', 'true');
});
