import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNativeBackend } from '../../mocks/backend/native-backend';
import { demoFeedLinks } from '../../mocks/handlers/feeds';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { demoData, pathOf, postById } from '../support/demo-paths';

const slow = { timeout: 20_000 };
const backend = createNativeBackend(demoData);
const post = postById('post-2020-09-25');

function footer() {
  return screen.getByRole('contentinfo');
}

function alternates() {
  return [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => ({
    type: link.getAttribute('type'),
    href: link.getAttribute('href'),
    title: link.getAttribute('title'),
  }));
}

describe('feed links', slow, () => {
  it("lists the demo blog's feeds in the footer and in the head", async () => {
    renderRoute('/');
    await screen.findByRole('link', { name: 'Posts (Atom)' });
    const feeds = demoFeedLinks('http://localhost:3000/api/blog');
    expect(within(footer()).getByText(/Subscribe to:/)).toBeInTheDocument();
    expect(within(footer()).getByRole('link', { name: 'Posts (Atom)' })).toHaveAttribute('href', feeds.atom);
    expect(within(footer()).getByRole('link', { name: 'Posts (JSON Feed)' })).toHaveAttribute(
      'href',
      feeds.json,
    );
    expect(within(footer()).queryByRole('link', { name: 'Posts (RSS)' })).not.toBeInTheDocument();
    expect(alternates()).toEqual(
      expect.arrayContaining([
        { type: 'application/atom+xml', href: feeds.atom, title: `${demoData.blog.title} (Atom)` },
        { type: 'application/feed+json', href: feeds.json, title: `${demoData.blog.title} (JSON Feed)` },
      ]),
    );
  });

  it('says nothing about feeds when the backend has none', async () => {
    server.use(
      http.get('*/api/blog', () => HttpResponse.json({ ...(backend.getBlog().body as object), feeds: {} })),
    );
    renderRoute('/');
    await screen.findByRole('link', { name: 'Archive' });
    expect(within(footer()).queryByText(/Subscribe to/)).not.toBeInTheDocument();
    expect(alternates()).toEqual([]);
  });

  it("links the post's comment feed below the comments where the backend has one", async () => {
    const wire = backend.getPost(2020, 9, post.slug).body as object;
    const commentFeed = 'https://blog.example/feeds/post-2020-09-25/comments/default';
    server.use(
      http.get('*/api/posts/:year/:month/:slug', () =>
        HttpResponse.json({ ...wire, commentFeeds: { atom: commentFeed } }),
      ),
    );
    renderRoute(pathOf(post));
    await screen.findByRole('article', { name: post.title });
    const link = screen.getByRole('link', { name: 'Post Comments (Atom)' });
    expect(link).toHaveAttribute('href', commentFeed);
    expect(screen.getByText(/^Subscribe to:/, { selector: '.post-comment-feeds' })).toHaveTextContent(
      'Subscribe to: Post Comments (Atom)',
    );
    expect(alternates()).toContainEqual({
      type: 'application/atom+xml',
      href: commentFeed,
      title: `Comments on ${post.title} (Atom)`,
    });
  });

  it('has no comment feed link on a post whose backend has none', async () => {
    renderRoute(pathOf(post));
    await screen.findByRole('article', { name: post.title });
    expect(screen.queryByRole('link', { name: /Post Comments/ })).not.toBeInTheDocument();
  });
});
