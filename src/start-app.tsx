import type { Root } from 'react-dom/client';
import { createBrowserRouter, createMemoryRouter, type DataRouter } from 'react-router';
import { loadBlogApi } from './api/load-blog-api';
import { blogQueries, createQueryClient } from './api/queries';
import { App, blogContextOf } from './app';
import { loadConfig, type AppConfig, type DemoFaultsConfig } from './config';
import { configureSanitizer } from './lib/sanitize-html';
import { createRoutes, routerBasename } from './router';
import { chooseProvider, demoTranslateUrl } from './translate/choose-provider';

export type StartOptions = {
  fetchFn?: typeof fetch;
  /**
   * Starts the demo blog's mock backend; called only when config.json selects `demo`, with its fault
   * mode settings (docs/fault-mode.md).
   */
  startDemo: (demo: { faults?: DemoFaultsConfig | undefined }) => Promise<void>;
  /** Tests render at a given path in memory; the browser uses its address bar. */
  initialPath?: string;
};

/** Resolves once the router's first page has loaded and the browser has a moment to spare. */
function afterFirstPage(router: DataRouter): Promise<void> {
  const shown = new Promise<void>((resolve) => {
    const done = (state: DataRouter['state']) => state.initialized && state.navigation.state === 'idle';
    if (done(router.state)) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!done(state)) return;
      unsubscribe();
      resolve();
    });
  });
  return shown.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function')
          requestIdleCallback(() => resolve(), { timeout: 3000 });
        else setTimeout(resolve, 0);
      }),
  );
}

/**
 * Offline reading (docs/offline.md): production builds only. Started once the first page is shown and
 * the browser is idle: installing the worker re-fetches every file the page loaded, which competed with
 * the first page's own requests and render (docs/performance.md).
 */
export function startOfflineWhenIdle(router: DataRouter, config: AppConfig): void {
  afterFirstPage(router)
    .then(() => import('./offline/register-service-worker'))
    .then(
      ({ startOfflineSupport }) => startOfflineSupport(config),
      (error: unknown) => console.warn('Offline reading could not start', error),
    );
}

/**
 * Start-up: read config.json, choose the adapter, start the demo backend if asked for, then build the
 * router. Any failure on the way renders a page that names the problem instead of a blank screen.
 */
export async function startApp(root: Root, options: StartOptions): Promise<void> {
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  try {
    const config = await loadConfig(fetchFn);
    configureSanitizer({ iframeHosts: config.embeds?.iframeHosts ?? [] });
    // The router is created only after the demo backend is up: createBrowserRouter runs the first
    // route's loaders at once, and those requests must reach the mock. The adapter's code downloads
    // meanwhile.
    const [api] = await Promise.all([
      loadBlogApi(config.backend, (input, init) => fetchFn(input, init)),
      config.backend.kind === 'demo' ? options.startDemo({ faults: config.backend.faults }) : undefined,
    ]);
    const queryClient = createQueryClient();
    const queries = blogQueries(api, { postsPerPage: config.layout.posts.count, locale: config.ui.locale });
    const routes = createRoutes({
      queryClient,
      queries,
      capabilities: api.capabilities,
      archiveStyle: config.archive.style,
      layout: config.layout,
      locale: config.ui.locale,
    });
    // Translate widget: config.json's provider. The demo, with `auto`, no URL and no on-device API,
    // falls back to its own mock LibreTranslate so every state can be tried without a real service.
    const translation = chooseProvider(config.translate, {
      fetchFn: (input, init) => fetchFn(input, init),
      fallbackUrl: config.backend.kind === 'demo' ? demoTranslateUrl() : undefined,
    });
    const router = options.initialPath
      ? createMemoryRouter(routes, { initialEntries: [options.initialPath] })
      : createBrowserRouter(routes, { basename: routerBasename() });
    root.render(
      <App
        router={router}
        queryClient={queryClient}
        blog={blogContextOf(api, queries, config)}
        translation={translation}
        origin={config.siteUrl ? new URL(config.siteUrl).origin : null}
      />,
    );
    startOfflineWhenIdle(router, config);
  } catch (error) {
    // Loaded only when needed: a working blog never shows it.
    const { ConfigErrorPage } = await import('./pages/config-error-page');
    root.render(<ConfigErrorPage error={error} />);
  }
}
