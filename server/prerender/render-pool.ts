import { Worker } from 'node:worker_threads';
import type { LecternConfig } from '../server-config';
import { createPageRenderer, type PageOutcome, type RendererSetup } from './page-renderer';
import type { PlannedPage } from './walk';

/**
 * Where pages render: in this thread, or spread over worker threads (one per core by default from
 * `npm run prerender`: a page's render is CPU work, and one thread would leave the second core of a
 * 2-core machine idle). Each worker has its own adapter and caches; the backend's concurrency is
 * shared out between them, so `prerender.concurrency` still bounds the whole run.
 */

export type RenderPool = {
  render(page: Pick<PlannedPage, 'path' | 'file' | 'kind'>): Promise<PageOutcome>;
  close(): Promise<void>;
};

/** What a worker is started with (structured-clonable: no functions). */
export type WorkerSetup = { config: LecternConfig; shell: string; outDir: string; concurrency: number };

type Reply = { id: number; outcome: PageOutcome };

export function inThreadPool(setup: RendererSetup): RenderPool {
  const renderer = createPageRenderer(setup);
  return { render: (page) => renderer.render(page), close: async () => {} };
}

/** `script`: a file that, in a worker thread, calls serveRenderWorker() (the prerender entry does). */
export function workerPool(
  script: string,
  count: number,
  setup: WorkerSetup,
  log?: (line: string) => void,
): RenderPool {
  const share = Math.max(1, Math.floor(setup.concurrency / count));
  let nextId = 0;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(script, {
      workerData: { lecternRenderWorker: { ...setup, concurrency: share } },
    });
    const waiting = new Map<number, (outcome: PageOutcome) => void>();
    worker.on('message', (message: Reply | { log: string }) => {
      if ('log' in message) {
        log?.(message.log);
        return;
      }
      waiting.get(message.id)?.(message.outcome);
      waiting.delete(message.id);
    });
    worker.on('error', (error) => {
      for (const done of waiting.values())
        done({ kind: 'failed', reason: `render worker: ${error.message}` });
      waiting.clear();
    });
    return { worker, waiting };
  });
  return {
    render(page) {
      // The worker with the fewest pages in hand.
      const target = workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        target.waiting.set(id, resolve);
        target.worker.postMessage({ id, page: { path: page.path, file: page.file, kind: page.kind } });
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/** A worker thread's side: renders the pages it is sent, one message each way. */
export function serveRenderWorker(
  port: {
    on(event: 'message', fn: (message: { id: number; page: PlannedPage }) => void): void;
    postMessage(message: unknown): void;
  },
  setup: WorkerSetup,
): void {
  const renderer = createPageRenderer({ ...setup, log: (line) => port.postMessage({ log: line }) });
  port.on('message', ({ id, page }) => {
    void renderer.render(page).then((outcome) => port.postMessage({ id, outcome }));
  });
}
