import type { PathwayReferralCount, PathwaySlips } from '../../main/contract/index.js';

import { message } from './locale-texts.js';
import { expect, test } from './staff-page.js';

test.describe('referral pathways', () => {
  test('walk the child pathway through a branch, print both slips, count it anonymously', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    await page.getByTestId('staff-open-pathways').click();
    await expect(staff.screen('pathways')).toBeVisible();
    await page.getByTestId('pathway-open-unaccompanied-child').click();
    await expect(staff.screen('pathway-walk')).toBeVisible();
    await expect(page.getByTestId('pathway-sample')).toHaveText(message('es', 'pathways.sample'));

    // The visitor speaks Haitian Creole: what to tell them shows in both languages.
    await page.getByTestId('pathway-visitor-ht').click();
    const step = page.getByTestId('pathway-step');
    await expect(step).toHaveAttribute('data-step', 'safety');
    await expect(step.getByTestId('urgency-badge')).toHaveText(message('es', 'pathways.urgency.immediate'));
    await expect(page.getByTestId('pathway-tell-visitor')).toHaveText(
      'N ap rete avè w. Moun ki la pou pwoteje timoun ap vini.',
    );
    await expect(page.getByTestId('pathway-donot')).toContainText('No deje sola');
    await page.getByTestId('pathway-state-done').click();
    await expect(page.getByTestId('pathway-state-done')).toHaveAttribute('aria-pressed', 'true');

    // Branch: the child is detained → child protection and the CNDH, immediately.
    await page.getByTestId('pathway-branch-detained').click();
    await expect(step).toHaveAttribute('data-step', 'detained');
    await expect(step.getByTestId('pathway-contact')).toHaveCount(2);
    await expect(step.locator('[data-service="cndh-quejas"]')).toContainText('55 5681 8125');
    // Back and forth keeps the walk consistent.
    await page.getByTestId('pathway-previous').click();
    await expect(step).toHaveAttribute('data-step', 'safety');
    await page.getByTestId('pathway-branch-detained').click();
    await page.getByTestId('pathway-state-done').click();
    await page.getByTestId('pathway-next').click();
    await expect(step).toHaveAttribute('data-step', 'family-links');
    await page.getByTestId('pathway-state-not_applicable').click();

    // The flowchart on screen is well-formed SVG with all five steps.
    await page.getByTestId('pathway-chart-toggle').click();
    await expect(page.getByTestId('pathway-chart').locator('g.step')).toHaveCount(5);
    const parses = await page.getByTestId('pathway-chart').evaluate((figure) => {
      const markup = figure.querySelector('svg')?.outerHTML ?? '';
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.nodeName === 'svg';
    });
    expect(parses).toBe(true);

    const completion = page.waitForRequest('**/api/completePathwayReferral');
    const printed = page.waitForResponse('**/api/printPathwaySlips');
    await page.getByTestId('pathway-finish').click();
    const token = ((await completion).postDataJSON() as { token: string }).token;
    const slips = ((await (await printed).json()) as { ok: true; value: PathwaySlips }).value;
    // The sample site prints to the preview printer: both slips come out as previews and show on screen.
    expect(slips.visitorSlip.outcome).toBe('previewed');
    expect(slips.referralNote.outcome).toBe('previewed');

    const result = page.getByTestId('pathway-result');
    await expect(result).toHaveAttribute('data-outcome', 'previewed');
    const code = (await page.getByTestId('pathway-code').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-.$/);
    await expect(page.getByTestId('pathway-qr')).toBeVisible();
    await expect(page.getByTestId('pathway-visitor-slip')).toContainText('Fèy referans');
    await expect(page.getByTestId('pathway-visitor-slip')).toContainText('Comisión Nacional de los Derechos Humanos');
    await expect(page.getByTestId('pathway-referral-note')).toContainText(
      'Nota de referencia para el servicio que recibe',
    );
    await expect(page.getByTestId('pathway-referral-note')).toContainText('Urgencia: Inmediato');
    await expect(page.getByTestId('pathway-referral-note')).toContainText(code);

    // Printing again does not count again.
    await page.getByTestId('pathway-print-again').click();
    await expect(result).toHaveAttribute('data-outcome', 'previewed');
    // Counted once, by day, profile and urgency; nothing else comes back.
    const counts = await page.evaluate(async (t) => {
      const day = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(day) + 2 * 86_400_000).toISOString().slice(0, 10);
      const response = await fetch('api/getPathwayReferralCounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: t, from, to }),
      });
      return (await response.json()) as { ok: boolean; value: { counts: PathwayReferralCount[] } };
    }, token);
    expect(counts.ok).toBe(true);
    expect(counts.value.counts).toHaveLength(1);
    expect(counts.value.counts[0]).toMatchObject({ profile: 'unaccompanied-child', urgency: 'immediate', count: 1 });
    expect(Object.keys(counts.value.counts[0] ?? {}).sort()).toEqual(['count', 'day', 'profile', 'urgency']);

    // Lock forgets the walk.
    await staff.lock();
    expect(await page.evaluate(() => document.body.innerText.includes('N ap rete avè w'))).toBe(false);
  });
});
