import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { createBlogApi } from '../../src/api/create-blog-api';
import { blogQueries } from '../../src/api/queries';
import { App } from '../../src/app';
import type { Capabilities } from '../../src/api/types';
import { parseConfig, type ArchiveConfig } from '../../src/config';
import { configExtras } from '../../src/config-extras';
import { createRoutes } from '../../src/router';

type RenderRouteOptions = {
  /** Pretend the backend can do less (or more) than the demo, e.g. read-only comments. */
  capabilities?: Partial<Capabilities>;
  /** config.json's Blog Archive settings; Blogger's defaults when left out. */
  archive?: ArchiveConfig;
  /** config.json's `theme`, `layout` and `ui`, read by the app's own validator. */
  config?: { theme?: unknown; layout?: unknown; ui?: unknown };
  /** Another backend than the demo, e.g. one of tests/fixtures' blogs in another language. */
  backend?: Parameters<typeof createBlogApi>[0];
};

/** Renders the real route table at `path` with a memory router, a fresh cache and the demo backend (MSW). */
export function renderRoute(path: string, options: RenderRouteOptions = {}) {
  const demo = createBlogApi(options.backend ?? { kind: 'demo' }, (input, init) => fetch(input, init));
  const api = { ...demo, capabilities: { ...demo.capabilities, ...options.capabilities } };
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 60_000 }, mutations: { retry: false } },
  });
  const config = options.config
    ? parseConfig({ backend: { kind: 'demo' }, ...options.config }, configExtras)
    : null;
  const locale = config?.ui.locale;
  const queries = blogQueries(api, { postsPerPage: config?.layout.posts.count, locale });
  const routes = createRoutes({
    queryClient,
    queries,
    capabilities: api.capabilities,
    layout: config?.layout,
    archiveStyle: config?.archive.style,
    locale,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <App
      router={router}
      queryClient={queryClient}
      blog={{
        api,
        queries,
        archive: options.archive ?? config?.archive,
        theme: config?.theme,
        layout: config?.layout,
        locale,
      }}
    />,
  );
  return { ...view, user, router, queryClient };
}
