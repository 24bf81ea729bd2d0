import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { startEmulatorKiosk } from './emulator-kiosk.js';
import { KioskPage } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { message } from './locale-texts.js';
import { expect, provisionSupervisor, test as base } from './staff-page.js';

interface LimitFixtures {
  /** printers.json `slipLimit` of the kiosk under test. */
  slipLimit: { perSession: number; perMinute: number };
  emulator: EscPosEmulator;
  /** The kiosk printing to the emulator over TCP, with a supervisor account. */
  limitedKiosk: KioskPage;
}

const test = base.extend<LimitFixtures>({
  slipLimit: [{ perSession: 1, perMinute: 6 }, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  emulator: async ({}, use) => {
    await use(new EscPosEmulator());
  },
  limitedKiosk: async ({ page, emulator, slipLimit }, use) => {
    const kiosk = await startEmulatorKiosk(emulator, { prepareDataDir: provisionSupervisor, printers: { slipLimit } });
    await use(new KioskPage(page, kiosk.host));
    await kiosk.stop();
  },
});

const cuts = (emulator: EscPosEmulator): number => emulator.paper.filter((p) => p.kind === 'cut').length;

test('past the slip limit the visitor is told calmly, and the slip is on the screen', async ({
  limitedKiosk: kiosk,
  emulator,
  page,
}) => {
  await kiosk.open();
  await kiosk.chooseLanguage('ht');
  await kiosk.openService('comar-asilo');

  // The session's one slip prints.
  await page.getByTestId('print-slip').click();
  const outcome = page.getByTestId('referral-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'printed', { timeout: 15_000 });
  await expect.poll(() => cuts(emulator)).toBe(1);
  await page.getByTestId('referral-close').click();

  // A second one: not printed, and said plainly; the code and its QR are on the screen instead.
  await page.getByTestId('print-slip').click();
  await expect(outcome).toHaveAttribute('data-outcome', 'limited', { timeout: 15_000 });
  const dialog = page.getByTestId('referral-dialog');
  await expect(dialog).toContainText(message('ht', 'slipLimit.heading'));
  await expect(outcome).toContainText(message('ht', 'slipLimit.body'));
  await expect(page.getByTestId('referral-code')).toHaveText(/\S{4,}/);
  await expect(page.getByTestId('referral-qr')).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  expect(cuts(emulator)).toBe(1);
  await page.getByTestId('referral-close').click();

  // "Finish": the next visitor's session has its own slip.
  await page.getByTestId('nav-finish').click();
  await expect(kiosk.screen('language')).toBeVisible();
  await kiosk.chooseLanguage('es');
  await kiosk.openService('comar-asilo');
  await page.getByTestId('print-slip').click();
  await expect(outcome).toHaveAttribute('data-outcome', 'printed', { timeout: 15_000 });
  await expect.poll(() => cuts(emulator)).toBe(2);
});

test.describe('a pathway slip past the limit', () => {
  test.use({ slipLimit: { perSession: 3, perMinute: 1 } });

  test('staff are told, the visitor slip is on screen, and the note for the service still prints', async ({
    limitedKiosk: kiosk,
    emulator,
    staff,
    page,
    request,
  }) => {
    // The kiosk's one slip of the minute goes to a visitor.
    const printed = await request.post(`${kiosk.host.url}api/printReferral`, {
      data: { serviceId: 'comar-asilo', language: 'es' },
    });
    expect(((await printed.json()) as { ok: boolean }).ok).toBe(true);
    await expect.poll(() => cuts(emulator)).toBe(1);

    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    await page.getByTestId('language-en').click();
    await page.getByTestId('staff-open-pathways').click();
    await page.getByTestId('pathway-open-voluntary-return').click();
    const step = page.getByTestId('pathway-step');
    await expect(step).toHaveAttribute('data-step', 'fear-check');
    await page.getByTestId('pathway-state-done').click();
    await page.getByTestId('pathway-branch-iom').click();
    await expect(step).toHaveAttribute('data-step', 'iom');
    await page.getByTestId('pathway-state-done').click();
    await page.getByTestId('pathway-finish').click();

    const result = page.getByTestId('pathway-result');
    await expect(result).toHaveAttribute('data-outcome', 'limited', { timeout: 15_000 });
    await expect(page.getByTestId('pathway-print-outcome')).toHaveText(message('en', 'slipLimit.staff'));
    const code = (await page.getByTestId('pathway-code').textContent()) ?? '';
    // On screen the code is spaced out as on paper (double size): compared without spaces.
    const slipText = (await page.getByTestId('pathway-visitor-slip').textContent()) ?? '';
    expect(code).not.toBe('');
    expect(slipText.replace(/\s+/g, '')).toContain(code);
    // The note for the service is staff printing: it came out.
    await expect.poll(() => cuts(emulator)).toBe(2);
  });
});
