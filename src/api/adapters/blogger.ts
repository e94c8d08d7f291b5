import {
  array,
  DecodeError,
  isoDate,
  nonEmptyString,
  object,
  optional,
  safeLinkOrNull,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../decode';
import { ApiError, NotFoundError } from '../errors';
import { createHttpClient, type FetchFn } from '../http';
import { safeFeeds, safeFeedUrl } from './feeds';
import type {
  Blog,
  BlogApi,
  Capabilities,
  Comment,
  Feeds,
  Post,
  PostPath,
  PostSummary,
  Profile,
} from '../types';
import { commentsRefused, queryString } from './backend-requests';
import {
  archiveOf,
  cached,
  findBySlug,
  labelCounts,
  mostFrequent,
  neighboursOf,
  type IndexEntry,
} from './listing';
import { DEFAULT_PAGE_SIZE, walkFiltered } from './paging';
import {
  contactIn,
  decodeEntities,
  decodeSegment,
  bodyExcerpt,
  htmlToText,
  readingMinutes,
  slugify,
} from './text';
import { guessTimeZone, wallClockYearMonth } from './time-zones';
import { postTitle } from './post-facts';

/**
 * Blogger API v3, read-only with an API key. A post's Blogger path is in its `url`, so Lectern's paths
 * are Blogger's own. The API has no labels list, archive counts, author filter or time zone: those are
 * derived from a lightweight listing of every post (no bodies, cached), from filtering pages as they
 * come, and from the offsets the dates are written with.
 */

export type BloggerApiConfig = {
  blogId: string;
  key: string;
  /** API root; defaults to Google's. */
  url?: string | undefined;
  id?: string;
  timeoutMs?: number;
};

export const BLOGGER_API_ROOT = 'https://www.googleapis.com/blogger/v3';

export const bloggerCapabilities: Capabilities = {
  comments: 'read',
  search: true,
  labels: true,
  profiles: true,
  archive: 'derived',
  pages: true,
};

// ---------------------------------------------------------------- wire format

/** Google sends 64-bit counts as strings: `"totalItems": "3"`. */
const count: Decoder<number> = (value, path) => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  throw new DecodeError(path, 'a count');
};
const bAuthor = withDefault(
  object({
    id: withDefault(string, ''),
    displayName: withDefault(string, ''),
    url: optional(string),
    image: optional(object({ url: optional(string) })),
  }),
  { id: '', displayName: '', url: undefined, image: undefined },
);
export type BloggerAuthor = Decoded<typeof bAuthor>;

const bPost = object({
  id: nonEmptyString,
  url: withDefault(string, ''),
  title: withDefault(string, ''),
  published: isoDate,
  updated: optional(isoDate),
  content: withDefault(string, ''),
  author: bAuthor,
  labels: withDefault(array(string), []),
  replies: optional(object({ totalItems: withDefault(count, 0) })),
  // The post's comment setting: ALLOW, DONT_ALLOW_SHOW_EXISTING or DONT_ALLOW_HIDE_EXISTING.
  readerComments: optional(string),
});
export type BloggerPost = Decoded<typeof bPost>;

// Google leaves empty lists out of the JSON altogether.
const bPostList = object({ items: withDefault(array(bPost), []), nextPageToken: optional(nonEmptyString) });
const bSampleList = object({
  items: withDefault(array(object({ published: isoDate, author: bAuthor })), []),
});

const bComment = object({
  id: nonEmptyString,
  published: isoDate,
  content: withDefault(string, ''),
  author: bAuthor,
  inReplyTo: optional(object({ id: nonEmptyString })),
});
export type BloggerComment = Decoded<typeof bComment>;
const bCommentList = object({
  items: withDefault(array(bComment), []),
  nextPageToken: optional(nonEmptyString),
});

const bBlog = object({
  name: withDefault(string, ''),
  description: withDefault(string, ''),
  url: optional(url),
  locale: optional(object({ language: withDefault(string, ''), country: withDefault(string, '') })),
});
export type BloggerBlog = Decoded<typeof bBlog>;

