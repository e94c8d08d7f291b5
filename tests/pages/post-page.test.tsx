import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNativeBackend } from '../../mocks/backend/native-backend';
import { server } from '../../mocks/node';
import { COMMENTS_PER_PAGE } from '../../src/api/queries';
import { renderRoute } from '../support/render';
import {
  authorById,
  calendarOf,
  commentById,
  commentsOf,
  demoData,
  pathOf,
  postById,
  postsNewestFirst,
  textOf,
} from '../support/demo-paths';

const slow = { timeout: 20_000 };

const quiet = postById('post-2020-09-25');

/** The post's article, named by its title (waits for the post to load). */
async function articleOf(title: string) {
  return screen.findByRole('article', { name: title });
}

function otherPosts() {
  return screen.getByRole('navigation', { name: 'Other posts' });
}

describe('post page', slow, () => {
  it('shows the title, date header, byline, labels and reading time', async () => {
    renderRoute(pathOf(quiet));
    const article = await articleOf(quiet.title);
    expect(within(article).getByRole('heading', { level: 1, name: quiet.title })).toBeInTheDocument();
    expect(within(article).getByText('Friday, September 25, 2020')).toBeInTheDocument();
    const author = authorById(quiet.authorId);
    expect(article).toHaveTextContent(`Posted by ${author.displayName} at`);
    expect(within(article).getByRole('link', { name: author.displayName })).toHaveAttribute(
      'href',
      `/profile/${author.id}`,
    );
    expect(quiet.labels.length).toBeGreaterThan(0);
    for (const label of quiet.labels) {
      expect(within(article).getByRole('link', { name: label })).toHaveAttribute(
        'href',
        `/search/label/${encodeURIComponent(label)}`,
      );
    }
    expect(article).toHaveTextContent(/\b\d+ min read/);
  });

  it('links to the newer and older posts and home', async () => {
    renderRoute(pathOf(quiet));
    await articleOf(quiet.title);
    const index = postsNewestFirst.indexOf(quiet);
    const newer = postsNewestFirst[index - 1];
    const older = postsNewestFirst[index + 1];
    if (!newer || !older) throw new Error('the quiet post should have neighbours');
    const nav = within(otherPosts());
    expect(nav.getByRole('link', { name: /Newer Post/ })).toHaveAttribute('href', pathOf(newer));
    expect(nav.getByRole('link', { name: /Newer Post/ })).toHaveAccessibleName(`Newer Post: ${newer.title}`);
    expect(nav.getByRole('link', { name: /Older Post/ })).toHaveAttribute('href', pathOf(older));
    expect(nav.getByRole('link', { name: /Older Post/ })).toHaveAccessibleName(`Older Post: ${older.title}`);
    expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  });

  it('has no "Newer Post" on the newest post and no "Older Post" on the oldest', async () => {
    const newest = postsNewestFirst[0];
    const oldest = postsNewestFirst.at(-1);
    if (!newest || !oldest) throw new Error('no posts');

    const view = renderRoute(pathOf(newest));
    await articleOf(newest.title);
    expect(within(otherPosts()).queryByRole('link', { name: /Newer Post/ })).not.toBeInTheDocument();
    expect(within(otherPosts()).getByRole('link', { name: /Older Post/ })).toBeInTheDocument();
    view.unmount();

    renderRoute(pathOf(oldest));
    await articleOf(oldest.title);
    expect(within(otherPosts()).queryByRole('link', { name: /Older Post/ })).not.toBeInTheDocument();
    expect(within(otherPosts()).getByRole('link', { name: /Newer Post/ })).toBeInTheDocument();
  });

  it('follows "Older Post" to the older post', async () => {
    const index = postsNewestFirst.indexOf(quiet);
    const older = postsNewestFirst[index + 1];
    if (!older) throw new Error('no older post');
    const { user } = renderRoute(pathOf(quiet));
    await articleOf(quiet.title);
    await user.click(within(otherPosts()).getByRole('link', { name: /Older Post/ }));
    expect(await screen.findByRole('heading', { level: 1, name: older.title })).toBeInTheDocument();
  });

  it('heads the comments "No comments:" when there are none', async () => {
    expect(commentsOf(quiet.id)).toHaveLength(0);
    renderRoute(pathOf(quiet));
    expect(await screen.findByRole('heading', { level: 2, name: 'No comments:' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /^Comment by/ })).not.toBeInTheDocument();
  });

  it('heads one comment "1 comment:"', async () => {
    const post = postById('post-2024-12-10');
    const [only] = commentsOf(post.id);
    if (!only || commentsOf(post.id).length !== 1) throw new Error('expected exactly one comment');
    renderRoute(pathOf(post));
    expect(await screen.findByRole('heading', { level: 2, name: '1 comment:' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: `Comment by ${only.authorName}` })).toHaveTextContent(
      textOf(only.html),
    );
  });

  it('nests the reply chain c-011 → c-012 → c-013 → c-014 inside each parent', async () => {
    const post = postById('post-2020-06-23');
    const all = commentsOf(post.id);
    renderRoute(pathOf(post));
    const section = await screen.findByRole('region', { name: `${all.length} comments:` });
    const items = within(section).getAllByRole('listitem');
    // Document order is the thread read top to bottom: c-011, its replies nested, then c-015.
    const ids = ['c-011', 'c-012', 'c-013', 'c-014', 'c-015'];
    expect(items).toHaveLength(ids.length);
    ids.forEach((id, i) => {
      const comment = commentById(id);
      const [own] = within(items[i] as HTMLElement).getAllByRole('article');
      expect(own).toHaveAccessibleName(`Comment by ${comment.authorName}`);
      expect(own).toHaveTextContent(textOf(comment.html));
    });
    const [c011, c012, c013, c014, c015] = items as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(c011).toContainElement(c012);
    expect(c012).toContainElement(c013);
    expect(c013).toContainElement(c014);
    expect(c014).not.toContainElement(c015);
    expect(c011).not.toContainElement(c015);
    expect(c013).not.toContainElement(c012);
    // A reply's list sits inside its parent's item, one level down.
    expect(within(c011).getAllByRole('list')).toHaveLength(3);
    expect(within(c015).queryByRole('list')).not.toBeInTheDocument();
  });

  it('renders the hostile comment c-004 without its img, script or onerror', async () => {
    const hostile = commentById('c-004');
    const post = postById(hostile.postId);
    renderRoute(pathOf(post));
    const comment = await screen.findByRole('article', { name: `Comment by ${hostile.authorName}` });
    expect(comment).toHaveTextContent('Great post!');
    expect(within(comment).queryByRole('img')).not.toBeInTheDocument();
    expect(within(comment).queryByText(/alert/)).not.toBeInTheDocument();
    expect(comment.innerHTML).not.toMatch(/<img|<script|onerror/i);
    const section = screen.getByRole('region', { name: `${commentsOf(post.id).length} comments:` });
    expect(section.innerHTML).not.toMatch(/<img|<script|onerror/i);
    expect(document.documentElement.innerHTML).not.toMatch(/onerror|alert\(/);
  });

  it('serves the post with and without ".html"', async () => {
    const view = renderRoute(pathOf(quiet, { html: false }));
    expect(await screen.findByRole('heading', { level: 1, name: quiet.title })).toBeInTheDocument();
    view.unmount();
    renderRoute(pathOf(quiet));
    expect(await screen.findByRole('heading', { level: 1, name: quiet.title })).toBeInTheDocument();
  });

  it('says "Page not found" for a post that does not exist', async () => {
    renderRoute('/2020/09/missing-post.html');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('shows an error with "Try again" when the post answers 500, and recovers', async () => {
    let failing = true;
    server.use(
      http.get('*/api/posts/:year/:month/:slug', () =>
        failing ? HttpResponse.json({ error: { message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderRoute(pathOf(quiet));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/HTTP 500/);
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: quiet.title })).toBeInTheDocument();
  });

  it('shows a small error in place of the comments when they answer 500, keeping the post', async () => {
    let failing = true;
    server.use(
      http.get('*/api/posts/:postId/comments', () =>
        failing ? HttpResponse.json({ error: { message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const post = postById('post-2020-06-23');
    const { user } = renderRoute(pathOf(post));
    const error = await screen.findByRole('heading', { level: 3, name: 'This could not be loaded' });
    expect(screen.getByRole('heading', { level: 1, name: post.title })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: post.title })).not.toContainElement(error);
    expect(screen.queryByRole('heading', { name: /comments?:$/ })).not.toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: `${commentsOf(post.id).length} comments:` }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This could not be loaded' })).not.toBeInTheDocument();
  });

  it('titles the document "<post title> | <blog title>" and describes it with the excerpt', async () => {
    const { year, month } = calendarOf(quiet.published);
    const served = createNativeBackend(demoData).getPost(year, month, quiet.slug).body as { excerpt: string };
    expect(served.excerpt.length).toBeGreaterThan(0);
    renderRoute(pathOf(quiet));
    await articleOf(quiet.title);
    expect(document.title).toBe(`${quiet.title} | ${demoData.blog.title}`);
    // React 19 hoists <meta> into <head>, outside anything a role query reaches.
    // eslint-disable-next-line testing-library/no-node-access
    const metas = document.head.querySelectorAll('meta[name="description"]');
    expect(metas).toHaveLength(1);
    expect(metas[0]).toHaveAttribute('content', served.excerpt);
  });

  it('lists all 45 comments of post-2023-12-05 on one page (50 a page), with no "Load more comments"', async () => {
    const post = postById('post-2023-12-05');
    const count = commentsOf(post.id).length;
    expect(count).toBe(45);
    expect(COMMENTS_PER_PAGE).toBeGreaterThanOrEqual(count);
    renderRoute(pathOf(post));
    const section = await screen.findByRole('region', { name: `${count} comments:` });
    expect(within(section).getAllByRole('article', { name: /^Comment by/ })).toHaveLength(count);
    expect(within(section).queryByRole('button', { name: 'Load more comments' })).not.toBeInTheDocument();
  });

  it('"Load more comments" loads the next page and threads a reply under its parent', async () => {
    const post = postById('post-2020-09-25');
    const comment = (id: string, name: string, parentId: string | null, text: string) => ({
      id,
      postId: post.id,
      parentId,
      author: { name, url: null },
      published: '2020-09-26T10:00:00-07:00',
      html: text,
      status: 'published',
    });
    const first = [
      comment('x-1', 'Ada Reader', null, 'First question'),
      comment('x-2', 'Bo Reader', null, 'Second question'),
    ];
    const second = [comment('x-3', 'Cy Reader', 'x-1', 'An answer to the first')];
    server.use(
      http.get('*/api/posts/:postId/comments', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return cursor === 'second'
          ? HttpResponse.json({ items: second, next: null, total: 3 })
          : HttpResponse.json({ items: first, next: 'second', total: 3 });
      }),
    );
    const { user } = renderRoute(pathOf(post));
    const section = await screen.findByRole('region', { name: '3 comments:' });
    expect(within(section).getAllByRole('article', { name: /^Comment by/ })).toHaveLength(2);
    expect(within(section).queryByText('An answer to the first')).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Load more comments' }));
    const reply = await within(section).findByRole('article', { name: 'Comment by Cy Reader' });
    expect(reply).toHaveTextContent('An answer to the first');
    const [adaItem] = within(section).getAllByRole('listitem');
    expect(adaItem).toHaveTextContent('First question');
    expect(adaItem).toContainElement(reply);
    expect(within(section).queryByRole('button', { name: 'Load more comments' })).not.toBeInTheDocument();
  });
});
