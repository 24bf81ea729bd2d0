import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page, Route } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

import { presetPeriod } from '../../main/contract/index.js';

import { KioskPage } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { expect, provisionSupervisor, test as staffTest } from './staff-page.js';

/** "Counts below 5 are shown as <5." in the screen's language. */
const ruleText = (language: 'es' | 'en', n: number): string =>
  message(language, 'reports.rule.applies').replaceAll('{{n}}', String(n));

interface ReportFixtures {
  /** A supervisor's kiosk on a private copy of the sample configuration, which the test may edit. */
  editableKiosk: { kiosk: KioskPage; configDir: string };
}

const test = staffTest.extend<ReportFixtures>({
  editableKiosk: async ({ page }, use) => {
    const configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-reports-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const host = await startKioskHost({ configDir, prepareDataDir: provisionSupervisor });
    await use({ kiosk: new KioskPage(page, host), configDir });
    await host.stop();
    await rm(configDir, { recursive: true, force: true });
  },
});

test.describe('supervisor reports', () => {
  test('preview a week, download a CSV zip and an XLSX under their names', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();

    // Something to report: a group talk of 5 today.
    const today = await todayIn(page);
    await page.getByTestId('staff-open-activity').click();
    await page.getByTestId('activity-new').click();
    await page.getByTestId('activity-type-talk-group').click();
    await page.getByTestId('activity-language-fr').click();
    await staff.add('female', '18-59', 3);
    await staff.add('male', '18-59', 2);
    await page.getByTestId('activity-save').click();
    await expect(page.getByTestId('activity-entry')).toHaveCount(1);
    await page.getByTestId('staff-back').click();

    await page.getByTestId('staff-open-reports').click();
    await expect(staff.screen('reports')).toBeVisible();
    await expect(page.getByTestId('staff-heading')).toHaveText(message('es', 'reports.heading'));
    await page.getByTestId('report-period-this-week').click();
    const week = presetPeriod('this-week', today);
    await expect(page.getByTestId('report-from')).toHaveValue(week.from);
    await expect(page.getByTestId('report-to')).toHaveValue(today);
    await expect(page.getByTestId('report-total-people')).toHaveText('5');
    await expect(page.getByTestId('report-total-talks')).toHaveText('5');
    // The sample site's rule (reports.json suppressBelow 5), said on screen.
    await expect(page.getByTestId('report-rule-applied')).toHaveText(ruleText('es', 5));
    await expect(page.getByTestId('report-suppress-site')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('report-rule-lowered')).toHaveCount(0);

    // CSV zip with HXL, in Kreyòl.
    await page.getByTestId('report-language-ht').click();
    await page.getByTestId('report-format-csv').click();
    await page.getByTestId('report-hxl').check();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    const csvName = `redsafe-par-centro-ejemplo-${week.from}_${today}-ht.csv.zip`;
    expect(csv.suggestedFilename()).toBe(csvName);
    await expect(page.getByTestId('report-done')).toHaveText(
      message('es', 'reports.downloaded').replace('{{file}}', csvName),
    );
    const files = unzipSync(await readFile(await csv.path()));
    const summary = new TextDecoder().decode(files['01-summary.csv']).split('\r\n');
    expect(summary[0]).toMatch(/^Aktivite,/);
    expect(summary[1]).toMatch(/^#activity \+name,/);
    // The 3 women of the talk are under the site's rule; the 2 men too.
    expect(summary.find((line) => line.includes(',talk-group,Fanm,'))).toMatch(/,<5,0,0,<5$/);
    expect(summary.find((line) => line.includes(',talk-group,Gason,'))).toMatch(/,<5,0,0,<5$/);

    // XLSX in English, with exact counts: the supervisor lowers the rule for this export, warned.
    await page.getByTestId('report-language-en').click();
    await page.getByTestId('report-format-xlsx').click();
    await expect(page.getByTestId('report-hxl')).toHaveCount(0);
    await page.getByTestId('report-suppress-exact').click();
    await expect(page.getByTestId('report-rule-applied')).toHaveText(message('es', 'reports.rule.exact'));
    await expect(page.getByTestId('report-rule-lowered')).toHaveText(
      message('es', 'reports.rule.lowered').replace('{{n}}', '5'),
    );
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    expect(xlsx.suggestedFilename()).toBe(`redsafe-par-centro-ejemplo-${week.from}_${today}-en.xlsx`);
    const book = new ExcelJS.Workbook();
    const bytes = await readFile(await xlsx.path());
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const women = book
      .getWorksheet('Summary')
      ?.getRows(2, 40)
      ?.find((row) => row.getCell(2).value === 'talk-group' && row.getCell(3).value === 'Female');
    expect(women?.getCell(7).value).toBe(3);
  });

  test('exports only from a preview that has arrived, and shows the rule again when the site changed it', async ({
    editableKiosk: { kiosk, configDir },
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    // The preview is held back: until it arrives, there is nothing to export from.
    const held: Route[] = [];
    let release = false;
    await page.route('**/api/previewReport', async (route) => {
      if (release) await route.continue();
      else held.push(route);
    });
    await page.getByTestId('staff-open-reports').click();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect(page.getByTestId('report-export')).toBeDisabled();
    release = true;
    for (const route of held.splice(0)) await route.continue();
    await expect(page.getByTestId('report-rule-applied')).toHaveText(ruleText('es', 5));
    await expect(page.getByTestId('report-export')).toBeEnabled();

    // The administrator raises the site's rule while the preview is on screen.
    const status = async (): Promise<string> => {
      const answer = await page.request.post(`${kiosk.host.url}api/getConfigStatus`, { data: {} });
      return JSON.stringify(((await answer.json()) as { value?: { loadedAt?: string } }).value?.loadedAt);
    };
    const loadedBefore = await status();
    const file = join(configDir, 'reports.json');
    const reports = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(`${file}.new`, JSON.stringify({ ...reports, suppressBelow: 10 }, null, 2));
    await rename(`${file}.new`, file);
    await expect.poll(status, { timeout: 15_000 }).not.toBe(loadedBefore);

    // The export made from the old preview is refused in words, and the preview comes back under the new rule.
    let downloads = 0;
    page.on('download', () => {
      downloads += 1;
    });
    await page.getByTestId('report-export').click();
    await expect(page.getByTestId('report-error')).toContainText(message('es', 'errors.RULE_NOT_PREVIEWED'));
    await expect(page.getByTestId('report-error')).toContainText(message('es', 'reports.rule.changed'));
    await expect(page.getByTestId('report-rule-applied')).toHaveText(ruleText('es', 10));
    expect(downloads).toBe(0);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    expect(saved.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  test('a period that ends before it starts is refused in words, and nothing is exported', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    await page.getByTestId('language-fr').click();
    await page.getByTestId('staff-open-reports').click();
    await page.getByTestId('report-from').fill('2026-10-20');
    await page.getByTestId('report-to').fill('2026-10-10');
    await expect(page.getByTestId('report-period-custom')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('report-preview-error')).toHaveText(message('fr', 'errors.INVALID_PERIOD'));
    await expect(page.getByTestId('report-export')).toBeDisabled();
  });
});

async function todayIn(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date()));
}
