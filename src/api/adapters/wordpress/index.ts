import { array, integer, isRecord, nonEmptyString, object, type Decoder } from '../../decode';
import { ApiError, NotFoundError } from '../../errors';
import { createHttpClient, type FetchFn } from '../../http';
import { firstImage } from '../../../lib/first-image';
import { labelUrl, postUrl, profileUrl, staticPageUrl } from '../../../lib/paths';
import type { BlogApi, Capabilities, FeaturedPost, Page, PostSummary } from '../../types';
import { observedClient, queryString } from '../backend-requests';
import { archiveOf, cached, findBySlug, neighboursOf, sortLabels } from '../listing';
import { DEFAULT_PAGE_SIZE, pageNumberOf } from '../paging';
import { htmlToText } from '../../../lib/html-text';
import { decodeSegment } from '../text';
import { featuredFirstPage, postTitle, wrongPassword } from '../post-facts';
import {
  wpTerm,
  wpPost,
  type WpPost,
  wpPostWithLink,
  wpIndexPost,
  wpComment,
  wpUser,
  wpSite,
  wpPage,
  wpPageLink,
  wpPostLink,
  wpTermLink,
  wpUserLink,
} from './wire';
import {
  wpPathOf,
  mapWpBlog,
  mapWpSummary,
  mapWpPost,
  mapWpIndexEntry,
  mapWpComment,
  mapWpProfile,
  wpCommentError,
} from './map';

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
      const fields = 'name,description,url,home,gmt_offset,timezone_string,language';
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

    async listOldAddresses(signal) {
      // The path (and query) of a link on the site, wherever WordPress now lives.
      const pathOf = (link: string) => {
        if (!URL.canParse(link)) return null;
        const url = new URL(link);
        return `${url.pathname}${url.search}`;
      };
      const optional = <T>(load: Promise<T[]>) => load.catch(() => [] as T[]);
      const [posts, categories, tags, users, pages] = await Promise.all([
        getAll('/posts', { _fields: 'id,date,slug,link' }, wpPostLink, signal),
        optional(getAll('/categories', { hide_empty: 'true', _fields: 'name,link' }, wpTermLink, signal)),
        optional(getAll('/tags', { hide_empty: 'true', _fields: 'name,link' }, wpTermLink, signal)),
        // Sites may hide their users.
        optional(getAll('/users', { _fields: 'id,link' }, wpUserLink, signal)),
        optional(getAll('/pages', { _fields: 'slug,link' }, wpPageLink, signal)),
      ]);
      const moves: { from: string | null; to: string }[] = [
        ...posts.flatMap((post) => {
          const to = postUrl(wpPathOf(post));
          return [
            { from: `/?p=${post.id}`, to },
            { from: pathOf(post.link), to },
          ];
        }),
        ...[...categories, ...tags].map((term) => ({
          from: pathOf(term.link),
          to: labelUrl(htmlToText(term.name)),
        })),
        ...users.flatMap((user) => {
          const to = profileUrl(String(user.id));
          return [
            { from: `/?author=${user.id}`, to },
            { from: pathOf(user.link), to },
          ];
        }),
        ...pages.map((page) => ({ from: pathOf(page.link), to: staticPageUrl(decodeSegment(page.slug)) })),
        // Feeds stay WordPress's.
        ...['/feed/', '/feed/atom/', '/comments/feed/'].map((from) => ({ from, to: `${site}${from}` })),
      ];
      const seen = new Set<string>();
      return moves.filter((move): move is { from: string; to: string } => {
        if (!move.from || move.from === '/' || move.from === move.to || seen.has(move.from)) return false;
        seen.add(move.from);
        return true;
      });
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
