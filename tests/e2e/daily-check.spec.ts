import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { KioskPage } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { expect, provisionSupervisor, test } from './staff-page.js';

/**
 * "The internet" for the daily check: a server on 127.0.0.1 that answers as the RedSafe site, or
 * as a captive portal. Answers wait until the test lets them go, so the screen can be watched
 * while the network check is still running — no clock involved.
 */
class FakeSite {
  private held: (() => void)[] = [];
  private open = false;
  private readonly server: Server;

  private constructor(page: 'redsafe' | 'captive') {
    this.server = createServer((_req: IncomingMessage, res: ServerResponse) => {
      const answer = (): void => {
        res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(page === 'redsafe' ? '<title>RedSafe</title>' : '<h1>CafeNet: log in to continue</h1>');
      };
      if (this.open) answer();
      else this.held.push(answer);
    });
  }

  static async start(page: 'redsafe' | 'captive'): Promise<FakeSite> {
    const site = new FakeSite(page);
    await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
    return site;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  release(): void {
    this.open = true;
    for (const answer of this.held.splice(0)) answer();
  }

  async stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}

/** The sample configuration, with the check pointed at the fake site and the options given. */
async function configFor(site: FakeSite, options: Record<string, unknown> = {}, printers?: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-config-'));
  await cp(SAMPLE_CONFIG_DIR, dir, { recursive: true });
  if (printers !== undefined) await writeFile(join(dir, 'printers.json'), JSON.stringify(printers));
  const file = join(dir, 'operations.json');
  const operations = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const checks = { endpoints: [{ id: 'redsafe', url: site.url, expectText: 'RedSafe' }], timeoutMs: 10_000 };
  await writeFile(file, JSON.stringify({ ...operations, checks, ...options }));
  return dir;
}

let site: FakeSite | undefined;
let host: KioskHost | undefined;
let configDir: string | undefined;

async function startWith(
  page: 'redsafe' | 'captive',
  options: Record<string, unknown> = {},
  printers?: unknown,
): Promise<KioskHost> {
  site = await FakeSite.start(page);
  configDir = await configFor(site, options, printers);
  host = await startKioskHost({ configDir, prepareDataDir: provisionSupervisor });
  return host;
}

test.afterEach(async () => {
  await host?.stop();
  await site?.stop();
  if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
  host = undefined;
  site = undefined;
  configDir = undefined;
});

test.describe('daily check', () => {
  test('unlock, run the check with its progress, answer the checklist, log an activity, lock', async ({
    page,
    staff,
  }) => {
    const kiosk = new KioskPage(page, await startWith('redsafe'));
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    await expect(page.getByTestId('ops-status-check')).toHaveAttribute('data-state', 'never');
    // The sample's on-screen preview is never shown as a ready printer with paper.
    await expect(page.getByTestId('ops-status-printer')).toHaveAttribute('data-state', 'preview');
    await expect(page.getByTestId('ops-status-paper')).toHaveAttribute('data-state', 'unknown');
    await expect(page.getByTestId('ops-status-check')).toContainText(message('es', 'operations.status.never'));

    await page.getByTestId('staff-open-daily-check').click();
    await page.getByTestId('check-run').click();
    // The site has not answered yet: the network check is still running while the others are done.
    await expect(page.getByTestId('check-progress-network')).toHaveAttribute('data-state', 'running');
    await expect(page.getByTestId('check-progress-network')).toContainText(
      message('es', 'operations.check.statuses.running'),
    );
    await expect(page.getByTestId('check-progress-database')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('check-progress-database')).toHaveAttribute('data-status', 'pass');
    await expect(page.getByTestId('check-progress-display')).toHaveAttribute('data-state', 'done');
    site?.release();

    // The checklist, with the stored automatic results above it.
    await expect(page.getByTestId('checklist')).toBeVisible();
    await expect(page.getByTestId('check-result-network:redsafe')).toHaveAttribute('data-status', 'pass');
    await expect(page.getByTestId('check-result-display')).toHaveAttribute('data-code', /display_ok|no_touch/);
    await expect(page.getByTestId('check-result-audio')).toBeVisible();
    await expect(page.getByTestId('checklist-save')).toBeDisabled();
    await staff.answer('screen-clean', 'pass');
    await staff.answer('test-tone', 'pass');
    await staff.answer('paper-spare', 'na');
    await staff.answer('posters', 'fail');
    await page.getByTestId('checklist-note-open-posters').click();
    await expect(page.getByTestId('checklist-note-warning')).toHaveText(message('es', 'operations.check.noteWarning'));
    for (const key of 'rota') await page.getByTestId(`key-${key}`).click();
    await expect(page.getByTestId('checklist-note-posters')).toHaveText('rota');
    await page.getByTestId('checklist-note-done').click();
    await page.getByTestId('checklist-save').click();

    const summary = page.getByTestId('check-summary');
    await expect(summary).toHaveAttribute('data-summary', 'fail');
    await expect(summary).toContainText(message('es', 'operations.check.summaries.fail'));
    await expect(page.getByTestId('check-summary-incidents')).toHaveText(
      message('es', 'operations.check.opened_one').replace('{{count}}', '1'),
    );
    await expect(page.getByTestId('ops-status-network')).toHaveAttribute('data-state', 'ok');
    await expect(page.getByTestId('ops-status-incidents')).toHaveAttribute('data-count', '1');

    // The optional code-page test slip, from the summary (the sample printer is the preview).
    await page.getByTestId('check-test-slip').click();
    await page.getByTestId('printer-test').click();
    await expect(page.getByTestId('printer-result')).toHaveText(message('es', 'printerAdmin.results.testPreviewed'));
    await page.getByTestId('staff-back').click();

    // The failed item is an open incident; closing it by hand moves it to the recent ones.
    await page.getByTestId('staff-open-incidents').click();
    const open = page.getByTestId('incidents-open').getByTestId('incident');
    await expect(open).toHaveCount(1);
    await expect(open).toHaveAttribute('data-subject', 'manual:posters');
    await expect(open.getByTestId('incident-label')).toContainText('Los carteles de RedSafe están visibles');
    await open.getByTestId('incident-close').click();
    await expect(page.getByTestId('incidents-none')).toBeVisible();
    const recent = page.getByTestId('incidents-recent').getByTestId('incident');
    await expect(recent).toHaveAttribute('data-closed-by', 'supervisor');
    await expect(page.getByTestId('ops-status-incidents')).toHaveAttribute('data-count', '0');

    // A problem reported by hand, and a maintenance task.
    await page.getByTestId('incident-report-power').click();
    await expect(page.getByTestId('incidents-open').getByTestId('incident')).toHaveAttribute('data-subject', 'power');
    await page.getByTestId('maintenance-paper-roll').click();
    await expect(page.getByTestId('maintenance-entry')).toHaveAttribute('data-kind', 'paper-roll');
    await page.getByTestId('staff-back').click();

    // Then the day's work: an activity entry.
    await page.getByTestId('staff-open-activity').click();
    await page.getByTestId('activity-new').click();
    await page.getByTestId('activity-type-informed-redsafe').click();
    await page.getByTestId('activity-language-es').click();
    await staff.add('female', '18-59', 2);
    await page.getByTestId('activity-save').click();
    await expect(page.getByTestId('activity-entry')).toHaveAttribute('data-type', 'informed-redsafe');
    await staff.lock();
    // Nothing of it is shown to a visitor: the point is open, with no banner.
    await expect(page.getByTestId('service-banner')).toHaveCount(0);
  });

  test('"not yet open" until the day\'s check; a captive portal is no internet, told to visitors', async ({
    page,
    staff,
  }) => {
    const kiosk = new KioskPage(page, await startWith('captive', { notOpenUntilChecked: true }));
    site?.release();
    await page.goto(kiosk.host.url);
    const closed = page.getByTestId('screen-not-yet-open');
    await expect(closed).toBeVisible();
    await expect(closed.locator('[lang="ht"]').first()).toHaveText(message('ht', 'operations.notOpen.heading'));
    await expect(page.getByTestId('screen-language')).toHaveCount(0);

    // Staff still get in, and the check opens the point.
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId('staff-open-daily-check').click();
    await page.getByTestId('check-run').click();
    await expect(page.getByTestId('check-result-network:redsafe')).toHaveAttribute('data-code', 'captive_portal');
    // Staff read why in their language, with the host filled in, not the services' English detail.
    const detail = page.getByTestId('check-detail-network:redsafe');
    await expect(detail).toHaveText(
      message('es', 'checkDetails.endpoint.captive_portal').replace('{{host}}', '127.0.0.1'),
    );
    await expect(detail).not.toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('check-detail-disk')).toContainText(/\d+ MB libres/);
    await expect(page.getByTestId('ops-status-network')).toHaveAttribute('data-state', 'captive');
    await staff.lock();

    await kiosk.chooseLanguage('ht');
    await expect(page.getByTestId('service-banner-network')).toHaveText(message('ht', 'operations.banner.network'));
  });
});

