/*
 * The first Intl object costs Chromium 15–35 ms here (ICU loads its data): paid while the app's
 * modules download, one object per task so no task grows long. Nothing depends on it having run.
 */
(function () {
  var steps = [
    function () {
      new Intl.NumberFormat().format(1);
    },
    function () {
      new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(0);
    },
    function () {
      new Intl.PluralRules().select(1);
    },
  ];
  (function next() {
    var step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      return; // No Intl, or a broken one: the app reports that where it formats.
    }
    setTimeout(next, 0);
  })();
})();
