import { RENDERER_CSP } from '../../main/host/renderer-assets.js';

import { expect, test } from './fixtures.js';

// The page-side locks (renderer/src/app/kiosk-locks.ts) in a plain Chromium, as the web host runs
// the kiosk. Each test checks both that the event was refused and that nothing changed.

test.describe('kiosk locks in the web host', () => {
  test('serves the same Content-Security-Policy header as the Electron app', async ({ kiosk, page }) => {
    const response = await page.goto(kiosk.host.url);
    expect(response?.headers()['content-security-policy']).toBe(RENDERER_CSP);
  });

  test('window.open returns null and opens nothing', async ({ kiosk, page, context }) => {
    await kiosk.open();
    let opened = 0;
    context.on('page', () => {
      opened += 1;
    });
    const results = await page.evaluate(() => [
      window.open('https://example.org/') === null,
      window.open(location.href, '_blank') === null,
      window.open('about:blank') === null,
    ]);
    expect(results).toEqual([true, true, true]);
    expect(context.pages()).toHaveLength(1);
    expect(opened).toBe(0);
  });

  test('links to another origin or another window do nothing', async ({ kiosk, page, context }) => {
    await kiosk.open();
    const start = page.url();
    await page.evaluate(() => {
      const add = (id: string, href: string, target?: string): void => {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = id;
        link.dataset.testid = id;
        link.style.cssText = '';
        if (target !== undefined) link.target = target;
        document.body.prepend(link);
      };
      add('foreign-link', 'https://example.org/elsewhere');
      add('foreign-relative', '//example.org/x');
      add('blank-link', '/', '_blank');
    });
    for (const id of ['foreign-link', 'foreign-relative', 'blank-link']) {
      await page.getByTestId(id).click();
      await page.getByTestId(id).click({ button: 'middle' });
    }
    await expect(kiosk.screen('language')).toBeVisible();
    expect(page.url()).toBe(start);
    expect(new URL(page.url()).origin).toBe(new URL(kiosk.host.url).origin);
    expect(context.pages()).toHaveLength(1);
  });

  test('download links are refused, except a file the page made itself (a report for a supervisor)', async ({
    kiosk,
    page,
  }) => {
    await kiosk.open();
    const prevented = await page.evaluate(() => {
      const clickOn = (href: string): boolean => {
        const link = document.createElement('a');
        link.href = href;
        link.download = 'file';
        document.body.append(link);
        const event = new MouseEvent('click', { bubbles: true, cancelable: true });
        link.dispatchEvent(event);
        link.remove();
        return event.defaultPrevented;
      };
      const own = URL.createObjectURL(new Blob(['report'], { type: 'text/csv' }));
      return {
        sameOriginPage: clickOn('/'),
        foreign: clickOn('https://example.org/file.exe'),
        dataUrl: clickOn('data:text/html,<h1>x</h1>'),
        ownBlob: clickOn(own),
      };
    });
    expect(prevented).toEqual({ sameOriginPage: true, foreign: true, dataUrl: true, ownBlob: false });
    await expect(kiosk.screen('language')).toBeVisible();
  });

  test('a dropped file changes nothing', async ({ kiosk, page, context }) => {
    await kiosk.open();
    const start = page.url();
    const refused = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['<h1>not the kiosk</h1>'], 'page.html', { type: 'text/html' }));
      const target = document.querySelector('[data-testid="screen-language"]') ?? document.body;
      return ['dragenter', 'dragover', 'drop'].map((type) => {
        const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
        return event.defaultPrevented;
      });
    });
    expect(refused).toEqual([true, true, true]);
    await expect(kiosk.screen('language')).toBeVisible();
    expect(page.url()).toBe(start);
    expect(context.pages()).toHaveLength(1);
  });

  test('the context menu is refused', async ({ kiosk, page }) => {
    await kiosk.open();
    await page.evaluate(() => {
      document.addEventListener('contextmenu', (event) => {
        document.body.dataset.contextMenuRefused = String(event.defaultPrevented);
      });
    });
    await kiosk.heading().click({ button: 'right' });
    await expect(page.locator('body')).toHaveAttribute('data-context-menu-refused', 'true');
  });

  test('text cannot be selected: triple click, select-all, Ctrl+A', async ({ kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage('fr');
    const selected = (): Promise<string> => page.evaluate(() => window.getSelection()?.toString() ?? '');
    await kiosk.heading().click({ clickCount: 3 });
    expect(await selected()).toBe('');
    await page.keyboard.press('Control+KeyA');
    expect(await selected()).toBe('');
    await page.evaluate(() => {
      window.getSelection()?.selectAllChildren(document.body);
    });
    await expect.poll(selected).toBe('');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.body);
      window.getSelection()?.addRange(range);
    });
    await expect.poll(selected).toBe('');
  });

  test('zoom is refused: Ctrl+wheel, Ctrl +/−, pinch', async ({ kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage('en');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { refused: string[] }).refused = seen;
      for (const type of ['wheel', 'keydown', 'touchmove'])
        document.addEventListener(type, (event) => {
          if (event.defaultPrevented) seen.push(type);
        });
    });
    await page.mouse.move(960, 540);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.press('Equal');
    await page.keyboard.press('Minus');
    await page.keyboard.up('Control');
    const pinched = await page.evaluate(() => {
      const target = document.body;
      const touch = (identifier: number, x: number): Touch =>
        new Touch({ identifier, target, clientX: x, clientY: 500 });
      const event = new TouchEvent('touchmove', {
        touches: [touch(1, 400), touch(2, 800)],
        bubbles: true,
        cancelable: true,
      });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(pinched).toBe(true);
    const refused = await page.evaluate(() => (window as unknown as { refused: string[] }).refused);
    expect(refused).toEqual(['wheel', 'keydown', 'keydown', 'touchmove']);
    expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).touchAction)).toBe('pan-x pan-y');
    await expect(kiosk.screen('home')).toBeVisible();
  });
});
