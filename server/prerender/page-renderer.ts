import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { createBlogApi } from '../../src/api/create-blog-api';
import type { BlogApi } from '../../src/api/types';
import { configureSanitizer, setServerDom } from '../../src/lib/sanitize-html';
import { cachingFetch } from '../backend-cache';
import { createDemoBackend } from '../demo-backend';
import { renderPage } from '../render';
import type { RenderToHtml } from '../render-html';
import { renderToHtmlNode } from '../render-html-node';
import type { LecternConfig } from '../server-config';
import { parseTemplate } from '../template';
import { politeFetch } from './backend-fetch';
import { absoluteUrl } from './sitemap';
import { loaderFile, RENDER_NONCE, toStaticPage } from './static-html';
import { linkedStaticPages, type PlannedPage } from './walk';

/**
 * One page at a time: rendered with the server's render (server/render.tsx) and written as a static
 * file (server/prerender/static-html.ts). The same code runs in the prerender's own thread or in each
 * of its worker threads (server/prerender/render-pool.ts); each has its own adapter, backend cache and
 * sanitizer DOM.
 */

export type RendererSetup = {
  config: LecternConfig;
  /** The build's index.html. */
  shell: string;
  outDir: string;
  /** Requests to the backend at a time from this renderer. */
  concurrency: number;
  fetchFn?: typeof fetch | undefined;
  renderToHtml?: RenderToHtml | undefined;
  log?: ((line: string) => void) | undefined;
};

export type PageOutcome =
  | { kind: 'written'; loader: string; linked: string[] }
  | { kind: 'redirect'; to: string }
  | { kind: 'failed'; reason: string };

export type PageRenderer = {
  api: BlogApi;
  render(page: Pick<PlannedPage, 'path' | 'file' | 'kind'>): Promise<PageOutcome>;
};

/** The server waits this long for a page's gadgets: a file has no second chance to fill them in. */
const PRERENDER_DEADLINE_MS = 30_000;

/** Pages rendered with one sanitizer DOM before a new one (see freshDom). */
const DOM_PAGES = 100;

export function backendApi(
  config: LecternConfig,
  concurrency: number,
  fetchFn: typeof fetch | undefined,
  log?: (line: string) => void,
): BlogApi {
  const demo = config.backend.kind === 'demo' ? createDemoBackend() : null;
  const baseFetch = demo ? demo.fetch : (fetchFn ?? ((input, init) => fetch(input, init)));
  const backendFetch = cachingFetch(
    politeFetch(baseFetch, { concurrency, retries: config.prerender.retries, ...(log ? { log } : {}) }),
    // For the whole run: the blog's facts and the lists are read by many pages. Bounded all the same.
    { ttlMs: 24 * 3_600_000, maxEntries: 4_000 },
  );
  return createBlogApi(config.backend, backendFetch);
}

export function createPageRenderer(setup: RendererSetup): PageRenderer {
  const { config, outDir, log } = setup;
  const siteUrl = config.siteUrl ?? '';
  /**
   * The sanitizer's DOM, made afresh every so many pages: each document jsdom's selector engine
   * queries registers listeners on the window that are never removed, so one window for thousands of
   * pages grows without bound, and each new listener costs more than the last (the page render's
   * `querySelectorAll` in src/lib/sanitize-html.ts; a third of the CPU time by page 2,000 before this).
   */
  const freshDom = () => {
    setServerDom(new JSDOM('<!doctype html>').window);
    configureSanitizer({ iframeHosts: config.embeds?.iframeHosts ?? [] });
  };
  freshDom();
  let sinceFreshDom = 0;
  // The colour-scheme script is left as the build's file: the page carries no inline script that runs.
  const template = parseTemplate(setup.shell);
  const base = import.meta.env.BASE_URL;
  const renderConfig: LecternConfig = {
    ...config,
    server: {
      ...config.server,
      widgetDeadlineMs: Math.max(config.server.widgetDeadlineMs, PRERENDER_DEADLINE_MS),
    },
  };
  const api = backendApi(config, setup.concurrency, setup.fetchFn, log);
  const madeDirs = new Set<string>();
  let loaderWritten: string | null = null;

  async function writeUnder(file: string, text: string): Promise<void> {
    const target = resolve(outDir, file);
    if (!target.startsWith(outDir + sep))
      throw new Error(`refusing to write outside the output folder: ${file}`);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    await writeFile(target, text);
  }

  return {
    api,
    async render(page) {
      if (++sinceFreshDom >= DOM_PAGES) {
        sinceFreshDom = 0;
        freshDom();
      }
      try {
        const response = await renderPage(new Request(absoluteUrl(siteUrl, page.path)), {
          config: renderConfig,
          api,
          template,
          // The browser answers the demo blog itself (MSW): a static host has no /api.
          demoOnServer: false,
          log: (line) => log?.(`${page.path}: ${line}`),
          renderToHtml: setup.renderToHtml ?? renderToHtmlNode,
          nonce: RENDER_NONCE,
        });
        const expected = page.kind === 'not-found' ? 404 : 200;
        const location = response.headers.get('Location');
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel();
          const to = new URL(location, siteUrl);
          return { kind: 'redirect', to: `${to.pathname}${to.search}` };
        }
        if (response.status !== expected) {
          await response.body?.cancel();
          return { kind: 'failed', reason: `answered ${response.status}` };
        }
        const { html, loader } = toStaticPage(await response.text(), { path: page.path, template, base });
        if (loaderWritten !== loader) {
          await writeUnder(loaderFile(loader), loader);
          loaderWritten = loader;
        }
        await writeUnder(page.file, html);
        return { kind: 'written', loader, linked: api.capabilities.pages ? linkedStaticPages(html) : [] };
      } catch (error) {
        return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
