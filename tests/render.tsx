import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { createBlogApi } from '../src/api/create-blog-api';
import { blogQueries } from '../src/api/queries';
import { App } from '../src/app';
import { createRoutes } from '../src/router';

/** Renders the real route table at `path` with a memory router, a fresh cache and the demo backend (MSW). */
export function renderRoute(path: string) {
  const api = createBlogApi({ kind: 'demo' }, (input, init) => fetch(input, init));
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 60_000 }, mutations: { retry: false } },
  });
  const queries = blogQueries(api);
  const router = createMemoryRouter(createRoutes({ queryClient, queries, capabilities: api.capabilities }), {
    initialEntries: [path],
  });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} blog={{ api, queries }} />);
  return { ...view, user, router, queryClient };
}
