/* Lectern's offline worker (docs/offline.md). Plain JavaScript, served as is: no build step.
 *
 * - Hashed build files (<scope>assets/…) never change under one name: cache first.
 * - Pages (navigations) are all the same index.html: network first, else the last one saved.
 * - config.json, images and other files of the site: network first, else the saved copy.
 * - GET requests to the blog's API (its origin is passed as ?api=<origin> by the page that registers
 *   this worker): network first, else the saved copy, so posts already read stay readable offline.
 * Nothing but GET is ever cached. In the demo, sw-demo.js imports this file and then MSW's worker:
 * requests this file does not answer (the demo API) fall through to MSW.
 */

// Wrapped: sw-demo.js loads this next to MSW's worker, and classic scripts share one global scope.
(() => {
  const VERSION = 'v1';
  const SHELL_CACHE = `lectern-shell-${VERSION}`;
  const DATA_CACHE = `lectern-data-${VERSION}`;
  // Entry caps: the oldest entries go first. Hashed assets pile up across deploys; API answers across posts.
  const LIMITS = { [SHELL_CACHE]: 150, [DATA_CACHE]: 200 };

  const scope = new URL(self.registration.scope);
  const scopePath = scope.pathname;
  const shellKey = new URL('index.html', scope).href;
  const apiOrigins = new URL(self.location.href).searchParams.getAll('api');

  self.addEventListener('install', () => {
    self.skipWaiting();
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await caches.keys();
        await Promise.all(
          names
            .filter((name) => name.startsWith('lectern-') && !(name in LIMITS))
            .map((name) => caches.delete(name)),
        );
        // Control the page that registered us at once: its next requests are saved for offline reading.
        await self.clients.claim();
      })(),
    );
  });

  /** Which rule applies to a request, or null to let it through untouched. */
  function strategyFor(request) {
    if (request.method !== 'GET') return null;
    const url = new URL(request.url);
    const sameOrigin = url.origin === scope.origin;
    if (request.mode === 'navigate') return sameOrigin ? 'page' : null;
    if (sameOrigin && !url.pathname.startsWith(scopePath)) return null;
    if (apiOrigins.includes(url.origin)) return 'data';
    if (!sameOrigin) return null;
    if (url.pathname.startsWith(`${scopePath}assets/`)) return 'asset';
    // Files of the site (config.json, images, icons). Paths without an extension are the demo's API
    // (answered by MSW in the page) or pages, which navigations cover.
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return 'file';
    return null;
  }

  function storable(response) {
    return response.ok && (response.type === 'basic' || response.type === 'cors');
  }

  async function save(cacheName, key, response) {
    const cache = await caches.open(cacheName);
    await cache.put(key, response);
    const keys = await cache.keys();
    // cache.keys() lists in insertion order and put() re-inserts, so the first keys are the stalest.
    const excess = keys.length - LIMITS[cacheName];
    for (let i = 0; i < excess; i += 1) await cache.delete(keys[i]);
  }

  async function cacheFirst(event, cacheName) {
    const cached = await caches.match(event.request, { cacheName });
    if (cached) return cached;
    const response = await fetch(event.request);
    if (storable(response)) event.waitUntil(save(cacheName, event.request, response.clone()));
    return response;
  }

  async function networkFirst(event, cacheName, key) {
    try {
      const response = await fetch(event.request);
      if (storable(response)) event.waitUntil(save(cacheName, key, response.clone()));
      return response;
    } catch (error) {
      const cached = await caches.match(key, { cacheName, ignoreVary: true });
      if (cached) return cached;
      throw error;
    }
  }

  function respond(event, strategy) {
    switch (strategy) {
      case 'asset':
        return cacheFirst(event, SHELL_CACHE);
      case 'page':
        return networkFirst(event, SHELL_CACHE, shellKey);
      case 'file':
        return networkFirst(event, SHELL_CACHE, event.request);
      case 'data':
        return networkFirst(event, DATA_CACHE, event.request);
    }
    throw new Error(`unknown strategy ${strategy}`);
  }

  self.addEventListener('fetch', (event) => {
    const strategy = strategyFor(event.request);
    if (!strategy) return;
    // Answered here: no later fetch listener (MSW's, in the demo) may answer it too.
    event.stopImmediatePropagation();
    event.respondWith(respond(event, strategy));
  });

  // Build files name the chunks they load: "./post-page-1a2b.js" in a chunk, "assets/…" in the entry's
  // preload map. Following them saves every page's code, not only the code of pages already opened.
  const CHUNK_REFERENCE = /(?:\.\/|\/?assets\/)[\w.-]+\.(?:js|css)\b/g;
  const assetsPath = `${scopePath}assets/`;

  function resolveChunk(reference, from) {
    if (reference.startsWith('./')) return new URL(reference, from);
    if (reference.startsWith('/')) return new URL(reference, scope.origin);
    return new URL(reference, scope);
  }

  /** Saves one build file (unless saved already) and returns the build files it names. */
  async function saveBuildFile(url) {
    let response = await caches.match(url, { cacheName: SHELL_CACHE });
    if (!response) {
      try {
        response = await fetch(url);
      } catch {
        return [];
      }
      if (!storable(response)) return [];
      await save(SHELL_CACHE, url, response.clone());
    }
    if (!url.endsWith('.js')) return [];
    const text = await response.text();
    return [...text.matchAll(CHUNK_REFERENCE)]
      .map(([reference]) => resolveChunk(reference, url))
      .filter((next) => next.origin === scope.origin && next.pathname.startsWith(assetsPath))
      .map((next) => next.href);
  }

  /** Saves the given build files and, level by level, every file they lead to. */
  async function saveBuild(entries) {
    const seen = new Set(entries);
    let level = [...seen];
    while (level.length > 0) {
      const found = (await Promise.all(level.map(saveBuildFile))).flat();
      level = [];
      for (const url of found) {
        // Never more than half the cache holds: a crawl must not evict what it just saved.
        if (seen.has(url) || seen.size >= LIMITS[SHELL_CACHE] / 2) continue;
        seen.add(url);
        level.push(url);
      }
    }
  }

  /**
   * The page loads its first files before this worker controls it; it then sends their URLs
   * ({ type: 'lectern:save', urls }) so they are saved too, with the build files they lead to. Only
   * what a rule above covers is fetched.
   */
  self.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'lectern:save' || !Array.isArray(data.urls)) return;
    event.waitUntil(
      (async () => {
        const wanted = [{ request: new Request(scope.href, { mode: 'same-origin' }), strategy: 'page' }];
        for (const url of data.urls.slice(0, 100)) {
          if (typeof url !== 'string') continue;
          const request = new Request(url);
          const strategy = strategyFor(request);
          if (strategy && strategy !== 'page') wanted.push({ request, strategy });
        }
        const assets = wanted.filter((item) => item.strategy === 'asset').map((item) => item.request.url);
        await Promise.all(
          wanted
            .filter((item) => item.strategy !== 'asset')
            .map(async ({ request, strategy }) => {
              const cacheName = strategy === 'data' ? DATA_CACHE : SHELL_CACHE;
              const key = strategy === 'page' ? shellKey : request;
              try {
                const response = await fetch(request);
                if (storable(response)) await save(cacheName, key, response);
              } catch {
                // Offline already, or the file is gone: nothing to save.
              }
            }),
        );
        await saveBuild(assets);
      })(),
    );
  });
})();
