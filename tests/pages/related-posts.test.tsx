import type { QueryClient } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { rankRelatedPosts } from '../../src/api/related-posts';
import type { PostSummary } from '../../src/api/types';
import { renderRoute } from '../support/render';
import { pathOf, postById, postsNewestFirst } from '../support/demo-paths';

const slow = { timeout: 30_000 };

function summary(id: string, labels: string[], published: string): PostSummary {
  return {
    id,
    slug: id,
    year: 2024,
    month: 1,
    title: `Post ${id}`,
    published,
    updated: published,
    author: { id: 'a', displayName: 'A' },
    labels,
    excerpt: '',
    commentCount: 0,
    readingMinutes: 1,
  };
}

describe('rankRelatedPosts', () => {
  const current = { id: 'me', labels: ['Visas', 'Unions', 'Wages'] };

  it('puts posts sharing more labels first, then the most recent, at most three', () => {
    const ranked = rankRelatedPosts(current, [
      summary('old-one-label', ['Visas'], '2020-01-01T00:00:00Z'),
      summary('new-one-label', ['Wages'], '2024-01-01T00:00:00Z'),
      summary('two-labels', ['Visas', 'unions'], '2019-01-01T00:00:00Z'),
      summary('mid-one-label', ['Unions'], '2022-01-01T00:00:00Z'),
    ]);
    expect(ranked.map((p) => p.id)).toEqual(['two-labels', 'new-one-label', 'mid-one-label']);
  });

  it('leaves out the post itself, repeats (one list per label) and posts sharing nothing', () => {
    const twice = summary('twice', ['Visas', 'Wages'], '2023-01-01T00:00:00Z');
    const ranked = rankRelatedPosts(current, [
      summary('me', current.labels, '2024-06-01T00:00:00Z'),
      twice,
      summary('stranger', ['Cooking'], '2024-05-01T00:00:00Z'),
      twice,
    ]);
    expect(ranked.map((p) => p.id)).toEqual(['twice']);
  });
});

/**
 * Everything the page asked for has arrived and is on screen: had there been suggestions, they would be
 * shown. The pause covers React's reveal throttle (Suspense boundaries appear up to 300 ms after their data).
 */
async function settled(queryClient: QueryClient) {
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 15_000 });
  await act(() => new Promise((resolve) => setTimeout(resolve, 1000)));
}

describe('"Read more" at the end of a post', slow, () => {
  const post = postById('post-2020-09-25');

  async function readMore() {
    return screen.findByRole('region', { name: 'Read more' }, { timeout: 15_000 });
  }

  it('links up to three other posts that share a label, placed after the post and its pager', async () => {
    renderRoute(pathOf(post));
    const section = await readMore();
    const links = within(section).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(3);
    for (const link of links) {
      const other = postsNewestFirst.find((p) => p.title === link.textContent);
      if (!other) throw new Error(`"${link.textContent}" is not a demo post`);
      expect(other.id).not.toBe(post.id);
      expect(other.labels.some((label) => post.labels.includes(label))).toBe(true);
      expect(link).toHaveAttribute('href', pathOf(other));
    }
    expect(within(section).getByRole('heading', { level: 2, name: 'Read more' })).toBeInTheDocument();
    // Reading order: the article, the pager, then the suggestions.
    const pager = screen.getByRole('navigation', { name: 'Other posts' });
    expect(pager.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is absent when no other post shares a label', async () => {
    server.use(http.get('*/api/posts', () => HttpResponse.json({ items: [], next: null, total: 0 })));
    const { queryClient } = renderRoute(pathOf(post));
    expect(await screen.findByRole('article', { name: post.title })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /comments/i }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await settled(queryClient);
    expect(screen.queryByRole('region', { name: 'Read more' })).not.toBeInTheDocument();
  });

  it('is absent where the backend has no labels', async () => {
    const { queryClient } = renderRoute(pathOf(post), { capabilities: { labels: false } });
    expect(await screen.findByRole('article', { name: post.title })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /comments/i }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await settled(queryClient);
    expect(screen.queryByRole('region', { name: 'Read more' })).not.toBeInTheDocument();
  });
});
