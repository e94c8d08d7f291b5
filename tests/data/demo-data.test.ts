/**
 * Sanity checks on the embedded demo blog (mocks/data): the shape the app's pages, archive,
 * label list and comment paging rely on, and that every referenced illustration ships in public/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import type { DemoComment, DemoPost } from '../../mocks/data/types';

const { blog, authors, posts, comments, pages } = demoData;
const publicDir = resolve(fileURLToPath(import.meta.url), '../../../public');

/** Calendar parts of an instant in the blog's time zone. */
const localParts = (iso: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: blog.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'long',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    date: `${get('year')}-${get('month')}-${get('day')}`,
    weekday: get('weekday'),
    // "GMT-07:00" -> "-07:00"
    offset: get('timeZoneName').replace('GMT', ''),
  };
};

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const commentsOf = (postId: string) => comments.filter((c) => c.postId === postId);
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const publicFile = (url: string) => resolve(publicDir, url.replace(/^\//, ''));

describe('demo blog', () => {
  test('is an en-US blog in Los Angeles whose main author is the first author', () => {
    expect(blog.locale).toBe('en-US');
    expect(blog.timeZone).toBe('America/Los_Angeles');
    expect(blog.title.length).toBeGreaterThan(0);
    expect(blog.description.length).toBeGreaterThan(0);
    expect(blog.mainAuthorId).toBe(authors[0]?.id);
  });

  test('has two authors whose bios carry their phone number and email address', () => {
    expect(authors).toHaveLength(2);
    for (const author of authors) {
      expect(author.about).toContain(author.phone);
      expect(author.about).toContain(author.email);
      expect(author.phone).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
      expect(author.email).toMatch(/@[a-z0-9-]+\.example$/);
      expect(author.links).toHaveLength(2);
      for (const link of author.links) expect(link.url).toMatch(/^https:\/\/[a-z0-9.-]+\.example\/$/);
      expect(author.interests.length).toBeGreaterThanOrEqual(3);
      expect(author.interests.length).toBeLessThanOrEqual(5);
      expect(author.photo).toMatchObject({
        url: `/demo/authors/${author.id}.svg`,
        width: 96,
        height: 96,
        alt: `Photo of ${author.displayName}`,
      });
      const file = publicFile(author.photo.url);
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size).toBeLessThan(2048);
      expect(readFileSync(file, 'utf8')).toContain('viewBox="0 0 96 96"');
    }
  });

  test('has an about page and a contact page', () => {
    expect(pages.map((p) => p.slug).sort()).toEqual(['about', 'contact']);
  });
});

describe('demo posts', () => {
  test('are many, newest first, with unique ids', () => {
    expect(posts.length).toBeGreaterThanOrEqual(62);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    for (let i = 1; i < posts.length; i++) {
      const prev = posts[i - 1] as DemoPost;
      const post = posts[i] as DemoPost;
      expect(Date.parse(prev.published), `${prev.id} before ${post.id}`).toBeGreaterThan(
        Date.parse(post.published),
      );
    }
  });

  test('carry the blog time zone’s UTC offset for their date', () => {
    for (const post of posts) {
      expect(post.published).toMatch(ISO_WITH_OFFSET);
      expect(post.published.slice(-6), post.id).toBe(localParts(post.published).offset);
      if (post.updated !== undefined) {
        expect(post.updated).toMatch(ISO_WITH_OFFSET);
        expect(post.updated.slice(-6), post.id).toBe(localParts(post.updated).offset);
        expect(Date.parse(post.updated)).toBeGreaterThan(Date.parse(post.published));
      }
    }
    const updated = posts.filter((p) => p.updated !== undefined).length;
    expect(updated).toBeGreaterThanOrEqual(3);
    expect(updated).toBeLessThanOrEqual(4);
  });

  test('span at least six years, with gaps and busy months', () => {
    const years = new Set(posts.map((p) => localParts(p.published).year));
    expect(years.size).toBeGreaterThanOrEqual(6);
    const perMonth = new Map<string, number>();
    for (const p of posts) {
      const { year, month } = localParts(p.published);
      perMonth.set(`${year}-${month}`, (perMonth.get(`${year}-${month}`) ?? 0) + 1);
    }
    expect(Math.max(...perMonth.values())).toBeGreaterThanOrEqual(3);
    // Whole months without posts.
    expect(perMonth.size).toBeLessThan(years.size * 12);
    const perYear = [...years].map((y) => posts.filter((p) => localParts(p.published).year === y).length);
    expect(new Set(perYear).size).toBeGreaterThan(1);
  });

  test('have slugs of lower-case words, unique within their year and month', () => {
    const seen = new Set<string>();
    for (const post of posts) {
      expect(post.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const { year, month } = localParts(post.published);
      const key = `${year}/${month}/${post.slug}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  test('use at least eight labels, each on several posts, one to three per post', () => {
    const counts = new Map<string, number>();
    for (const post of posts) {
      expect(post.labels.length).toBeGreaterThanOrEqual(1);
      expect(post.labels.length).toBeLessThanOrEqual(3);
      expect(new Set(post.labels).size).toBe(post.labels.length);
      for (const label of post.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThanOrEqual(8);
    for (const [label, n] of counts) expect(n, label).toBeGreaterThanOrEqual(3);
  });

  test('are written by both authors, the main author more often', () => {
    const ids = authors.map((a) => a.id);
    for (const post of posts) expect(ids).toContain(post.authorId);
    const byMain = posts.filter((p) => p.authorId === blog.mainAuthorId).length;
    expect(byMain).toBeGreaterThan(posts.length - byMain);
    expect(byMain).toBeLessThan(posts.length);
  });

  test('include exactly one post on Friday, September 25, 2020, with no comments', () => {
    const onDay = posts.filter((p) => localParts(p.published).date === '2020-09-25');
    expect(onDay.map((p) => p.id)).toEqual(['post-2020-09-25']);
    expect(localParts(onDay[0]?.published ?? '').weekday).toBe('Friday');
    expect(commentsOf('post-2020-09-25')).toEqual([]);
  });

  test('include a day with two posts', () => {
    const perDay = new Map<string, number>();
    for (const p of posts) {
      const { date } = localParts(p.published);
      perDay.set(date, (perDay.get(date) ?? 0) + 1);
    }
    expect([...perDay.values()].some((n) => n >= 2)).toBe(true);
  });

  test('have bodies shaped like the reference page', () => {
    let withQuote = 0;
    for (const post of posts) {
      const { html } = post;
      expect(html, post.id).toMatch(/^<p class="byline">by [A-Z][a-z]+ [A-Z][A-Za-z-]+<\/p>/);
      expect(html, post.id).toMatch(
        /<figure><img src="\/demo\/images\/[a-z-]+\.svg" alt="[^"]+" width="800" height="450"><figcaption>© Lectern Demo Illustrations<\/figcaption><\/figure>/,
      );
      expect(html, post.id).toMatch(
        /<p>For more information contact us at <a href="https:\/\/[a-z0-9.-]+\.example\/">[^<]+<\/a><\/p>$/,
      );
      if (html.includes('<blockquote><p>')) withQuote++;
      const prose = html
        .replace(/<p class="byline">.*?<\/p>/, '')
        .replace(/<figure>.*?<\/figure>/, '')
        .replace(/<p>For more information.*$/, '');
      const words = textOf(prose).split(' ').length;
      expect(words, `${post.id} has ${words} words`).toBeGreaterThanOrEqual(120);
      expect(words, `${post.id} has ${words} words`).toBeLessThanOrEqual(350);
      expect(html).not.toMatch(/<script|onerror|javascript:/i);
    }
    expect(withQuote).toBeGreaterThan(posts.length / 2);
  });

  test('only show illustrations that ship in public/', () => {
    const images = new Set<string>();
    for (const post of posts) {
      for (const [, src] of post.html.matchAll(/<img [^>]*src="([^"]+)"/g)) images.add(src ?? '');
    }
    expect(images.size).toBeGreaterThanOrEqual(8);
    for (const src of images) {
      const file = publicFile(src);
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size).toBeLessThan(3072);
      const svg = readFileSync(file, 'utf8');
      expect(svg).toContain('viewBox="0 0 800 450"');
      expect(svg).toContain('<title>');
    }
  });
});

describe('demo comments', () => {
  const postsById = new Map(posts.map((p) => [p.id, p]));
  const commentsById = new Map(comments.map((c) => [c.id, c]));

  test('have unique ids and belong to existing posts, after they were published', () => {
    expect(commentsById.size).toBe(comments.length);
    for (const comment of comments) {
      const post = postsById.get(comment.postId);
      expect(post, comment.id).toBeDefined();
      expect(comment.published).toMatch(ISO_WITH_OFFSET);
      expect(comment.published.slice(-6), comment.id).toBe(localParts(comment.published).offset);
      expect(Date.parse(comment.published)).toBeGreaterThan(Date.parse(post?.published ?? ''));
    }
  });

  test('reply only to earlier comments on the same post, in published order', () => {
    for (const comment of comments) {
      if (comment.parentId === null) continue;
      const parent = commentsById.get(comment.parentId);
      expect(parent, comment.id).toBeDefined();
      expect(parent?.postId).toBe(comment.postId);
      expect(Date.parse(parent?.published ?? '')).toBeLessThan(Date.parse(comment.published));
    }
    for (const postId of new Set(comments.map((c) => c.postId))) {
      const times = commentsOf(postId).map((c) => Date.parse(c.published));
      expect(times, postId).toEqual([...times].sort((a, b) => a - b));
    }
  });

  test('cover several posts, with a deep thread and a busy post', () => {
    expect(new Set(comments.map((c) => c.postId)).size).toBeGreaterThanOrEqual(8);

    const depth = (c: DemoComment): number =>
      c.parentId === null ? 0 : 1 + depth(commentsById.get(c.parentId) as DemoComment);
    expect(Math.max(...comments.map(depth))).toBeGreaterThanOrEqual(2);

    const topLevel = new Map<string, number>();
    for (const c of comments) {
      if (c.parentId === null) topLevel.set(c.postId, (topLevel.get(c.postId) ?? 0) + 1);
    }
    expect([...topLevel.entries()].some(([id, n]) => n >= 3 && commentsOf(id).length < 45)).toBe(true);

    const newestOf2023 = posts.find((p) => localParts(p.published).year === '2023');
    expect(newestOf2023?.id).toBe('post-2023-12-05');
    expect(commentsOf(newestOf2023?.id ?? '')).toHaveLength(45);
  });

  test('use only simple markup, with one link and one hostile snippet for the sanitizer', () => {
    const hostile = comments.filter((c) => /<script|onerror/i.test(c.html));
    expect(hostile).toHaveLength(1);
    for (const comment of comments) {
      if (hostile.includes(comment)) continue;
      const tags = [...comment.html.matchAll(/<\/?([a-z]+)/gi)].map((m) => m[1]?.toLowerCase());
      for (const tag of tags) expect(['b', 'i', 'a'], comment.id).toContain(tag);
    }
    expect(comments.some((c) => /<a href="https?:\/\//.test(c.html))).toBe(true);
    const withUrl = comments.filter((c) => c.authorUrl !== null);
    expect(withUrl.length).toBeGreaterThan(0);
    expect(withUrl.length).toBeLessThan(comments.length / 2);
    for (const c of withUrl) expect(c.authorUrl).toMatch(/^https:\/\/[a-z0-9.-]+\.example\/$/);
  });
});
