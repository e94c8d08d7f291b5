import { setupWorker } from 'msw/browser';
import {
  faultsFrom,
  formatFaults,
  hasFaults,
  parseFaults,
  type FaultOptions,
  type FaultSettings,
} from './backend/faults';
import { COMMENT_MODES, type CommentMode } from './backend/native-backend';
import { createDemoHandlers } from './handlers/demo';
import { createFaultHandlers } from './handlers/faults';

const MODE_PARAM = 'demo-comments';
const MODE_KEY = 'lectern:demo-comments';

/**
 * The demo's comment switch: open any page with `?demo-comments=moderate` (or `fail`, or `publish`)
 * and new comments are held for approval (or refused) for the rest of the browser session.
 */
function commentMode(): CommentMode {
  const fromUrl = new URLSearchParams(window.location.search).get(MODE_PARAM);
  if (fromUrl && (COMMENT_MODES as readonly string[]).includes(fromUrl)) {
    sessionStorage.setItem(MODE_KEY, fromUrl);
    return fromUrl as CommentMode;
  }
  const saved = sessionStorage.getItem(MODE_KEY);
  return saved && (COMMENT_MODES as readonly string[]).includes(saved) ? (saved as CommentMode) : 'publish';
}

const FAULTS_PARAM = 'demo-faults';
const FAULTS_KEY = 'lectern:demo-faults';

/**
 * The demo's fault mode (docs/fault-mode.md): `?demo-faults=errors:0.3,latency:3000,hang:1,malformed:0.1`
 * for the rest of the browser session (`?demo-faults=off` ends it), else config.json's `backend.faults`.
 */
function faultOptions(fromConfig: FaultSettings | undefined): FaultOptions {
  const fromUrl = new URLSearchParams(window.location.search).get(FAULTS_PARAM);
  const text = fromUrl ?? sessionStorage.getItem(FAULTS_KEY);
  try {
    if (text !== null) {
      const options = parseFaults(text);
      if (fromUrl !== null) sessionStorage.setItem(FAULTS_KEY, fromUrl);
      return options;
    }
  } catch (error) {
    console.warn(`Ignoring ?${FAULTS_PARAM}=${text}:`, error instanceof Error ? error.message : error);
    sessionStorage.removeItem(FAULTS_KEY);
  }
  return faultsFrom(fromConfig);
}

/** Starts the service worker that serves the demo blog in the browser (dev server and production build). */
export async function startDemoWorker(baseUrl: string, configFaults?: FaultSettings): Promise<void> {
  const faults = faultOptions(configFaults);
  // Said in the console so a developer who forgot the switch knows why the demo misbehaves.
  if (hasFaults(faults)) console.info(`Lectern demo: fault mode on (${formatFaults(faults)})`);
  const worker = setupWorker(...createFaultHandlers(faults), ...createDemoHandlers({ commentMode }));
  // Offline, MSW's start-up asks the browser to update the worker it finds, which cannot be fetched;
  // the worker in place serves on (docs/offline.md). That one expected rejection is not an error.
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (
      !navigator.onLine &&
      reason instanceof TypeError &&
      reason.message.includes('Failed to update a ServiceWorker')
    ) {
      event.preventDefault();
    }
  });
  await worker.start({
    // A production build uses public/sw-demo.js: MSW's worker plus offline reading (docs/offline.md).
    // The dev server keeps MSW's own, so no module it serves is ever answered from a cache.
    serviceWorker: {
      url: `${baseUrl}${import.meta.env.PROD ? 'sw-demo.js' : 'mockServiceWorker.js'}`,
      options: { scope: baseUrl },
    },
    // Anything that is not the demo API (assets, config.json) goes to the network untouched and unreported.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
