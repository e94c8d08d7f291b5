import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createNativeApi } from '../../src/api/adapters/native';
import { withFailureNames } from '../../src/api/failure-names';
import { AppErrorBoundary } from '../../src/components/app-error-boundary';
import { ErrorPanel } from '../../src/components/error-panel';
import { ENDPOINTS, POST_PATH, variantsOf, type Endpoint, type Variant } from '../support/malformed-variants';
import { renderRoute } from '../support/render';

/**
 * What a reader sees when one endpoint answers with garbage: a named error ("Couldn’t load the blog
 * archive. The blog's server sent an unexpected answer: …") with Try again, the rest of the page still
 * there, and a working page once the backend behaves and Try again is pressed.
 */

const slow = { timeout: 30_000 };
const POST = `/${POST_PATH.year}/${String(POST_PATH.month).padStart(2, '0')}/${POST_PATH.slug}.html`;

function serve(endpoint: Endpoint, variant: Variant) {
  return new HttpResponse(variant.body, {
    status: endpoint.method === 'post' ? 201 : 200,
    headers: { 'Content-Type': variant.contentType },
  });
}

/** Serves `variant` for the endpoint until the returned function is called; then the demo answers. */
function breakEndpoint(endpoint: Endpoint, variant: Variant) {
  let broken = true;
  server.use(http[endpoint.method](endpoint.pattern, () => (broken ? serve(endpoint, variant) : undefined)));
  return () => {
    broken = false;
  };
}

async function sidebarWidget(name: string) {
  const sidebar = await screen.findByRole('complementary', { name: 'Blog sidebar' });
  return within(sidebar).getByRole('region', { name });
}

/** The named error inside the region (looked up again: the page may replace it), and its Try again. */
async function namedError(region: () => HTMLElement, endpoint: Endpoint, variant: Variant) {
  const alert = await waitFor(() => within(region()).getByRole('alert'), { timeout: 10_000 });
  expect(alert).toHaveTextContent(`Couldn’t load ${endpoint.what}.`);
  expect(alert).toHaveTextContent(variant.message);
  return within(alert).getByRole('button', { name: 'Try again' });
}

type Scenario = (endpoint: Endpoint, variant: Variant) => Promise<void>;

