import { dehydrate, hydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startTransition, StrictMode, useLayoutEffect, useState, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import colorSchemeScript from '../../public/color-scheme.js?raw';
import { BlogApiProvider } from '../../src/api/blog-api-context';
import { createBlogApi } from '../../src/api/create-blog-api';
import { ApiError } from '../../src/api/errors';
import { ARCHIVE_TITLES_PER_PAGE, blogQueries } from '../../src/api/queries';
import type { Comment, Label } from '../../src/api/types';
import { ColorSchemeToggle } from '../../src/components/color-scheme-toggle';
import { loadDraft, saveDraft } from '../../src/components/comments/comment-draft';
import { CommentsSection } from '../../src/components/comments/comments-section';
import { savePendingComments } from '../../src/components/comments/pending-comments';
import { ErrorPanel } from '../../src/components/error-panel';
import { ShareButtons } from '../../src/components/share-buttons';
import { ArchiveWidget } from '../../src/components/widgets/archive-widget';
import { LabelsWidget } from '../../src/components/widgets/labels-widget';
import { TranslateWidget } from '../../src/components/widgets/translate-widget';
import { COLOR_SCHEME_KEY } from '../../src/lib/color-scheme';
import { HydrationGate } from '../../src/lib/hydration';
import { chooseProvider, type TranslationSetup } from '../../src/translate/choose-provider';
import { TranslationProvider } from '../../src/translate/translation-context';
import { LANGUAGE_STORAGE_KEY } from '../../src/translate/translation-store';
import { demoData } from '../support/demo-paths';
import { fakeTranslationApi } from '../support/fake-translation-api';

/*
 * Server rendering draws a page with these components and the browser hydrates it: React requires the
 * browser's first render to draw exactly the server's HTML, so what only the browser knows (storage,
 * navigator features, the on-device Translator API) must wait for the render after hydration.
 *
 * Each test renders the tree with renderToString as the server would: without the browser's globals
 * and before the browser's state exists (in jsdom a useState initializer would otherwise read the same
 * localStorage on both sides, and hide the very mismatch a real server causes). Then the browser's
 * state is put in place, the HTML goes into a container and hydrateRoot adopts it. Checked: React
 * reported nothing, the page as the hydrating render committed it is the server's HTML (React patches
 * a differing input value or radio silently, so the DOM is compared too), and afterwards the reader
 * sees the browser's state.
 */

const slow = { timeout: 20_000 };

/** What a server lacks (Node 20 has no navigator either). */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'matchMedia',
] as const;
type BrowserGlobal = (typeof BROWSER_GLOBALS)[number];

/**
 * The DOM the server itself provides where a component needs one: server/render.tsx gives DOMPurify a
 * jsdom window, and without a SiteOriginProvider an absolute URL is made from window.location. Storage
 * and navigator stay hidden.
 */
const SERVER_DOM: readonly BrowserGlobal[] = ['window', 'document', 'location'];

