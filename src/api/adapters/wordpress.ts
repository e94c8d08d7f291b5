import {
  array,
  boolean,
  DecodeError,
  integer,
  isRecord,
  map,
  nonEmptyString,
  number,
  object,
  optional,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../decode';
import { ApiError, NotFoundError, ValidationError } from '../errors';
import { createHttpClient, type FetchFn } from '../http';
import { firstImage } from '../../lib/first-image';
import { labelUrl, postUrl, profileUrl, staticPageUrl } from '../../lib/paths';
import { safeFeeds, safeFeedUrl } from './feeds';
import type {
  Blog,
  BlogApi,
  Capabilities,
  Comment,
  FeaturedPost,
  Feeds,
  Page,
  Post,
  PostPath,
  PostSummary,
  Profile,
} from '../types';
import { commentsRefused, observedClient, queryString } from './backend-requests';
import { archiveOf, cached, findBySlug, neighboursOf, sortLabels, type IndexEntry } from './listing';
import { DEFAULT_PAGE_SIZE, pageNumberOf } from './paging';
import { contactIn, decodeSegment, bodyExcerpt, htmlToText, readingMinutes } from './text';
import { isTimeZone, fixedZone } from './time-zones';
import { featuredFirstPage, postTitle, wrongPassword } from './post-facts';

/**
 * WordPress REST API v2 (WordPress 4.7+, written against 6.x): `<site>/wp-json/wp/v2/…`. Posts carry
 * their author and terms with `_embed`; totals come in X-WP-Total / X-WP-TotalPages. What the API lacks
 * is derived: archive counts and neighbours from a paged listing of dates (cached), comment counts from
 * one listing of comment post ids per page of posts.
 */

export type WordPressApiConfig = {
  /** Site root, e.g. https://blog.example (the adapter adds /wp-json). */
  url: string;
  id?: string;
  timeoutMs?: number;
};

export const wordpressCapabilities: Capabilities = {
  comments: 'write',
  search: true,
  labels: true,
  profiles: true,
  archive: 'derived',
  pages: true,
  commentIdentity: 'name-and-email',
  featuredPosts: true,
};

// ---------------------------------------------------------------- wire format

/** WordPress writes `date` in the site's zone and `date_gmt` in UTC, both without an offset. */
const wpDate: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) {
    throw new DecodeError(path, 'a date like 2020-09-25T09:30:00');
  }
  return value;
};
const wpGmt = map(wpDate, (d) => `${d}Z`);
/** Options such as gmt_offset come as numbers or numeric strings, depending on how they were saved. */
const numeric: Decoder<number> = (value, path) => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return number(n, path);
};
const rendered = object({ rendered: withDefault(string, '') });
const wpTerm = object({
  id: integer,
  name: string,
  taxonomy: withDefault(string, ''),
  count: withDefault(integer, 0),
});
/** An embedded author may be an error object when the site hides its users. */
const wpEmbeddedAuthor = object({ id: optional(integer), name: optional(string) });

const wpPost = object({
  id: integer,
  date: wpDate,
  date_gmt: wpGmt,
  modified_gmt: optional(wpGmt),
  slug: nonEmptyString,
  title: rendered,
  // `protected`: a password-protected post; WordPress then sends its content and excerpt empty.
  content: object({ rendered: withDefault(string, ''), protected: withDefault(boolean, false) }),
  author: withDefault(integer, 0),
  sticky: withDefault(boolean, false),
  comment_status: withDefault(string, 'open'),
  _embedded: withDefault(
    object({
      author: withDefault(array(wpEmbeddedAuthor), []),
      'wp:term': withDefault(array(array(wpTerm)), []),
    }),
    { author: [], 'wp:term': [] },
  ),
});
export type WpPost = Decoded<typeof wpPost>;

/** A post read on its own page also brings its permalink, for the comment feed. */
const wpPostWithLink: Decoder<WpPost & { link?: string }> = (value, path) => ({
  ...wpPost(value, path),
  link: object({ link: optional(string) })(value, path).link,
});

const wpIndexPost = object({
  id: integer,
  date: wpDate,
  date_gmt: wpGmt,
  slug: nonEmptyString,
  title: rendered,
});
export type WpIndexPost = Decoded<typeof wpIndexPost>;

