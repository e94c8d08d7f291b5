import { setupWorker } from 'msw/browser';
import { createDemoHandlers } from './handlers/demo';

/** Starts the service worker that serves the demo blog in the browser (dev server and production build). */
export async function startDemoWorker(baseUrl: string): Promise<void> {
  const worker = setupWorker(...createDemoHandlers());
  await worker.start({
    serviceWorker: { url: `${baseUrl}mockServiceWorker.js`, options: { scope: baseUrl } },
    // Anything that is not the demo API (assets, config.json) goes to the network untouched and unreported.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
