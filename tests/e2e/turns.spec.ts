import type { Page } from '@playwright/test';

import { ENDONYMS, LANGUAGES, type Language, type TurnNeed } from '../../main/contract/index.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { startEmulatorKiosk } from './emulator-kiosk.js';
import { expect, KioskPage, test as base } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { message } from './locale-texts.js';
import { provisionSupervisor, StaffPage } from './staff-page.js';
import { SHAPES } from './walk-screens.js';

interface TurnFixtures {
  emulator: EscPosEmulator;
  /** The kiosk with its printer on the emulator over TCP (127.0.0.1), a supervisor, fresh data. */
  printerKiosk: KioskPage;
}

const test = base.extend<TurnFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  emulator: async ({}, use) => {
    await use(new EscPosEmulator());
  },
  printerKiosk: async ({ page, emulator }, use) => {
    const kiosk = await startEmulatorKiosk(emulator, { prepareDataDir: provisionSupervisor });
    await use(new KioskPage(page, kiosk.host));
    await kiosk.stop();
  },
});

const cuts = (emulator: EscPosEmulator): number => emulator.paper.filter((item) => item.kind === 'cut').length;

/** From the language screen to a number: "Ask staff", "Take a number", a need. */
async function takeTurn(kiosk: KioskPage, language: Language, need: TurnNeed): Promise<string> {
  const { page } = kiosk;
  await kiosk.open();
  await kiosk.chooseLanguage(language);
  await page.getByTestId('tile-ask-staff').click();
  await expect(kiosk.screen('ask-staff')).toBeVisible();
  await expect(page.getByTestId('turns-take')).toHaveText(message(language, 'turns.visitor.take'));
  await page.getByTestId('turns-take').click();
  await expect(page.getByTestId('turns-need')).toContainText(message(language, 'turns.visitor.chooseNeed'));
  await page.getByTestId(`turns-need-${need}`).click();
  await expect(page.getByTestId('turns-mine')).toBeVisible();
  return (await page.getByTestId('turns-number').textContent()) ?? '';
}

/** A second window on the same kiosk, for staff or for the display page. */
async function otherPage(page: Page): Promise<Page> {
  const context = page.context();
  return context.newPage();
}

