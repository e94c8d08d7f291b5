import {
  array,
  boolean,
  integer,
  intInRange,
  map,
  isoDate,
  nonEmptyString,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  url,
  withDefault,
  type Decoder,
} from '../decode';
import { safeHttpUrl } from '../../lib/safe-url';
import { createHttpClient, type FetchFn } from '../http';
import { firstImage } from '../../lib/first-image';
import { safeFeeds } from './feeds';
import { featuredFirstPage, postTitle, wrongPassword } from './post-facts';
import type {
  ArchiveYear,
  Blog,
  BlogApi,
  Capabilities,
  Comment,
  FeaturedPost,
  Label,
  Page,
  Post,
  PostListParams,
  PostSummary,
  Profile,
  StaticPage,
} from '../types';

/**
 * Adapter for Lectern's own JSON contract (docs/api.md). The contract was designed to sit close to the
 * domain types, so mapping is mostly validation; the decoders below are the contract in code.
 */

export type NativeApiConfig = {
  /** API root, absolute or relative to the page, e.g. https://blog.example/api or /api */
  url: string;
  /** Identity used in query keys; defaults to `native:<url>`. */
  id?: string;
  timeoutMs?: number;
};

const monthNumber = intInRange(1, 12);

// Feeds become links: anything but http(s) is dropped rather than failing the blog.
const wireFeeds = map(
  withDefault(object({ atom: safeHttpUrl, rss: safeHttpUrl, json: safeHttpUrl }), {
    atom: null,
    rss: null,
    json: null,
  }),
  (feeds) =>
    safeFeeds({ atom: feeds.atom ?? undefined, rss: feeds.rss ?? undefined, json: feeds.json ?? undefined }),
);

const wireBlog: Decoder<Blog> = object({
  title: string,
  description: withDefault(string, ''),
  locale: withDefault(nonEmptyString, 'en-US'),
  timeZone: withDefault(nonEmptyString, 'UTC'),
  url: optional(url),
  mainAuthorId: optional(nonEmptyString),
  feeds: wireFeeds,
});

const wirePath = { year: integer, month: monthNumber, slug: nonEmptyString };

const title = map(string, postTitle);
/** `protected` and `featured` are optional flags: kept only when true. */
const flag = map(optional(boolean), (value) => value === true);

const wireSummaryShape = {
  ...wirePath,
  id: nonEmptyString,
  title,
  published: isoDate,
  updated: isoDate,
  author: object({ id: nonEmptyString, displayName: string }),
  labels: withDefault(array(string), []),
  excerpt: withDefault(string, ''),
  commentCount: withDefault(integer, 0),
  readingMinutes: withDefault(number, 1),
  protected: flag,
  featured: flag,
  teaser: flag,
};

function withFlags<T extends { protected: boolean; featured: boolean; teaser: boolean }>({
  protected: locked,
  featured,
  teaser,
  ...rest
}: T) {
  return {
    ...rest,
    ...(locked ? { protected: true } : {}),
    ...(featured ? { featured: true } : {}),
    ...(teaser ? { teaser: true } : {}),
  };
}

const wireSummary: Decoder<PostSummary> = map(object(wireSummaryShape), withFlags);

const wirePostLink = nullable(object({ ...wirePath, title }));

const wirePost: Decoder<Post> = map(
  object({
    ...wireSummaryShape,
    html: string,
    newer: wirePostLink,
    older: wirePostLink,
    commentFeeds: wireFeeds,
    commentsOpen: withDefault(boolean, true),
  }),
  // Absent rather than empty, like every backend without comment feeds.
  ({ commentFeeds, commentsOpen, ...post }) => ({
    ...withFlags(post),
    ...(Object.keys(commentFeeds).length > 0 ? { commentFeeds } : {}),
    ...(commentsOpen ? {} : { commentsOpen: false }),
  }),
);

function wirePage<T>(item: Decoder<T>): Decoder<Page<T>> {
  return object({ items: array(item), next: nullable(nonEmptyString), total: optional(integer) });
}

const wireProfile: Decoder<Profile> = object({
  id: nonEmptyString,
  displayName: string,
  photo: nullable(object({ url: url, width: integer, height: integer, alt: withDefault(string, '') })),
  location: withDefault(string, ''),
  about: withDefault(string, ''),
  email: nullable(string),
  phone: nullable(string),
  // Links that are not http(s) are left out rather than shown.
  links: map(withDefault(array(object({ title: string, url: safeHttpUrl })), []), (links) =>
    links.flatMap((link) => (link.url ? [{ title: link.title, url: link.url }] : [])),
  ),
  interests: withDefault(array(string), []),
});

