/*
 * Applies the reader's stored colour scheme before the first paint, so a dark choice never flashes
 * light (or the reverse). A classic, render-blocking external script: the CSP forbids inline ones
 * (a page npm start renders writes this text inline, with its nonce).
 * Same key and attribute as src/lib/color-scheme.ts.
 */
(function () {
  try {
    var scheme = JSON.parse(window.localStorage.getItem('lectern:color-scheme'));
    if (scheme !== 'light' && scheme !== 'dark') return;
    document.documentElement.setAttribute('data-scheme', scheme);
    var meta = document.querySelector('meta[name="color-scheme"]');
    if (meta) meta.setAttribute('content', scheme);
  } catch {
    // Storage disabled or unreadable: the page follows the system scheme.
  }
})();
