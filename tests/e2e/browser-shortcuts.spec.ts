import type { Page } from '@playwright/test';

import { expect, test } from './fixtures.js';

// Browser mode's own locks (renderer/src/app/browser-mode-locks.ts): keys are pressed through the
// browser (Playwright's keyboard is CDP Input.dispatchKeyEvent), so the page receives trusted
// events exactly as from a keyboard, and the test reads whether the page cancelled each one.
// Chromium runs its shortcut only for a key press the page did not cancel.

/** Chords as Playwright names them: what issue-level lockdown requires, then a few more. */
const SHORTCUTS = [
  'F12',
  'Control+Shift+KeyI',
  'Control+Shift+KeyJ',
  'Control+Shift+KeyC',
  'Control+KeyN',
  'Control+KeyT',
  'Control+KeyW',
  'Control+Shift+KeyN',
  'Control+KeyP',
  'Control+KeyS',
  'Control+KeyU',
  'Control+KeyH',
  'Control+KeyJ',
  'Control+KeyO',
  'Control+KeyF',
  'Control+KeyG',
  'F5',
  'Control+KeyR',
  'Shift+F5',
  'F3',
  'F6',
  'F7',
  'Alt+Home',
  'Alt+ArrowLeft',
  'Alt+ArrowRight',
  'Control+Equal',
  'Control+Shift+Equal',
  'Control+Minus',
  'Control+Digit0',
  'Control+Shift+Delete',
  'Shift+F10',
  'Shift+Escape',
];

interface SeenKey {
  readonly key: string;
  readonly trusted: boolean;
  readonly cancelled: boolean;
}

/** Records every keydown as it leaves the page (bubble phase on window, after the page's own handlers). */
async function recordKeys(page: Page): Promise<() => Promise<SeenKey[]>> {
  await page.evaluate(() => {
    const seen: SeenKey[] = [];
    (window as unknown as { seenKeys: SeenKey[] }).seenKeys = seen;
    window.addEventListener('keydown', (event) => {
      if (['Control', 'Shift', 'Alt'].includes(event.key)) return;
      seen.push({ key: event.key, trusted: event.isTrusted, cancelled: event.defaultPrevented });
    });
  });
  return () => page.evaluate(() => (window as unknown as { seenKeys: SeenKey[] }).seenKeys.splice(0));
}

/** A link to the kiosk's own first page, put on top of the current screen. */
async function addLink(page: Page, href: string): Promise<void> {
  await page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = target;
    link.textContent = 'a link';
    link.dataset.testid = 'own-link';
    link.style.cssText = 'position:fixed;left:600px;top:400px;padding:40px;background:#fff;z-index:99';
    document.body.append(link);
  }, href);
}

async function modifiedClicks(page: Page): Promise<void> {
  const link = page.getByTestId('own-link');
  await link.click({ modifiers: ['Control'] });
  await link.click({ modifiers: ['Shift'] });
  await link.click({ modifiers: ['Alt'] });
  await link.click({ button: 'middle' });
}

/** Presses on the link, moves away and releases; returns the drag events seen and whether each was cancelled. */
async function dragTheLink(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { drags: string[] }).drags = seen;
    for (const type of ['dragstart', 'drop'])
      window.addEventListener(type, (event) => seen.push(`${type}:${String(event.defaultPrevented)}`));
  });
  const box = await page.getByTestId('own-link').boundingBox();
  if (box === null) throw new Error('the link is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 300, { steps: 10 });
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as { drags: string[] }).drags);
}