beforeEach(() => {
  // The boundaries log each failure for the blog's owner; here every failure is on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

/** A sidebar widget fails on the home page; the posts and the other widgets do not. */
function widgetScenario(widgetName: string, recovered: (widget: HTMLElement) => Promise<unknown>): Scenario {
  return async (endpoint, variant) => {
    const restore = breakEndpoint(endpoint, variant);
    const { user } = renderRoute('/');
    const widget = await sidebarWidget(widgetName);
    const retry = await namedError(() => widget, endpoint, variant);
    expect(screen.getByRole('heading', { level: 1, name: 'Latest posts' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('article').length).toBeGreaterThan(0);
    restore();
    await user.click(retry);
    await recovered(widget);
    expect(within(widget).queryByRole('alert')).not.toBeInTheDocument();
  };
}

/** The main column fails; the header and the sidebar stay. */
function pageScenario(path: string): Scenario {
  return async (endpoint, variant) => {
    const restore = breakEndpoint(endpoint, variant);
    const { user } = renderRoute(path);
    const retry = await namedError(() => screen.getByRole('main'), endpoint, variant);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(await sidebarWidget('Labels')).toBeInTheDocument();
    restore();
    await user.click(retry);
    // The page's own heading replaces the error's (the comment form keeps an empty alert region).
    await waitFor(() =>
      expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 })).not.toHaveTextContent(
        'This could not be loaded',
      ),
    );
  };
}

const scenarios: Record<string, Scenario> = {
  // The blog's own facts: nothing to keep, the whole page is the error.
  blog: async (endpoint, variant) => {
    const restore = breakEndpoint(endpoint, variant);
    const { user } = renderRoute('/');
    const retry = await namedError(() => document.body, endpoint, variant);
    restore();
    await user.click(retry);
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest posts' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  },
  'posts list': pageScenario('/'),
  'post by path': pageScenario(POST),
  'static page': pageScenario('/p/about.html'),
  archive: widgetScenario('Blog Archive', (widget) => within(widget).findAllByRole('link')),
  labels: widgetScenario('Labels', (widget) => within(widget).findAllByRole('link')),
  author: widgetScenario('About Me', (widget) =>
    within(widget).findByRole('link', { name: /View my complete profile/ }),
  ),
  comments: async (endpoint, variant) => {
    const restore = breakEndpoint(endpoint, variant);
    const { user } = renderRoute(POST);
    const title = await screen.findByRole('heading', { level: 1 });
    const retry = await namedError(() => screen.getByRole('main'), endpoint, variant);
    expect(title).toBeInTheDocument();
    expect(await sidebarWidget('Labels')).toBeInTheDocument();
    restore();
    await user.click(retry);
    expect(await screen.findByRole('region', { name: /comments?:$/ })).toBeInTheDocument();
  },
  // A write: the form says why the comment was not published, keeps the text and offers Try again.
  'comment create response': async (endpoint, variant) => {
    const restore = breakEndpoint(endpoint, variant);
    const { user } = renderRoute(POST);
    const section = await screen.findByRole('region', { name: /comments?:$/ });
    const form = within(section).getByRole('form', { name: /Post a Comment/ });
    await user.type(within(form).getByRole('textbox', { name: 'Comment' }), 'Does this survive garbage?');
    await user.click(within(form).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent(variant.message));
    expect(within(form).getByRole('alert')).toHaveTextContent(/not published/);
    expect(within(form).getByRole('textbox', { name: 'Comment' })).toHaveValue('Does this survive garbage?');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    restore();
    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Your comment has been published.')).toBeInTheDocument();
  },
};

/**
 * A whole page per variant costs seconds on a loaded machine, so each endpoint gets a representative
 * few here: an HTML page with a 200, the first required field missing, and for two endpoints a body
 * over the size limit. Every variant of every endpoint is refused by the adapter in
 * tests/api/malformed-responses.test.ts and shown by the error panel below; the path between the two
 * (InvalidResponseError → boundary → ErrorPanel) is the one these pages take.
 */
function representative(endpoint: Endpoint): Variant[] {
  const all = variantsOf(endpoint);
  const first = (match: (variant: Variant) => boolean) => all.filter(match).slice(0, 1);
  const huge = endpoint.name === 'archive' || endpoint.name === 'post by path';
  return [
    ...first((v) => v.name === 'an HTML error page with status 200'),
    ...first((v) => v.name.endsWith(' missing')),
    ...(huge ? first((v) => v.name === 'a huge body') : []),
  ];
}

describe.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
  'a malformed %s answer, on the page',
  slow,
  (name, endpoint) => {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`no page scenario for the ${name} endpoint`);
    it.each(representative(endpoint).map((variant) => [variant.name, variant] as const))(
      'explains %s, offers Try again, and recovers',
      slow,
      (_variant, variant) => scenario(endpoint, variant),
    );
  },
);

const api = withFailureNames(createNativeApi({ url: '/api' }, (input, init) => fetch(input, init)));
// Reads are named by src/api/failure-names.ts; the comment form words its own failures (above).
const READS = ENDPOINTS.filter((endpoint) => endpoint.method === 'get');

describe.each(READS.map((endpoint) => [endpoint.name, endpoint] as const))(
  'every malformed %s answer, in the error panel',
  (_name, endpoint) => {
    it.each(variantsOf(endpoint).map((variant) => [variant.name, variant] as const))(
      'names what failed for %s and offers Try again',
      async (_variant, variant) => {
        server.use(http[endpoint.method](endpoint.pattern, () => serve(endpoint, variant)));
        const error = await endpoint.call(api).then(
          () => null,
          (e: unknown) => e,
        );
        const onRetry = vi.fn();
        const user = userEvent.setup();
        render(<ErrorPanel error={error} onRetry={onRetry} level={2} showHomeLink={false} />);
        const alert = screen.getByRole('alert');
        expect(alert).toHaveTextContent(`Couldn’t load ${endpoint.what}.`);
        expect(alert).toHaveTextContent(variant.message);
        await user.click(within(alert).getByRole('button', { name: 'Try again' }));
        expect(onRetry).toHaveBeenCalledOnce();
      },
    );
  },
);

function Crash(): never {
  throw new TypeError('Cannot read properties of undefined');
}

describe('the top-level error boundary', () => {
  it('shows a plain message with Reload instead of a blank screen when anything escapes', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const user = userEvent.setup();
    render(
      <AppErrorBoundary>
        <Crash />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'The blog stopped working' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
