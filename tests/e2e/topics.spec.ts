import { LANGUAGES, type Language } from '../../main/contract/index.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { startEmulatorKiosk } from './emulator-kiosk.js';
import { expect, KioskPage, test as base } from './fixtures.js';
import { message } from './locale-texts.js';

interface TopicFixtures {
  emulator: EscPosEmulator;
  /** The kiosk with its printer on the emulator over TCP (127.0.0.1), fresh data folder. */
  printerKiosk: KioskPage;
}

const test = base.extend<TopicFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  emulator: async ({}, use) => {
    await use(new EscPosEmulator());
  },
  printerKiosk: async ({ page, emulator }, use) => {
    const kiosk = await startEmulatorKiosk(emulator);
    await use(new KioskPage(page, kiosk.host));
    await kiosk.stop();
  },
});

/** The sample's texts (kiosk-config/topics.json) that the test looks for, per language. */
const ASYLUM = {
  es: { title: 'Pedir asilo', neutral: 'Información sobre trámites', summary: 'puede pedir protección en México' },
  en: { title: 'Asking for asylum', neutral: 'Information about procedures', summary: 'ask Mexico for protection' },
  fr: { title: "Demander l'asile", neutral: 'Informations sur les démarches', summary: 'demander une protection' },
  ht: { title: 'Mande azil', neutral: 'Enfòmasyon sou demach yo', summary: 'ou ka mande Meksik pwoteksyon' },
} as const satisfies Record<Language, Record<string, string>>;

const flat = (text: string): string => text.replace(/\s+/g, ' ');

for (const language of LANGUAGES) {
  test(`rights and procedures in ${language}: topic, sheet, related service, slip`, async ({
    printerKiosk: kiosk,
    emulator,
    page,
  }) => {
    await kiosk.open();
    await kiosk.chooseLanguage(language);
    await expect(page.getByTestId('tile-topics')).toHaveText(message(language, 'home.tiles.rights'));
    await page.getByTestId('tile-topics').click();
    await expect(kiosk.screen('topics')).toBeVisible();
    await expect(page.locator('[data-testid^="topic-"].topic-card')).toHaveCount(8);
    await expect(page.getByTestId('topics-sample')).toBeVisible();

    await page.getByTestId('topic-asylum').click();
    await expect(kiosk.screen('topic')).toBeVisible();
    await expect(kiosk.heading()).toContainText(ASYLUM[language].title);
    const screenTitle = (await kiosk.heading().textContent()) ?? '';
    await expect(page.locator('[data-testid^="topic-step-"]')).toHaveCount(6);
    await expect(page.getByTestId('topic-summary')).toContainText(ASYLUM[language].summary);
    await expect(page.getByTestId('topic-sources')).toContainText('gob.mx/comar');

    // The take-away sheet, printed and decoded by the emulator: neutral title, summary, steps.
    await page.getByTestId('print-sheet').click();
    await expect(page.getByTestId('sheet-outcome')).toHaveAttribute('data-outcome', 'printed');
    const sheet = flat(paperText(emulator.paper));
    expect(sheet).toContain(ASYLUM[language].neutral);
    expect(sheet).toContain(ASYLUM[language].summary);
    expect(sheet).toContain(flat(message(language, 'sheet.steps', 'slip')));
    // The screen title says what the topic is: it never reaches paper.
    expect(screenTitle.length).toBeGreaterThan(10);
    expect(sheet).not.toContain(screenTitle);
    await page.getByTestId('sheet-close').click();
    await expect(page.getByTestId('sheet-dialog')).toHaveCount(0);

    // One tap on a related service opens its page, where the referral slip prints.
    await page.getByTestId('topic-services').getByTestId('service-comar-asilo').click();
    await expect(kiosk.screen('service')).toBeVisible();
    const before = emulator.paper.length;
    await page.getByTestId('print-slip').click();
    await expect(page.getByTestId('referral-outcome')).toHaveAttribute('data-outcome', 'printed');
    const code = (await page.getByTestId('referral-code').textContent()) ?? '';
    expect(code.length).toBeGreaterThan(3);
    expect(paperText(emulator.paper.slice(before))).toContain(code.split('').join(' '));
    await page.getByTestId('referral-close').click();

    // "Ask staff" from a topic opens the existing screen.
    await page.getByTestId('nav-back').click();
    await expect(kiosk.screen('topic')).toBeVisible();
    await page.getByTestId('topic-ask-staff').click();
    await expect(kiosk.screen('ask-staff')).toBeVisible();
  });
}

test('when the printer fails, the sheet is on screen with a QR to the source page', async ({
  printerKiosk: kiosk,
  emulator,
  page,
}) => {
  emulator.setFaults({ paper: 'out' });
  await kiosk.open();
  await kiosk.chooseLanguage('ht');
  await page.getByTestId('tile-topics').click();
  await page.getByTestId('topic-scams').click();
  await page.getByTestId('print-sheet').click();
  await expect(page.getByTestId('sheet-outcome')).toHaveAttribute('data-outcome', 'not_printed');
  await expect(page.getByTestId('sheet-dialog')).toContainText(message('ht', 'topics.result.notPrintedHeading'));
  await expect(page.getByTestId('sheet-qr')).toHaveAttribute('data-value', 'https://redsafe.icrc.org');
  await expect(page.getByTestId('sheet-preview')).toContainText('Demach yo gratis.');
  await expect(page.getByTestId('sheet-preview')).toContainText('1. Mande azil');
  expect(paperText(emulator.paper).trim()).toBe('');
});
