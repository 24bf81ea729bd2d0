import type { Language } from '../../main/contract/index.js';

import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';
import { giveReferral, typedCode } from './referral-given.js';
import { typoCaughtByCheck } from '../support/referral-typo.js';

/** What each language's visitor answers: every outcome, and both lists of reasons, are used. */
const ANSWERS: Readonly<Record<Language, { outcome: string; reason?: string }>> = {
  es: { outcome: 'went_not_served', reason: 'asked_documents' },
  en: { outcome: 'served' },
  fr: { outcome: 'did_not_go', reason: 'fear' },
  ht: { outcome: 'unknown' },
};

test.describe('the visitor tells how it went', () => {
  for (const language of ['es', 'en', 'fr', 'ht'] as const) {
    test(`types the slip's code, is told of a typo, and answers with pictograms (${language})`, async ({
      kiosk,
      kioskHost,
      page,
    }) => {
      const code = typedCode(await giveReferral(kioskHost.url, 'linea-nacional-contra-la-trata', language));

      await kiosk.open();
      await kiosk.chooseLanguage(language);
      await page.getByTestId('home-follow-up').click();
      await expect(kiosk.screen('follow-up')).toBeVisible();
      await expect(kiosk.heading()).toHaveText(message(language, 'followUp.visitor.heading'));

      const typeCode = async (text: string): Promise<void> => {
        await page.getByTestId('code-key-clear').click();
        for (const key of text) await page.getByTestId(`code-key-${key}`).click();
        await expect(page.getByTestId('visitor-follow-up-code')).toHaveText(text);
      };
      // Two neighbours swapped (or one symbol changed): caught by the check symbol.
      const wrong = typoCaughtByCheck(code);
      await typeCode(wrong);
      await page.getByTestId('visitor-follow-up-next').click();
      await expect(page.getByTestId('visitor-follow-up-problem')).toHaveText(
        message(language, 'followUp.visitor.problem.mistyped'),
      );

      await typeCode(code);
      await page.getByTestId('visitor-follow-up-next').click();
      const outcomes = page.getByTestId('visitor-follow-up-outcomes');
      await expect(outcomes.locator('svg')).toHaveCount(4);
      // Nothing on screen says which service the code is for.
      await expect(kiosk.screen('follow-up')).not.toContainText(/trata|trafficking|traite|trafik/i);

      const answer = ANSWERS[language];
      const saved = page.waitForResponse('**/api/reportOwnReferralOutcome');
      await page.getByTestId(`visitor-outcome-${answer.outcome}`).click();
      if (answer.reason !== undefined) await page.getByTestId(`visitor-reason-${answer.reason}`).click();
      const sent = (await saved).request().postDataJSON() as unknown;
      expect(sent).toEqual({
        code,
        report: answer.reason === undefined ? { outcome: answer.outcome } : answer,
      });
      await expect(page.getByTestId('visitor-follow-up-thanks')).toHaveText(
        message(language, 'followUp.visitor.thanks'),
      );
    });
  }
});
