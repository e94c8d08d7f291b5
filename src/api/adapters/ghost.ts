import {
  array,
  boolean,
  DecodeError,
  integer,
  isoDate,
  isRecord,
  nonEmptyString,
  nullable,
  object,
  optional,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../decode';
import { createHttpClient, type FetchFn } from '../http';
import { firstImage } from '../../lib/first-image';
import { labelUrl, postUrl, profileUrl, staticPageUrl } from '../../lib/paths';
import { NotFoundError } from '../errors';
import { safeFeeds } from './feeds';
import type { Blog, BlogApi, Capabilities, FeaturedPost, Page, Post, PostSummary, Profile } from '../types';
import { commentsRefused, queryString } from './backend-requests';
import { archiveOf, cached, neighboursOf, sortLabels, type IndexEntry } from './listing';
import { DEFAULT_PAGE_SIZE, pageNumberOf, slicePage } from './paging';
import { contactIn, decodeSegment, bodyExcerpt, excerptOf, htmlToText, readingMinutes } from './text';
import { isTimeZone, periodBounds, zonedYearMonth } from './time-zones';
import { featuredFirstPage, postTitle } from './post-facts';

/**
 * Ghost Content API v5 (`<site>/ghost/api/content/…?key=…`, `Accept-Version: v5.0`). Ghost filters by
 * tag, author and date itself (NQL); the archive and neighbours come from a lightweight listing of every
 * post (cached), and search runs over that listing's titles and excerpts, as Ghost's own search does.
 * The Content API has no comments.
 */

export type GhostApiConfig = {
  /** The site (or its admin domain) without /ghost/api. */
  url: string;
  /** Content API key (public, read-only). */
  key: string;
  id?: string;
  timeoutMs?: number;
};

export const GHOST_API_VERSION = 'v5.0';

export const ghostCapabilities: Capabilities = {
  comments: 'none',
  search: true,
  labels: true,
  profiles: true,
  archive: 'derived',
  pages: true,
  featuredPosts: true,
};

// ---------------------------------------------------------------- wire format

const gTag = object({
  name: string,
  slug: nonEmptyString,
  visibility: withDefault(string, 'public'),
  count: optional(object({ posts: withDefault(integer, 0) })),
});
const gAuthorRef = object({ slug: nonEmptyString, name: string });
const gPost = object({
  id: nonEmptyString,
  slug: nonEmptyString,
  title: withDefault(string, ''),
  html: nullable(string),
  published_at: isoDate,
  updated_at: nullable(isoDate),
  custom_excerpt: nullable(string),
  excerpt: nullable(string),
  reading_time: withDefault(integer, 0),
  authors: withDefault(array(gAuthorRef), []),
  tags: withDefault(array(gTag), []),
  featured: withDefault(boolean, false),
  feature_image: withDefault(nullable(url), null),
  feature_image_alt: withDefault(nullable(string), null),
});
export type GhostPost = Decoded<typeof gPost>;

const gIndexPost = object({
  id: nonEmptyString,
  slug: nonEmptyString,
  title: withDefault(string, ''),
  published_at: isoDate,
  custom_excerpt: nullable(string),
  excerpt: nullable(string),
});
export type GhostIndexPost = Decoded<typeof gIndexPost>;

const gAuthor = object({
  slug: nonEmptyString,
  name: string,
  profile_image: nullable(url),
  bio: nullable(string),
  location: nullable(string),
  website: nullable(url),
  twitter: nullable(string),
  facebook: nullable(string),
  count: optional(object({ posts: withDefault(integer, 0) })),
});
export type GhostAuthor = Decoded<typeof gAuthor>;

const gSettings = object({
  settings: object({
    title: withDefault(string, ''),
    description: nullable(string),
    lang: nullable(string),
    locale: nullable(string),
    timezone: nullable(string),
    url: nullable(url),
  }),
});
export type GhostSettings = Decoded<typeof gSettings>['settings'];

const gPage = object({ slug: nonEmptyString, title: withDefault(string, ''), html: nullable(string) });

/** A browse answer: `{ <resource>: [...], meta: { pagination } }`. */
function browse<T>(resource: string, item: Decoder<T>) {
  const pagination = object({ next: nullable(integer), total: withDefault(integer, 0) });
  return (value: unknown, path: string) => {
    const items = array(item)(isRecord(value) ? value[resource] : undefined, resource);
    const { meta } = object({ meta: object({ pagination }) })(value, path);
    return { items, next: meta.pagination.next, total: meta.pagination.total };
  };
}

/** A read answer: the same envelope holding exactly one item. */
function single<T>(resource: string, item: Decoder<T>): Decoder<T> {
  return (value) => {
    const [first] = array(item)(isRecord(value) ? value[resource] : undefined, resource);
    if (first === undefined) throw new DecodeError(resource, 'a list with one item');
    return first;
  };
}

// ---------------------------------------------------------------- mapping (pure)

export function ghostTimeZone(settings: Pick<GhostSettings, 'timezone'>): string {
  return isTimeZone(settings.timezone) ? settings.timezone : 'UTC';
}

export function ghostLocale(settings: Pick<GhostSettings, 'locale' | 'lang'>): string {
  try {
    return Intl.getCanonicalLocales(settings.locale || settings.lang || 'en-US')[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

export function mapGhostBlog(settings: GhostSettings, mainAuthorId: string | undefined): Blog {
  const home = settings.url?.replace(/\/*$/, '/');
  return {
    title: settings.title,
    description: settings.description ?? '',
    locale: ghostLocale(settings),
    timeZone: ghostTimeZone(settings),
    url: home,
    mainAuthorId,
    feeds: home ? safeFeeds({ rss: `${home}rss/` }) : {},
  };
}

/** Ghost's own paths are /slug/; Lectern's are dated in the blog's zone (from Ghost's settings). */
export function mapGhostSummary(post: GhostPost, timeZone: string): PostSummary {
  const text = htmlToText(post.html ?? '');
  const author = post.authors[0];
  return {
    ...zonedYearMonth(post.published_at, timeZone),
    slug: post.slug,
    id: post.id,
    title: postTitle(post.title),
    published: post.published_at,
    updated: post.updated_at ?? post.published_at,
    author: { id: author?.slug ?? '', displayName: author?.name ?? 'Unknown author' },
    // Internal tags (`#name`) organise posts in Ghost's admin and are not for readers.
    labels: post.tags.filter((t) => t.visibility === 'public').map((t) => t.name),
    // A hand-written excerpt wins; else the body's opening up to a jump break; else Ghost's own excerpt.
    ...(post.custom_excerpt
      ? { excerpt: excerptOf(post.custom_excerpt) }
      : bodyExcerpt(post.html ?? '', post.excerpt || text)),
    commentCount: 0,
    readingMinutes: post.reading_time > 0 ? post.reading_time : readingMinutes(text),
    ...(post.featured ? { featured: true } : {}),
  };
}

export function mapGhostIndexEntry(post: GhostIndexPost, timeZone: string): IndexEntry & { text: string } {
  return {
    ...zonedYearMonth(post.published_at, timeZone),
    slug: post.slug,
    id: post.id,
    title: postTitle(post.title),
    published: post.published_at,
    text: `${post.title} ${post.custom_excerpt ?? ''} ${post.excerpt ?? ''}`.toLowerCase(),
  };
}

export function mapGhostProfile(author: GhostAuthor): Profile {
  const about = author.bio ?? '';
  const links = [
    author.website
      ? { title: new URL(author.website, 'https://x.invalid').hostname, url: author.website }
      : null,
    author.twitter
      ? { title: author.twitter, url: `https://x.com/${author.twitter.replace(/^@/, '')}` }
      : null,
    author.facebook ? { title: 'Facebook', url: `https://www.facebook.com/${author.facebook}` } : null,
  ].filter((l) => l !== null);
  return {
    id: author.slug,
    displayName: author.name,
    photo: author.profile_image
      ? { url: author.profile_image, width: 96, height: 96, alt: `Photo of ${author.name}` }
      : null,
    location: author.location ?? '',
    about,
    ...contactIn(about),
    links,
    interests: [],
  };
}

/** An NQL string value: single-quoted, quotes and backslashes escaped. */
export function nqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

// ---------------------------------------------------------------- the adapter

export function createGhostApi(config: GhostApiConfig, fetchFn: FetchFn): BlogApi {
  const site = config.url.replace(/\/+$/, '').replace(/\/ghost\/api\/content$/, '');
  const http = createHttpClient(fetchFn, {
    timeoutMs: config.timeoutMs,
    headers: { 'Accept-Version': GHOST_API_VERSION },
  });
  type Params = Record<string, string | number | undefined>;
  const at = (path: string, params: Params = {}) =>
    `${site}/ghost/api/content${path}${queryString({ key: config.key, ...params })}`;
  const seg = encodeURIComponent;
  const include = 'authors,tags';

  async function all<T>(path: string, params: Params, resource: string, item: Decoder<T>) {
    const items: T[] = [];
    let page: number | null = 1;
    for (let i = 0; page !== null && i < 100; i += 1) {
      const answer: { items: T[]; next: number | null } = await http.getJson(
        at(path, { ...params, limit: 100, page }),
        browse(resource, item),
      );
      items.push(...answer.items);
      page = answer.next;
    }
    return items;
  }

  const settings = cached(async () => (await http.getJson(at('/settings/'), gSettings)).settings);
  const zone = async () => ghostTimeZone(await settings());
  const index = cached(async () => {
    const fields = 'id,slug,title,published_at,custom_excerpt,excerpt';
    const [timeZone, posts] = await Promise.all([zone(), all('/posts/', { fields }, 'posts', gIndexPost)]);
    return posts.map((p) => mapGhostIndexEntry(p, timeZone));
  });
  const tags = cached(() =>
    all('/tags/', { include: 'count.posts', filter: 'visibility:public' }, 'tags', gTag),
  );

  async function summaries(posts: GhostPost[]): Promise<PostSummary[]> {
    const timeZone = await zone();
    return posts.map((p) => mapGhostSummary(p, timeZone));
  }

  const empty: Page<PostSummary> = { items: [], next: null, total: 0 };

  return {
    id: config.id ?? `ghost:${site}`,
    capabilities: ghostCapabilities,

    async getBlog() {
      const [info, authors] = await Promise.all([
        settings(),
        // The author with the most posts stands for the blog in the About Me card.
        all('/authors/', { include: 'count.posts' }, 'authors', gAuthor).catch(() => []),
      ]);
      const posts = (a: GhostAuthor | undefined) => a?.count?.posts ?? -1;
      const main = authors.reduce<GhostAuthor | undefined>(
        (best, a) => (posts(a) > posts(best) ? a : best),
        undefined,
      );
      return mapGhostBlog(info, main?.slug);
    },

    async listPosts(params, signal) {
      const limit = params.limit ?? DEFAULT_PAGE_SIZE;
      const filter: string[] = [];
      if (params.label) {
        const tag = (await tags()).find((t) => t.name.toLowerCase() === params.label?.toLowerCase());
        if (!tag) return empty;
        filter.push(`tag:${nqlString(tag.slug)}`);
      }
      if (params.authorId) filter.push(`author:${nqlString(params.authorId)}`);
      if (params.year) {
        const { start, end } = periodBounds(params.year, params.month, await zone());
        // Ghost stores UTC and documents dates in filters as 'YYYY-MM-DD HH:mm:ss'.
        const iso = (ms: number) => nqlString(new Date(ms).toISOString().slice(0, 19).replace('T', ' '));
        filter.push(`published_at:>=${iso(start)}`, `published_at:<${iso(end)}`);
      }
      const query = params.query?.trim().toLowerCase();
      if (query) {
        // Ghost has no full-text search in its Content API: match titles and excerpts of the listing.
        const found = (await index()).filter((e) => e.text.includes(query));
        const page = slicePage(found, params.cursor, limit);
        if (page.items.length === 0) return { ...page, items: [] };
        filter.push(`id:[${page.items.map((e) => e.id).join(',')}]`);
        const answer = await http.getJson(
          at('/posts/', { include, filter: filter.join('+'), limit: page.items.length }),
          browse('posts', gPost),
          { signal },
        );
        const items = await summaries(answer.items);
        items.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
        return { items, next: page.next, total: filter.length === 1 ? page.total : undefined };
      }
      const browsePage = async (extra: string[], page: number, size: number) => {
        const answer = await http.getJson(
          at('/posts/', { include, filter: [...filter, ...extra].join('+') || undefined, limit: size, page }),
          browse('posts', gPost),
          { signal },
        );
        return {
          items: await summaries(answer.items),
          next: answer.next ? `p${answer.next}` : null,
          total: answer.total,
        };
      };
      const page = pageNumberOf(params.cursor);
      if (params.featuredFirst) {
        // Featured posts lead the first page; every page of the rest leaves them out.
        return featuredFirstPage(
          params.cursor,
          async () => (await browsePage(['featured:true'], 1, 100)).items,
          () => browsePage(['featured:false'], page, limit),
        );
      }
      return browsePage([], page, limit);
    },

    async getFeaturedPost(signal): Promise<FeaturedPost | null> {
      const answer = await http.getJson(
        at('/posts/', { include, filter: 'featured:true', limit: 1 }),
        browse('posts', gPost),
        { signal },
      );
      const [post] = answer.items;
      if (!post) return null;
      const [summary] = await summaries([post]);
      const image = post.feature_image
        ? { url: post.feature_image, alt: post.feature_image_alt ?? '' }
        : firstImage(post.html ?? '', `${site}/`);
      return { post: summary as PostSummary, image };
    },

    async getPost(path, signal): Promise<Post> {
      // Ghost finds posts by slug alone: a year or month that disagrees still finds the post.
      const post = await http.getJson(
        at(`/posts/slug/${seg(path.slug)}/`, { include }),
        single('posts', gPost),
        {
          signal,
        },
      );
      const [[summary], entries] = await Promise.all([summaries([post]), index()]);
      return { ...(summary as PostSummary), html: post.html ?? '', ...neighboursOf(entries, post.id) };
    },

    getArchive: async () => archiveOf(await index()),
    listLabels: async () =>
      sortLabels((await tags()).map((t) => ({ name: t.name, count: t.count?.posts ?? 0 }))),

    getAuthor: async (id, signal) =>
      mapGhostProfile(
        await http.getJson(at(`/authors/slug/${seg(id)}/`), single('authors', gAuthor), { signal }),
      ),

    listComments: async () => ({ items: [], next: null, total: 0 }),
    createComment: async () => {
      throw commentsRefused();
    },

    async getStaticPage(slug, signal) {
      const page = await http.getJson(at(`/pages/slug/${seg(slug)}/`), single('pages', gPage), { signal });
      return { slug: page.slug, title: postTitle(page.title), html: page.html ?? '' };
    },

    // Ghost's default routes for every post, tag and author (pages, which the Content API lists too, as
    // far as it answers), and its feed.
    async listOldAddresses() {
      const [entries, tagList, authors, pages] = await Promise.all([
        index(),
        tags(),
        all('/authors/', {}, 'authors', gAuthor).catch(() => []),
        all('/pages/', { fields: 'slug,title' }, 'pages', gPage).catch(() => []),
      ]);
      return [
        ...entries.map((entry) => ({ from: `/${seg(entry.slug)}/`, to: postUrl(entry) })),
        ...pages.map((page) => ({ from: `/${seg(page.slug)}/`, to: staticPageUrl(page.slug) })),
        ...tagList.map((tag) => ({ from: `/tag/${seg(tag.slug)}/`, to: labelUrl(tag.name) })),
        ...authors.map((author) => ({ from: `/author/${seg(author.slug)}/`, to: profileUrl(author.slug) })),
        { from: '/rss/', to: `${site}/rss/` },
      ];
    },

    // Ghost's theme addresses: /a-post/ (and its /amp/), /about/ (a page), /tag/x/, /author/x/, each
    // list's /page/N/, and the feeds (/rss/, /tag/x/rss/), which stay Ghost's.
    async findOldAddress(url, signal) {
      let parts = url.pathname.split('/').filter(Boolean).map(decodeSegment);
      if (parts.at(-1) === 'rss') return `${site}${url.pathname}`;
      const paged = parts.at(-2) === 'page' && /^\d+$/.test(parts.at(-1) ?? '');
      if (paged) parts = parts.slice(0, -2);
      if (parts.at(-1) === 'amp') parts = parts.slice(0, -1);
      const [first, second] = parts;
      if (!first) return paged ? '/' : null;
      const missing = (error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      };
      if (first === 'tag' && second && parts.length === 2) {
        const tag = (await tags()).find((t) => t.slug === second);
        return tag ? labelUrl(tag.name) : null;
      }
      if (first === 'author' && second && parts.length === 2) {
        const author = await http
          .getJson(at(`/authors/slug/${seg(second)}/`), single('authors', gAuthor), { signal })
          .catch(missing);
        return author ? profileUrl(author.slug) : null;
      }
      if (parts.length !== 1 || paged) return null;
      const post = await http
        .getJson(at(`/posts/slug/${seg(first)}/`), single('posts', gIndexPost), { signal })
        .catch(missing);
      if (post) return postUrl(mapGhostIndexEntry(post, await zone()));
      const page = await http
        .getJson(at(`/pages/slug/${seg(first)}/`), single('pages', gPage), { signal })
        .catch(missing);
      return page ? staticPageUrl(page.slug) : null;
    },
  };
}
