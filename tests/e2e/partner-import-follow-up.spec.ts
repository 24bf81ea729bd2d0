// A supervisor imports a partner's CSV on the Follow-up screen: a file with bad rows is listed row
// by row in the staff language and changes nothing; the corrected file applies at once.
import type { Language } from '../../main/contract/index.js';

import { message } from './locale-texts.js';
import { giveReferral } from './referral-given.js';
import { expect, test } from './staff-page.js';

const LANGUAGES: readonly Language[] = ['es', 'en', 'fr', 'ht'];

test.describe('partner outcomes import', () => {
  test('bad rows are listed with their line and reason, nothing applies until the file is good', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    const codes: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      codes.push((await giveReferral(kiosk.host.url, 'comar-asilo', 'es')).referralCode);
    }
    const [first = '', second = ''] = codes;

    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    await page.getByTestId('staff-open-follow-up').click();
    await expect(staff.screen('follow-up')).toBeVisible();
    const panel = page.getByTestId('partner-import');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('partner-import-apply')).toBeDisabled();

    const choose = async (name: string, text: string): Promise<void> => {
      await page.getByTestId('partner-import-file').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(text, 'utf8'),
      });
    };
    const bad = ['code;outcome;reason', `${first};served;`, `${second};atendido;`, `${first};unknown;`, ''].join(
      '\r\n',
    );
    for (const language of LANGUAGES) {
      await page.getByTestId(`language-${language}`).click();
      const checked = page.waitForResponse('**/api/importPartnerOutcomes');
      await choose('partner.csv', bad);
      expect(((await (await checked).json()) as { value: unknown }).value).toEqual({
        imported: 0,
        ready: 1,
        rejected: [
          { line: 3, problem: 'outcome' },
          { line: 4, problem: 'duplicate' },
        ],
      });
      await expect(page.getByTestId('partner-import-line-3')).toHaveText(
        message(language, 'followUp.import.line')
          .replace('{{line}}', '3')
          .replace('{{problem}}', message(language, 'followUp.import.problems.outcome')),
      );
      await expect(page.getByTestId('partner-import-line-4')).toContainText(
        message(language, 'followUp.import.problems.duplicate'),
      );
      await expect(page.getByTestId('partner-import-ready')).toHaveText(
        message(language, 'followUp.import.ready').replace('{{rows}}', '1'),
      );
      await expect(page.getByTestId('partner-import-apply')).toBeEnabled();
    }

    // Applied: the good row goes in, the two bad ones are left out and counted.
    await page.getByTestId('language-es').click();
    const applied = page.waitForResponse('**/api/importPartnerOutcomes');
    await page.getByTestId('partner-import-apply').click();
    expect(((await (await applied).json()) as { value: unknown }).value).toEqual({
      imported: 1,
      ready: 1,
      rejected: [
        { line: 3, problem: 'outcome' },
        { line: 4, problem: 'duplicate' },
      ],
    });
    await expect(page.getByTestId('partner-import-message')).toHaveText(
      message('es', 'followUp.import.doneSkipped').replace('{{rows}}', '1').replace('{{skipped}}', '2'),
    );
    await expect(page.getByTestId('partner-import-apply')).toBeDisabled();

    // The partner's correction of the bad row: ready, then applied.
    const good = ['\uFEFFcode,outcome,reason', `${second},went_not_served,asked_documents`].join('\r\n');
    await choose('partner-fixed.csv', good);
    await expect(page.getByTestId('partner-import-ready')).toHaveText(
      message('es', 'followUp.import.ready').replace('{{rows}}', '1'),
    );
    await expect(page.getByTestId('partner-import-rejected')).toHaveCount(0);
    const appliedAgain = page.waitForResponse('**/api/importPartnerOutcomes');
    await page.getByTestId('partner-import-apply').click();
    expect(((await (await appliedAgain).json()) as { value: unknown }).value).toEqual({
      imported: 1,
      ready: 1,
      rejected: [],
    });
    await expect(page.getByTestId('partner-import-message')).toHaveText(
      message('es', 'followUp.import.done').replace('{{rows}}', '1'),
    );
    await expect(page.getByTestId('partner-import-apply')).toBeDisabled();
  });
});
