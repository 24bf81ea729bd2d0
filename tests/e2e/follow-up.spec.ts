import type { Language } from '../../main/contract/index.js';

import { message } from './locale-texts.js';
import { giveReferral, typedCode } from './referral-given.js';
import { typoCaughtByCheck } from '../support/referral-typo.js';
import { expect, test } from './staff-page.js';

const LANGUAGES: readonly Language[] = ['es', 'en', 'fr', 'ht'];

test.describe('referral follow-up at the desk', () => {
  test('a typo is caught in each language; the right code shows service and day; the outcome is saved', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    // A referral given on screen, as a visitor would get it.
    const referral = await giveReferral(kiosk.host.url, 'comar-asilo', 'es');
    const code = typedCode(referral);

    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    await page.getByTestId('staff-open-follow-up').click();
    await expect(staff.screen('follow-up')).toBeVisible();

    const typeCode = async (text: string): Promise<void> => {
      await page.getByTestId('code-key-clear').click();
      for (const key of text) await page.getByTestId(`code-key-${key}`).click();
      await expect(page.getByTestId('follow-up-code')).toHaveText(text);
    };

    // One wrong symbol: the check symbol catches it, in the language of the staff screens.
    const wrong = typoCaughtByCheck(code);
    for (const language of LANGUAGES) {
      await page.getByTestId(`language-${language}`).click();
      await typeCode(wrong);
      await page.getByTestId('follow-up-find').click();
      await expect(page.getByTestId('follow-up-message')).toHaveText(message(language, 'followUp.problem.mistyped'));
    }
    await page.getByTestId('language-es').click();

    await typeCode(code);
    await page.getByTestId('follow-up-find').click();
    const found = page.getByTestId('follow-up-found');
    await expect(found).toContainText(referral.referralCode);
    await expect(found).toContainText('Solicitud de asilo');
    // The day, never a time.
    await expect(found).not.toContainText(/\d:\d\d/);

    await page.getByTestId('follow-up-outcome-went_not_served').click();
    await expect(page.getByTestId('follow-up-save')).toBeDisabled();
    await page.getByTestId('follow-up-reason-asked_documents').click();
    const saved = page.waitForResponse('**/api/recordReferralOutcome');
    await page.getByTestId('follow-up-save').click();
    expect(((await (await saved).json()) as { value: unknown }).value).toEqual({ status: 'recorded' });
    await expect(page.getByTestId('follow-up-message')).toHaveText(message('es', 'followUp.saved'));
    await expect(page.getByTestId('follow-up-code')).toHaveText('');
  });
});
