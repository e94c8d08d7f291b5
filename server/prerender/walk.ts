import { createHash } from 'node:crypto';
import { POSTS_PER_PAGE } from '../../src/api/queries';
import type { BlogApi, PostSummary } from '../../src/api/types';
import { olderSearch } from '../../src/lib/cursor-trail';
import { labelUrl, monthUrl, postUrl, profileUrl, staticPageUrl, yearUrl } from '../../src/lib/paths';
import { HOME_FILTER } from '../../src/pages/page-loaders';
import { fileForAddress, fileForOlderPage } from './addresses';

/**
 * The walk: every address of the blog that prerendering writes, found through the same BlogApi the
 * pages read, each with a key that changes when what the page shows changes (incremental runs compare
 * it with the last run's, server/prerender/manifest.ts). Reading everything costs one listing of all
 * posts (100 a request), the home page's own pages, and the blog's facts; the pages' own data is read
 * when they render.
 */

export type PageKind =
  'home' | 'older' | 'post' | 'archive' | 'year' | 'month' | 'label' | 'profile' | 'static' | 'not-found';

export type PlannedPage = {
  kind: PageKind;
  /** Path and query, as the app links to it. */
  path: string;
  /** Relative output file (server/prerender/addresses.ts). */
  file: string;
  /** Changes when the page's content would: a hash of the data it shows. */
  key: string;
  /** The newest `updated` among the posts it shows, for the sitemap. */
  lastmod?: string;
  /** Listed in sitemap.xml: the canonical addresses, not older home pages nor the not-found page. */
  inSitemap: boolean;
};

/** One page of the home list: its address, the posts it lists and its next cursor. */
export type HomePage = { path: string; ids: string[]; next: string | null };

export type Walk = {
  pages: PlannedPage[];
  /** The home list's pages, and what they were computed from, for the next run (manifest.ts). */
  home: { order: string; pages: HomePage[] };
  posts: PostSummary[];
  /** The key of what every page shows beside its own content. */
  site: string;
};

export type WalkOptions = {
  /** Static pages to write besides those found in rendered pages (`/p/slug.html` links). */
  staticPages?: string[];
  /** The last run's home pages: reused when the posts' order and featured ones are unchanged. */
  previousHome?: { order: string; pages: HomePage[] } | undefined;
  /** Told as listing pages arrive (how many posts so far). */
  onProgress?: (postsListed: number) => void;
};

/** The address the not-found page is rendered at (and written to, as 404.html). */
export const NOT_FOUND_PATH = '/404.html';

/** Listing every post: the largest page the backends allow (native and WordPress: 100). */
const LISTING_LIMIT = 100;

