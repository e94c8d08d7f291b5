import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { REAL_WORLD_PASSWORD, realWorldData, realWorldPosts } from '../../mocks/data/real-world';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { pathOf } from '../support/demo-paths';

/*
 * Issue 17: what real blogs hold. The demo blog's native backend (MSW) with real-world posts added
 * (mocks/data/real-world.ts): a password-protected post, a sticky one, closed comments, no title, a
 * Greek slug, an avatar and a pingback.
 */

const slow = { timeout: 20_000 };
const post = (id: string) => {
  const found = realWorldPosts.find((p) => p.id === id);
  if (!found) throw new Error(`no post ${id}`);
  return found;
};
const PROTECTED = post('rw-protected');
const CLOSED = post('rw-closed');
const UNTITLED = post('rw-untitled');
const GREEK = post('rw-greek');
const STICKY = post('rw-sticky');

beforeEach(() => {
  server.use(...createNativeHandlers(realWorldData, '*/api'));
});

describe('real-world content', slow, () => {
  it('home: the featured post leads, marked Featured; a protected post shows only its title; no empty link', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest posts' }, { timeout: 10_000 });
    const main = screen.getByRole('main');
    await within(main).findByRole('link', { name: STICKY.title });
    const titles = within(main)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles[0]).toBe(STICKY.title);
    // Listed once, not again in its place by date.
    expect(titles.filter((t) => t === STICKY.title)).toHaveLength(1);
    const featured = within(main).getAllByRole('article')[0]!;
    expect(within(featured).getByText('Featured')).toBeVisible();
    expect(within(main).getAllByText('Featured')).toHaveLength(1);

    const locked = within(main)
      .getAllByRole('article')
      .find((a) => within(a).queryByRole('heading', { level: 3, name: PROTECTED.title }));
    expect(locked).toBeDefined();
    expect(locked).toHaveTextContent('This post is password protected.');
    expect(locked).not.toHaveTextContent('intake form');

    expect(within(main).getByRole('link', { name: '(untitled)' })).toHaveAttribute('href', pathOf(UNTITLED));
    for (const link of within(main).getAllByRole('link')) expect(link).toHaveAccessibleName();
    for (const heading of within(main).getAllByRole('heading'))
      expect(heading.textContent?.trim()).not.toBe('');
  });

  it('the Featured Post gadget shows the newest featured post: title, image, snippet and link', async () => {
    renderRoute('/');
    const gadget = await screen.findByRole('region', { name: 'Featured Post' });
    const title = await within(gadget).findByRole('heading', { level: 3, name: STICKY.title });
    expect(within(title).getByRole('link')).toHaveAttribute('href', pathOf(STICKY));
    expect(within(gadget).getByRole('img', { name: 'Marisol Vega at her desk' })).toHaveAttribute(
      'src',
      '/demo/authors/marisol-vega.svg',
    );
    expect(gadget).toHaveTextContent('New here? Posts are grouped by label');
    expect(within(gadget).getByRole('link', { name: `Read more: ${STICKY.title}` })).toBeVisible();
  });

  it('a protected post asks for its password; a wrong one says so, the right one shows body and comments', async () => {
    const { user } = renderRoute(pathOf(PROTECTED));
    const article = await screen.findByRole('article', { name: PROTECTED.title });
    expect(within(article).getByRole('heading', { level: 1, name: PROTECTED.title })).toBeVisible();
    const form = within(article).getByRole('form', { name: `Password for “${PROTECTED.title}”` });
    expect(form).toHaveTextContent('This post is password protected.');
    expect(article).not.toHaveTextContent('intake form');
    expect(screen.queryByRole('region', { name: /comment/i })).toBeNull();

    await user.type(within(form).getByLabelText('Password'), 'open sesame');
    await user.click(within(form).getByRole('button', { name: 'Enter' }));
    expect(await within(article).findByRole('alert')).toHaveTextContent('That password is not right.');
    const field = within(article).getByLabelText('Password');
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, REAL_WORLD_PASSWORD);
    await user.click(within(article).getByRole('button', { name: 'Enter' }));
    expect(await within(article).findByText(/intake form gets a Spanish version/)).toBeVisible();
    expect(within(article).queryByRole('form')).toBeNull();
    const comments = await screen.findByRole('region', { name: '1 comment:' });
    expect(within(comments).getByRole('article', { name: 'Comment by Daniel Okafor' })).toHaveTextContent(
      'I will draft the Spanish intake form this week.',
    );
    // The rest of the page is as ever.
    expect(screen.getByRole('navigation', { name: 'Other posts' })).toBeVisible();
  });

  it('closed comments: the existing ones with their avatar, "Comments are closed." instead of the form, pingbacks apart', async () => {
    renderRoute(pathOf(CLOSED));
    const comments = await screen.findByRole('region', { name: /comments?:$/ });
    const comment = await within(comments).findByRole('article', { name: 'Comment by Lucía Paredes' });
    expect(comment).toHaveTextContent('happy holidays');
    expect(within(comments).getByText('Comments are closed.')).toBeVisible();
    expect(within(comments).queryByRole('form', { name: 'Post a Comment' })).toBeNull();
    expect(within(comments).queryByRole('textbox')).toBeNull();
    expect(within(comments).queryByRole('button', { name: /^Reply/ })).toBeNull();

    // Decorative (alt=""), lazy, and sized so nothing moves when it arrives.
    const avatar = within(comment).getByRole('presentation');
    expect(avatar).toHaveAttribute('src', 'https://avatars.example/lucia.png');
    expect(avatar).toHaveAttribute('alt', '');
    expect(avatar).toHaveAttribute('loading', 'lazy');
    expect(avatar).toHaveAttribute('width', '48');
    expect(avatar).toHaveAttribute('height', '48');

    const linkbacks = within(comments).getByRole('region', { name: 'Pingbacks and trackbacks' });
    expect(within(linkbacks).getByRole('link', { name: 'Pasadena Workers Weekly' })).toHaveAttribute(
      'href',
      'https://workers-weekly.example/2025/holiday-hours/',
    );
    // The thread (the first list) holds the readers' comments only.
    const [thread] = within(comments).getAllByRole('list');
    expect(thread).toHaveTextContent('Lucía Paredes');
    expect(thread).not.toHaveTextContent('Pasadena Workers Weekly');
  });

  it('a post without a title is "(untitled)" in its heading and the document title', async () => {
    renderRoute(pathOf(UNTITLED));
    expect(await screen.findByRole('heading', { level: 1, name: '(untitled)' })).toBeVisible();
    expect(screen.getByRole('article', { name: '(untitled)' })).toHaveTextContent('parking garage');
    await expect.poll(() => document.title).toBe(`(untitled) | ${realWorldData.blog.title}`);
  });

  it('a post with a Greek slug opens at its percent-encoded address, and from a link to it', async () => {
    const address = `/2025/01/${encodeURIComponent(GREEK.slug)}.html`;
    const { user, router } = renderRoute(address);
    expect(await screen.findByRole('heading', { level: 1, name: GREEK.title })).toBeVisible();
    const pager = screen.getByRole('navigation', { name: 'Other posts' });
    await user.click(within(pager).getByRole('link', { name: 'Home' }));
    await screen.findByRole('heading', { level: 1, name: 'Latest posts' }, { timeout: 10_000 });
    const link = within(screen.getByRole('main')).getByRole('link', { name: GREEK.title });
    expect(link).toHaveAttribute('href', address);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: GREEK.title })).toBeVisible();
    expect(router.state.location.pathname).toBe(address);
  });
});
