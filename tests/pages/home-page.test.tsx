import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import {
  authorById,
  commentCountText,
  commentsOf,
  dateHeaderOf,
  demoData,
  pageOf,
  pathOf,
  postById,
  postsNewestFirst,
} from '../support/demo-paths';

const slow = { timeout: 20_000 };

const firstPage = pageOf(postsNewestFirst, 0);
const secondPage = pageOf(postsNewestFirst, 1);

/** One date header per distinct day, in order: the headers a page of these posts should show. */
function distinctDays(posts: typeof postsNewestFirst): string[] {
  return [...new Set(posts.map((p) => dateHeaderOf(p.published)))];
}

/**
 * The main column once the page named by its h1 is shown. Waiting on the few headings rather than on a
 * link by name keeps polling cheap: naming every link of the page costs jsdom ~2 ms a link.
 */
async function pageTitled(h1: string) {
  await screen.findByRole('heading', { level: 1, name: h1 });
  return screen.getByRole('main');
}

/** The post titles (level-3 headings) listed in the main column, in order. */
function titlesIn(column: HTMLElement) {
  return within(column)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
}

function pager(column: HTMLElement) {
  return within(within(column).getByRole('navigation', { name: 'More posts' }));
}

describe('home page', slow, () => {
  it('shows the newest ten posts under one date header per day', async () => {
    renderRoute('/');
    const column = await pageTitled('Latest posts');
    const headers = within(column).getAllByRole('heading', { level: 2 });
    expect(headers.map((h) => h.textContent)).toEqual(distinctDays(firstPage));
    expect(titlesIn(column)).toEqual(firstPage.map((p) => p.title));
    expect(document.title).toBe(demoData.blog.title);
  });

  it('gives each post a title link, a "Posted by" author link and a comment-count link', async () => {
    renderRoute('/');
    const articles = within(await pageTitled('Latest posts')).getAllByRole('article');
    expect(articles).toHaveLength(firstPage.length);
    const shownCounts: string[] = [];
    firstPage.forEach((post, index) => {
      const article = articles[index];
      if (!article) throw new Error(`no article for ${post.id}`);
      const author = authorById(post.authorId);
      const inArticle = within(article);
      expect(inArticle.getByRole('link', { name: post.title })).toHaveAttribute('href', pathOf(post));
      expect(article).toHaveTextContent(`Posted by ${author.displayName} at`);
      expect(inArticle.getByRole('link', { name: author.displayName })).toHaveAttribute(
        'href',
        `/profile/${author.id}`,
      );
      const count = commentCountText(commentsOf(post.id).length);
      const commentsLink = inArticle.getByRole('link', { name: `${count} on “${post.title}”` });
      expect(commentsLink).toHaveTextContent(new RegExp(`^${count}$`));
      expect(commentsLink).toHaveAttribute('href', `${pathOf(post)}#comments`);
      shownCounts.push(commentsLink.textContent ?? '');
    });
    // The first page has posts with none, one and two comments: all three wordings are exercised.
    expect(new Set(shownCounts)).toEqual(new Set(['No comments', '1 comment', '2 comments']));
    expect(shownCounts[0]).toBe('1 comment');
    expect(shownCounts[firstPage.indexOf(postById('post-2024-09-17'))]).toBe('2 comments');
  });

  it('pages to older posts and back to newer ones', async () => {
    const { user } = renderRoute('/');
    let column = await pageTitled('Latest posts');
    expect(pager(column).queryByRole('link', { name: 'Newer posts' })).not.toBeInTheDocument();

    await user.click(pager(column).getByRole('link', { name: 'Older posts' }));
    column = await pageTitled('Older posts');
    expect(titlesIn(column)).toEqual(secondPage.map((p) => p.title));
    expect(titlesIn(column)).not.toContain(firstPage[0]?.title);
    expect(document.title).toBe(`Older posts | ${demoData.blog.title}`);

    await user.click(pager(column).getByRole('link', { name: 'Newer posts' }));
    column = await pageTitled('Latest posts');
    expect(titlesIn(column)).toEqual(firstPage.map((p) => p.title));
    expect(pager(column).queryByRole('link', { name: 'Newer posts' })).not.toBeInTheDocument();
  });

  it('groups the two posts of June 14, 2021 under one date header', async () => {
    const a = postById('post-2021-06-14-a');
    const b = postById('post-2021-06-14-b');
    const index = postsNewestFirst.indexOf(a);
    const offset = Math.floor(index / 10) * 10;
    renderRoute(`/?page=o${offset}`);
    const day = dateHeaderOf(a.published);
    expect(day).toBe(dateHeaderOf(b.published));
    const column = await pageTitled('Older posts');
    expect(within(column).getAllByRole('heading', { level: 2, name: day })).toHaveLength(1);
    const daySection = within(column).getByRole('region', { name: day });
    const titles = within(daySection)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual([b.title, a.title]);
    expect(
      within(column)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(distinctDays(pageOf(postsNewestFirst, offset / 10)));
  });

  it('shows no "Older posts" on the last page, and "Newer posts" drops the last cursor', async () => {
    const lastIndex = Math.floor((postsNewestFirst.length - 1) / 10);
    const last = pageOf(postsNewestFirst, lastIndex);
    renderRoute(`/?page=o${(lastIndex - 1) * 10}&page=o${lastIndex * 10}`);
    const column = await pageTitled('Older posts');
    expect(titlesIn(column)).toEqual(last.map((p) => p.title));
    expect(pager(column).queryByRole('link', { name: 'Older posts' })).not.toBeInTheDocument();
    expect(pager(column).getByRole('link', { name: 'Newer posts' })).toHaveAttribute(
      'href',
      `/?page=o${(lastIndex - 1) * 10}`,
    );
  });

  it('says "No posts yet." when the blog is empty', async () => {
    server.use(http.get('*/api/posts', () => HttpResponse.json({ items: [], next: null, total: 0 })));
    renderRoute('/');
    const column = await pageTitled('Latest posts');
    expect(within(column).getByText('No posts yet.')).toBeInTheDocument();
    expect(within(column).queryByRole('article')).not.toBeInTheDocument();
    expect(within(column).queryByRole('link', { name: 'Older posts' })).not.toBeInTheDocument();
  });

  it('shows the error with "Try again" when the posts answer 500, and recovers', async () => {
    let failing = true;
    server.use(
      http.get('*/api/posts', () =>
        failing ? HttpResponse.json({ error: { message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderRoute('/');
    const column = await pageTitled('This could not be loaded');
    expect(within(column).getByRole('alert')).toHaveTextContent(/HTTP 500/);
    failing = false;
    await user.click(within(column).getByRole('button', { name: 'Try again' }));
    expect(titlesIn(await pageTitled('Latest posts'))).toEqual(firstPage.map((p) => p.title));
  });

  it('moves focus to the new page’s heading after opening a post', async () => {
    const { user } = renderRoute('/');
    const post = firstPage[1];
    if (!post) throw new Error('no posts');
    const column = await pageTitled('Latest posts');
    const title = within(column).getByRole('heading', { level: 3, name: post.title });
    await user.click(within(title).getByRole('link'));
    const heading = await screen.findByRole('heading', { level: 1, name: post.title });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