const wireComment: Decoder<Comment> = map(
  object({
    id: nonEmptyString,
    postId: nonEmptyString,
    parentId: nullable(nonEmptyString),
    author: object({ name: string, url: safeHttpUrl, avatarUrl: safeHttpUrl }),
    published: isoDate,
    html: string,
    status: withDefault(oneOf('published', 'pending'), 'published'),
    type: withDefault(oneOf('comment', 'pingback', 'trackback'), 'comment'),
  }),
  ({ author: { avatarUrl, ...author }, type, ...comment }) => ({
    ...comment,
    author: { ...author, ...(avatarUrl ? { avatarUrl } : {}) },
    ...(type === 'comment' ? {} : { kind: type }),
  }),
);

const wireArchive: Decoder<ArchiveYear[]> = (value, path) =>
  object({
    years: array(
      object({
        year: integer,
        count: integer,
        months: array(object({ month: monthNumber, count: integer })),
      }),
    ),
  })(value, path).years;

const wireLabels: Decoder<Label[]> = (value, path) =>
  object({ items: array(object({ name: nonEmptyString, count: integer })) })(value, path).items;

const wirePopular: Decoder<PostSummary[]> = (value, path) =>
  object({ items: array(wireSummary) })(value, path).items;

const wireStaticPage: Decoder<StaticPage> = object({ slug: nonEmptyString, title, html: string });

export const nativeCapabilities: Capabilities = {
  comments: 'write',
  search: true,
  labels: true,
  profiles: true,
  archive: 'native',
  pages: true,
  popularPosts: true,
  featuredPosts: true,
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const RELATIVE = 'https://relative.invalid';

/** The body's first image; a relative address stays relative (the API root may be on the page's origin). */
function imageOf(html: string): FeaturedPost['image'] {
  const found = firstImage(html, `${RELATIVE}/`);
  if (!found) return null;
  return found.url.startsWith(`${RELATIVE}/`) ? { ...found, url: found.url.slice(RELATIVE.length) } : found;
}

export function createNativeApi(config: NativeApiConfig, fetchFn: FetchFn): BlogApi {
  const root = config.url.replace(/\/+$/, '');
  const http = createHttpClient(fetchFn, { timeoutMs: config.timeoutMs });
  const at = (path: string) => `${root}${path}`;
  const seg = encodeURIComponent;

  const list = (params: PostListParams & { featured?: boolean }, signal?: AbortSignal) =>
    http.getJson(
      at(
        `/posts${query({
          cursor: params.cursor,
          limit: params.limit,
          label: params.label,
          q: params.query,
          year: params.year,
          month: params.month,
          author: params.authorId,
          featured: params.featured === undefined ? undefined : String(params.featured),
        })}`,
      ),
      wirePage(wireSummary),
      { signal },
    );
  const postAt = (path: { year: number; month: number; slug: string }) =>
    at(`/posts/${path.year}/${pad2(path.month)}/${seg(path.slug)}`);

  return {
    id: config.id ?? `native:${root}`,
    capabilities: nativeCapabilities,
    getBlog: (signal) => http.getJson(at('/blog'), wireBlog, { signal }),
    listPosts: (params: PostListParams, signal) => {
      if (!params.featuredFirst) return list(params, signal);
      // A server that does not know `featured=` ignores it: checking each post's flag keeps its posts
      // from being listed twice.
      return featuredFirstPage(
        params.cursor,
        async () =>
          (await list({ ...params, featured: true, limit: 100 }, signal)).items.filter((p) => p.featured),
        async () => {
          const page = await list({ ...params, featured: false }, signal);
          return { ...page, items: page.items.filter((p) => !p.featured) };
        },
      );
    },
    getPost: (path, signal) => http.getJson(postAt(path), wirePost, { signal }),
    async unlockPost(post, password, signal) {
      try {
        return await http.getJson(`${postAt(post)}${query({ password })}`, wirePost, { signal });
      } catch (error) {
        throw wrongPassword(error);
      }
    },
    async getFeaturedPost(signal): Promise<FeaturedPost | null> {
      const [summary] = (await list({ featured: true, limit: 1 }, signal)).items.filter((p) => p.featured);
      if (!summary) return null;
      const post = await http.getJson(postAt(summary), wirePost, { signal });
      return { post: summary, image: post.protected ? null : imageOf(post.html) };
    },
    getArchive: (signal) => http.getJson(at('/archive'), wireArchive, { signal }),
    listLabels: (signal) => http.getJson(at('/labels'), wireLabels, { signal }),
    getAuthor: (id, signal) => http.getJson(at(`/authors/${seg(id)}`), wireProfile, { signal }),
    listComments: (postId, params, signal) =>
      http.getJson(
        at(
          `/posts/${seg(postId)}/comments${query({ cursor: params.cursor, limit: params.limit, password: params.password })}`,
        ),
        wirePage(wireComment),
        { signal },
      ),
    createComment: (postId, input, signal) =>
      http.sendJson('POST', at(`/posts/${seg(postId)}/comments`), input, wireComment, { signal }),
    getStaticPage: (slug, signal) => http.getJson(at(`/pages/${seg(slug)}`), wireStaticPage, { signal }),
    listPopularPosts: (limit, signal) =>
      http.getJson(at(`/popular${query({ limit })}`), wirePopular, { signal }),
  };
}
