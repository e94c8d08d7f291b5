import {
  array,
  DecodeError,
  isoDate,
  object,
  optional,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../decode';
import { NotFoundError } from '../errors';
import { createHttpClient, type FetchFn } from '../http';
import { safeFeeds } from './feeds';
import type { Blog, BlogApi, Capabilities, Post, PostSummary, Profile } from '../types';
import { commentsRefused } from './backend-requests';
import {
  archiveOf,
  byNewest,
  cached,
  findBySlug,
  labelCounts,
  linkOf,
  mostFrequent,
  samePath,
} from './listing';
import { DEFAULT_PAGE_SIZE, slicePage } from './paging';
import { decodeEntities, htmlToText } from '../../lib/html-text';
import { decodeSegment, bodyExcerpt, excerptOf, readingMinutes, slugify, textToParagraphs } from './text';
import { guessTimeZone, isTimeZone, wallClockYearMonth } from './time-zones';
import { postTitle } from './post-facts';

/**
 * JSON Feed 1.1 (and 1.0): a feed is a file, so the adapter reads it whole, following `next_url` up to
 * `maxPages`, and answers everything from memory: lists, filters, search (over what the feed holds),
 * archive and label counts, and profiles from the authors it names. Feeds have no comments or pages.
 */

export type JsonFeedApiConfig = {
  /** The feed's URL, absolute or relative to the page. */
  url: string;
  id?: string;
  timeoutMs?: number;
  /** How many `next_url` pages to read at most. */
  maxPages?: number;
};

export const jsonFeedCapabilities: Capabilities = {
  comments: 'none',
  search: true,
  labels: true,
  profiles: true,
  archive: 'derived',
  pages: false,
};

// ---------------------------------------------------------------- wire format

const version: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(value)) {
    throw new DecodeError(path, 'a JSON Feed version URL (https://jsonfeed.org/version/1.1)');
  }
  return value;
};
/** 1.1 says ids are strings; 1.0 feeds sometimes send numbers. */
const itemId: Decoder<string> = (value, path) => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value === '') throw new DecodeError(path, 'a non-empty string');
  return value;
};
const jAuthor = object({ name: optional(string), url: optional(url), avatar: optional(url) });
export type FeedAuthor = Decoded<typeof jAuthor>;
const jItem = object({
  id: itemId,
  url: optional(url),
  title: optional(string),
  content_html: optional(string),
  content_text: optional(string),
  summary: optional(string),
  date_published: optional(isoDate),
  date_modified: optional(isoDate),
  authors: optional(array(jAuthor)),
  author: optional(jAuthor),
  tags: withDefault(array(string), []),
});
export type FeedItem = Decoded<typeof jItem>;
const jFeed = object({
  version,
  title: string,
  home_page_url: optional(url),
  feed_url: optional(url),
  description: optional(string),
  language: optional(string),
  authors: optional(array(jAuthor)),
  author: optional(jAuthor),
  next_url: optional(url),
  items: array(jItem),
});
export type JsonFeed = Decoded<typeof jFeed>;

// ---------------------------------------------------------------- mapping (pure)

export type LoadedFeed = {
  blog: Blog;
  /** Newest first, with neighbours. */
  posts: Post[];
  /** Lower-case title and text of each post, for search. */
  text: Map<string, string>;
  profiles: Map<string, Profile>;
};

/** The slug of an item: the last segment of its URL (or URL-like id), else its title's words. */
export function feedSlug(item: Pick<FeedItem, 'url' | 'id' | 'title'>): string {
  for (const link of [item.url, item.id]) {
    if (!link || !URL.canParse(link, 'https://x.invalid/')) continue;
    const segment = new URL(link, 'https://x.invalid/').pathname.split('/').filter(Boolean).pop();
    const slug = segment ? decodeSegment(segment).replace(/\.[a-z0-9]{1,5}$/i, '') : '';
    if (slug && !/^\d+$/.test(slug)) return slug;
  }
  return slugify(item.title || item.id);
}

export function feedAuthorId(author: FeedAuthor): string {
  return slugify(author.name ?? 'author');
}

function profileOf(author: FeedAuthor): Profile {
  const name = author.name ?? 'Unknown author';
  const site = author.url ? new URL(author.url, 'https://x.invalid/') : null;
  return {
    id: feedAuthorId(author),
    displayName: name,
    photo: author.avatar ? { url: author.avatar, width: 96, height: 96, alt: `Photo of ${name}` } : null,
    location: '',
    about: '',
    email: null,
    phone: null,
    links: site && author.url ? [{ title: site.hostname, url: author.url }] : [],
    interests: [],
  };
}

/** One item as a post (without neighbours); null for an item with no date, which has no place in a blog. */
export function mapFeedItem(
  item: FeedItem,
  feedAuthor: FeedAuthor | undefined,
): Omit<Post, 'newer' | 'older'> | null {
  const published = item.date_published ?? item.date_modified;
  if (!published) return null;
  const html = item.content_html ?? textToParagraphs(item.content_text ?? '');
  const text = htmlToText(html);
  const author: FeedAuthor = item.authors?.[0] ??
    item.author ??
    feedAuthor ?? { name: 'Unknown author', url: undefined, avatar: undefined };
  return {
    ...wallClockYearMonth(published),
    slug: feedSlug(item),
    id: item.id,
    // A title-less item (a micro-post) is named by its first words; one with no words either is untitled.
    title: postTitle(item.title?.trim() ? decodeEntities(item.title) : excerptOf(text, 60)),
    published,
    updated: item.date_modified ?? published,
    author: { id: feedAuthorId(author), displayName: author.name ?? 'Unknown author' },
    labels: item.tags,
    // A hand-written summary wins over the body's opening (up to a jump break, or its first words).
    ...(item.summary ? { excerpt: excerptOf(htmlToText(item.summary)) } : bodyExcerpt(html, text)),
    commentCount: 0,
    readingMinutes: readingMinutes(text),
    html,
  };
}