test.describe('turns for people waiting', () => {
  test('a turn in each language; staff call, recall and serve; the call shows on the kiosk and the display', async ({
    printerKiosk: kiosk,
    emulator,
    page,
  }) => {
    // Four visits, a staff sign-in and a display in one story: more steps than most specs.
    test.slow();
    const needs: Record<Language, TurnNeed> = {
      es: 'information',
      en: 'account_help',
      fr: 'referral',
      ht: 'urgent_or_private',
    };
    for (const [index, language] of LANGUAGES.entries()) {
      const number = await takeTurn(kiosk, language, needs[language]);
      const expected = String(index + 1).padStart(3, '0');
      expect(number).toBe(expected);
      await expect(page.getByTestId('turns-ticket')).toHaveAttribute('data-outcome', 'printed');
      await expect(page.getByTestId('turns-ticket')).toHaveText(message(language, 'turns.visitor.printed'));
      const ahead = page.getByTestId('turns-ahead');
      // Urgent or private goes first: nobody before it.
      await expect(ahead).toHaveAttribute('data-ahead', language === 'ht' ? '0' : String(index));
      await expect.poll(() => cuts(emulator)).toBe(index + 1);
      const ticket = paperText(emulator.paper);
      // The ticket: the number (double size), the language; never the need.
      expect(ticket).toContain(expected.split('').join(' '));
      expect(ticket).toContain(ENDONYMS[language]);
      expect(ticket).not.toContain(message(language, `turns.needs.${needs[language]}`));
      // The next visitor: everything of this one is wiped, the turn stays in the queue.
      if (language !== 'ht') await page.getByTestId('nav-finish').click();
    }
    await expect(page.getByTestId('turns-mine')).toHaveAttribute('data-state', 'waiting');

    const display = await otherPage(page);
    await display.goto(`${kiosk.host.url}display`);
    await expect(display.getByTestId('turn-display')).toBeVisible();
    await expect(display.getByTestId('turn-display-latest')).toHaveCount(0);

    const staffWindow = await otherPage(page);
    const staff = new StaffPage(staffWindow);
    await staffWindow.goto(kiosk.host.url);
    await expect(staffWindow.getByTestId('screen-language')).toBeVisible();
    await staff.longPressCorner();
    await staff.signIn();
    await staffWindow.getByTestId('staff-open-turns').click();
    await expect(staff.screen('turns')).toBeVisible();
    for (const number of ['001', '002', '003', '004']) {
      await expect(staffWindow.getByTestId(`turns-row-${number}`)).toHaveAttribute('data-state', 'waiting');
    }
    await expect(staffWindow.getByTestId('turns-row-004')).toContainText(
      message('es', 'turns.needs.urgent_or_private'),
    );
    await expect(staffWindow.getByTestId('turns-row-004')).toContainText(message('es', 'languageNames.ht'));

    // Call next: the urgent or private turn, although it came last.
    await staffWindow.getByTestId('turns-call-next').click();
    await expect(staffWindow.getByTestId('turns-row-004')).toHaveAttribute('data-state', 'called');
    await expect(page.getByTestId('turn-call-number')).toHaveText('004');
    await expect(page.getByTestId('turn-call')).toContainText(message('ht', 'turns.calling.label'));
    await expect(page.getByTestId('turns-called')).toHaveText(message('ht', 'turns.visitor.called'));
    const latest = display.getByTestId('turn-display-latest');
    await expect(latest).toHaveText('004');
    const firstCall = await latest.getAttribute('data-call-id');

    // Recall: a new call of the same number, on the display and over the visitor's screen.
    await page.getByTestId('turn-call-close').click();
    await expect(page.getByTestId('turn-call')).toHaveCount(0);
    await staffWindow.getByTestId('turns-recall-004').click();
    await expect(latest).not.toHaveAttribute('data-call-id', firstCall ?? '');
    await expect(latest).toHaveText('004');
    await expect(page.getByTestId('turn-call-number')).toHaveText('004');

    // Served: off the queue and off the display; the visitor's screen offers a new number.
    await staffWindow.getByTestId('turns-served-004').click();
    await expect(staffWindow.getByTestId('turns-row-004')).toHaveCount(0);
    await expect(display.getByTestId('turn-display-latest')).toHaveCount(0);
    await expect(page.getByTestId('turns-offer')).toBeVisible();

    // Then the others in arrival order.
    await staffWindow.getByTestId('turns-call-next').click();
    await expect(staffWindow.getByTestId('turns-row-001')).toHaveAttribute('data-state', 'called');
    await expect(display.getByTestId('turn-display-latest')).toHaveText('001');
    await staffWindow.getByTestId('turns-no-show-001').click();
    await expect(staffWindow.getByTestId('turns-row-001')).toHaveCount(0);
  });

  test('printer out of paper: the number is on screen and the turn still counts', async ({
    printerKiosk: kiosk,
    emulator,
    page,
  }) => {
    emulator.setFaults({ paper: 'out' });
    const number = await takeTurn(kiosk, 'fr', 'information');
    expect(number).toBe('001');
    const ticket = page.getByTestId('turns-ticket');
    await expect(ticket).toHaveAttribute('data-outcome', 'not_printed');
    await expect(ticket).toHaveText(message('fr', 'turns.visitor.notPrinted'));
    await expect(page.getByTestId('turns-ahead')).toHaveText(message('fr', 'turns.visitor.next'));

    // The turn counts: the next visitor is second in line.
    await page.getByTestId('nav-finish').click();
    emulator.setFaults({ paper: 'ok' });
    expect(await takeTurn(kiosk, 'es', 'referral')).toBe('002');
    await expect(page.getByTestId('turns-ahead')).toHaveAttribute('data-ahead', '1');
  });

  test('a double tap on a need gives one number', async ({ printerKiosk: kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage('es');
    await page.getByTestId('tile-ask-staff').click();
    await page.getByTestId('turns-take').click();
    const need = page.getByTestId('turns-need-information');
    await need.dblclick();
    await expect(page.getByTestId('turns-number')).toHaveText('001');
    await page.getByTestId('nav-finish').click();
    expect(await takeTurn(kiosk, 'es', 'information')).toBe('002');
  });

  for (const shape of SHAPES) {
    test(`the turn screens fit in every language (${shape.name})`, async ({ printerKiosk: kiosk, page }) => {
      await page.setViewportSize(shape.viewport);
      for (const language of LANGUAGES) {
        await kiosk.open();
        await kiosk.chooseLanguage(language);
        await page.getByTestId('tile-ask-staff').click();
        await page.getByTestId('turns-take').click();
        await expect(page.getByTestId('turns-need')).toBeVisible();
        expect(await layoutProblems(page), `${language} need`).toEqual([]);
        await page.getByTestId('turns-need-urgent_or_private').click();
        await expect(page.getByTestId('turns-mine')).toBeVisible();
        expect(await layoutProblems(page), `${language} number`).toEqual([]);
        await page.getByTestId('nav-finish').click();
      }
      const staff = new StaffPage(page);
      await kiosk.open();
      await staff.longPressCorner();
      await staff.signIn();
      await page.getByTestId('staff-open-turns').click();
      await expect(page.getByTestId('turns-queue')).toBeVisible();
      await page.getByTestId('turns-call-next').click();
      await expect(page.getByTestId('turns-row-001')).toHaveAttribute('data-state', 'called');
      for (const language of LANGUAGES) {
        await page.getByTestId(`language-${language}`).click();
        await expect(staff.screen('turns')).toContainText(message(language, 'turns.staff.callNext'));
        expect(await layoutProblems(page), `staff ${language}`).toEqual([]);
      }
    });
  }
});