function drawOnServer(tree: ReactNode, keep: readonly BrowserGlobal[]): string {
  for (const name of BROWSER_GLOBALS) if (!keep.includes(name)) vi.stubGlobal(name, undefined);
  try {
    return renderToString(tree);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** Its layout effect runs when the hydrating render commits, before anything renders again. */
function FirstCommit({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useLayoutEffect(onCommit, [onCommit]);
  return children;
}

type Hydrated = {
  /** The server's HTML as the browser parsed it. */
  serverHtml: string;
  /** The page as the hydrating render committed it. */
  hydratedHtml: string | null;
  recoverableErrors: unknown[];
  consoleErrors: unknown[][];
};

const mounted: { root: Root; container: HTMLElement }[] = [];

async function hydrateServerHtml({
  server,
  browser = server,
  inTheBrowser,
  atHydration,
  keep = [],
}: {
  /** The tree on the server; a function, so each side gets its own elements. */
  server: () => ReactNode;
  /** The tree in the browser, where its props differ (the translation setup). */
  browser?: () => ReactNode;
  /** Puts the browser-only state in place, once the server has rendered. */
  inTheBrowser: () => void;
  /** What the reader does the moment hydration has committed, before the browser's state is drawn. */
  atHydration?: () => void;
  keep?: readonly BrowserGlobal[];
}): Promise<Hydrated> {
  const consoleError = vi.spyOn(console, 'error');
  const container = document.createElement('div');
  let hydratedHtml: string | null = null;
  const onCommit = () => {
    // StrictMode runs layout effects twice: the first run is the hydrating render's commit.
    if (hydratedHtml !== null) return;
    hydratedHtml = container.innerHTML;
    atHydration?.();
  };
  const page = (tree: ReactNode) => (
    <StrictMode>
      <HydrationGate>
        <FirstCommit onCommit={onCommit}>{tree}</FirstCommit>
      </HydrationGate>
    </StrictMode>
  );

  const markup = drawOnServer(page(server()), keep);
  inTheBrowser();
  container.innerHTML = markup;
  document.body.append(container);
  const serverHtml = container.innerHTML;
  const recoverableErrors: unknown[] = [];
  await act(async () => {
    // In a transition, as src/hydrate-app.tsx hydrates.
    startTransition(() => {
      const root = hydrateRoot(container, page(browser()), {
        onRecoverableError: (error) => recoverableErrors.push(error),
      });
      mounted.push({ root, container });
    });
  });
  return { serverHtml, hydratedHtml, recoverableErrors, consoleErrors: [...consoleError.mock.calls] };
}

/**
 * The browser's own input event, as a keystroke makes it. Not fireEvent: that wraps itself in act(),
 * which must not happen inside the commit it is called from.
 */
function typeInto(field: HTMLElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setValue?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function expectCleanHydration(result: Hydrated) {
  expect(result.recoverableErrors).toEqual([]);
  expect(result.consoleErrors).toEqual([]);
  expect(result.hydratedHtml).toBe(result.serverHtml);
}

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
  document.documentElement.removeAttribute('data-scheme');
  Reflect.deleteProperty(navigator, 'share');
});

// ---------------------------------------------------------------- the blog's data, as the server has it

const api = createBlogApi({ kind: 'demo' }, (input, init) => fetch(input, init));
const queries = blogQueries(api);
const POST_ID = 'post-2020-06-23';
const POST_PATH = '/2020/06/proclamation-suspends-new-work-visas.html';
const NO_TRANSLATION: TranslationSetup = { kind: 'unavailable' };

function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
}

/** The server's cache, and the browser's built from what the page carries (as src/hydrate-app.tsx does). */
async function serverAndBrowserCaches(fill: (server: QueryClient) => Promise<unknown>) {
  const server = newQueryClient();
  await server.fetchQuery(queries.blog());
  await fill(server);
  const browser = newQueryClient();
  hydrate(browser, dehydrate(server));
  return { server, browser };
}

function Blog({
  queryClient,
  translation = NO_TRANSLATION,
  children,
}: {
  queryClient: QueryClient;
  translation?: TranslationSetup;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <BlogApiProvider value={{ api, queries }}>
        <TranslationProvider setup={translation}>
          <InDataRouter path={POST_PATH}>{children}</InDataRouter>
        </TranslationProvider>
      </BlogApiProvider>
    </QueryClientProvider>
  );
}

/** The comments read the route's action data (a form posted without JavaScript): a data router, as in the app. */
function InDataRouter({ path, children }: { path: string; children: ReactNode }) {
  const [router] = useState(() =>
    createMemoryRouter([{ path: '*', element: children }], { initialEntries: [path] }),
  );
  return <RouterProvider router={router} />;
}

describe('hydrating server HTML', slow, () => {
  it('colour scheme: Auto at hydration, then the stored Dark, never undoing what color-scheme.js applied', async () => {
    const html = document.documentElement;
    const removeAttribute = vi.spyOn(html, 'removeAttribute');
    const result = await hydrateServerHtml({
      server: () => <ColorSchemeToggle />,
      inTheBrowser() {
        localStorage.setItem(COLOR_SCHEME_KEY, JSON.stringify('dark'));
        // The classic script in index.html, before first paint.
        new Function(colorSchemeScript)();
      },
    });
    expectCleanHydration(result);
    const group = screen.getByRole('group', { name: 'Theme' });
    expect(within(group).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(html).toHaveAttribute('data-scheme', 'dark');
    // Applying the hydrating render's Auto would have flashed the light scheme for a frame.
    expect(removeAttribute).not.toHaveBeenCalledWith('data-scheme');
  });

  it('share buttons: no Share… button at hydration, then the system share sheet', async () => {
    const post = demoData.posts.find((p) => p.id === POST_ID)!;
    const result = await hydrateServerHtml({
      server: () => (
        <MemoryRouter>
          <ShareButtons title={post.title} path={POST_PATH} />
        </MemoryRouter>
      ),
      inTheBrowser() {
        Object.defineProperty(navigator, 'share', {
          value: () => Promise.resolve(),
          configurable: true,
          writable: true,
        });
      },
      keep: SERVER_DOM,
    });
    expectCleanHydration(result);
    const share = screen.getByRole('region', { name: 'Share this post' });
    expect(within(share).getByRole('button', { name: 'Share…' })).toBeInTheDocument();
  });

  it('error panel: the server’s words at hydration, then that the reader is offline', async () => {
    const error = new ApiError('Failed to fetch', { kind: 'network', retryable: true });
    const result = await hydrateServerHtml({
      server: () => (
        <MemoryRouter>
          <ErrorPanel error={error} onRetry={() => {}} />
        </MemoryRouter>
      ),
      inTheBrowser() {
        vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      },
    });
    expectCleanHydration(result);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'You are offline' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  describe('comments', () => {
    const pending: Comment = {
      id: 'held-1',
      postId: POST_ID,
      parentId: null,
      author: { name: 'Quinn', url: null },
      published: '2024-05-01T10:00:00Z',
      html: 'Held for approval.',
      status: 'pending',
    };

    async function hydrateComments(
      inTheBrowser: () => void,
      { translation, atHydration }: { translation?: TranslationSetup; atHydration?: () => void } = {},
    ) {
      const caches = await serverAndBrowserCaches((server) =>
        server.fetchInfiniteQuery(queries.comments(POST_ID)),
      );
      const tree = (queryClient: QueryClient, setup?: TranslationSetup) => (
        <Blog queryClient={queryClient} translation={setup}>
          <CommentsSection postId={POST_ID} commentCount={0} />
        </Blog>
      );
      return hydrateServerHtml({
        server: () => tree(caches.server),
        browser: () => tree(caches.browser, translation),
        inTheBrowser,
        atHydration,
        keep: SERVER_DOM,
      });
    }

    it('restores a saved draft into the form, and never saves an empty one over it', async () => {
      const draft = { text: 'Half a thought', name: 'Robin', email: '', parentId: null };
      const result = await hydrateComments(() => saveDraft(api.id, POST_ID, draft), {
        // A keystroke in the server's empty field before the draft is back.
        atHydration: () => typeInto(screen.getByRole('textbox', { name: 'Comment' }), 'x'),
      });
      expectCleanHydration(result);
      const form = screen.getByRole('form', { name: 'Post a Comment' });
      const text = within(form).getByRole('textbox', { name: 'Comment' });
      expect(text).toHaveValue('Half a thought');
      expect(within(form).getByRole('textbox', { name: /Name/ })).toHaveValue('Robin');
      expect(loadDraft(api.id, POST_ID)).toEqual(draft);
    });

    it('reopens the reply form under its comment and shows the reader’s comment awaiting approval', async () => {
      const draft = { text: 'Same question here.', name: 'Ines', email: '', parentId: 'c-011' };
      const result = await hydrateComments(() => {
        saveDraft(api.id, POST_ID, draft);
        savePendingComments(api.id, POST_ID, [pending]);
      });
      expectCleanHydration(result);
      const [parent] = screen.getAllByRole('article', { name: 'Comment by Hoang Nguyen' });
      const parentItem = screen
        .getAllByRole('listitem')
        .find((item) => within(item).queryAllByRole('article')[0] === parent);
      const form = screen.getByRole('form', { name: 'Reply to Hoang Nguyen' });
      expect(parentItem).toContainElement(form);
      expect(within(form).getByRole('textbox', { name: 'Comment' })).toHaveValue('Same question here.');
      expect(within(form).getByRole('textbox', { name: 'Comment' })).not.toHaveFocus();
      const held = screen.getByRole('article', { name: 'Comment by Quinn' });
      expect(held).toHaveTextContent('Awaiting approval, visible only to you');
      expect(loadDraft(api.id, POST_ID)).toEqual(draft);
    });

    it('translates the comments into a remembered language only after hydration', async () => {
      const fake = fakeTranslationApi();
      const result = await hydrateComments(
        () => localStorage.setItem(LANGUAGE_STORAGE_KEY, JSON.stringify('fr')),
        { translation: chooseProvider({ provider: 'browser' }, { browserApi: fake.api }) },
      );
      expectCleanHydration(result);
      const [first] = screen.getAllByRole('article', { name: 'Comment by Hoang Nguyen' });
      await vi.waitFor(() => expect(first).toHaveTextContent('(fr)'));
    });
  });

  it('translate widget: loading at hydration whatever the server could offer, then the browser’s own translator and the remembered language', async () => {
    const fake = fakeTranslationApi();
    const caches = await serverAndBrowserCaches(async () => {});
    const tree = (queryClient: QueryClient, translation: TranslationSetup) => (
      <Blog queryClient={queryClient} translation={translation}>
        <TranslateWidget />
      </Blog>
    );
    const result = await hydrateServerHtml({
      // config.json's "browser": Node has no on-device Translator API, this browser has one.
      server: () => tree(caches.server, chooseProvider({ provider: 'browser' }, { browserApi: null })),
      browser: () => tree(caches.browser, chooseProvider({ provider: 'browser' }, { browserApi: fake.api })),
      inTheBrowser: () => localStorage.setItem(LANGUAGE_STORAGE_KEY, JSON.stringify('fr')),
    });
    expectCleanHydration(result);
    const picker = await screen.findByRole('combobox', { name: 'Select Language' });
    await screen.findByRole('option', { name: 'Français' });
    expect(picker).toHaveValue('fr');
    expect(screen.getByRole('button', { name: 'Show original' })).toBeInTheDocument();
  });

  describe('sidebar gadgets draw on the server what the browser draws first', () => {
    it('labels: the 20 most used at hydration, the rest drawn hidden after it, shown with "Show all"', async () => {
      const labels: Label[] = Array.from({ length: 25 }, (_, i) => ({
        name: `Label ${i + 1}`,
        count: 50 - i,
      }));
      const caches = await serverAndBrowserCaches(async (server) => {
        server.setQueryData(queries.labels().queryKey, labels);
      });
      const tree = (queryClient: QueryClient) => (
        <Blog queryClient={queryClient}>
          <LabelsWidget />
        </Blog>
      );
      const result = await hydrateServerHtml({
        server: () => tree(caches.server),
        browser: () => tree(caches.browser),
        inTheBrowser: () => {},
      });
      expectCleanHydration(result);
      expect(result.serverHtml).not.toContain('Label 21');
      await vi.waitFor(() => expect(screen.getAllByRole('link', { hidden: true })).toHaveLength(25));
      expect(screen.getAllByRole('link')).toHaveLength(20);
      await userEvent.setup().click(screen.getByRole('button', { name: 'Show all 25 labels' }));
      expect(screen.getAllByRole('link')).toHaveLength(25);
    });

    it('archive: the period being read open, with its posts', async () => {
      const [year, month] = [2020, 6];
      const caches = await serverAndBrowserCaches(async (server) => {
        await server.fetchQuery(queries.archive());
        await server.fetchQuery(queries.posts({ year, month }, null, ARCHIVE_TITLES_PER_PAGE));
      });
      const tree = (queryClient: QueryClient) => (
        <Blog queryClient={queryClient}>
          <ArchiveWidget open={{ year, month }} />
        </Blog>
      );
      const result = await hydrateServerHtml({
        server: () => tree(caches.server),
        browser: () => tree(caches.browser),
        inTheBrowser: () => {},
      });
      expectCleanHydration(result);
      expect(screen.getByRole('button', { name: /^June, / })).toHaveAttribute('aria-expanded', 'true');
      const post = demoData.posts.find((p) => p.id === POST_ID)!;
      expect(screen.getByRole('link', { name: post.title })).toBeInTheDocument();
    });
  });
});
