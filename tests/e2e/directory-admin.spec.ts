import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { LANGUAGES, mapLink, type Language } from '../../main/contract/index.js';

import { KioskPage } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { SHAPES } from './walk-screens.js';
import { expect, OPERATOR, OPERATOR_PIN, provisionOperator, provisionSupervisor, test as base } from './staff-page.js';

/** What a supervisor types for COMAR's note on its hours, in each language (the keyboard's letters). */
const NEW_NOTE: Record<Language, string> = {
  es: 'llegue antes de las nueve',
  en: 'come before nine',
  fr: 'venez avant neuf heures',
  ht: 'vini anvan nèf è',
};
const OLD_NOTE_EN = 'Arrive early: people are seen in turn.';

/** The directory is changed by these tests: each kiosk gets its own copy of the sample configuration. */
const test = base.extend<{ editableKiosk: KioskPage & { configDir: string } }>({
  editableKiosk: async ({ page }, use) => {
    const configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-directory-admin-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const host = await startKioskHost({
      configDir,
      prepareDataDir: async (dataDir) => {
        await provisionSupervisor(dataDir);
        await provisionOperator(dataDir);
      },
    });
    await use(Object.assign(new KioskPage(page, host), { configDir }));
    await host.stop();
    await rm(configDir, { recursive: true, force: true });
  },
});

const COMAR_DOOR = { latitude: 19.42901, longitude: -99.15362 };

/** The sample with coordinates for COMAR, as a supervisor would add them to the file. */
const mapTest = base.extend<{ mappedKiosk: KioskPage }>({
  mappedKiosk: async ({ page }, use) => {
    const configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-directory-map-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const file = join(configDir, 'directory.json');
    const directory = JSON.parse(await readFile(file, 'utf8')) as { services: { id: string }[] };
    directory.services = directory.services.map((entry) =>
      entry.id === 'comar-asilo' ? { ...entry, coordinates: COMAR_DOOR } : entry,
    );
    await writeFile(file, JSON.stringify(directory, null, 2));
    const host = await startKioskHost({ configDir });
    await use(new KioskPage(page, host));
    await host.stop();
    await rm(configDir, { recursive: true, force: true });
  },
});

async function typeKeys(page: Page, text: string): Promise<void> {
  for (const key of text) await page.getByTestId(key === ' ' ? 'key-space' : `key-${key}`).click();
}

/** Taps a typed field, clears it and types a new value on the kiosk's keyboard. */
async function retype(page: Page, field: string, text: string): Promise<void> {
  await page.getByTestId(`field-${field}-value`).click();
  await expect(page.getByTestId(`field-${field}-value`)).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('key-clear').click();
  await typeKeys(page, text);
}

async function openEntry(page: Page, search: string, serviceId: string): Promise<void> {
  await page.getByTestId('staff-open-directory').click();
  await expect(page.getByTestId('staff-directory')).toBeVisible();
  await page.getByTestId('directory-search').click();
  await typeKeys(page, search);
  await expect(page.locator('[data-testid^="directory-row-"]')).not.toHaveCount(0);
  await page.getByTestId(`directory-row-${serviceId}`).click();
  await expect(page.getByTestId('directory-entry')).toHaveAttribute('data-service', serviceId);
}

async function visitorSees(kiosk: KioskPage, language: Language, serviceId: string) {
  await kiosk.open();
  await kiosk.chooseLanguage(language);
  await kiosk.openService(serviceId);
  return kiosk.page.getByTestId('detail-hours');
}

test('a supervisor edits an entry on the screen; the visitor sees it, the audit names it, restoring brings the old text back', async ({
  editableKiosk: kiosk,
  staff,
  page,
}) => {
  // A long walk: four texts and a phone typed key by key, two visits, the audit and a restore.
  test.setTimeout(120_000);
  await kiosk.open();
  await staff.pressChord();
  await staff.signIn();
  await page.getByTestId('language-es').click();
  await openEntry(page, 'comar', 'comar-asilo');

  // Every language is its own field; the Kreyòl one left empty is shown as missing and refused.
  for (const language of LANGUAGES) await retype(page, `hoursNote.${language}`, NEW_NOTE[language]);
  await page.getByTestId('field-hoursNote.ht-value').click();
  await page.getByTestId('key-clear').click();
  await page.getByTestId('keyboard-done').click();
  await expect(page.getByTestId('field-hoursNote.ht-missing')).toHaveText(
    message('es', 'directoryAdmin.missingLanguage').replace('{{language}}', message('es', 'languageNames.ht')),
  );
  // A phone typed with the staff digits, and a wrong one to be refused field by field.
  await retype(page, 'phones.0.number', '55 1234 5678');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('edit-answer')).toHaveAttribute('data-state', 'refused');
  await expect(page.getByTestId('problem-hoursNote.ht')).toHaveText(message('es', 'directoryAdmin.problems.missing'));
  const onDisk = await readFile(join(kiosk.configDir, 'directory.json'), 'utf8');
  expect(onDisk).not.toContain(NEW_NOTE.en);

  await retype(page, 'hoursNote.ht', NEW_NOTE.ht);
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('edit-answer')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('edit-answer')).toHaveText(message('es', 'directoryAdmin.saved'));
  await expect(page.getByTestId('directory-copy')).not.toHaveCount(0);
  await staff.lock();

  // The next visitor reads the new note and phone, in their language.
  const hours = await visitorSees(kiosk, 'fr', 'comar-asilo');
  await expect(hours).toContainText(NEW_NOTE.fr);
  await expect(page.getByTestId('detail-phones')).toContainText('55 1234 5678');
  await page.getByTestId('nav-finish').click();

  // The audit log says who changed the directory.
  await staff.pressChord();
  await staff.signIn();
  await page.getByTestId('staff-open-audit').click();
  const edited = page.locator('[data-testid="audit-event"][data-kind="directory_edited"]');
  await expect(edited).toHaveCount(1);
  await expect(edited.getByTestId('audit-actor')).toHaveText('Ana');
  await page.getByTestId('staff-back').click();

  // Restoring the copy kept before the edit brings the old note back for visitors.
  await openEntry(page, 'comar', 'comar-asilo');
  const copies = page.locator('[data-testid="directory-copy"][data-file="directory.json"]');
  await expect(copies).toHaveCount(1);
  await copies.first().getByRole('button').click();
  await expect(page.getByTestId('restore-answer')).toHaveAttribute('data-state', 'saved');
  await staff.lock();
  await expect(await visitorSees(kiosk, 'en', 'comar-asilo')).toContainText(OLD_NOTE_EN);
  await expect(page.getByTestId('detail-hours')).not.toContainText(NEW_NOTE.en);
});

