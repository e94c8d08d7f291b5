/* The demo blog's worker in a production build: Lectern's offline worker and MSW's, in one.
 *
 * Only one service worker can control a scope, and the demo needs MSW's (it forwards the demo API's
 * requests to the handlers running in the page). So this worker loads both, in this order:
 *   1. sw.js: its fetch listener comes first and answers the site's own files (build assets, pages,
 *      config.json, images), stopping the event there, so they are readable offline;
 *   2. mockServiceWorker.js, unmodified (MSW's integrity check still passes): it gets everything
 *      sw.js leaves alone, i.e. the demo API.
 * MSW's worker unregisters itself when its last page closes ("CLIENT_CLOSED", sent on every reload),
 * which would leave an offline reload with no worker at all; that one message is handled here instead.
 */

self.addEventListener('message', (event) => {
  if (event.data !== 'CLIENT_CLOSED') return;
  event.stopImmediatePropagation();
  const clientId = event.source && event.source.id;
  // activeClientIds is a top-level binding of mockServiceWorker.js (classic scripts share one scope).
  // eslint-disable-next-line no-undef
  if (clientId && typeof activeClientIds !== 'undefined') activeClientIds.delete(clientId);
});

/* global importScripts */
importScripts('./sw.js', './mockServiceWorker.js');