function hash(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

/** What a list shows of a post: a change to any of it re-renders the lists that show the post. */
function shown(post: PostSummary): unknown[] {
  return [post.id, post.updated, post.title, post.commentCount, post.labels, post.author.id];
}

function newest(posts: readonly PostSummary[]): string | undefined {
  let best: string | undefined;
  for (const post of posts) if (!best || post.updated > best) best = post.updated;
  return best;
}

function group<K>(posts: readonly PostSummary[], keyOf: (post: PostSummary) => K[]): Map<K, PostSummary[]> {
  const groups = new Map<K, PostSummary[]>();
  for (const post of posts) {
    for (const key of keyOf(post)) {
      const list = groups.get(key);
      if (list) list.push(post);
      else groups.set(key, [post]);
    }
  }
  return groups;
}

export async function walkBlog(api: BlogApi, options: WalkOptions = {}): Promise<Walk> {
  const { capabilities } = api;
  const [blog, archive, labels] = await Promise.all([
    api.getBlog(),
    api.getArchive(),
    capabilities.labels ? api.listLabels() : Promise.resolve([]),
  ]);
  // What every page shows beside its own content (header, Blog Archive counts, Labels): a change
  // there is a change to every page.
  const site = hash(blog, archive, labels);
  const pages: PlannedPage[] = [];
  const add = (page: Omit<PlannedPage, 'file'> & { file?: string }) =>
    pages.push({ ...page, file: page.file ?? fileForAddress(page.path) });

  // Every post, newest first.
  const posts: PostSummary[] = [];
  for (let cursor: string | null = null; ;) {
    const page = await api.listPosts({ cursor, limit: LISTING_LIMIT });
    posts.push(...page.items);
    options.onProgress?.(posts.length);
    if (!page.next || page.items.length === 0) break;
    cursor = page.next;
  }

  // The home page and its older pages, as the app pages them (featured posts first, POSTS_PER_PAGE):
  // one request a page, in a chain. When the order of all posts and which are featured are what they
  // were last time, so are the pages: the last run's are used, with today's summaries.
  const order = hash(posts.map((post) => [post.id, post.featured === true]));
  const byId = new Map(posts.map((post) => [post.id, post]));
  const reused =
    options.previousHome?.order === order &&
    options.previousHome.pages.every((page) => page.ids.every((id) => byId.has(id)))
      ? options.previousHome.pages
      : null;
  const homePages: HomePage[] = reused ?? [];
  if (!reused) {
    let search = new URLSearchParams();
    for (;;) {
      const cursor = search.getAll('page').at(-1) ?? null;
      const page = await api.listPosts({ ...HOME_FILTER, cursor, limit: POSTS_PER_PAGE });
      const query = search.toString();
      homePages.push({
        path: query ? `/?${query}` : '/',
        ids: page.items.map((post) => post.id),
        next: page.next,
      });
      if (!page.next || page.items.length === 0) break;
      search = new URLSearchParams(olderSearch(search, page.next));
    }
  }
  for (const [i, home] of homePages.entries()) {
    const items = home.ids.map((id) => byId.get(id)!);
    add({
      kind: i === 0 ? 'home' : 'older',
      path: home.path,
      file: i === 0 ? 'index.html' : fileForOlderPage(home.path),
      key: hash(site, items.map(shown), home.next),
      lastmod: newest(items),
      inSitemap: i === 0,
    });
  }

  // Posts: each with its neighbours (the pager names them) and its month (the Blog Archive lists it).
  const byMonth = group(posts, (post) => [`${post.year}-${post.month}`]);
  for (const [i, post] of posts.entries()) {
    const month = byMonth.get(`${post.year}-${post.month}`) ?? [];
    add({
      kind: 'post',
      path: postUrl(post),
      key: hash(
        site,
        shown(post),
        posts[i - 1] ? shown(posts[i - 1]!) : null,
        posts[i + 1] ? shown(posts[i + 1]!) : null,
        month.map(shown),
      ),
      lastmod: post.updated,
      inSitemap: true,
    });
  }

  // Archives: everything, each year, each month.
  add({ kind: 'archive', path: '/archive', key: hash(site, posts.slice(0, 50).map(shown)), inSitemap: true });
  const byYear = group(posts, (post) => [post.year]);
  for (const year of archive) {
    const inYear = byYear.get(year.year) ?? [];
    add({
      kind: 'year',
      path: yearUrl(year.year),
      key: hash(site, inYear.map(shown)),
      lastmod: newest(inYear),
      inSitemap: true,
    });
    for (const month of year.months) {
      if (month.count === 0) continue;
      const inMonth = byMonth.get(`${year.year}-${month.month}`) ?? [];
      add({
        kind: 'month',
        path: monthUrl(year.year, month.month),
        key: hash(site, inMonth.map(shown)),
        lastmod: newest(inMonth),
        inSitemap: true,
      });
    }
  }

  // Labels: every label the backend lists (and any a post carries that it did not).
  const byLabel = group(posts, (post) => post.labels);
  const labelNames = new Set([...labels.map((label) => label.name), ...byLabel.keys()]);
  if (capabilities.labels) {
    for (const name of labelNames) {
      const tagged = byLabel.get(name) ?? [];
      if (tagged.length === 0) continue;
      add({
        kind: 'label',
        path: labelUrl(name),
        key: hash(site, tagged.map(shown)),
        lastmod: newest(tagged),
        inSitemap: true,
      });
    }
  }

  // Authors: everyone who wrote a post, and the blog's own.
  if (capabilities.profiles) {
    const byAuthor = group(posts, (post) => [post.author.id]);
    const ids = new Set([...(blog.mainAuthorId ? [blog.mainAuthorId] : []), ...byAuthor.keys()]);
    for (const id of ids) {
      if (!id) continue;
      const profile = await api.getAuthor(id).catch(() => null);
      if (!profile) continue;
      const theirs = byAuthor.get(id) ?? [];
      add({
        kind: 'profile',
        path: profileUrl(id),
        key: hash(site, profile, theirs.slice(0, POSTS_PER_PAGE * 2).map(shown)),
        lastmod: newest(theirs),
        inSitemap: true,
      });
    }
  }

  // Static pages: the backends have no list of them; those named here, and those rendered pages link to.
  if (capabilities.pages) {
    for (const slug of options.staticPages ?? []) {
      const page = await api.getStaticPage(slug).catch(() => null);
      if (page) add(staticPagePlan(site, slug, page));
    }
  }

  add({ kind: 'not-found', path: NOT_FOUND_PATH, file: '404.html', key: hash(site), inSitemap: false });
  return { pages: dedupe(pages), posts, site, home: { order, pages: homePages } };
}

/** A static page's plan, keyed on its content. */
export function staticPagePlan(site: string, slug: string, page: unknown): PlannedPage {
  const path = staticPageUrl(slug);
  return { kind: 'static', path, file: fileForAddress(path), key: hash(site, page), inSitemap: true };
}

function dedupe(pages: PlannedPage[]): PlannedPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    if (seen.has(page.file)) return false;
    seen.add(page.file);
    return true;
  });
}

/** The static pages (`/p/slug.html`) a rendered page links to, by slug. */
export function linkedStaticPages(html: string): string[] {
  const slugs = new Set<string>();
  for (const match of html.matchAll(/href="\/p\/([^"?#]+?)(?:\.html)?(?:[?#][^"]*)?"/g)) {
    try {
      slugs.add(decodeURIComponent(match[1]!));
    } catch {
      // Not a percent-encoding the app wrote: not one of its links.
    }
  }
  return [...slugs];
}
