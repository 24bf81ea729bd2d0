import type { Page } from '@playwright/test';

/** The smallest touch target of the kiosk, in CSS pixels (about 16 mm at 1080p). */
export const MIN_TARGET_PX = 60;
/** Body text at 1080p (kiosk-shell.md). */
export const MIN_TEXT_PX = 24;

export interface LayoutProblem {
  readonly what: string;
  readonly text: string;
}

/**
 * Text that does not fit (French and Kreyòl run long), targets too small for a finger, text too
 * small to read standing, and anything pushed off the side of the screen. Staff-only details
 * (`.staff-detail`, the slip preview) may be smaller.
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(
    ({ minTarget, minText }) => {
      const problems: { what: string; text: string }[] = [];
      const describe = (element: Element): string => element.textContent.trim().slice(0, 60);
      const visible = (element: Element): element is HTMLElement =>
        element instanceof HTMLElement &&
        element.getClientRects().length > 0 &&
        getComputedStyle(element).visibility !== 'hidden';
      for (const element of Array.from(document.querySelectorAll('h1, h2, p, li, span, button, td, th'))) {
        if (!visible(element) || element.closest('.visually-hidden') !== null) continue;
        if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline') {
          problems.push({ what: 'clipped', text: describe(element) });
        }
        const box = element.getBoundingClientRect();
        if (box.right > window.innerWidth + 1 || box.left < -1)
          problems.push({ what: 'off screen', text: describe(element) });
        const ownText = Array.from(element.childNodes).some(
          (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
        );
        const small =
          element.closest('.staff-detail, .staff-indicator, .slip-preview, .issue-list, .operator-notices') !== null;
        if (ownText && !small && parseFloat(getComputedStyle(element).fontSize) < minText - 0.5) {
          problems.push({ what: `text ${getComputedStyle(element).fontSize}`, text: describe(element) });
        }
      }
      for (const button of Array.from(document.querySelectorAll('button'))) {
        const box = button.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.width < minTarget || box.height < minTarget) {
          problems.push({ what: `target ${Math.round(box.width)}×${Math.round(box.height)}`, text: describe(button) });
        }
      }
      return problems;
    },
    { minTarget: MIN_TARGET_PX, minText: MIN_TEXT_PX },
  );
}

/**
 * In the pseudo-locale every message reads `[!! … !!]`. Visible text outside the brackets is text
 * the locale files do not hold (hard-coded), except what is marked `data-verbatim`: numbers,
 * codes, official names, addresses, language names, dates and the keyboard's letters.
 */
export async function untranslatedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (text === '' || parent === null) continue;
      if (parent.closest('[data-verbatim], svg, .visually-hidden') !== null) continue;
      if (parent.getClientRects().length === 0) continue;
      if (/^[\d\s:–,.·()+-]*$/.test(text)) continue; // numbers and separators
      if (/^\[!! [\s\S]* !!\]$/.test(text)) continue;
      found.push(text.slice(0, 80));
    }
    return found;
  });
}

/** How far under the staff bars a screen's content may start: the screen area's own padding (28 px). */
export const MAX_HEADER_GAP_PX = 60;

/**
 * The staff frame at any window shape: the header and the status bar keep their natural height
 * (their box ends right under what they hold), the screen's content starts right under them, and
 * no word inside a button is broken over two lines ("Espa/ñol"). Words are measured one by one with
 * a Range: a word drawn on two lines has boxes at two heights.
 */
export async function staffFrameProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(
    ({ maxGap }) => {
      const problems: { what: string; text: string }[] = [];
      const shell = document.querySelector('[data-testid="staff-shell"]');
      const header = shell?.querySelector(':scope > header');
      const main = shell?.querySelector(':scope > main');
      if (!shell || !header || !main) return [{ what: 'no staff frame', text: '' }];
      const bars = [header, ...Array.from(shell.querySelectorAll(':scope > .ops-status'))].filter(
        (bar): bar is HTMLElement => bar instanceof HTMLElement,
      );
      // A bar's natural height: its height once the frame may no longer stretch it.
      let naturalBottom = header.getBoundingClientRect().top;
      for (const bar of bars) {
        const drawn = bar.getBoundingClientRect().height;
        // Through the style object, not the attribute: the page's CSP refuses inline style attributes.
        const saved = { alignSelf: bar.style.alignSelf, flexGrow: bar.style.flexGrow };
        bar.style.alignSelf = 'start';
        bar.style.flexGrow = '0';
        const natural = bar.getBoundingClientRect().height;
        bar.style.alignSelf = saved.alignSelf;
        bar.style.flexGrow = saved.flexGrow;
        if (drawn > natural + 2) {
          problems.push({
            what: `${bar.tagName.toLowerCase()} stretched by ${Math.round(drawn - natural)} px`,
            text: '',
          });
        }
        naturalBottom += natural;
      }
      const first = Array.from(main.querySelectorAll('*')).find(
        (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0,
      );
      const top = (first ?? main).getBoundingClientRect().top;
      if (top - naturalBottom > maxGap) {
        problems.push({ what: `content starts ${Math.round(top - naturalBottom)} px under the header`, text: '' });
      }
      for (const button of Array.from(shell.querySelectorAll('button'))) {
        if (button.getClientRects().length === 0) continue;
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // A hyphen is a place a line may end ("gender-/based"); only a break elsewhere counts.
          for (const match of text.matchAll(/[^\s\-\u2010]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
            if (tops.size > 1) problems.push({ what: 'word broken in a button', text: match[0] });
          }
        }
      }
      return problems;
    },
    { maxGap: MAX_HEADER_GAP_PX },
  );
}