const bUser = object({
  displayName: withDefault(string, ''),
  about: withDefault(string, ''),
  url: optional(string),
});
export type BloggerUser = Decoded<typeof bUser>;

const bPageList = object({
  items: withDefault(
    array(object({ title: withDefault(string, ''), content: withDefault(string, ''), url: string })),
    [],
  ),
  nextPageToken: optional(nonEmptyString),
});

// ---------------------------------------------------------------- mapping (pure)

/** Lectern's path is Blogger's own (`/2020/09/slug.html` in the post's url); a url without one falls back to the date. */
export function bloggerPathOf(post: Pick<BloggerPost, 'url' | 'published' | 'title'>): PostPath {
  const pathname = URL.canParse(post.url) ? new URL(post.url).pathname : post.url;
  const match = /\/(\d{4})\/(\d{2})\/([^/]+?)(?:\.html)?$/.exec(pathname);
  if (match) {
    const slug = match[3] ?? '';
    return { year: Number(match[1]), month: Number(match[2]), slug: decodeSegment(slug) };
  }
  return { ...wallClockYearMonth(post.published), slug: slugify(post.title) };
}

/** Avatars come protocol-relative (`//blogger.googleusercontent.com/…`). */
export function bloggerImage(raw: string | undefined): string | null {
  // Blogger's stand-in for "no photo" is a transparent 1×1 GIF (…blogblog.com/img/blank.gif): none.
  if (!raw || /\/img\/blank\.gif$/.test(raw)) return null;
  return raw.startsWith('//') ? `https:${raw}` : raw;
}

