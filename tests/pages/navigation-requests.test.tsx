import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { demoData, postsNewestFirst } from '../support/demo-paths';

/**
 * What a reader pays in network for moving around: every resource a navigation needs is fetched once
 * (the page's loader and the components that read the same data share one request), and going back
 * or forward shows the page from the cache without asking the backend again.
 */

const newest = postsNewestFirst[0];
/** A post on the first home page that has comments, so its page has the most to fetch. */
const commented = postsNewestFirst
  .slice(0, 10)
  .find((post) => demoData.comments.some((comment) => comment.postId === post.id));
if (!newest || !commented) throw new Error('the demo blog lacks the posts these tests use');

let requests: string[] = [];
const onStart = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/api/')) requests.push(url.pathname + url.search);
};

beforeEach(() => {
  requests = [];
  server.events.on('request:start', onStart);
});
afterEach(() => {
  server.events.removeListener('request:start', onStart);
});

/** Waits until no new API request has started for a moment (widgets and comments have loaded). */
async function settled() {
  let count = -1;
  let since = 0;
  await waitFor(() => {
    if (requests.length !== count) {
      count = requests.length;
      since = Date.now();
    }
    expect(Date.now() - since).toBeGreaterThanOrEqual(300);
  });
}

/**
 * Requests made more than once. The Blog Archive gadget's list of the open month's posts is left out:
 * the gadget starts it when it mounts, and React's StrictMode (on in tests and development) mounts
 * twice, which aborts that first fetch and starts it again. A production build fetches it once, as
 * the Chromium benchmark (bench/navigation.bench.test.ts) counts.
 */
function repeated(urls: string[]): string[] {
  const counted = urls.filter((url) => !/^\/api\/posts\?.*\bmonth=/.test(url));
  return counted.filter((url, index) => counted.indexOf(url) !== index);
}

describe('requests per navigation', { timeout: 20_000 }, () => {
  it('opening a post from the home page fetches each resource once', async () => {
    const { user } = renderRoute('/');
    // The first match: the post list's (a sidebar gadget may link the same post).
    const [link] = await screen.findAllByRole('link', { name: commented.title });
    if (!link) throw new Error('no link to the post');
    await settled();
    expect(repeated(requests)).toEqual([]);

    requests = [];
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: commented.title })).toBeInTheDocument();
    await settled();
    expect(requests.filter((url) => url.includes(`/${commented.slug}`))).toHaveLength(1);
    expect(repeated(requests)).toEqual([]);
  });

  it('back and forward show the pages from the cache, with no request', async () => {
    const { user, router } = renderRoute('/');
    const [link] = await screen.findAllByRole('link', { name: newest.title });
    if (!link) throw new Error('no link to the post');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: newest.title })).toBeInTheDocument();
    await settled();

    requests = [];
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest posts' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: newest.title })[0]).toBeInTheDocument();
    await router.navigate(1);
    expect(await screen.findByRole('heading', { level: 1, name: newest.title })).toBeInTheDocument();
    await settled();
    expect(requests).toEqual([]);
  });
});
