import type { BackendConfig } from '../config';
import { trustedTypesPolicy } from '../lib/trusted-types';

/**
 * Offline reading (docs/offline.md): registers public/sw.js, which keeps the app's files and the API
 * answers already fetched, so posts already read open without a network. Production builds only: the
 * dev server's modules change on every edit and must never be served from a cache.
 */

/** The demo's worker: sw.js and MSW's worker in one (MSW registers it, see mocks/browser.ts). */
export const DEMO_WORKER_FILE = 'sw-demo.js';
const WORKER_FILE = 'sw.js';
const SAVE_MESSAGE = 'lectern:save';

/**
 * Where the Blogger adapter calls when config.json names no `url` (its BLOGGER_API_ROOT; a test keeps
 * the two in step). Not imported: adapters load on demand and this module is in the first bundle.
 */
export const BLOGGER_DEFAULT_ORIGIN = 'https://www.googleapis.com';

/** The origin whose GET answers the worker keeps: the backend's, as its adapter will call it. */
export function apiOrigin(backend: Exclude<BackendConfig, { kind: 'demo' }>, page: string): string {
  const root = backend.kind === 'blogger' ? (backend.url ?? BLOGGER_DEFAULT_ORIGIN) : backend.url;
  return new URL(root, page).origin;
}

/** The worker's URL for this backend; the API origin travels in the query, so a new backend means a new worker. */
export function workerUrl(backend: BackendConfig, base: string, page: string): string {
  if (backend.kind === 'demo') return `${base}${DEMO_WORKER_FILE}`;
  return `${base}${WORKER_FILE}?api=${encodeURIComponent(apiOrigin(backend, page))}`;
}

type ScriptUrlPolicy = { createScriptURL(input: string): unknown };

/**
 * Under `require-trusted-types-for 'script'` register() accepts only a TrustedScriptURL. The policy
 * vouches for exactly one shape of URL: this site's own sw.js.
 */
const workerUrlPolicy = trustedTypesPolicy<ScriptUrlPolicy>('lectern-sw', {
  createScriptURL(input) {
    const parsed = new URL(input, window.location.href);
    const own = `${import.meta.env.BASE_URL}${WORKER_FILE}`;
    if (parsed.origin !== window.location.origin || parsed.pathname !== own) {
      throw new TypeError(`lectern-sw refuses the script URL ${input}`);
    }
    return input;
  },
});

function trustedWorkerUrl(url: string): string {
  const policy = workerUrlPolicy();
  // A TrustedScriptURL is what register() takes where Trusted Types are enforced; its DOM typing says string.
  return policy ? (policy.createScriptURL(url) as string) : url;
}

/** Resolves once this page is controlled by a worker (it claims pages when it activates), or after a while. */
function controlled(timeoutMs: number): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
    setTimeout(done, timeoutMs);
  });
}

/** The build's entry files, named in index.html: the worker follows them to every chunk. */
function entryFiles(): string[] {
  const elements = document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
    'script[type="module"][src], link[rel="modulepreload"][href], link[rel="stylesheet"][href]',
  );
  return [...elements].map((element) => ('src' in element ? element.src : element.href));
}

/** How long after the worker takes over a request started before it may still finish. */
const LATE_FINISH_MS = 60_000;

/**
 * What this page fetched before the worker controlled it never went through the worker: hand it those
 * URLs (now, and as late ones finish) so it saves them too. Later requests it sees for itself.
 */
function saveWhatLoadedBeforeControl(worker: ServiceWorker, controlledFromStart: boolean): void {
  const controlledAt = controlledFromStart ? 0 : performance.now();
  const send = (entries: PerformanceEntryList, extra: string[] = []) => {
    const urls = entries.filter((entry) => entry.startTime <= controlledAt).map((entry) => entry.name);
    if (urls.length > 0 || extra.length > 0)
      worker.postMessage({ type: SAVE_MESSAGE, urls: [...extra, ...urls] });
  };
  send(performance.getEntriesByType('resource'), entryFiles());
  if (typeof PerformanceObserver === 'undefined') return;
  const observer = new PerformanceObserver((list) => send(list.getEntries()));
  observer.observe({ type: 'resource' });
  setTimeout(() => observer.disconnect(), LATE_FINISH_MS);
}

async function switchOff(base: string): Promise<void> {
  const own = `${base}${WORKER_FILE}`;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(
    registrations
      .filter((registration) => {
        const script = registration.active?.scriptURL;
        return script !== undefined && new URL(script).pathname === own;
      })
      .map((registration) => registration.unregister()),
  );
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith('lectern-')).map((name) => caches.delete(name)));
}

/**
 * Whether a worker saw this page's own first requests: its navigation went through one. (Not
 * `navigator.serviceWorker.controller`: in the demo, MSW has claimed the page before this runs.)
 */
function controlledFromStart(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation !== undefined && navigation.workerStart > 0;
}

export type OfflineSetup = { backend: BackendConfig; offline: { enabled: boolean } };

/**
 * Turns offline reading on (or, with `offline.enabled: false`, off and forgets what was saved). In the
 * demo, MSW has already registered the combined worker; this only hands it the first page's files.
 * Never throws: without offline reading the blog still works.
 */
export async function startOfflineSupport({ backend, offline }: OfflineSetup): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  try {
    if (!offline.enabled) {
      if (backend.kind !== 'demo') await switchOff(base);
      return;
    }
    if (backend.kind !== 'demo') {
      await navigator.serviceWorker.register(
        trustedWorkerUrl(workerUrl(backend, base, window.location.href)),
        {
          scope: base,
          updateViaCache: 'none',
        },
      );
    }
    const registration = await navigator.serviceWorker.ready;
    await controlled(5000);
    if (registration.active) saveWhatLoadedBeforeControl(registration.active, controlledFromStart());
  } catch (error) {
    console.warn('Offline reading is not available in this browser session.', error);
  }
}