export function bloggerLocale(locale: BloggerBlog['locale']): string {
  const tag = [locale?.language, locale?.country].filter(Boolean).join('-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** `samples`: the newest posts' dates and authors; they give the zone and the most frequent author. */
export function mapBloggerBlog(
  blog: BloggerBlog,
  samples: { published: string; author: BloggerAuthor }[],
): Blog {
  const home = blog.url?.replace(/\/*$/, '/');
  return {
    title: decodeEntities(blog.name),
    description: htmlToText(blog.description),
    locale: bloggerLocale(blog.locale),
    timeZone: guessTimeZone(samples.map((s) => s.published)),
    url: home,
    mainAuthorId: mostFrequent(samples.map((s) => s.author.id).filter(Boolean)),
    feeds: home
      ? safeFeeds({ atom: `${home}feeds/posts/default`, rss: `${home}feeds/posts/default?alt=rss` })
      : {},
  };
}

export function mapBloggerSummary(post: BloggerPost): PostSummary {
  const text = htmlToText(post.content);
  return {
    ...bloggerPathOf(post),
    id: post.id,
    title: postTitle(decodeEntities(post.title)),
    published: post.published,
    updated: post.updated ?? post.published,
    author: { id: post.author.id, displayName: post.author.displayName || 'Anonymous' },
    labels: post.labels,
    ...bodyExcerpt(post.content, text),
    commentCount: post.replies?.totalItems ?? 0,
    readingMinutes: readingMinutes(text),
  };
}

/** Blogger's "Post Comments (Atom)": /feeds/{postId}/comments/default on the blog's own host. */
export function bloggerCommentFeeds(post: Pick<BloggerPost, 'id' | 'url'>): Feeds | undefined {
  if (!URL.canParse(post.url)) return undefined;
  const atom = safeFeedUrl(new URL(`/feeds/${encodeURIComponent(post.id)}/comments/default`, post.url).href);
  return atom ? { atom } : undefined;
}

export function mapBloggerPost(post: BloggerPost, neighbours: Pick<Post, 'newer' | 'older'>): Post {
  const commentFeeds = bloggerCommentFeeds(post);
  return {
    ...mapBloggerSummary(post),
    html: post.content,
    ...neighbours,
    ...(commentFeeds ? { commentFeeds } : {}),
    // Blogger says "DONT_ALLOW_…" for a post whose comments the author closed.
    ...(post.readerComments?.startsWith('DONT_ALLOW') ? { commentsOpen: false } : {}),
  };
}

export function mapBloggerIndexEntry(post: BloggerPost): IndexEntry {
  return {
    ...bloggerPathOf(post),
    id: post.id,
    title: postTitle(decodeEntities(post.title)),
    published: post.published,
    authorId: post.author.id,
    labels: post.labels,
  };
}

export function mapBloggerComment(comment: BloggerComment, postId: string): Comment {
  const avatarUrl = safeLinkOrNull(bloggerImage(comment.author.image?.url), 'author.image');
  return {
    id: comment.id,
    postId,
    parentId: comment.inReplyTo?.id ?? null,
    author: {
      name: comment.author.displayName || 'Anonymous',
      url: comment.author.url ?? null,
      ...(avatarUrl ? { avatarUrl } : {}),
    },
    published: comment.published,
    html: comment.content,
    status: 'published',
  };
}

/** A profile from users/{id} when Google answers it, completed by what the posts say about their author. */
export function mapBloggerProfile(
  id: string,
  user: BloggerUser | null,
  known: BloggerAuthor | undefined,
): Profile {
  const displayName = user?.displayName || known?.displayName || 'Unknown author';
  const photo = bloggerImage(known?.image?.url);
  const about = htmlToText(user?.about ?? '');
  return {
    id,
    displayName,
    photo: photo ? { url: photo, width: 96, height: 96, alt: `Photo of ${displayName}` } : null,
    location: '',
    about,
    ...contactIn(about),
    links: [],
    interests: [],
  };
}

// ---------------------------------------------------------------- the adapter

export function createBloggerApi(config: BloggerApiConfig, fetchFn: FetchFn): BlogApi {
  const root = (config.url ?? BLOGGER_API_ROOT).replace(/\/+$/, '');
  const http = createHttpClient(fetchFn, { timeoutMs: config.timeoutMs });
  const blogId = encodeURIComponent(config.blogId);
  type Params = Record<string, string | number | boolean | undefined>;
  const api = (path: string, params: Params = {}) =>
    `${root}${path}${queryString({ ...params, key: config.key })}`;
  const blogApi = (path: string, params: Params = {}) => api(`/blogs/${blogId}${path}`, params);

  /** Every post without its body: ids, paths, titles, dates, labels and authors. */
  const index = cached(async () => {
    const posts: BloggerPost[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < 50; page += 1) {
      const fields = 'nextPageToken,items(id,url,title,published,labels,author(id,displayName,url,image))';
      const list = await http.getJson(
        blogApi('/posts', { fetchBodies: false, maxResults: 500, fields, pageToken }),
        bPostList,
      );
      posts.push(...list.items);
      pageToken = list.nextPageToken;
      if (!pageToken) break;
    }
    return posts;
  });
  const entries = async () => (await index()).map(mapBloggerIndexEntry);

  return {
    id: config.id ?? `blogger:${config.blogId}`,
    capabilities: bloggerCapabilities,

    async getBlog(signal) {
      const [blog, sample] = await Promise.all([
        http.getJson(blogApi(''), bBlog, { signal }),
        http.getJson(
          blogApi('/posts', { fetchBodies: false, maxResults: 100, fields: 'items(published,author(id))' }),
          bSampleList,
          { signal },
        ),
      ]);
      return mapBloggerBlog(blog, sample.items);
    },

    // Lectern's addresses are Blogger's own; what it does not show itself is the blog's feeds
    // (/feeds/posts/default, a label's, a post's comments), which stay on the blog's Blogger address.
    async findOldAddress(url, signal) {
      if (!url.pathname.startsWith('/feeds/')) return null;
      const { url: home } = await http.getJson(blogApi('', { fields: 'url' }), bBlog, { signal });
      if (!home || !URL.canParse(home)) return null;
      return new URL(`${url.pathname}${url.search}`, home).href;
    },

    async listPosts(params, signal) {
      const limit = params.limit ?? DEFAULT_PAGE_SIZE;
      const query = params.query?.trim();
      const label = params.label?.toLowerCase();
      const server: Params = { fetchBodies: true, orderBy: 'published' };
      if (query) server.q = query;
      else {
        server.labels = params.label;
        if (params.year) {
          // A day either side covers any zone; the exact month is then read from each post's path.
          const day = 86_400_000;
          const [from, to] = params.month ? [params.month, params.month + 1] : [1, 13];
          server.startDate = new Date(Date.UTC(params.year, from - 1, 1) - day).toISOString();
          server.endDate = new Date(Date.UTC(params.year, to - 1, 1) + day).toISOString();
        }
        server.maxResults = params.authorId ? Math.max(limit, 50) : limit;
      }
      const keep = (post: BloggerPost) => {
        const path = bloggerPathOf(post);
        return (
          (!label || post.labels.some((l) => l.toLowerCase() === label)) &&
          (!params.year || path.year === params.year) &&
          (!params.month || path.month === params.month) &&
          (!params.authorId || post.author.id === params.authorId)
        );
      };
      const page = await walkFiltered(
        async (pageToken) => {
          const link = blogApi(query ? '/posts/search' : '/posts', {
            ...server,
            pageToken: pageToken ?? undefined,
          });
          const list = await http.getJson(link, bPostList, { signal });
          return { items: list.items, next: list.nextPageToken ?? null };
        },
        keep,
        params.cursor,
        limit,
      );
      return { items: page.items.map(mapBloggerSummary), next: page.next };
    },

    async getPost(path, signal) {
      const bypath = `/${path.year}/${String(path.month).padStart(2, '0')}/${path.slug}.html`;
      let post: BloggerPost;
      try {
        post = await http.getJson(blogApi('/posts/bypath', { path: bypath }), bPost, { signal });
      } catch (error) {
        // Not at that path: the same slug in another month (an edited date, an old link) is still the post.
        if (!(error instanceof NotFoundError)) throw error;
        const entry = findBySlug(await entries(), path);
        if (!entry) throw error;
        post = await http.getJson(blogApi(`/posts/${encodeURIComponent(entry.id)}`), bPost, { signal });
      }
      return mapBloggerPost(post, neighboursOf(await entries(), post.id));
    },

    getArchive: async () => archiveOf(await entries()),
    listLabels: async () => labelCounts((await index()).map((p) => p.labels)),

    async getAuthor(id, signal) {
      const [posts, user] = await Promise.all([
        index(),
        http.getJson(api(`/users/${encodeURIComponent(id)}`), bUser, { signal }).catch((error: unknown) => {
          // Google often refuses profiles to API keys: the posts still tell the name and the photo.
          if (error instanceof ApiError && [401, 403, 404].includes(error.status ?? 0)) return null;
          throw error;
        }),
      ]);
      const known = posts.find((p) => p.author.id === id)?.author;
      if (!user && !known) throw new NotFoundError('No author with this id');
      return mapBloggerProfile(id, user, known);
    },

    async listComments(postId, params, signal) {
      const link = blogApi(`/posts/${encodeURIComponent(postId)}/comments`, {
        maxResults: params.limit ?? 50,
        pageToken: params.cursor ?? undefined,
        fetchBodies: true,
      });
      const list = await http.getJson(link, bCommentList, { signal });
      const items = list.items
        .map((c) => mapBloggerComment(c, postId))
        .sort((a, b) => Date.parse(a.published) - Date.parse(b.published));
      return { items, next: list.nextPageToken ?? null };
    },

    createComment: async () => {
      throw commentsRefused();
    },

    async getStaticPage(slug, signal) {
      let pageToken: string | undefined;
      for (let i = 0; i < 5; i += 1) {
        const list = await http.getJson(blogApi('/pages', { fetchBodies: true, pageToken }), bPageList, {
          signal,
        });
        const page = list.items.find((p) => /\/p\/([^/]+?)(?:\.html)?$/.exec(p.url)?.[1] === slug);
        if (page) return { slug, title: decodeEntities(page.title), html: page.content };
        pageToken = list.nextPageToken;
        if (!pageToken) break;
      }
      throw new NotFoundError('No page at this address');
    },
  };
}