const wpComment = object({
  id: integer,
  post: integer,
  parent: withDefault(integer, 0),
  author_name: withDefault(string, ''),
  author_url: withDefault(string, ''),
  date_gmt: wpGmt,
  content: rendered,
  status: withDefault(string, 'approved'),
  // `comment`, `pingback` or `trackback` (anonymous readers are only ever given `comment`s).
  type: withDefault(string, 'comment'),
  author_avatar_urls: optional(object({ '48': optional(url), '96': optional(url) })),
});
export type WpComment = Decoded<typeof wpComment>;

const wpUser = object({
  id: integer,
  name: string,
  url: withDefault(string, ''),
  description: withDefault(string, ''),
  avatar_urls: optional(object({ '96': optional(url), '48': optional(url) })),
});
export type WpUser = Decoded<typeof wpUser>;

const wpSite = object({
  name: withDefault(string, ''),
  description: withDefault(string, ''),
  home: optional(url),
  url: optional(url),
  gmt_offset: withDefault(numeric, 0),
  timezone_string: withDefault(string, ''),
});
export type WpSite = Decoded<typeof wpSite>;

const wpPage = object({ slug: nonEmptyString, title: rendered, content: rendered });
const wpPageLink = object({ slug: nonEmptyString, link: withDefault(string, '') });

// ---------------------------------------------------------------- mapping (pure)

/** Lectern's path: year and month of the site-local `date`, as WordPress's own /%year%/%monthnum%/ links. */
export function wpPathOf(post: { date: string; slug: string }): PostPath {
  return {
    year: Number(post.date.slice(0, 4)),
    month: Number(post.date.slice(5, 7)),
    slug: decodeSegment(post.slug),
  };
}

/** The site's zone: its IANA name when set, else its whole-hour UTC offset. */
export function wpTimeZone(site: Pick<WpSite, 'timezone_string' | 'gmt_offset'>): string {
  if (isTimeZone(site.timezone_string)) return site.timezone_string;
  return fixedZone(Math.round(site.gmt_offset * 60));
}

export function mapWpBlog(site: WpSite, mainAuthorId: string | undefined): Blog {
  const home = (site.home ?? site.url ?? '').replace(/\/+$/, '');
  return {
    title: htmlToText(site.name),
    description: htmlToText(site.description),
    locale: 'en-US',
    timeZone: wpTimeZone(site),
    url: home ? `${home}/` : undefined,
    mainAuthorId,
    feeds: home ? safeFeeds({ rss: `${home}/feed/`, atom: `${home}/feed/atom/` }) : {},
  };
}

/** WordPress serves each post's comments as RSS at its permalink + feed/. */
export function wpCommentFeeds(post: { link?: string }): Feeds | undefined {
  if (!post.link) return undefined;
  const rss = safeFeedUrl(`${post.link.replace(/\/*$/, '/')}feed/`);
  return rss ? { rss } : undefined;
}

export function mapWpSummary(post: WpPost, commentCount: number): PostSummary {
  const text = htmlToText(post.content.rendered);
  const author = post._embedded.author[0];
  const terms = post._embedded['wp:term'].flat();
  return {
    ...wpPathOf(post),
    id: String(post.id),
    title: postTitle(htmlToText(post.title.rendered)),
    published: post.date_gmt,
    updated: post.modified_gmt ?? post.date_gmt,
    author: { id: String(post.author), displayName: author?.name ?? 'Unknown author' },
    labels: [...new Set(terms.filter((t) => t.taxonomy !== 'post_format').map((t) => htmlToText(t.name)))],
    ...bodyExcerpt(post.content.rendered, text),
    commentCount,
    readingMinutes: readingMinutes(text),
    ...(post.content.protected ? { protected: true } : {}),
    ...(post.sticky ? { featured: true } : {}),
  };
}

/** A post read on its own page: the summary, its body, and whether it still takes comments. */
export function mapWpPost(
  post: WpPost & { link?: string },
  commentCount: number,
  neighbours: Pick<Post, 'newer' | 'older'>,
): Post {
  const commentFeeds = wpCommentFeeds(post);
  return {
    ...mapWpSummary(post, commentCount),
    html: post.content.rendered,
    ...neighbours,
    ...(commentFeeds ? { commentFeeds } : {}),
    ...(post.comment_status === 'closed' ? { commentsOpen: false } : {}),
  };
}

