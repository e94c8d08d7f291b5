/*
 * The first Intl object a page creates costs Chromium 30–75 ms on this project's test machine (ICU
 * loads its data), and every page formats dates and counts. Paid here, by an async script that runs
 * while the app's modules download, it no longer sits between the first page's data and its render.
 * Only warms the engine: nothing is kept, nothing depends on it having run.
 */
(function () {
  try {
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(0);
    new Intl.NumberFormat().format(1);
    new Intl.PluralRules().select(1);
  } catch {
    // No Intl, or a broken one: the app reports that where it formats.
  }
})();