export function mapFeed(pages: JsonFeed[], feedUrl: string): LoadedFeed {
  const first = pages[0];
  const feedAuthor = first?.authors?.[0] ?? first?.author;
  const seen = new Set<string>();
  const posts = pages
    .flatMap((page) => page.items)
    .filter((item) => !seen.has(item.id) && seen.add(item.id))
    .map((item) => mapFeedItem(item, feedAuthor))
    .filter((post) => post !== null)
    .sort(byNewest);
  // Two items with the same slug in one month get -2, -3…, so every path names one post.
  const paths = new Set<string>();
  for (const post of posts) {
    const base = post.slug;
    for (let n = 2; paths.has(`${post.year}/${post.month}/${post.slug}`); n += 1) post.slug = `${base}-${n}`;
    paths.add(`${post.year}/${post.month}/${post.slug}`);
  }
  const linked: Post[] = posts.map((post, i) => {
    const newer = posts[i - 1];
    const older = posts[i + 1];
    return { ...post, newer: newer ? linkOf(newer) : null, older: older ? linkOf(older) : null };
  });
  const authors = pages.flatMap((p) => p.items.flatMap((i) => i.authors ?? (i.author ? [i.author] : [])));
  const profiles = new Map(
    [...authors, ...(feedAuthor ? [feedAuthor] : [])].map((a) => [feedAuthorId(a), profileOf(a)]),
  );
  const zone = guessTimeZone(linked.map((p) => p.published));
  let locale = 'en-US';
  try {
    locale = Intl.getCanonicalLocales(first?.language || 'en-US')[0] ?? locale;
  } catch {
    // An invalid language tag: keep the default.
  }
  const blog: Blog = {
    title: first ? decodeEntities(first.title) : '',
    description: first?.description ?? '',
    locale,
    timeZone: isTimeZone(zone) ? zone : 'UTC',
    url: first?.home_page_url,
    mainAuthorId: feedAuthor ? feedAuthorId(feedAuthor) : mostFrequent(linked.map((p) => p.author.id)),
    feeds: safeFeeds({ json: first?.feed_url ?? feedUrl }),
  };
  const text = new Map(linked.map((p) => [p.id, `${p.title} ${htmlToText(p.html)}`.toLowerCase()]));
  return { blog, posts: linked, text, profiles };
}

function summaryOf(post: Post): PostSummary {
  const { year, month, slug, id, title, published, updated, author, labels, excerpt } = post;
  return {
    year,
    month,
    slug,
    id,
    title,
    published,
    updated,
    author,
    labels,
    excerpt,
    commentCount: 0,
    readingMinutes: post.readingMinutes,
  };
}

// ---------------------------------------------------------------- the adapter

export function createJsonFeedApi(config: JsonFeedApiConfig, fetchFn: FetchFn): BlogApi {
  const http = createHttpClient(fetchFn, { timeoutMs: config.timeoutMs });
  const maxPages = config.maxPages ?? 50;
  const resolve = (ref: string, base: string) => {
    const origin = typeof location === 'undefined' ? undefined : location.href;
    try {
      return new URL(ref, new URL(base, origin)).href;
    } catch {
      return ref;
    }
  };

  const feed = cached(async () => {
    const pages: JsonFeed[] = [];
    const visited = new Set<string>();
    let next: string | undefined = config.url;
    while (next && pages.length < maxPages && !visited.has(next)) {
      visited.add(next);
      const page: JsonFeed = await http.getJson(next, jFeed);
      pages.push(page);
      next = page.next_url ? resolve(page.next_url, next) : undefined;
    }
    return mapFeed(pages, config.url);
  });

  return {
    id: config.id ?? `jsonfeed:${config.url}`,
    capabilities: jsonFeedCapabilities,
    getBlog: async () => (await feed()).blog,

    async listPosts(params) {
      const { posts, text } = await feed();
      const label = params.label?.toLowerCase();
      // No server to ask: search, like every filter, runs over the posts the feed holds.
      const query = params.query?.trim().toLowerCase();
      const found = posts.filter(
        (p) =>
          (!label || p.labels.some((l) => l.toLowerCase() === label)) &&
          (!query || (text.get(p.id) ?? '').includes(query)) &&
          (!params.year || p.year === params.year) &&
          (!params.month || p.month === params.month) &&
          (!params.authorId || p.author.id === params.authorId),
      );
      const page = slicePage(found, params.cursor, params.limit ?? DEFAULT_PAGE_SIZE);
      return { ...page, items: page.items.map(summaryOf) };
    },

    async getPost(path) {
      const { posts } = await feed();
      // An unknown path falls back to the slug, so a link with another month still finds its post.
      const post = posts.find((p) => samePath(p, path)) ?? findBySlug(posts, path);
      if (!post) throw new NotFoundError('No post at this address');
      return post;
    },

    getArchive: async () => archiveOf((await feed()).posts),
    listLabels: async () => labelCounts((await feed()).posts.map((p) => p.labels)),

    async getAuthor(id) {
      const profile = (await feed()).profiles.get(id);
      if (!profile) throw new NotFoundError('No author with this id');
      return profile;
    },

    listComments: async () => ({ items: [], next: null, total: 0 }),
    createComment: async () => {
      throw commentsRefused();
    },
    getStaticPage: async () => {
      throw new NotFoundError('This blog has no pages');
    },
  };
}
