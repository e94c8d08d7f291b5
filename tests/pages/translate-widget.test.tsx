import { QueryClient } from '@tanstack/react-query';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoData } from '../../mocks/data/index';
import {
  createLibreTranslateHandlers,
  type LibreTranslateFailure,
} from '../../mocks/handlers/libretranslate';
import { server } from '../../mocks/node';
import { createBlogApi } from '../../src/api/create-blog-api';
import { blogQueries } from '../../src/api/queries';
import { App } from '../../src/app';
import { createRoutes } from '../../src/router';
import { startApp } from '../../src/start-app';
import { createBrowserProvider } from '../../src/translate/browser';
import type { TranslationSetup } from '../../src/translate/choose-provider';
import { fallbackProvider } from '../../src/translate/fallback-provider';
import { createLibreTranslateProvider } from '../../src/translate/libretranslate';
import { fakeTranslationApi } from '../support/fake-translation-api';

// Translating a post takes several requests; on a busy machine the default 1 s is too short.
configure({ asyncUtilTimeout: 5000 });

const POST = '/2020/06/proclamation-suspends-new-work-visas.html';
const OTHER_POST = '/2024/12/minimum-wage-rises-january-1.html';
const post = demoData.posts.find((p) => p.id === 'post-2020-06-23')!;
const firstComment = demoData.comments.find((c) => c.id === 'c-011')!;
const TRANSLATE_URL = 'https://translate.test';

/** What the mock LibreTranslate returns for a plain text in `lang`. */
const marked = (lang: string, text: string) => `[${lang}] ${text}`;

let failure: LibreTranslateFailure | null = null;

function useTranslateServer(options: Parameters<typeof createLibreTranslateHandlers>[0] = {}) {
  server.use(...createLibreTranslateHandlers({ base: TRANSLATE_URL, failure: () => failure, ...options }));
}

function httpSetup(timeoutMs?: number): TranslationSetup {
  return {
    kind: 'ready',
    provider: createLibreTranslateProvider({ url: TRANSLATE_URL, ...(timeoutMs ? { timeoutMs } : {}) }),
  };
}

/**
 * renderRoute (tests/support/render.tsx) with a translation provider: the real route table, a memory router,
 * a fresh cache and the demo backend, and the Translate widget wired to `translation`.
 */
function renderWithTranslation(path: string, translation: TranslationSetup = httpSetup()) {
  const api = createBlogApi({ kind: 'demo' }, (input, init) => fetch(input, init));
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 60_000 }, mutations: { retry: false } },
  });
  const queries = blogQueries(api);
  const router = createMemoryRouter(createRoutes({ queryClient, queries, capabilities: api.capabilities }), {
    initialEntries: [path],
  });
  const user = userEvent.setup();
  const view = render(
    <App router={router} queryClient={queryClient} blog={{ api, queries }} translation={translation} />,
  );
  return { ...view, user, router };
}

async function openPost(translation?: TranslationSetup, path = POST) {
  const view = renderWithTranslation(path, translation);
  await screen.findByRole('heading', { level: 1 });
  const widget = await screen.findByRole('region', { name: 'Translate' });
  return { ...view, widget };
}

function picker(widget: HTMLElement) {
  return within(widget).getByRole('combobox', { name: 'Select Language' });
}

/** Waits for the language list, then picks a language by its own name. */
async function choose(user: ReturnType<typeof userEvent.setup>, widget: HTMLElement, name: string) {
  await within(widget).findByRole('option', { name });
  await user.selectOptions(picker(widget), name);
}

function title() {
  return screen.getByRole('heading', { level: 1 });
}

// The post body, a comment's body and the translated region have no role; the few lookups below that
// need them are kept here, and everything else queries by role and name.

function body() {
  return document.querySelector<HTMLElement>('.post__body')!;
}

function commentBody(author: string) {
  const [article] = screen.getAllByRole('article', { name: `Comment by ${author}` });
  return article!.querySelector<HTMLElement>('.comment__body')!;
}

