import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoPageViews } from '../../mocks/backend/native-backend';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { commentsOf, demoData, postsNewestFirst } from '../support/demo-paths';

const slow = { timeout: 30_000 };

const newest = postsNewestFirst[0];
if (!newest) throw new Error('the demo blog has no posts');

/** The demo's five most-read posts, from its records: made-up page views, ties to the newer post. */
const mostRead = postsNewestFirst
  .map((post) => ({
    post,
    views: demoPageViews(post, commentsOf(post.id).filter((c) => c.status !== 'pending').length),
  }))
  .sort((a, b) => b.views - a.views)
  .slice(0, 5)
  .map(({ post }) => post.title);

async function sidebar() {
  return screen.findByRole('complementary', { name: 'Blog sidebar' });
}

describe('Popular Posts widget', slow, () => {
  it('lists the backend’s five most-read posts, most-read first, as links to them', async () => {
    renderRoute('/');
    const region = within(await sidebar()).getByRole('region', { name: 'Popular Posts' });
    const list = await within(region).findByRole('list');
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(mostRead);
    expect(demoData.posts.length).toBeGreaterThan(5);
  });

  it('is not there when the backend cannot rank posts (WordPress, Blogger, Ghost, JSON Feed)', async () => {
    renderRoute('/', { capabilities: { popularPosts: false } });
    const aside = await sidebar();
    expect(within(aside).getByRole('region', { name: 'Blog Archive' })).toBeInTheDocument();
    expect(within(aside).queryByRole('region', { name: 'Popular Posts' })).not.toBeInTheDocument();
  });

  it('fails on its own: an error with "Try again" in its place, the posts and other widgets untouched', async () => {
    server.use(http.get('*/api/popular', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 3, name: newest.title })).toBeInTheDocument();
    const aside = await sidebar();
    const region = within(within(aside).getByRole('region', { name: 'Popular Posts' }));
    expect(await region.findByRole('alert')).toHaveTextContent(/HTTP 500/);
    expect(region.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(
      within(within(aside).getByRole('region', { name: 'Blog Archive' })).queryByRole('alert'),
    ).not.toBeInTheDocument();
  });
});
