/* eslint-disable testing-library/no-node-access -- these tests read <head>, which Testing Library does not query */
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNativeBackend } from '../../mocks/backend/native-backend';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { authorById, demoData, pathOf, postById } from '../support/demo-paths';

const slow = { timeout: 20_000 };
const ORIGIN = window.location.origin;
const blogTitle = demoData.blog.title;
const post = postById('post-2020-09-25');

function meta(key: string): string | null {
  const element =
    document.head.querySelector(`meta[property="${key}"]`) ??
    document.head.querySelector(`meta[name="${key}"]`);
  return element?.getAttribute('content') ?? null;
}

function metaAll(key: string): string[] {
  return [...document.head.querySelectorAll(`meta[property="${key}"]`)].map(
    (m) => m.getAttribute('content') ?? '',
  );
}

function canonical(): string[] {
  return [...document.head.querySelectorAll('link[rel="canonical"]')].map(
    (l) => l.getAttribute('href') ?? '',
  );
}

function jsonLd(): unknown[] {
  return [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
    JSON.parse(s.textContent ?? ''),
  );
}

describe('document head per route', slow, () => {
  it('home: the blog title, its description, a canonical URL and website cards', async () => {
    renderRoute('/?utm_source=newsletter');
    await screen.findByRole('heading', { level: 1, name: 'Latest posts' });
    await waitFor(() => expect(document.title).toBe(blogTitle));
    expect(meta('description')).toBe(demoData.blog.description);
    expect(canonical()).toEqual([`${ORIGIN}/`]);
    expect(meta('og:type')).toBe('website');
    expect(meta('og:url')).toBe(`${ORIGIN}/`);
    expect(meta('og:title')).toBe(blogTitle);
    expect(meta('og:site_name')).toBe(blogTitle);
    expect(meta('og:locale')).toBe('en_US');
    expect(meta('twitter:card')).toBe('summary');
    expect(meta('og:image')).toBeNull();
    expect(jsonLd()).toEqual([]);
  });

  it('post: article tags, the preview image, and one canonical address in its .html form', async () => {
    const withoutHtml = pathOf(post).replace(/\.html$/, '');
    renderRoute(withoutHtml);
    await screen.findByRole('article', { name: post.title });
    const address = `${ORIGIN}${pathOf(post)}`;
    await waitFor(() => expect(document.title).toBe(`${post.title} | ${blogTitle}`));
    expect(canonical()).toEqual([address]);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(address);
    expect(meta('og:title')).toBe(post.title);
    expect(meta('article:published_time')).toBe(post.published);
    expect(meta('article:author')).toBe(`${ORIGIN}/profile/${post.authorId}`);
    expect(metaAll('article:tag')).toEqual(post.labels);
    expect(meta('og:image')).toMatch(new RegExp(`^${ORIGIN}/demo/images/.+\\.svg$`));
    expect(meta('og:image:alt')).toBeTruthy();
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
  });

  it('post: BlogPosting JSON-LD with headline, dates, author, image and URL', async () => {
    renderRoute(pathOf(post));
    await screen.findByRole('article', { name: post.title });
    await waitFor(() => expect(jsonLd()).toHaveLength(1));
    const author = authorById(post.authorId);
    expect(jsonLd()[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: post.title,
      datePublished: post.published,
      dateModified: post.updated ?? post.published,
      author: { '@type': 'Person', name: author.displayName, url: `${ORIGIN}/profile/${author.id}` },
      image: meta('og:image'),
      url: `${ORIGIN}${pathOf(post)}`,
    });
  });

  it('post: a title holding </script> cannot break out of the JSON-LD', async () => {
    const hostile = 'Wages </script><script>alert(1)</script> & <!-- more';
    const wire = createNativeBackend(demoData).getPost(2020, 9, post.slug).body as object;
    server.use(
      http.get('*/api/posts/:year/:month/:slug', () => HttpResponse.json({ ...wire, title: hostile })),
    );
    renderRoute(pathOf(post));
    await screen.findByRole('article', { name: hostile });
    await waitFor(() => expect(jsonLd()).toHaveLength(1));
    const script = document.head.querySelector('script[type="application/ld+json"]');
    expect(script?.textContent).not.toMatch(/[<>]/);
    expect(jsonLd()[0]).toMatchObject({ headline: hostile });
    expect(document.head.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('label: the /search/label/ address is canonical, whichever form was opened', async () => {
    const label = post.labels[0] ?? '';
    renderRoute(`/label/${encodeURIComponent(label)}`);
    await screen.findByRole('heading', { level: 1, name: `Showing posts with label ${label}` });
    await waitFor(() => expect(document.title).toBe(`Posts labeled ${label} | ${blogTitle}`));
    expect(canonical()).toEqual([`${ORIGIN}/search/label/${encodeURIComponent(label)}`]);
  });

  it('search results ask not to be indexed and name no canonical', async () => {
    renderRoute('/search?q=visa');
    await waitFor(() => expect(document.title).toMatch(/^Search results for/));
    expect(meta('robots')).toBe('noindex');
    expect(canonical()).toEqual([]);
  });

  it('"not found" asks not to be indexed', async () => {
    renderRoute('/no/such/page/here');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await waitFor(() => expect(document.title).toBe(`Page not found | ${blogTitle}`));
    expect(meta('robots')).toBe('noindex');
    expect(canonical()).toEqual([]);
  });

  it('after a client navigation the head holds the new page only', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest posts' });
    await user.click(await screen.findByRole('link', { name: 'Archive' }));
    await waitFor(() => expect(document.title).toMatch(/^Archive/));
    expect(canonical()).toEqual([`${ORIGIN}/archive`]);
    expect(document.head.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
    expect(document.head.querySelectorAll('title')).toHaveLength(1);
  });
});