/** The wrapper that carries `lang` and `dir` for whatever may be shown translated. */
function regionOf(element: HTMLElement) {
  return element.closest<HTMLElement>('.translated-region')!;
}

afterEach(() => {
  failure = null;
});

describe('Translate widget', () => {
  it('lists languages by their own names and translates title, body and comments, keeping markup', async () => {
    useTranslateServer();
    const { user, widget } = await openPost();
    await choose(user, widget, 'Français');
    expect(within(widget).getByRole('option', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
    expect(within(widget).getByRole('option', { name: '日本語' })).toBeInTheDocument();

    await waitFor(() => expect(title()).toHaveTextContent(marked('fr', post.title)));
    expect(within(widget).getByRole('status')).toHaveTextContent('Translated into Français by machine.');
    // Markup survives: the list, the emphasis and the link are still there, with translated text.
    expect(within(body()).getAllByRole('listitem')).toHaveLength(3);
    expect(within(body()).getByText('[fr] outside').tagName).toBe('EM');
    expect(within(body()).getByRole('link', { name: '[fr] arroyo-immigration.example' })).toHaveAttribute(
      'href',
      'https://arroyo-immigration.example/',
    );
    expect(
      within(body()).getByRole('img', { name: 'A closed passport beside a boarding pass' }),
    ).toBeInTheDocument();
    expect(body()).not.toHaveTextContent(/\[fr\] \[fr\]/);
    // The translated region says which language it is in.
    const region = regionOf(title());
    expect(region).toHaveAttribute('data-translated');
    expect(region).toHaveAttribute('lang', 'fr');
    expect(region).toHaveAttribute('dir', 'ltr');
    expect(region).toContainElement(body());
    // Comments too, each in its own region.
    await waitFor(() =>
      expect(commentBody('Hoang Nguyen')).toHaveTextContent(marked('fr', firstComment.html)),
    );
    expect(regionOf(commentBody('Hoang Nguyen'))).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('heading', { name: /comments:$/ })).not.toHaveTextContent('[fr]');
  });

  it('sanitizes translated HTML like any other HTML from outside', async () => {
    useTranslateServer();
    server.use(
      http.post(`${TRANSLATE_URL}/translate`, async ({ request }) => {
        const { q } = (await request.clone().json()) as { q: string };
        // A hostile (or compromised) translation service slips markup into its answer.
        const hostile = q.replace(
          '<p>',
          '<p><img src="x" alt="injected" onerror="window.pwned = 1"><script>window.pwned = 2</script>',
        );
        return HttpResponse.json({ translatedText: `${hostile}` });
      }),
    );
    const { user, widget } = await openPost();
    await choose(user, widget, 'Français');
    const injected = await within(body()).findByRole('img', { name: 'injected' });
    expect(injected).not.toHaveAttribute('onerror');
    expect(body().innerHTML).not.toContain('<script');
    expect(window).not.toHaveProperty('pwned');
  });

  it('shows the original again, and keeps focus in the widget', async () => {
    useTranslateServer();
    const { user, widget } = await openPost();
    expect(within(widget).queryByRole('button', { name: 'Show original' })).not.toBeInTheDocument();
    await choose(user, widget, 'Español');
    await waitFor(() => expect(title()).toHaveTextContent(marked('es', post.title)));
    await waitFor(() => expect(commentBody('Hoang Nguyen')).toHaveTextContent('[es]'));

    await user.click(within(widget).getByRole('button', { name: 'Show original' }));
    expect(title()).toHaveTextContent(post.title);
    expect(title()).not.toHaveTextContent('[es]');
    expect(body()).not.toHaveTextContent('[es]');
    expect(commentBody('Hoang Nguyen')).toHaveTextContent(firstComment.html);
    expect(regionOf(title())).not.toHaveAttribute('data-translated');
    expect(regionOf(title())).not.toHaveAttribute('lang');
    expect(picker(widget)).toHaveValue('');
    expect(picker(widget)).toHaveFocus();
    expect(within(widget).getByRole('status')).toHaveTextContent('Showing the original.');
    expect(within(widget).queryByRole('button', { name: 'Show original' })).not.toBeInTheDocument();
  });

  it('marks a right-to-left translation with dir="rtl"', async () => {
    useTranslateServer();
    const { user, widget } = await openPost();
    await choose(user, widget, 'العربية');
    await waitFor(() => expect(title()).toHaveTextContent(marked('ar', post.title)));
    const region = regionOf(title());
    expect(region).toHaveAttribute('lang', 'ar');
    expect(region).toHaveAttribute('dir', 'rtl');
    await waitFor(() => expect(regionOf(commentBody('Hoang Nguyen'))).toHaveAttribute('dir', 'rtl'));
  });

  it('remembers the choice across visits, and comes back without it after "Show original"', async () => {
    useTranslateServer();
    const first = await openPost();
    await choose(first.user, first.widget, 'Deutsch');
    await waitFor(() => expect(title()).toHaveTextContent(marked('de', post.title)));
    first.unmount();

    const second = await openPost();
    await waitFor(() => expect(title()).toHaveTextContent(marked('de', post.title)));
    expect(picker(second.widget)).toHaveDisplayValue('Deutsch');
    await second.user.click(within(second.widget).getByRole('button', { name: 'Show original' }));
    second.unmount();

    const third = await openPost();
    await within(third.widget).findByRole('option', { name: 'Deutsch' });
    expect(picker(third.widget)).toHaveValue('');
    expect(title()).toHaveTextContent(post.title);
  });

  it('still translates when the browser refuses to store the choice', async () => {
    useTranslateServer();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user, widget } = await openPost();
    await choose(user, widget, 'Italiano');
    await waitFor(() => expect(title()).toHaveTextContent(marked('it', post.title)));
  });

  it('cancels a translation when the reader picks another language before it ends', async () => {
    let releaseFrench = () => {};
    const french = new Promise<void>((resolve) => (releaseFrench = resolve));
    const frenchRequests: Request[] = [];
    useTranslateServer({
      onTranslate: (body, request) => {
        if (body.target === 'fr') frenchRequests.push(request);
      },
    });
    server.use(
      http.post(`${TRANSLATE_URL}/translate`, async ({ request }) => {
        const body = (await request.clone().json()) as { target: string };
        if (body.target === 'fr') {
          frenchRequests.push(request);
          await french;
        }
        return undefined;
      }),
    );
    const { user, widget } = await openPost();
    await choose(user, widget, 'Français');
    await waitFor(() =>
      expect(within(widget).getByRole('status')).toHaveTextContent('Translating into Français…'),
    );
    await user.selectOptions(picker(widget), 'Deutsch');

    await waitFor(() => expect(title()).toHaveTextContent(marked('de', post.title)));
    expect(frenchRequests.length).toBeGreaterThan(0);
    expect(frenchRequests.every((request) => request.signal.aborted)).toBe(true);
    releaseFrench();
    await delay(50);
    expect(title()).toHaveTextContent(marked('de', post.title));
    expect(title()).not.toHaveTextContent('[fr]');
    expect(within(widget).getByRole('status')).toHaveTextContent('Translated into Deutsch by machine.');
  });

  it('cancels a translation when the reader goes to another post, and translates that one', async () => {
    let releaseFirst = () => {};
    const hold = new Promise<void>((resolve) => (releaseFirst = resolve));
    const held: Request[] = [];
    useTranslateServer();
    server.use(
      http.post(`${TRANSLATE_URL}/translate`, async ({ request }) => {
        const body = (await request.clone().json()) as { q: string };
        if (body.q.includes('Proclamation suspends')) {
          held.push(request);
          await hold;
        }
        return undefined;
      }),
    );
    const { user, widget, router } = await openPost();
    await choose(user, widget, 'Français');
    await waitFor(() => expect(held.length).toBeGreaterThan(0));
    await act(() => router.navigate(OTHER_POST));
    const other = demoData.posts.find((p) => p.id === 'post-2024-12-10')!;
    await waitFor(() => expect(title()).toHaveTextContent(marked('fr', other.title)));
    expect(held.every((request) => request.signal.aborted)).toBe(true);
    releaseFirst();
  });

  it('keeps translations per post and language: coming back to one needs no new request', async () => {
    let requests = 0;
    useTranslateServer({ onTranslate: () => (requests += 1) });
    const { user, widget } = await openPost();
    await choose(user, widget, 'Français');
    await waitFor(() => expect(title()).toHaveTextContent(marked('fr', post.title)));
    await waitFor(() => expect(commentBody('Hoang Nguyen')).toHaveTextContent('[fr]'));
    await user.click(within(widget).getByRole('button', { name: 'Show original' }));
    const before = requests;
    await user.selectOptions(picker(widget), 'Français');
    expect(title()).toHaveTextContent(marked('fr', post.title));
    expect(within(widget).getByRole('status')).toHaveTextContent('Translated into Français by machine.');
    expect(requests).toBe(before);
  });

  describe('failures leave the original in place and say what happened', () => {
    const cases: [LibreTranslateFailure, RegExp, boolean][] = [
      [
        'unsupported',
        /Translation into Français is not available for this blog\..*“fr is not supported”/,
        false,
      ],
      ['down', /translation service is not reachable right now/, true],
      ['error', /translation service is not reachable right now/, true],
      ['quota', /quota or rate limit is used up\. The service said: “Slowdown: 20 per 1 minute”/, false],
      [
        'key',
        /quota or rate limit is used up\. The service said: “Please contact the server operator/,
        false,
      ],
    ];
    it.each(cases)('%s', async (kind, message, retryable) => {
      useTranslateServer();
      const { user, widget } = await openPost();
      await within(widget).findByRole('option', { name: 'Français' });
      failure = kind;
      await user.selectOptions(picker(widget), 'Français');
      const alert = await within(widget).findByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(alert).toHaveTextContent('The original text is shown.');
      expect(title()).toHaveTextContent(post.title);
      expect(title()).not.toHaveTextContent('[fr]');
      expect(body()).not.toHaveTextContent('[fr]');
      expect(regionOf(title())).not.toHaveAttribute('data-translated');
      expect(regionOf(title())).not.toHaveAttribute('lang');
      const retry = within(alert).queryByRole('button', { name: 'Try again' });
      expect(retry !== null).toBe(retryable);
      if (retry) {
        failure = null;
        await user.click(retry);
        await waitFor(() => expect(title()).toHaveTextContent(marked('fr', post.title)));
        expect(within(widget).queryByRole('alert')).not.toBeInTheDocument();
      }
    });

    it('timeout', async () => {
      failure = 'slow';
      useTranslateServer({ slowMs: 2_000 });
      const { user, widget } = await openPost(httpSetup(100));
      await choose(user, widget, 'Français');
      const alert = await within(widget).findByRole('alert');
      expect(alert).toHaveTextContent(
        'The translation service took too long to answer. The original text is shown.',
      );
      expect(title()).toHaveTextContent(post.title);
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });

    it('a language list that cannot be loaded', async () => {
      failure = 'down';
      useTranslateServer();
      const { widget } = await openPost();
      expect(await within(widget).findByRole('alert')).toHaveTextContent(
        'The list of languages could not be loaded',
      );
      expect(title()).toHaveTextContent(post.title);
    });
  });

  it('shows the on-device model download with a labelled progress bar', async () => {
    const fake = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true });
    const { user, widget } = await openPost({ kind: 'ready', provider: createBrowserProvider(fake.api) });
    await choose(user, widget, 'Français');
    const progress = await within(widget).findByRole('progressbar', {
      name: 'Downloading the translation model',
    });
    expect(within(widget).getByRole('status')).toHaveTextContent(
      'Downloading the Français translation model…',
    );
    act(() => fake.progress(0.4));
    await waitFor(() => expect(progress).toHaveAttribute('value', '0.4'));
    act(() => fake.finishDownload());
    await waitFor(() => expect(title()).toHaveTextContent(`${post.title} (fr)`));
    expect(within(widget).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(body()).getByText('outside (fr)').tagName).toBe('EM');
  });

  it('says when the model download stops making progress, and Cancel shows the original', async () => {
    const fake = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true });
    const provider = createBrowserProvider(fake.api, { stallMs: 300 });
    const { user, widget } = await openPost({ kind: 'ready', provider });
    await choose(user, widget, 'Français');
    await within(widget).findByRole('progressbar', { name: 'Downloading the translation model' });
    expect(within(widget).queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    const cancel = await within(widget).findByRole('button', { name: 'Cancel' });
    expect(within(widget).getByRole('status')).toHaveTextContent(
      'The Français translation model has not downloaded any further for 20 seconds.',
    );
    await user.click(cancel);
    expect(picker(widget)).toHaveValue('');
    expect(within(widget).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(title()).toHaveTextContent(post.title);
    expect(fake.creations[0]?.signal?.aborted).toBe(true);
  });

  it('translates with the service when the on-device model will not download, and says so', async () => {
    // The service answers when the test lets it, so what the widget says meanwhile can be read.
    const waiting: (() => void)[] = [];
    useTranslateServer({ latency: () => new Promise<void>((resolve) => waiting.push(resolve)) });
    const fake = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true });
    const provider = fallbackProvider(
      createBrowserProvider(fake.api, { stallMs: 300 }),
      createLibreTranslateProvider({ url: TRANSLATE_URL }),
    );
    const { user, widget } = await openPost({ kind: 'ready', provider });
    await choose(user, widget, 'Français');
    await waitFor(() =>
      expect(within(widget).getByRole('status')).toHaveTextContent(
        'This browser could not download its Français translation model: translating with the translation service instead…',
      ),
    );
    expect(within(widget).queryByRole('progressbar')).not.toBeInTheDocument();
    // Each request the service gets is answered in turn until the page is translated.
    await waitFor(() => {
      for (const answer of waiting.splice(0)) answer();
      expect(within(widget).getByRole('status')).toHaveTextContent('Translated into Français by machine.');
    });
    expect(title()).toHaveTextContent(marked('fr', post.title));
    window.sessionStorage.clear();
  });

  it('explains when translation is not available in this browser', async () => {
    const { widget } = await openPost({ kind: 'unavailable' });
    expect(widget).toHaveTextContent('Translation is not available in this browser.');
    expect(within(widget).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('has no Translate widget when config.json says provider "none"', async () => {
    renderWithTranslation(POST, { kind: 'none' });
    await screen.findByRole('heading', { level: 1 });
    const sidebar = await screen.findByRole('complementary', { name: 'Blog sidebar' });
    await within(sidebar).findByRole('region', { name: 'Blog Archive' });
    expect(within(sidebar).queryByRole('region', { name: 'Translate' })).not.toBeInTheDocument();
  });
});

describe('demo mode', () => {
  let root: Root | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.innerHTML = '';
  });

  it('falls back to the demo’s mock LibreTranslate when the browser has no on-device API', async () => {
    server.use(
      http.get('*/config.json', () =>
        HttpResponse.json({ backend: { kind: 'demo' }, translate: { provider: 'auto' } }),
      ),
    );
    root = createRoot(document.body.appendChild(document.createElement('div')));
    await act(() => startApp(root!, { startDemo: async () => {}, initialPath: POST }));
    const widget = await screen.findByRole('region', { name: 'Translate' });
    const user = userEvent.setup();
    await choose(user, widget, 'Français');
    await waitFor(() => expect(title()).toHaveTextContent(marked('fr', post.title)));
  });
});
