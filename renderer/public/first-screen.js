// Runs in <head>, before the page is parsed and long before the app's bundle: index.html already
// shows the first screen (a static copy, written in by renderer/vite.config.ts). A tap on one of
// its languages is kept on <html data-first-language>, and the app, once it has drawn its own
// screen, opens the home screen in that language (renderer/src/app/first-tap.ts). No other tap is
// kept. A plain script from our own origin: the page's policy allows no inline script.
'use strict';
/* global document, location, Element */

// The display page of the turn queue loads the same file: the languages must not flash there.
if (location.pathname === '/display' || location.hash === '#display') {
  document.documentElement.classList.add('display-page');
}

document.addEventListener(
  'click',
  (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-first-language]') : null;
    const root = document.documentElement;
    if (target === null || root.hasAttribute('data-first-language')) return;
    root.setAttribute('data-first-language', target.getAttribute('data-first-language') ?? '');
    // The button shows it was heard, as the app's own does when chosen.
    target.setAttribute('aria-pressed', 'true');
  },
  true,
);