test('a printer that cannot print opens incidents, and visitors are told slips cannot be printed', async ({
  page,
  staff,
}) => {
  // A network printer on a port of this machine where nothing listens.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    closed.close(() => {
      resolve();
    });
  });
  const printers = {
    printer: 'counter',
    printTimeoutSeconds: 5,
    statusTimeoutMs: 1000,
    printers: [
      {
        id: 'counter',
        transport: { kind: 'tcp', host: '127.0.0.1', port },
        profile: { paperWidthMm: 80, codePage: 'wpc1252' },
      },
    ],
  };
  const kiosk = new KioskPage(page, await startWith('redsafe', {}, printers));
  site?.release();
  await kiosk.open();
  await staff.pressChord();
  await staff.signIn();
  await page.getByTestId('staff-open-daily-check').click();
  await page.getByTestId('check-run').click();
  await expect(page.getByTestId('check-result-printer')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('ops-status-printer')).toHaveAttribute('data-state', 'not_ready');
  await page.getByTestId('staff-back').click();
  await page.getByTestId('staff-open-incidents').click();
  const open = page.getByTestId('incidents-open').getByTestId('incident');
  await expect(open.and(page.locator('[data-kind="check_failed"][data-subject="printer"]'))).toHaveCount(1);
  await expect(open.and(page.locator('[data-kind="printer_fault"]'))).toHaveCount(1);
  await staff.lock();

  await kiosk.chooseLanguage('fr');
  await expect(page.getByTestId('service-banner-printer')).toHaveText(message('fr', 'operations.banner.printer'));
});