export function mapWpIndexEntry(post: WpIndexPost): IndexEntry {
  return {
    ...wpPathOf(post),
    id: String(post.id),
    title: postTitle(htmlToText(post.title.rendered)),
    published: post.date_gmt,
  };
}

export function mapWpComment(comment: WpComment): Comment {
  // Shown at 48 CSS pixels: the 96 one stays sharp on high-density screens.
  const avatarUrl = comment.author_avatar_urls?.['96'] ?? comment.author_avatar_urls?.['48'];
  const kind = comment.type === 'pingback' || comment.type === 'trackback' ? comment.type : undefined;
  return {
    id: String(comment.id),
    postId: String(comment.post),
    parentId: comment.parent ? String(comment.parent) : null,
    author: {
      name: comment.author_name || 'Anonymous',
      url: comment.author_url || null,
      ...(avatarUrl ? { avatarUrl } : {}),
    },
    published: comment.date_gmt,
    html: comment.content.rendered,
    status: comment.status === 'approved' ? 'published' : 'pending',
    ...(kind ? { kind } : {}),
  };
}

export function mapWpProfile(user: WpUser): Profile {
  const photo = user.avatar_urls?.['96'] ?? user.avatar_urls?.['48'];
  const site = user.url && URL.canParse(user.url) ? new URL(user.url) : null;
  const about = htmlToText(user.description);
  return {
    id: String(user.id),
    displayName: user.name,
    photo: photo ? { url: photo, width: 96, height: 96, alt: `Photo of ${user.name}` } : null,
    location: '',
    about,
    ...contactIn(about),
    links: site ? [{ title: site.hostname, url: user.url }] : [],
    interests: [],
  };
}

/** WordPress's refusals of a new comment, by error code, in words for the reader. */
export function wpCommentError(error: unknown, code: string | null): unknown {
  if (!(error instanceof ApiError) || !code) return error;
  const { status, url: at } = error;
  const refuse = (message: string) =>
    new ApiError(message, { kind: 'http', status, retryable: false, url: at });
  switch (code) {
    case 'rest_comment_login_required':
      return commentsRefused(status, at);
    case 'rest_comment_closed':
      return refuse('Comments are closed on this post.');
    case 'rest_comment_author_data_required':
      return refuse('This blog asks for a name and an email address with every comment.');
    case 'comment_flood':
      return refuse('You are commenting too quickly. Wait a moment before trying again.');
    case 'rest_comment_content_invalid':
      return new ValidationError('Write a comment before publishing.', 'html', status ?? 400, at);
    case 'comment_duplicate':
      return new ValidationError('You have already posted this comment.', 'html', status ?? 409, at);
    default:
      return error;
  }
}

// ---------------------------------------------------------------- the adapter

