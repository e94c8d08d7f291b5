/**
 * What the server benchmarks ask `npm start` for: the demo post they load, the headers a browser
 * sends for a page, and every page of the demo blog (for the memory run, so caches keyed by address
 * see the whole blog, not one page).
 */
import { demoData } from '../../mocks/data/index';
import { postPath } from '../../tests/support/post-path';

/** The post the static-build benchmarks load too (bench/lighthouse.bench.test.ts). */
export const POST_PATH = '/2024/09/new-law-bans-mandatory-anti-union-meetings.html';

/** A page request as Chromium sends it: the server compresses its answer as it would for a reader. */
export const BROWSER_HEADERS = {
  Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Accept-Encoding': 'gzip, deflate, br',
  'Accept-Language': 'en-US,en;q=0.9',
};

/** Home, every post, month archive, label page and profile of the demo blog. */
export function everyPage(): string[] {
  const posts = demoData.posts.map((post) => postPath(post));
  const months = [...new Set(posts.map((path) => path.replace(/[^/]+\.html$/, '')))];
  const labels = [...new Set(demoData.posts.flatMap((post) => post.labels))].map(
    (label) => `/search/label/${encodeURIComponent(label)}`,
  );
  const profiles = demoData.authors.map((author) => `/profile/${author.id}`);
  return ['/', ...posts, ...months, ...labels, ...profiles];
}

/** Value at quantile q (0–1) of `values`, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