for (const language of ['es', 'ht'] as const) {
  test(`the check and incident screens fit at 1920 × 1080 in ${language}`, async ({ page, staff }, testInfo) => {
    const kiosk = new KioskPage(page, await startWith('redsafe'));
    site?.release();
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId(`language-${language}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const fits = async (name: string): Promise<void> => {
      const shot = await page.screenshot({ fullPage: true });
      await testInfo.attach(name, { body: shot, contentType: 'image/png' });
      const dir = process.env.KIOSK_SHOTS_DIR;
      if (dir !== undefined && dir !== '') await writeFile(join(dir, `${name}.png`), shot);
      expect(await layoutProblems(page), name).toEqual([]);
    };
    await fits(`ops-${language}-home`);
    await page.getByTestId('staff-open-daily-check').click();
    await fits(`ops-${language}-check-start`);
    await page.getByTestId('check-run').click();
    await staff.answer('posters', 'fail');
    await page.getByTestId('checklist-note-open-posters').click();
    await fits(`ops-${language}-checklist`);
    for (const item of ['screen-clean', 'test-tone', 'paper-spare']) await staff.answer(item, 'pass');
    await page.getByTestId('checklist-save').click();
    await expect(page.getByTestId('check-summary')).toBeVisible();
    await fits(`ops-${language}-summary`);
    await page.getByTestId('check-see-incidents').click();
    await page.getByTestId('maintenance-cleaning').click();
    await expect(page.getByTestId('maintenance-entry')).toHaveCount(1);
    await fits(`ops-${language}-incidents`);
  });
}
