import { setupWorker } from 'msw/browser';
import { COMMENT_MODES, type CommentMode } from './backend/native-backend';
import { createDemoHandlers } from './handlers/demo';

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

/** Starts the service worker that serves the demo blog in the browser (dev server and production build). */
export async function startDemoWorker(baseUrl: string): Promise<void> {
  const worker = setupWorker(...createDemoHandlers({ commentMode }));
  await worker.start({
    serviceWorker: { url: `${baseUrl}mockServiceWorker.js`, options: { scope: baseUrl } },
    // Anything that is not the demo API (assets, config.json) goes to the network untouched and unreported.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
