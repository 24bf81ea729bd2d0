import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LANGUAGES } from '../../main/contract/index.js';

import { expect, KioskPage, test as base } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';

/** A day a few days ahead, so the closure is in force whatever day the suite runs. */
const until = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);

const NOTICE = {
  es: 'Hoy atienden solo hasta las 12:00.',
  en: 'Today they only see people until 12:00.',
  fr: "Aujourd'hui, accueil seulement jusqu'à 12 h.",
  ht: 'Jodi a, yo resevwa moun sèlman jiska 12:00.',
};

/** What the visitor must read, per language: the closure's words (the date is checked by its year). */
const CLOSED = { es: 'Cerrado hasta el', en: 'Closed until', fr: "Fermé jusqu'au", ht: 'Fèmen jiska' } as const;

const test = base.extend<{ closedKiosk: KioskPage }>({
  closedKiosk: async ({ page }, use) => {
    const configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-directory-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const local = {
      closures: [{ serviceId: 'comar-asilo', reason: 'renovation', until }],
      notices: [{ serviceId: 'cndh-quejas', text: NOTICE, until }],
    };
    await writeFile(join(configDir, 'directory-local.json'), JSON.stringify(local, null, 2));
    const host = await startKioskHost({ configDir });
    await use(new KioskPage(page, host));
    await host.stop();
    await rm(configDir, { recursive: true, force: true });
  },
});

for (const language of LANGUAGES) {
  test(`a closure set on the kiosk shows "closed until" and a notice shows on the service (${language})`, async ({
    closedKiosk: kiosk,
    page,
  }) => {
    await kiosk.open();
    await kiosk.chooseLanguage(language);
    await page.getByTestId('tile-services').click();
    const card = page.getByTestId('service-comar-asilo');
    await expect(card.getByTestId('closed-until')).toContainText(CLOSED[language]);
    await expect(card.getByTestId('closed-until')).toContainText(until.slice(0, 4));
    await card.click();
    await expect(page.getByTestId('detail-open-state')).toContainText(CLOSED[language]);
    await expect(page.getByTestId('detail-closure')).toBeVisible();
    // Visitors may still take the slip to go after the closure.
    await expect(page.getByTestId('print-slip')).toBeVisible();

    await page.getByTestId('nav-back').click();
    await page.getByTestId('service-cndh-quejas').click();
    await expect(page.getByTestId('detail-notice')).toContainText(NOTICE[language]);
    await expect(page.getByTestId('detail-closure')).toHaveCount(0);
  });
}
