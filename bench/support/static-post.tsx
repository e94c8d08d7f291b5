/**
 * The comparison page for the post LCP benchmark: the same post rendered once by the app itself (its
 * route table, loaders, components and CSS), saved as plain HTML with no script. Rendering the app
 * rather than a hand-made template keeps the two pages' DOM, layout and largest element identical, so
 * the LCP ratio measures only what the single-page app costs: the script, config.json and the API
 * round trips before the first paint.
 *
 * Why react-dom/client in jsdom and not react-dom/server: `renderToString` stops at the Translate
 * context (src/translate/translation-context.tsx calls useSyncExternalStore without a
 * getServerSnapshot), and DOMPurify needs a DOM anyway. The markup is the same: React renders the
 * same elements on either side once every query is in the cache.
 */
import { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { builtinEnvironments } from 'vitest/runtime';
import { createBlogApi } from '../../src/api/create-blog-api';
import { blogQueries } from '../../src/api/queries';
import { App } from '../../src/app';
import { createRoutes } from '../../src/router';

async function settled(queryClient: QueryClient, done: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (queryClient.isFetching() > 0 || !done()) {
    if (Date.now() > deadline) throw new Error('the static page did not finish loading in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The page at `path` as a complete HTML document: dist's index.html without its module script, the
 * rendered app in #root and the page's own title and description in <head>. Every query the page
 * reads comes from `apiUrl`.
 */
export async function renderStaticPage(
  indexHtml: string,
  { apiUrl, siteUrl, path }: { apiUrl: string; siteUrl: string; path: string },
): Promise<string> {
  // Vitest's own jsdom environment, set up for this render only (it is what the unit tests run in).
  const environment = await builtinEnvironments.jsdom.setup(globalThis, {
    jsdom: { url: `${siteUrl}${path}`, pretendToBeVisual: true },
  });
  // Scroll restoration has nothing to scroll in jsdom; without this jsdom logs "not implemented".
  window.scrollTo = () => undefined;
  try {
    const api = createBlogApi({ kind: 'native', url: apiUrl }, (input, init) => fetch(input, init));
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    const queries = blogQueries(api);
    const router = createMemoryRouter(
      createRoutes({ queryClient, queries, capabilities: api.capabilities }),
      {
        initialEntries: [path],
      },
    );
    await settled(queryClient, () => router.state.initialized && router.state.navigation.state === 'idle');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    flushSync(() => root.render(<App router={router} queryClient={queryClient} blog={{ api, queries }} />));
    // Widgets that start their own queries on mount (none should, with the loaders' cache warm).
    await settled(queryClient, () => container.querySelector('h1') !== null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const body = container.innerHTML;
    const head = [...document.head.querySelectorAll('title, meta[name="description"]')]
      .map((element) => element.outerHTML)
      .join('');
    root.unmount();
    // React's scheduler finishes the unmount in a later task: it must still find the DOM globals.
    await new Promise((resolve) => setTimeout(resolve, 200));
    // #root holds the app's loading state in index.html: all of it gives way to the rendered page.
    const rootMarkup = /<div id="root">[\s\S]*?<\/div>(\s*<noscript>)/;
    if (!rootMarkup.test(indexHtml) || !/<title>[^<]*<\/title>/.test(indexHtml)) {
      throw new Error(
        'index.html has no #root followed by <noscript>, or no <title>: the static page would be empty',
      );
    }
    if (!/<h1[\s>]/.test(body)) throw new Error(`the static page of ${path} has no <h1>`);
    return indexHtml
      .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      .replace(/<title>[^<]*<\/title>/, () => head)
      .replace(rootMarkup, (_match, noscript: string) => `<div id="root">${body}</div>${noscript}`);
  } finally {
    await environment.teardown(globalThis);
  }
}