test.describe('browser mode: the page cancels the browser’s shortcuts', () => {
  test('every shortcut pressed through the browser is cancelled by the page', async ({ kiosk, page }) => {
    await kiosk.open();
    const seenKeys = await recordKeys(page);
    for (const chord of SHORTCUTS) {
      await page.keyboard.press(chord);
      const seen = await seenKeys();
      expect(seen, chord).toHaveLength(1);
      expect(seen[0], chord).toMatchObject({ trusted: true, cancelled: true });
    }
    await expect(kiosk.screen('language')).toBeVisible();
  });

  test('typing keys and a plain Tab are not cancelled', async ({ kiosk, page }) => {
    await kiosk.open();
    const seenKeys = await recordKeys(page);
    for (const key of ['KeyA', 'Shift+KeyB', 'Digit4', 'Enter', 'Tab', 'Escape', 'Backspace']) {
      await page.keyboard.press(key);
    }
    const seen = await seenKeys();
    expect(seen).toHaveLength(7);
    expect(seen.filter((key) => key.cancelled)).toEqual([]);
  });

  test('the on-screen keyboard still types, and a text field keeps its editing chords', async ({ kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage('es');
    await page.getByTestId('tile-services').click();
    await kiosk.type('ab');
    await expect(page.getByTestId('search-query')).toHaveText('ab');
    // The supervisors' fields (report period, KoboToolbox credential) are plain inputs: one stands
    // for them here, typed into from the keyboard through the browser.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.dataset.testid = 'field';
      field.style.cssText = 'position:fixed;left:600px;top:400px;z-index:99';
      document.body.append(field);
    });
    const field = page.getByTestId('field');
    await field.focus();
    await page.keyboard.type('cd ef');
    await page.keyboard.press('Control+Backspace');
    await expect(field).toHaveValue('cd ');
    await page.keyboard.press('Control+KeyA');
    await page.keyboard.press('Backspace');
    await expect(field).toHaveValue('');
  });

  test('the staff chord still opens staff mode, and the PIN pad takes keys and touches', async ({ kiosk, page }) => {
    await kiosk.open();
    await page.keyboard.press('Control+Alt+Shift+KeyO');
    await expect(page.getByTestId('staff-shell')).toBeVisible();
    const display = page.getByTestId('pin-display');
    await expect(display).toHaveAttribute('data-length', '0');
    await page.keyboard.press('Digit4');
    await page.getByTestId('pin-key-8').click();
    await expect(display).toHaveAttribute('data-length', '2');
  });

  test('Ctrl, Shift, Alt and middle clicks on a link open nothing and go nowhere', async ({ kiosk, page, context }) => {
    // Control: the same clicks on a page without the kiosk's locks do open pages in this browser,
    // so the count below would see one that slipped through.
    const plain = await context.newPage();
    await plain.goto('about:blank');
    await addLink(plain, kiosk.host.url);
    const before = context.pages().length;
    await plain.getByTestId('own-link').click({ modifiers: ['Control'] });
    await expect.poll(() => context.pages().length).toBeGreaterThan(before);
    for (const other of context.pages()) if (other !== page) await other.close();

    await kiosk.open();
    const start = page.url();
    await addLink(page, kiosk.host.url);
    let opened = 0;
    context.on('page', () => {
      opened += 1;
    });
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.url()));
    await modifiedClicks(page);
    // A navigation or a new page would have begun by the time a round trip to the page returns.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(opened).toBe(0);
    expect(downloads).toEqual([]);
    expect(context.pages()).toHaveLength(1);
    expect(page.url()).toBe(start);
    await expect(kiosk.screen('language')).toBeVisible();
  });

  test('a link dragged with the mouse does not leave the page', async ({ kiosk, page, context }) => {
    // Control: the same gesture on a page without the kiosk's locks starts a drag of the link.
    const plain = await context.newPage();
    await plain.goto('about:blank');
    await addLink(plain, kiosk.host.url);
    expect(await dragTheLink(plain)).toContain('dragstart:false');
    await plain.close();

    await kiosk.open();
    await addLink(page, kiosk.host.url);
    const drags = await dragTheLink(page);
    expect(drags.filter((entry) => entry.endsWith(':false'))).toEqual([]);
    await expect(kiosk.screen('language')).toBeVisible();
  });

  test('the context-menu key and Shift+F10 open no menu', async ({ kiosk, page }) => {
    await kiosk.open();
    await page.evaluate(() => {
      const seen: boolean[] = [];
      (window as unknown as { menus: boolean[] }).menus = seen;
      window.addEventListener('contextmenu', (event) => seen.push(event.defaultPrevented));
    });
    await kiosk.heading().focus();
    await page.keyboard.press('ContextMenu');
    await page.keyboard.press('Shift+F10');
    const menus = await page.evaluate(() => (window as unknown as { menus: boolean[] }).menus);
    // Shift+F10's keydown is cancelled, so it may not even produce the event; the key does.
    expect(menus.length).toBeGreaterThan(0);
    expect(menus.filter((prevented) => !prevented)).toEqual([]);
  });
});
