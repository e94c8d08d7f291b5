import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { splitAndTeaserData, splitPost, splitPostComment, teaserPost } from '../../mocks/data/real-world';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { pathOf } from '../support/demo-paths';

/*
 * Issue 17, point 8: a post split with <!--nextpage--> shows one page with "Pages: 1 2 3", each page its
 * own address; a <!--more--> jump break ends the excerpt in lists with "Read more »". Native contract (MSW).
 */

const slow = { timeout: 20_000 };

beforeEach(() => {
  server.use(...createNativeHandlers(splitAndTeaserData, '*/api'));
});

const pagesNav = () => screen.getByRole('navigation', { name: 'Pages of this post' });

describe('split and teaser posts', slow, () => {
  it('shows page 1 with the Pages nav; following "2" shows page 2 at its own address, comments still there', async () => {
    const { user, router } = renderRoute(pathOf(splitPost));
    await screen.findByRole('heading', { level: 1, name: splitPost.title }, { timeout: 10_000 });
    const article = screen.getByRole('article', { name: splitPost.title });
    expect(article).toHaveTextContent('Part one: keep every pay stub');
    expect(article).not.toHaveTextContent('Part two');
    const nav = within(pagesNav());
    expect(pagesNav()).toHaveTextContent('Pages: 1 2 3');
    expect(nav.getByText('1')).toHaveAttribute('aria-current', 'page');
    expect(nav.queryByRole('link', { name: '1' })).not.toBeInTheDocument();
    expect(nav.getByRole('link', { name: '3' })).toHaveAttribute('href', `${pathOf(splitPost)}?page=3`);
    expect(
      await screen.findByRole('article', { name: `Comment by ${splitPostComment.authorName}` }),
    ).toBeVisible();
    expect(document.title).toBe(`${splitPost.title} | ${splitAndTeaserData.blog.title}`);

    await user.click(nav.getByRole('link', { name: '2' }));
    await waitFor(() =>
      expect(screen.getByRole('article', { name: splitPost.title })).toHaveTextContent('Part two'),
    );
    expect(router.state.location.pathname + router.state.location.search).toBe(`${pathOf(splitPost)}?page=2`);
    expect(screen.getByRole('article', { name: splitPost.title })).not.toHaveTextContent('Part one');
    expect(within(pagesNav()).getByText('2')).toHaveAttribute('aria-current', 'page');
    expect(within(pagesNav()).getByRole('link', { name: '1' })).toHaveAttribute('href', pathOf(splitPost));
    expect(screen.getByRole('article', { name: `Comment by ${splitPostComment.authorName}` })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Other posts' })).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe(`${splitPost.title} – page 2 | ${splitAndTeaserData.blog.title}`),
    );
    // eslint-disable-next-line testing-library/no-node-access -- the <head> has no roles
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\?page=2$/);
  });

  it('sends ?page=1 and a page the post does not have to the plain address', async () => {
    for (const search of ['?page=1', '?page=9']) {
      const { router, unmount } = renderRoute(`${pathOf(splitPost)}${search}`);
      await screen.findByRole('heading', { level: 1, name: splitPost.title }, { timeout: 10_000 });
      expect(router.state.location.pathname + router.state.location.search).toBe(pathOf(splitPost));
      expect(within(pagesNav()).getByText('1')).toHaveAttribute('aria-current', 'page');
      unmount();
    }
  });

  it('a list shows the teaser up to the jump break, then "Read more »" to the post', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest posts' }, { timeout: 10_000 });
    const main = screen.getByRole('main');
    await within(main).findByRole('heading', { level: 3, name: teaserPost.title }, { timeout: 10_000 });
    const summaryOf = (title: string) =>
      within(main)
        .getAllByRole('article')
        .find((a) => within(a).queryByRole('heading', { level: 3, name: title }));
    const summary = summaryOf(teaserPost.title)!;
    expect(summary).toHaveTextContent('The short version: more salaried workers are owed overtime.');
    expect(summary).not.toHaveTextContent('salary threshold');
    const more = within(summary).getByRole('link', { name: `Read more » “${teaserPost.title}”` });
    expect(more).toHaveTextContent(/^Read more »$/);
    expect(more).toHaveAttribute('href', pathOf(teaserPost));
    // A post without a break keeps its usual excerpt, with no "Read more »".
    expect(within(summaryOf(splitPost.title)!).queryByRole('link', { name: /^Read more »/ })).toBeNull();
  });

  it('on the post page the jump break is simply not shown', async () => {
    renderRoute(pathOf(teaserPost));
    await screen.findByRole('heading', { level: 1, name: teaserPost.title }, { timeout: 10_000 });
    const post = screen.getByRole('article', { name: teaserPost.title });
    expect(post).toHaveTextContent('The short version');
    expect(post).toHaveTextContent('salary threshold');
    // No marker left, nor the empty paragraph wpautop wrapped it in.
    expect(post.innerHTML).not.toMatch(/<!--|<p><\/p>/);
    expect(screen.queryByRole('navigation', { name: 'Pages of this post' })).not.toBeInTheDocument();
  });
});
