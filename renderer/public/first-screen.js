// Deferred in <head>: fetched while the page is parsed, run once it is, before the app's bundle.
// index.html already shows the first screen (a static copy, written in by renderer/vite.config.ts).
// A tap on one of its languages is kept on <html data-first-language>, and the app, once it has
// drawn its own screen, opens the home screen in that language (renderer/src/app/first-tap.ts).
// No other tap is kept. A plain script from our own origin: the page's policy allows no inline
// script. The turn queue's display page (display.html) has neither the copy nor this script.
'use strict';
/* global document, Element */

// In a function: a classic script's top-level names would be globals of the page.
(() => {
  const root = document.documentElement;

  /** Keeps the first language chosen; the button shows it was heard, as the app's own does. */
  const keep = (button) => {
    if (root.hasAttribute('data-first-language')) return;
    root.setAttribute('data-first-language', button.getAttribute('data-first-language') ?? '');
    button.setAttribute('aria-pressed', 'true');
  };

  const firstLanguageButton = (node) => (node instanceof Element ? node.closest('[data-first-language]') : null);

  // A tap can land between the moment the languages are drawn and the moment this script runs (the
  // page is parsed and painted while it is fetched). A tapped button takes the focus, so that tap
  // is found here and kept like any other.
  const tappedBefore = firstLanguageButton(document.activeElement);
  if (tappedBefore !== null) keep(tappedBefore);

  document.addEventListener(
    'click',
    (event) => {
      const target = firstLanguageButton(event.target);
      if (target !== null) keep(target);
    },
    true,
  );
})();