export function createWordPressApi(config: WordPressApiConfig, fetchFn: FetchFn): BlogApi {
  const site = config.url.replace(/\/+$/, '');
  const options = { timeoutMs: config.timeoutMs };
  const http = createHttpClient(fetchFn, options);
  type Params = Record<string, string | number | undefined>;
  const at = (path: string, params: Params = {}) => `${site}/wp-json/wp/v2${path}${queryString(params)}`;

  /** One page of a collection; X-WP-TotalPages says whether another follows. */
  async function getPage<T>(path: string, params: Params, decoder: Decoder<T>, signal?: AbortSignal) {
    let headers = new Headers();
    const client = observedClient(fetchFn, options, (response) => void (headers = response.headers));
    const items = await client.getJson(at(path, params), array(decoder), { signal });
    const page = Number(params.page ?? 1);
    const pages = Number(headers.get('X-WP-TotalPages') ?? NaN);
    // Without the header (a proxy may strip it), a full page means there may be another.
    const more = Number.isNaN(pages) ? items.length === params.per_page : page < pages;
    const total = Number(headers.get('X-WP-Total') ?? NaN);
    return {
      items,
      pages,
      next: more ? `p${page + 1}` : null,
      total: Number.isNaN(total) ? undefined : total,
    };
  }

  /** Every page of a collection: the first tells how many there are, the rest are fetched together. */
  async function getAll<T>(path: string, params: Params, decoder: Decoder<T>, signal?: AbortSignal) {
    const first = await getPage(path, { ...params, per_page: 100, page: 1 }, decoder, signal);
    const more = Number.isNaN(first.pages) ? 0 : Math.min(first.pages, 100) - 1;
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, more) }, (_, i) =>
        getPage(path, { ...params, per_page: 100, page: i + 2 }, decoder, signal),
      ),
    );
    return [first, ...rest].flatMap((p) => p.items);
  }

  const index = cached(async () =>
    (await getAll('/posts', { _fields: 'id,date,date_gmt,slug,title' }, wpIndexPost)).map(mapWpIndexEntry),
  );
  const terms = cached(async () => {
    const [categories, tags] = await Promise.all(
      ['/categories', '/tags'].map((path) =>
        getAll(path, { hide_empty: 'true', _fields: 'id,name,count' }, wpTerm),
      ),
    );
    return { categories: categories ?? [], tags: tags ?? [] };
  });

  async function commentCounts(postIds: number[], signal?: AbortSignal) {
    const counts = new Map<number, number>();
    if (postIds.length === 0) return counts;
    const list = await getAll(
      '/comments',
      { post: postIds.join(','), _fields: 'post' },
      object({ post: integer }),
      signal,
    );
    for (const { post } of list) counts.set(post, (counts.get(post) ?? 0) + 1);
    return counts;
  }

  async function summaries(posts: WpPost[], signal?: AbortSignal) {
    // A password-protected post's comments are refused (401) without its password, and one such post
    // would fail the listing of every post's: they are left out, and counted as none.
    const counts = await commentCounts(
      posts.filter((p) => !p.content.protected).map((p) => p.id),
      signal,
    );
    return posts.map((p) => mapWpSummary(p, counts.get(p.id) ?? 0));
  }

  /** Term ids for a label name; a label may be a category, a tag or both. */
  async function termFilter(label: string): Promise<Params | null> {
    const { categories, tags } = await terms();
    const named = (list: typeof categories) =>
      list.filter((t) => htmlToText(t.name).toLowerCase() === label.toLowerCase()).map((t) => t.id);
    const [c, t] = [named(categories), named(tags)];
    if (c.length === 0 && t.length === 0) return null;
    return {
      categories: c.join(','),
      tags: t.join(','),
      tax_relation: c.length && t.length ? 'OR' : undefined,
    };
  }

  /** after/before without an offset are read by WordPress in the site's zone, like `date`. */
  function dateFilter(year: number, month: number | undefined): Params {
    const [fromY, fromM, toY, toM] = month ? [year, month, year, month + 1] : [year, 1, year + 1, 1];
    const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    return { after: stamp(Date.UTC(fromY, fromM - 1, 1) - 1000), before: stamp(Date.UTC(toY, toM - 1, 1)) };
  }

  /** The first registered user who has published: the site's owner on most blogs. Sites may hide users. */
  function mainAuthorId(signal?: AbortSignal): Promise<string | undefined> {
    const first = at('/users', { orderby: 'id', order: 'asc', per_page: 1, _fields: 'id' });
    return http.getJson(first, array(object({ id: integer })), { signal }).then(
      ([user]) => (user ? String(user.id) : undefined),
      () => undefined,
    );
  }

  /** The first item of a lookup by slug or id, or null when there is none (or the lookup failed). */
  async function firstOf<T>(path: string, params: Params, decoder: Decoder<T>, signal?: AbortSignal) {
    try {
      const [first] = await http.getJson(at(path, params), array(decoder), { signal });
      return first ?? null;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
      throw error;
    }
  }

  const embed = 'author,wp:term';
  const empty: Page<PostSummary> = { items: [], next: null, total: 0 };

  return {
    id: config.id ?? `wordpress:${site}`,
    capabilities: wordpressCapabilities,

    async getBlog(signal) {
      const fields = 'name,description,url,home,gmt_offset,timezone_string';
      const [info, author] = await Promise.all([
        http.getJson(`${site}/wp-json/${queryString({ _fields: fields })}`, wpSite, { signal }),
        mainAuthorId(signal),
      ]);
      return mapWpBlog(info, author);
    },

    async listPosts(params, signal) {
      const page = pageNumberOf(params.cursor);
      const limit = params.limit ?? DEFAULT_PAGE_SIZE;
      const label = params.label ? await termFilter(params.label) : {};
      if (label === null) return empty;
      if (params.authorId !== undefined && !/^\d+$/.test(params.authorId)) return empty;
      const filter: Params = {
        per_page: limit,
        page,
        _embed: embed,
        search: params.query?.trim(),
        author: params.authorId,
        ...label,
        ...(params.year ? dateFilter(params.year, params.month) : {}),
      };
      if (params.featuredFirst) {
        // Sticky posts lead the first page; every page of the rest leaves them out (sticky=false).
        const page = await featuredFirstPage(
          params.cursor,
          async () =>
            (
              await getPage('/posts', { ...filter, sticky: 'true', per_page: 100, page: 1 }, wpPost, signal)
            ).items.filter((p) => p.sticky),
          () => getPage('/posts', { ...filter, sticky: 'false' }, wpPost, signal),
        );
        return { ...page, items: await summaries(page.items, signal) };
      }
      const result = await getPage('/posts', filter, wpPost, signal);
      return { ...result, items: await summaries(result.items, signal) };
    },

    async getFeaturedPost(signal): Promise<FeaturedPost | null> {
      const { items } = await getPage(
        '/posts',
        { sticky: 'true', per_page: 1, _embed: embed },
        wpPost,
        signal,
      );
      const [post] = items;
      if (!post) return null;
      const [summary] = await summaries([post], signal);
      return { post: summary as PostSummary, image: firstImage(post.content.rendered, `${site}/`) };
    },

    async unlockPost(locked, password, signal) {
      // The post by id with its password: WordPress answers 403 (rest_post_incorrect_password) to a wrong one.
      const url = at(`/posts/${encodeURIComponent(locked.id)}`, { password, _embed: embed });
      try {
        const post = await http.getJson(url, wpPostWithLink, { signal });
        return mapWpPost(post, locked.commentCount, { newer: locked.newer, older: locked.older });
      } catch (error) {
        throw wrongPassword(error);
      }
    },

    async getPost(path, signal) {
      // Looked up by slug: a year or month that disagrees (a moved date, an old link) still finds the post.
      const found = await http.getJson(
        at('/posts', { slug: path.slug, _embed: embed }),
        array(wpPostWithLink),
        {
          signal,
        },
      );
      const post = findBySlug(
        found.map((p) => ({ ...wpPathOf(p), post: p })),
        path,
      )?.post;
      if (!post) throw new NotFoundError('No post at this address');
      const [[summary], entries] = await Promise.all([summaries([post], signal), index()]);
      return mapWpPost(post, summary?.commentCount ?? 0, neighboursOf(entries, String(post.id)));
    },

    getArchive: async () => archiveOf(await index()),

    async findOldAddress(url, signal) {
      const parts = url.pathname
        .split('/')
        .filter(Boolean)
        .map((part) => decodeSegment(part));
      const [first, second, third, fourth] = parts;
      const postAt = async (params: Params) => {
        const post = await firstOf(
          '/posts',
          { ...params, _fields: 'id,date,date_gmt,slug,title' },
          wpIndexPost,
          signal,
        );
        return post ? postUrl(wpPathOf(post)) : null;
      };
      // Plain permalinks: /?p=123 (a post), /?page_id=7 (a page), /?cat=3, /?tag=x, /?author=2.
      const query = url.searchParams;
      // Feeds (/feed/, /feed/atom/, /comments/feed/, /category/x/feed/, a post's /slug/feed/, /?feed=rss2)
      // stay WordPress's, at the address WordPress is now reached at.
      if (parts.at(-1) === 'feed' || parts.at(-2) === 'feed') return `${site}${url.pathname}`;
      if (parts.length === 0 && query.has('feed')) {
        return `${site}/?feed=${encodeURIComponent(query.get('feed') ?? '')}`;
      }
      if (parts.length === 0) {
        const id = query.get('p') ?? '';
        if (/^\d+$/.test(id)) return postAt({ include: id });
        const pageId = query.get('page_id') ?? '';
        if (/^\d+$/.test(pageId)) {
          const page = await firstOf(
            '/pages',
            { include: pageId, _fields: 'slug' },
            object({ slug: nonEmptyString }),
            signal,
          );
          return page ? staticPageUrl(decodeSegment(page.slug)) : null;
        }
        const author = query.get('author') ?? '';
        if (/^\d+$/.test(author)) return profileUrl(author);
        return null;
      }
      // Day and name: /2020/09/14/slug/ (month and name, /2020/09/slug/, is the post route's own).
      if (parts.length === 4 && /^\d{4}$/.test(first!) && /^\d{2}$/.test(second!) && /^\d{2}$/.test(third!)) {
        return postAt({ slug: fourth });
      }
      // Categories (nested ones as /category/parent/child/) and tags, by slug.
      if ((first === 'category' || first === 'tag') && parts.length >= 2) {
        const term = await firstOf(
          first === 'category' ? '/categories' : '/tags',
          { slug: parts.at(-1), _fields: 'id,name' },
          wpTerm,
          signal,
        );
        return term ? labelUrl(htmlToText(term.name)) : null;
      }
      if (first === 'author' && second) {
        const user = await firstOf(
          '/users',
          { slug: second, _fields: 'id' },
          object({ id: integer }),
          signal,
        );
        return user ? profileUrl(String(user.id)) : null;
      }
      // Numeric (/archives/123) permalinks.
      if (parts.length === 2 && first === 'archives' && /^\d+$/.test(second!))
        return postAt({ include: second });
      // Post name permalinks (/slug/).
      if (parts.length === 1 && !/^\d+$/.test(first!)) {
        const post = await postAt({ slug: first });
        if (post) return post;
      }
      // A page (/about/), or a page under a page (/parent/child/): by its own slug, the one whose link
      // has this path when several pages share it.
      const pages = await http
        .getJson(at('/pages', { slug: parts.at(-1), _fields: 'slug,link' }), array(wpPageLink), { signal })
        .catch(() => []);
      const wanted = parts.join('/');
      const pathOf = (link: string) =>
        URL.canParse(link)
          ? new URL(link).pathname.split('/').filter(Boolean).map(decodeSegment).join('/')
          : '';
      const page =
        pages.find((p) => pathOf(p.link) === wanted) ?? (parts.length === 1 ? pages[0] : undefined);
      if (page) return staticPageUrl(decodeSegment(page.slug));
      // A custom structure ending in the post's name (/%category%/%postname%/ and the like).
      return parts.length > 1 ? postAt({ slug: parts.at(-1) }) : null;
    },

    async listLabels() {
      const { categories, tags } = await terms();
      const counts = new Map<string, number>();
      for (const t of [...categories, ...tags]) {
        const name = htmlToText(t.name);
        counts.set(name, Math.max(counts.get(name) ?? 0, t.count));
      }
      return sortLabels([...counts.entries()].map(([name, count]) => ({ name, count })));
    },

    async getAuthor(id, signal) {
      if (!/^\d+$/.test(id)) throw new NotFoundError('No author with this id');
      return mapWpProfile(await http.getJson(at(`/users/${id}`), wpUser, { signal }));
    },

    async listComments(postId, params, signal) {
      const page = pageNumberOf(params.cursor);
      const filter = {
        post: postId,
        per_page: params.limit ?? 50,
        page,
        order: 'asc',
        orderby: 'date_gmt',
        password: params.password,
      };
      const result = await getPage('/comments', filter, wpComment, signal);
      return { items: result.items.map(mapWpComment), next: result.next, total: result.total };
    },

    async createComment(postId, input, signal) {
      let code: string | null = null;
      const client = observedClient(fetchFn, options, async (response) => {
        if (response.ok) return;
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => null);
        code = isRecord(body) && typeof body.code === 'string' ? body.code : null;
      });
      const body = {
        post: Number(postId),
        parent: input.parentId ? Number(input.parentId) : 0,
        author_name: input.authorName,
        author_email: input.email,
        content: input.html,
        // A password-protected post takes comments only with its password.
        ...(input.password ? { password: input.password } : {}),
      };
      try {
        return mapWpComment(await client.sendJson('POST', at('/comments'), body, wpComment, { signal }));
      } catch (error) {
        throw wpCommentError(error, code);
      }
    },

    async getStaticPage(slug, signal) {
      const pages = await http.getJson(at('/pages', { slug, _fields: 'slug,title,content' }), array(wpPage), {
        signal,
      });
      const page = pages[0];
      if (!page) throw new NotFoundError('No page at this address');
      return {
        slug: decodeSegment(page.slug),
        title: postTitle(htmlToText(page.title.rendered)),
        html: page.content.rendered,
      };
    },
  };
}
