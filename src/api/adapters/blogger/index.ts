import { ApiError, NotFoundError } from '../../errors';
import { createHttpClient, type FetchFn } from '../../http';
import type { BlogApi, Capabilities } from '../../types';
import { commentsRefused, queryString } from '../backend-requests';
import { archiveOf, cached, findBySlug, labelCounts, neighboursOf } from '../listing';
import { DEFAULT_PAGE_SIZE, walkFiltered } from '../paging';
import { decodeEntities } from '../../../lib/html-text';
import {
  bPost,
  type BloggerPost,
  bPostList,
  bSampleList,
  bCommentList,
  bBlog,
  bUser,
  bPageList,
} from './wire';
import {
  bloggerPathOf,
  mapBloggerBlog,
  mapBloggerSummary,
  mapBloggerPost,
  mapBloggerIndexEntry,
  mapBloggerComment,
  mapBloggerProfile,
} from './map';

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
