import { dehydrate, QueryClient } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { blogQueries } from '../src/api/queries';
import { textDirection } from '../src/i18n/locales';
import type { BlogApi } from '../src/api/types';
import { AppProviders, blogContextOf } from '../src/app';
import { SERVER_JSON_LD_ATTRIBUTE } from '../src/components/json-ld-record';
import { loadAllOnDemand } from '../src/lib/on-demand-registry';
import type { LecternConfig } from './server-config';
import { serializePageState, type PageState } from '../src/page-state';
import { statusForError, toWireErrors } from '../src/pages/route-errors-wire';
import { createRoutes, routerBasename } from '../src/router';
import { chooseProvider } from '../src/translate/choose-provider';
import { renderToHtml, type RenderToHtml } from './render-html';
import { contentSecurityPolicy, newNonce } from './security-headers';
import { splitHoistedHead, type PageTemplate } from './template';
import { themeHead } from './theme-head';

/**
 * One page, rendered on the server by the browser's own route table, loaders and components: the
 * loaders fetch what the page needs (its data awaited, what sits beside it started), the server gives
 * the rest a deadline, React renders, and the page goes out with its data so the browser hydrates
 * instead of drawing again.
 */

export type RenderSetup = {
  config: LecternConfig;
  api: BlogApi;
  template: PageTemplate;
  /** The demo blog is answered by this server (server/demo-backend.ts). */
  demoOnServer: boolean;
  log?: (line: string) => void;
  /** How React's output becomes a string: web streams by default, Node streams under npm start. */
  renderToHtml?: RenderToHtml;
  /** The nonce of the page's scripts and its CSP: a fresh one when unset (the page cache passes its marker). */
  nonce?: string;
};

/** Per request, never shared: one reader's data must never reach another's page. */
function createServerQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The browser retries what failed here, after hydrating; the server answers without waiting.
      queries: { retry: false, staleTime: 60_000 },
    },
  });
}

/** Resolves when nothing is being fetched any more, or at the deadline. */
function settled(queryClient: QueryClient, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cache = queryClient.getQueryCache();
    let unsubscribe = () => {};
    const timer = setTimeout(finish, deadlineMs);
    function finish() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    unsubscribe = cache.subscribe(() => {
      if (queryClient.isFetching() === 0) finish();
    });
    if (queryClient.isFetching() === 0) finish();
  });
}

function siteOrigin(config: LecternConfig, request: Request): string {
  return new URL(config.siteUrl ?? request.url).origin;
}

export async function renderPage(request: Request, setup: RenderSetup): Promise<Response> {
  const { config, api, template } = setup;
  const queryClient = createServerQueryClient();
  try {
    const queries = blogQueries(api, { postsPerPage: config.layout.posts.count, locale: config.ui.locale });
    const routes = createRoutes({
      queryClient,
      queries,
      capabilities: api.capabilities,
      archiveStyle: config.archive.style,
      layout: config.layout,
      locale: config.ui.locale,
    });
    const handler = createStaticHandler(routes, { basename: routerBasename() });
    const context = await handler.query(request);
    // A loader's redirect (or a Response it returned) goes out as it is.
    if (context instanceof Response) return context;

    await Promise.all([settled(queryClient, config.server.widgetDeadlineMs), loadAllOnDemand()]);

    const origin = siteOrigin(config, request);
    const nonce = setup.nonce ?? newNonce();
    const record = { onDemand: new Set<string>(), jsonLd: [] as string[] };
    const router = createStaticRouter(handler.dataRoutes, context);
    // Whatever still waits after the deadline (a gadget's data fetched during the render) is left to
    // the browser: React writes its placeholder and the browser draws it.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), config.server.widgetDeadlineMs);
    let html: string;
    try {
      html = await (setup.renderToHtml ?? renderToHtml)(
        <AppProviders
          queryClient={queryClient}
          blog={blogContextOf(api, queries, config)}
          // What config.json says of translation; the on-device API is the browser's to find.
          translation={chooseProvider(config.translate, { browserApi: null })}
          origin={origin}
          record={record}
          serverRendered
        >
          <StaticRouterProvider router={router} context={context} hydrate={false} nonce={nonce} />
        </AppProviders>,
        {
          signal: abort.signal,
          nonce,
          onError(error) {
            // A gadget whose data failed: its placeholder is sent, and the browser shows the error.
            setup.log?.(`render: ${error instanceof Error ? error.message : String(error)}`);
          },
        },
      );
    } finally {
      clearTimeout(timer);
    }

    const errors = context.errors ? Object.values(context.errors) : [];
    const status = errors.length > 0 ? statusForError(errors[0]) : context.statusCode;
    const blog = queryClient.getQueryData(queries.blog().queryKey);
    const state: PageState = {
      config,
      origin,
      demoOnServer: setup.demoOnServer,
      queries: dehydrate(queryClient),
      router: {
        loaderData: context.loaderData,
        actionData: context.actionData,
        errors: toWireErrors(context.errors),
      },
      onDemand: [...record.onDemand],
    };
    const { head, body } = splitHoistedHead(html);
    const jsonLd = record.jsonLd
      .map(
        (json) =>
          `<script type="application/ld+json" ${SERVER_JSON_LD_ATTRIBUTE} nonce="${nonce}">${json}</script>`,
      )
      .join('');
    const page = template.render({
      lang: blog?.locale ?? config.ui.locale ?? 'en',
      dir: textDirection(blog?.locale ?? config.ui.locale),
      // The theme after Lectern's stylesheet, and the owner's customCss last (server/theme-head.ts).
      head: head + jsonLd + themeHead(config.theme, nonce),
      body,
      state: serializePageState(state),
      nonce,
    });

    const headers = new Headers({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(config, nonce, origin),
      'Cache-Control': request.method === 'POST' ? 'private, no-store' : cacheControl(config, status),
    });
    const retryAfter = errors.map(retryAfterSeconds).find((seconds) => seconds !== null);
    if (retryAfter) headers.set('Retry-After', String(retryAfter));
    // Encoded here rather than by Response: its length tells the server the page is whole (one-call compression).
    const bytes = new TextEncoder().encode(page);
    headers.set('Content-Length', String(bytes.byteLength));
    return new Response(bytes, { status, headers });
  } finally {
    queryClient.clear();
  }
}

function retryAfterSeconds(error: unknown): number | null {
  const ms = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof ms === 'number' && ms > 0 ? Math.ceil(ms / 1000) : null;
}

/**
 * Pages a CDN may keep (s-maxage) and serve stale while it asks again; browsers always revalidate, so a
 * reader never sees a page older than the CDN's. A "not found" is kept briefly, a failure never, and
 * the answer to a form (an unlocked post, a comment refused with its text) is the reader's alone.
 */
function cacheControl(config: LecternConfig, status: number): string {
  const { pageMaxAgeSeconds, staleWhileRevalidateSeconds } = config.server;
  if (status >= 500) return 'no-store';
  if (status === 404) return `public, max-age=0, s-maxage=${Math.min(pageMaxAgeSeconds, 60)}`;
  return `public, max-age=0, s-maxage=${pageMaxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`;
}
