import { LANGUAGES, printReferralResponseSchema, resultSchema } from '../../main/contract/index.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { startEmulatorKiosk } from './emulator-kiosk.js';
import { KioskPage } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { message } from './locale-texts.js';
import type { StaffPage } from './staff-page.js';
import { expect, provisionSupervisor, test as staffTest } from './staff-page.js';

interface PrinterFixtures {
  emulator: EscPosEmulator;
  /** The kiosk with its slip printer on the emulator over TCP (127.0.0.1), fresh data folder. */
  printerKiosk: KioskPage;
}

const test = staffTest.extend<PrinterFixtures>({
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

async function openPrinterScreen(kiosk: KioskPage, staff: StaffPage): Promise<void> {
  await kiosk.open();
  await staff.pressChord();
  await staff.signIn();
  await staff.page.getByTestId('staff-open-printer').click();
  await expect(staff.screen('printer')).toBeVisible();
}

test.describe('printer administration', () => {
  test('status from the emulator, reprint a failed slip, recover, self-test', async ({
    printerKiosk: kiosk,
    emulator,
    staff,
    page,
    request,
  }) => {
    // A visitor's slip fails: the printer's cover is open.
    emulator.setFaults({ coverOpen: true });
    const response = await request.post(`${kiosk.host.url}api/printReferral`, {
      data: { serviceId: 'comar-asilo', language: 'ht' },
    });
    const printed = resultSchema(printReferralResponseSchema).parse(await response.json());
    if (!printed.ok) throw new Error(printed.error.code);
    expect(printed.value.outcome).toBe('not_printed');
    const code = printed.value.referral.referralCode;

    await openPrinterScreen(kiosk, staff);
    const status = page.getByTestId('printer-status');
    await expect(status).toHaveAttribute('data-state', 'not_ready');
    await expect(status).toHaveAttribute('data-transport', 'tcp');
    await expect(page.getByTestId('printer-state')).toHaveText(message('es', 'printerAdmin.status.states.not_ready'));
    await expect(page.getByTestId('printer-problems').locator('[data-problem="cover_open"]')).toHaveText(
      message('es', 'printerAdmin.problems.cover_open'),
    );

    // The job is listed as failed, with the visitor's code; the staff member reads it in English.
    await page.getByTestId('language-en').click();
    const job = page.getByTestId('print-job');
    await expect(job).toHaveCount(1);
    await expect(job).toHaveAttribute('data-state', 'failed');
    await expect(job.getByTestId('print-job-code')).toHaveText(code);
    await expect(job.getByTestId('print-job-state')).toHaveText(message('en', 'printerAdmin.jobs.states.failed'));
    await expect(job.getByTestId('print-job-reason')).toHaveText(
      message('en', 'printerAdmin.jobs.reason').replace(
        '{{reason}}',
        message('en', 'printerAdmin.problems.cover_open'),
      ),
    );

    // Cover closed: the status says so, and the slip comes out with the same code.
    emulator.setFaults({ coverOpen: false });
    await page.getByTestId('printer-refresh').click();
    await expect(status).toHaveAttribute('data-state', 'ready');
    await job.getByTestId('print-job-reprint').click();
    await expect(page.getByTestId('printer-result')).toHaveText(
      message('en', 'printerAdmin.results.reprinted').replace('{{code}}', code),
    );
    await expect(page.getByTestId('printer-result')).toHaveAttribute('data-outcome', 'done');
    await expect(page.getByTestId('print-job')).toHaveCount(2);
    await expect(page.getByTestId('print-job').first()).toHaveAttribute('data-state', 'printed');
    expect(paperText(emulator.paper)).toContain(code.split('').join(' '));

    // A cutter fault: "Clear printer error" sends DLE ENQ 2 and the printer is ready again.
    emulator.setFaults({ cutterError: true });
    await page.getByTestId('printer-refresh').click();
    await expect(status).toHaveAttribute('data-state', 'not_ready');
    await expect(page.getByTestId('printer-problems').locator('[data-problem="cutter_error"]')).toBeVisible();
    await page.getByTestId('printer-recover').click();
    await expect(page.getByTestId('printer-result')).toHaveText(
      message('en', 'printerAdmin.results.recovered').replace(
        '{{state}}',
        message('en', 'printerAdmin.status.states.ready'),
      ),
    );
    await expect(status).toHaveAttribute('data-state', 'ready');
    expect(emulator.commands).toContain('DLE ENQ 2');

    // The self-test slip, in Kreyòl on the screen.
    await page.getByTestId('language-ht').click();
    await page.getByTestId('printer-test').click();
    await expect(page.getByTestId('printer-result')).toHaveText(message('ht', 'printerAdmin.results.testPrinted'));
    await expect.poll(() => paperText(emulator.paper)).toContain('œ');

    // The supervisor's audit log names each action.
    await page.getByTestId('staff-back').click();
    await page.getByTestId('staff-open-audit').click();
    for (const kind of ['printer_reprint', 'printer_recovered', 'printer_test'] as const) {
      await expect(page.locator(`[data-testid="audit-event"][data-kind="${kind}"]`)).toContainText(
        message('ht', `printerAdmin.auditKinds.${kind}`),
      );
    }
    await staff.lock();
  });

  test('the screen fits at 1920 × 1080 in every language, with jobs, problems and a result', async ({
    printerKiosk: kiosk,
    emulator,
    staff,
    page,
    request,
  }) => {
    emulator.setFaults({ paper: 'near_end' });
    for (const [serviceId, language] of [
      ['comar-asilo', 'fr'],
      ['cndh-quejas', 'ht'],
      ['inm-visitante-humanitario', 'es'],
    ] as const) {
      const response = await request.post(`${kiosk.host.url}api/printReferral`, { data: { serviceId, language } });
      expect(response.ok()).toBe(true);
    }
    emulator.setFaults({ paper: 'out' });
    await request.post(`${kiosk.host.url}api/printReferral`, { data: { serviceId: 'comar-asilo', language: 'en' } });
    await openPrinterScreen(kiosk, staff);
    await expect(page.getByTestId('print-job')).toHaveCount(4);
    await page.getByTestId('printer-test').click();
    await expect(page.getByTestId('printer-result')).toHaveAttribute('data-outcome', 'failed');
    for (const language of LANGUAGES) {
      await page.getByTestId(`language-${language}`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      expect(await layoutProblems(page), language).toEqual([]);
    }
  });

  test('a silent printer shows as unknown, never as ready', async ({ printerKiosk: kiosk, emulator, staff, page }) => {
    emulator.setFaults({ silent: true });
    await openPrinterScreen(kiosk, staff);
    await expect(page.getByTestId('printer-status')).toHaveAttribute('data-state', 'unknown');
    await expect(page.getByTestId('printer-state')).toHaveText(message('es', 'printerAdmin.status.states.unknown'));
    await expect(page.getByTestId('print-jobs-empty')).toBeVisible();
  });
});

staffTest('without a printer the self-test slip is shown on screen', async ({ staffKiosk: kiosk, staff, page }) => {
  await openPrinterScreen(kiosk, staff);
  await expect(page.getByTestId('printer-status')).toHaveAttribute('data-transport', 'preview');
  await expect(page.getByTestId('printer-state')).toHaveText(message('es', 'printerAdmin.status.preview'));
  await page.getByTestId('printer-test').click();
  await expect(page.getByTestId('printer-result')).toHaveText(message('es', 'printerAdmin.results.testPreviewed'));
  await expect(page.getByTestId('printer-preview')).toContainText('Tès lèt ak siy');
});
