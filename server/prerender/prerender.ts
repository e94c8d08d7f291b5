/**
 * `npm run prerender`'s entry (server/prerender/cli.ts does the work; in a render worker thread,
 * server/prerender/render-pool.ts). As server/main.ts: React and React Router pick their production
 * builds only if NODE_ENV says so before they are first imported. package.json runs it with
 * `--max-semi-space-size=64`: thousands of pages of short-lived strings, and a larger young generation
 * spends a fifth less time collecting them (10,000-post blog).
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

// Bracket access: a build-time define of process.env.NODE_ENV must not rewrite this assignment.
process.env['NODE_ENV'] ??= 'production';
// The client build beside this bundle (dist-server/prerender.js → dist/), unless told otherwise.
process.env['LECTERN_DIST'] ??= fileURLToPath(new URL('../dist', import.meta.url));
const setup = (workerData as { lecternRenderWorker?: unknown } | null)?.lecternRenderWorker;
if (!isMainThread && parentPort && setup) {
  const { serveRenderWorker } = await import('./render-pool');
  serveRenderWorker(parentPort, setup as Parameters<typeof serveRenderWorker>[1]);
} else {
  await import('./cli');
}
