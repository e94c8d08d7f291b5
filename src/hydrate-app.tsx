import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { hydrateRoot, type RootOptions } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { demoApiRoot } from './api/backends';
import { loadBlogApi } from './api/load-blog-api';
import { blogQueries, createQueryClient } from './api/queries';
import { App, blogContextOf } from './app';
import { loadRecordedOnDemand } from './lib/on-demand-registry';
import { decodeConfig, type AppConfig } from './config';
import { configureSanitizer } from './lib/sanitize-html';
import { yieldToBrowser } from './lib/yield-to-browser';
import type { PageState } from './page-state';
import { fromWireErrors } from './pages/route-errors-wire';
import { createRoutes, routerBasename } from './router';
import { startOfflineWhenIdle, type StartOptions } from './start-app';
import { chooseProvider, demoTranslateUrl } from './translate/choose-provider';

/**
 * Start-up over a page the server rendered (server/render.tsx): the same steps as startApp, with the
 * configuration and data the page carries instead of fetching them, then hydrateRoot so React adopts
 * the server's HTML rather than drawing it again.
 */

type LazyRoute = RouteObject & { lazy?: unknown };

/**
 * The lazy parts of the routes this address matches, loaded before hydrating: a route whose component
 * had not arrived would render nothing, and React would discard the server's HTML to match it.
 */
async function resolveLazyRoutes(routes: RouteObject[], basename: string): Promise<void> {
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      const lazy = (route as LazyRoute).lazy;
      if (!lazy) return;
      const parts =
        typeof lazy === 'function'
          ? await (lazy as () => Promise<object>)()
          : Object.fromEntries(
              await Promise.all(
                Object.entries(lazy as Record<string, () => Promise<unknown>>).map(
                  async ([key, load]) => [key, await load()] as const,
                ),
              ),
            );
      Object.assign(route, parts, { lazy: undefined });
    }),
  );
}

const SERVER_UNFINISHED =
  /did not finish this Suspense boundary|could not finish this Suspense boundary|#419\b/;

/**
 * React's report of what hydration could not keep. A part the server left to the browser (a gadget
 * that missed the server's deadline or failed there) is drawn here by design; anything else means the
 * two renders differ, a bug, and stays an error.
 */
function reportRecoverableError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (SERVER_UNFINISHED.test(message)) return;
  console.error('Lectern: hydration', error);
}

export async function hydrateApp(
  container: HTMLElement,
  state: PageState,
  options: StartOptions & { rootOptions?: RootOptions },
): Promise<void> {
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const config = await decodeConfig(state.config);
  configureSanitizer({ iframeHosts: config.embeds?.iframeHosts ?? [] });
  const demoInBrowser = config.backend.kind === 'demo' && !state.demoOnServer;
  const [api] = await Promise.all([
    loadBlogApi(config.backend, (input, init) => fetchFn(input, init)),
    demoInBrowser && config.backend.kind === 'demo'
      ? options.startDemo({ faults: config.backend.faults })
      : undefined,
  ]);
  await yieldToBrowser();
  const queryClient = createQueryClient();
  hydrate(queryClient, state.queries);
  const queries = blogQueries(api, { postsPerPage: config.layout.posts.count, locale: config.ui.locale });
  const routes = createRoutes({
    queryClient,
    queries,
    capabilities: api.capabilities,
    archiveStyle: config.archive.style,
    layout: config.layout,
    locale: config.ui.locale,
  });
  const basename = routerBasename();
  await Promise.all([resolveLazyRoutes(routes, basename), loadRecordedOnDemand(state.onDemand)]);
  await yieldToBrowser();
  const translation = chooseProvider(config.translate, {
    fetchFn: (input, init) => fetchFn(input, init),
    fallbackUrl: demoInBrowser ? demoTranslateUrl() : undefined,
  });
  const router = createBrowserRouter(routes, {
    basename,
    hydrationData: {
      loaderData: state.router.loaderData,
      actionData: state.router.actionData,
      errors: fromWireErrors(state.router.errors),
    },
  });
  await yieldToBrowser();
  // In a transition, hydration is time-sliced instead of one long task (docs/architecture.md, "Server and browser").
  startTransition(() => {
    hydrateRoot(
      container,
      <App
        router={router}
        queryClient={queryClient}
        blog={blogContextOf(api, queries, config)}
        translation={translation}
        origin={state.origin}
        serverRendered
      />,
      { onRecoverableError: reportRecoverableError, ...options.rootOptions },
    );
  });
  startOfflineWhenIdle(router, offlineConfig(config, state));
}

/** The demo answered by the server is, to the offline worker, a native backend on this origin. */
function offlineConfig(config: AppConfig, state: PageState): AppConfig {
  if (!state.demoOnServer) return config;
  return { ...config, backend: { kind: 'native', url: new URL(demoApiRoot(), state.origin).href } };
}