test('a closure set on the screen shows "closed until" to visitors; an operator may look but not change', async ({
  editableKiosk: kiosk,
  staff,
  page,
}) => {
  test.setTimeout(90_000);
  await kiosk.open();
  await staff.pressChord();
  await staff.signIn();
  await page.getByTestId('language-ht').click();
  await openEntry(page, 'cndh', 'cndh-quejas');
  await expect(page.getByTestId('directory-state-open')).toHaveText(message('ht', 'directoryAdmin.open'));
  await page.getByTestId('closure-reason-renovation').click();
  await page.getByTestId('closure-until-week').click();
  const until = await page.getByTestId('closure-until').getAttribute('data-day');
  await page.getByTestId('closure-save').click();
  await expect(page.getByTestId('closure-answer')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('directory-state-closed')).toContainText(
    message('ht', 'directoryAdmin.reasons.renovation'),
  );
  await staff.lock();

  await kiosk.open();
  await kiosk.chooseLanguage('es');
  await page.getByTestId('tile-services').click();
  const card = page.getByTestId('service-cndh-quejas');
  await expect(card.getByTestId('closed-until')).toContainText('Cerrado hasta el');
  await expect(card.getByTestId('closed-until')).toContainText(String(until).slice(0, 4));
  // The slip says it too, in the visitor's words (the sample kiosk shows its slips on screen).
  await card.click();
  await page.getByTestId('print-slip').click();
  await expect(page.getByTestId('slip-preview')).toContainText(
    message('es', 'referral.closedUntil', 'slip').split('{{')[0] ?? '',
  );
  await page.getByTestId('referral-close').click();
  await page.getByTestId('nav-finish').click();

  // An operator finds the entry closed, and is offered no form.
  await staff.pressChord();
  await staff.signIn(OPERATOR, OPERATOR_PIN);
  await openEntry(page, 'cndh', 'cndh-quejas');
  await expect(page.getByTestId('directory-view-only')).toBeVisible();
  await expect(page.getByTestId('directory-closure-form')).toHaveCount(0);
  await expect(page.getByTestId('directory-verified-today')).toHaveCount(0);
});

/** The screen as a supervisor sees it, with the keyboard open and a refusal shown, in every language. */
for (const shape of SHAPES) {
  test.describe(`directory screen ${shape.name}`, () => {
    test.use({ viewport: shape.viewport });
    test('fits in every language', async ({ editableKiosk: kiosk, staff, page }) => {
      await kiosk.open();
      await staff.pressChord();
      await staff.signIn();
      await openEntry(page, 'comar', 'comar-asilo');
      await page.getByTestId('edit-save').click();
      await expect(page.getByTestId('edit-answer')).toHaveText(message('es', 'directoryAdmin.noChange'));
      await page.getByTestId('field-hoursNote.fr-value').click();
      await page.getByTestId('key-clear').click();
      await page.getByTestId('edit-save').click();
      await expect(page.getByTestId('edit-answer')).toHaveAttribute('data-state', 'refused');
      await page.getByTestId('field-hoursNote.fr-value').click();
      for (const language of LANGUAGES) {
        await page.getByTestId(`language-${language}`).click();
        await expect(page.getByTestId('staff-heading')).toHaveText(message(language, 'directoryAdmin.heading'));
        await expect(page.getByTestId('problem-hoursNote.fr')).toHaveText(
          message(language, 'directoryAdmin.problems.missing'),
        );
        expect(await layoutProblems(page), `directory entry in ${language}`).toEqual([]);
      }
      await page.getByTestId('directory-entry-close').click();
      for (const language of LANGUAGES) {
        await page.getByTestId(`language-${language}`).click();
        expect(await layoutProblems(page), `directory list in ${language}`).toEqual([]);
      }
    });
  });
}

for (const shape of SHAPES) {
  mapTest.describe(`how to get there ${shape.name}`, () => {
    mapTest.use({ viewport: shape.viewport });
    mapTest(
      'a service with coordinates shows a map QR of its door, only that one',
      async ({ mappedKiosk: kiosk, page }) => {
        await kiosk.open();
        await kiosk.chooseLanguage('es');
        for (const language of LANGUAGES) {
          if (language !== 'es') await kiosk.switchLanguage(language);
          await kiosk.openService('comar-asilo');
          await expect(page.getByTestId('detail-map')).toContainText(message(language, 'serviceMap.heading'));
          await expect(page.getByTestId('detail-map-qr')).toHaveAttribute('data-value', mapLink(COMAR_DOOR));
          expect(await layoutProblems(page), `map block in ${language}`).toEqual([]);
          await page.getByTestId('nav-back').click();
          await page.getByTestId('service-cndh-quejas').click();
          await expect(page.getByTestId('detail-map')).toHaveCount(0);
          await page.getByTestId('nav-home').click();
        }
      },
    );
  });
}
