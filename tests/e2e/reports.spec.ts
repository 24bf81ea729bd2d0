import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';

import { presetPeriod } from '../../main/contract/index.js';

import { message } from './locale-texts.js';
import { expect, test } from './staff-page.js';

test.describe('supervisor reports', () => {
  test('preview a week, download a CSV zip and an XLSX under their names', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.openAttract();
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
    expect(summary.find((line) => line.includes(',talk-group,Fanm,'))).toMatch(/,3,0,0,3$/);

    // XLSX in English, exact counts.
    await page.getByTestId('report-language-en').click();
    await page.getByTestId('report-format-xlsx').click();
    await expect(page.getByTestId('report-hxl')).toHaveCount(0);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    expect(xlsx.suggestedFilename()).toBe(`redsafe-par-centro-ejemplo-${week.from}_${today}-en.xlsx`);
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK');
  });

  test('a period that ends before it starts is refused in words, and nothing is exported', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.openAttract();
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
