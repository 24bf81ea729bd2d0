import { LANGUAGES } from '../../main/contract/index.js';

import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';

/**
 * The walk-up journey in each language: the whole account guide, then a search on the kiosk's
 * keyboard, a filter, a service's page and its referral slip, then urgent help from that deep
 * screen. Nowhere is there a field to type personal data into.
 */
for (const language of LANGUAGES) {
  test(`a visitor's journey in ${language}`, async ({ kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage(language);
    await expect(page.locator('input, textarea, [contenteditable="true"]')).toHaveCount(0);

    // What is RedSafe, then the guide from there.
    await page.getByTestId('tile-about-redsafe').click();
    await expect(page.getByTestId('feature-vault')).toContainText(message(language, 'about.needsAccount'));
    await expect(page.getByTestId('feature-map')).toContainText(message(language, 'about.noAccount'));
    await page.getByTestId('about-start-guide').click();

    const steps = ['before', 'app', 'create', 'recovery', 'trouble'];
    for (const [index, step] of steps.entries()) {
      await expect(page.getByTestId(`guide-step-${step}`)).toBeVisible();
      await expect(page.getByTestId('guide-progress')).toContainText(String(index + 1));
      await expect(page.getByTestId('guide-ask-staff')).toBeVisible();
      if (step === 'app') await expect(page.locator('[data-testid^="app-code-"] svg[role="img"]')).toHaveCount(3);
      if (step === 'create') await expect(page.getByTestId('password-advice')).toContainText('12');
      if (step === 'before') await expect(page.getByTestId('guide-under-18')).toBeVisible();
      if (step === 'trouble')
        await expect(page.getByTestId('support-address')).toContainText('redsafesupport@icrc.org');
      if (step !== 'trouble') await page.getByTestId('guide-next').click();
    }
    await page.getByTestId('guide-done').click();
    await expect(kiosk.screen('home')).toBeVisible();

    // Search without accents finds the accented Spanish word, whatever the visitor's language.
    await page.getByTestId('tile-services').click();
    await kiosk.type('educacion');
    await expect(page.getByTestId('search-query')).toHaveText('educacion');
    await expect(page.getByTestId('service-inea-educacion-adultos')).toBeVisible();
    await page.getByTestId('key-clear').click();

    await page.getByTestId('filter-children').click();
    await expect(page.getByTestId('service-dif-proteccion-nna')).toBeVisible();
    await expect(page.getByTestId('service-comar-asilo')).toHaveCount(0);
    await page.getByTestId('filter-children').click();
    await page.getByTestId('category-asylum-refuge').click();
    await page.getByTestId('service-comar-asilo').click();

    await expect(kiosk.heading()).toBeVisible();
    for (const block of ['address', 'hours', 'phones', 'cost', 'bring', 'who', 'languages']) {
      await expect(page.getByTestId(`detail-${block}`)).toBeVisible();
    }
    await expect(page.getByTestId('detail-sample-notice')).toBeVisible();
    await expect(page.getByTestId('detail-verified')).toContainText('2026');

    // The slip: this site has no printer, so the preview transport shows the slip on screen; while
    // printing is not available the calm fallback shows the code to give staff. Nothing else.
    await page.getByTestId('print-slip').click();
    const outcome = page.getByTestId('referral-outcome');
    await expect(outcome).toBeVisible({ timeout: 30_000 });
    const kind = await outcome.getAttribute('data-outcome');
    test.info().annotations.push({ type: 'print outcome', description: String(kind) });
    expect(['previewed', 'not_printed']).toContain(kind);
    if (kind === 'previewed') await expect(page.getByTestId('slip-preview')).not.toBeEmpty();
    await expect(page.getByTestId('referral-code')).toHaveText(/\S{4,}/);
    await expect(page.getByTestId('referral-qr')).toBeVisible();
    await page.getByTestId('referral-close').click();

    await page.getByTestId('show-slip').click();
    await expect(outcome).toBeVisible();
    await expect(outcome).toHaveAttribute('data-outcome', 'shown');
    await expect(page.getByTestId('referral-code')).toHaveText(/\S{4,}/);
    await page.getByTestId('referral-close').click();

    // Urgent help from the deepest screen, and back to where the visitor was.
    await page.getByTestId('urgent-help-button').click();
    await expect(kiosk.screen('urgent-help')).toBeVisible();
    await page.getByTestId('nav-back').click();
    await expect(kiosk.screen('service')).toBeVisible();
  });
}
