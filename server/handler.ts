import { createBlogApi } from '../src/api/create-blog-api';
import type { LecternConfig } from './server-config';
import { cachingFetch } from './backend-cache';
import { createDemoBackend } from './demo-backend';
import { answerPage, createPageCache, newMarker, storePage } from './page-cache';
import { renderPage } from './render';
import type { RenderToHtml } from './render-html';
import { legacyRedirect } from './redirects';
import { contentSecurityPolicy, newNonce } from './security-headers';
import type { PageTemplate } from './template';

/**
 * The server as a web-standard function, `(request: Request) => Promise<Response>`: Node wraps it
 * (server/serve.ts); an edge runtime or a serverless function can wrap it the same way. It keeps no
 * state between requests but a short cache of the backend's answers and one of the pages it rendered.
 */
/** WordPress's plain permalinks land on the home page (/?p=123, /?feed=rss2): they are looked up before rendering. */
function looksOld(url: URL): boolean {
  return (
    url.pathname === import.meta.env.BASE_URL &&
    ['p', 'page_id', 'author', 'feed'].some((key) => url.searchParams.has(key))
  );
}

export type RequestHandler = (request: Request) => Promise<Response>;

export type HandlerOptions = {
  config: LecternConfig;
  /** dist/index.html, parsed (server/template.ts). */
  template: PageTemplate;
  /** How the server reaches the backend; the platform's fetch by default. */
  fetchFn?: typeof fetch;
  log?: (line: string) => void;
  /** React's output to a string (server/render-html.ts); Node passes its faster one. */
  renderToHtml?: RenderToHtml;
};

export function createRequestHandler({
  config,
  template,
  fetchFn = (input, init) => fetch(input, init),
  log,
  renderToHtml,
}: HandlerOptions): RequestHandler {
  const demo = config.backend.kind === 'demo' ? createDemoBackend() : null;
  const backendFetch = cachingFetch(demo ? demo.fetch : fetchFn, {
    ttlMs: config.server.backendCacheSeconds * 1000,
  });
  // Created once: the adapter holds no reader's data, only how to reach the backend.
  const api = createBlogApi(config.backend, backendFetch);
  const pageCacheMs = config.server.pageCacheSeconds * 1000;
  const pages = createPageCache({ ttlMs: pageCacheMs });
  const marker = newMarker();
  /** A write changes what pages show: nothing kept may hide it from the reader who wrote. */
  function forgetEverything(): void {
    pages.clear();
    backendFetch.clear();
  }

  /**
   * What a page renders from, and so what tells kept pages apart: its path and query, and its origin
   * unless siteUrl names the blog's (the page's absolute links then come from the request's Host). The
   * render is given nothing else of the request (server/page-cache.ts), so no header or cookie can make
   * one reader's page differ from another's.
   */
  function pageKey(url: URL): string {
    return `${config.siteUrl ? '' : url.origin}${url.pathname}${url.search}`;
  }

  /** The backend's own old address for `url`, as an absolute Lectern URL; null when there is none. */
  async function oldAddress(url: URL): Promise<string | null> {
    if (!api.findOldAddress) return null;
    try {
      const path = await api.findOldAddress(url, AbortSignal.timeout(config.server.widgetDeadlineMs * 3));
      if (!path) return null;
      // The backend's own (its feeds); never this very address, which would loop.
      if (/^https?:\/\//.test(path)) return path === url.href ? null : path;
      return new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`, url).href;
    } catch (error) {
      log?.(`old address lookup failed for ${url.pathname}${url.search}: ${String(error)}`);
      return null;
    }
  }

  /** The page at `url` (or its redirect), with `nonce` in its scripts and its CSP. */
  async function answer(request: Request, url: URL, nonce: string): Promise<Response> {
    const rendered = await renderPage(request, {
      config,
      api,
      template,
      demoOnServer: demo !== null,
      log,
      renderToHtml,
      nonce,
    }).catch((error: unknown) => {
      // A bug in rendering must not cost the reader the page: the browser draws it, as on a static host.
      log?.(
        `render failed for ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return new Response(template.shell(nonce), {
        status: 500,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': contentSecurityPolicy(config, nonce, url.origin),
          'Cache-Control': 'no-store',
        },
      });
    });
    // Not a Lectern address: perhaps one of the backend's own theme, now shown elsewhere.
    const movedHere = rendered.status === 404 && request.method !== 'POST' ? await oldAddress(url) : null;
    return movedHere ? Response.redirect(movedHere, 301) : rendered;
  }

  /**
   * A GET or HEAD through the page cache. The render gets the address alone, as a GET (HEAD answers
   * what GET would), without the reader's headers or signal: it is shared by every reader who asks
   * meanwhile, and one who leaves must not cancel it for the others.
   */
  async function cachedAnswer(request: Request, url: URL): Promise<Response> {
    const page = await pages.get(pageKey(url), async () =>
      storePage(await answer(new Request(url), url, marker), marker, url),
    );
    const nonce = newNonce();
    if (!page) {
      log?.(`page cache: ${url.pathname}${url.search} not kept (marker out of place)`);
      return answer(request, url, nonce);
    }
    return answerPage(page, nonce, url, request.method !== 'HEAD');
  }

  return async (request) => {
    const url = new URL(request.url);
    if (demo?.owns(url)) {
      if (request.method === 'GET' || request.method === 'HEAD') return demo.handle(request);
      // A comment posted by the browser to the demo API: what the server keeps must show it.
      forgetEverything();
      return demo.handle(request).finally(forgetEverything);
    }
    if (request.method === 'POST') {
      // Only the blog's own pages post here (a comment form without JavaScript).
      const from = request.headers.get('Origin');
      const own = [url.origin, config.siteUrl ? new URL(config.siteUrl).origin : url.origin];
      if (from !== null && !own.includes(from)) {
        return new Response('Cross-site form posts are refused.', { status: 403 });
      }
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD, POST' } });
    }
    // A build file that is not there: never a page (a stale chunk name must fail fast, not render HTML).
    if (url.pathname.startsWith(`${import.meta.env.BASE_URL}assets/`)) {
      return new Response('Not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    const moved = legacyRedirect(url) ?? (looksOld(url) ? await oldAddress(url) : null);
    if (moved) return Response.redirect(moved, 301);
    let page: Response;
    if (request.method === 'POST') {
      // A comment, published through the adapter (which empties the backend cache itself).
      pages.clear();
      page = await answer(request, url, newNonce()).finally(() => pages.clear());
    } else if (pageCacheMs > 0) {
      page = await cachedAnswer(request, url);
    } else {
      page = await answer(request, url, newNonce());
    }
    if (request.method !== 'HEAD') return page;
    const head = new Response(null, page);
    // The length of the body GET would send, and not of the encoding it would be sent in.
    head.headers.delete('Content-Length');
    return head;
  };
}
