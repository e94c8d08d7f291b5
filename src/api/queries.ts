import { infiniteQueryOptions, mutationOptions, QueryClient, queryOptions } from '@tanstack/react-query';
import { ApiError, failureStartedAt, MAX_RETRY_AFTER_MS } from './errors';
import { withFailureNames } from './failure-names';
import { fetchRelatedPosts, type RelatedTo } from './related-posts';
import { loadCatalog } from '../i18n/load-catalog';
import type { CatalogLocale } from '../i18n/locales';
import type { BlogApi, NewComment, Post, PostFilter, PostPath } from './types';

/**
 * Query-option factories: the single source of truth for keys, fetchers and freshness. Loaders warm the
 * cache with them and components read the same entries, so one navigation makes one request per resource.
 * Keys start with ['blog', api.id] so two backends never share cached data; a catalog's, which no backend
 * changes, with ['catalog'].
 */

const MINUTE = 60_000;

export const POSTS_PER_PAGE = 10;
/** Archive listings show titles only, so a page holds more of them. */
export const ARCHIVE_TITLES_PER_PAGE = 50;
export const COMMENTS_PER_PAGE = 50;
export const POPULAR_POSTS = 5;

/**
 * `postsPerPage` is config.json's layout.posts.count (Blogger's "Show at most N posts on the main
 * page"): every list page's loader and component read the same entries through this default.
 */
export function blogQueries(
  source: BlogApi,
  { postsPerPage = POSTS_PER_PAGE, locale = null }: { postsPerPage?: number; locale?: string | null } = {},
) {
  // Every failure read through these queries says what was being loaded ("the blog archive").
  const api = withFailureNames(source);
  const base = ['blog', api.id] as const;
  return {
    all: () => base,
    /** Every page of every post list (home, labels, archive, search): to invalidate them together. */
    allPostLists: () => [...base, 'posts'] as const,
    blog: () =>
      queryOptions({
        queryKey: [...base, 'info', locale],
        // config.json's ui.locale wins over the backend's language (docs/i18n.md).
        queryFn: async ({ signal }) => {
          const blog = await api.getBlog(signal);
          return locale ? { ...blog, locale } : blog;
        },
        staleTime: 30 * MINUTE,
      }),
    /** Lectern's words in one language (src/i18n/): loaded once, kept, and sent in a server page's state. */
    catalog: (language: CatalogLocale) =>
      queryOptions({
        queryKey: ['catalog', language] as const,
        queryFn: () => loadCatalog(language),
        staleTime: Infinity,
        gcTime: Infinity,
      }),
    posts: (filter: PostFilter, cursor: string | null = null, limit: number = postsPerPage) =>
      queryOptions({
        queryKey: [...base, 'posts', filter, cursor, limit],
        queryFn: ({ signal }) => api.listPosts({ ...filter, cursor, limit }, signal),
        staleTime: 2 * MINUTE,
      }),
    post: (path: PostPath) =>
      queryOptions({
        queryKey: [...base, 'post', path.year, path.month, path.slug],
        queryFn: ({ signal }) => api.getPost(path, signal),
        staleTime: 5 * MINUTE,
      }),
    archive: () =>
      queryOptions({
        queryKey: [...base, 'archive'],
        queryFn: ({ signal }) => api.getArchive(signal),
        staleTime: 10 * MINUTE,
      }),
    labels: () =>
      queryOptions({
        queryKey: [...base, 'labels'],
        queryFn: ({ signal }) => api.listLabels(signal),
        staleTime: 10 * MINUTE,
      }),
    author: (id: string) =>
      queryOptions({
        queryKey: [...base, 'author', id],
        queryFn: ({ signal }) => api.getAuthor(id, signal),
        staleTime: 30 * MINUTE,
      }),
    /** `password`: a password-protected post's, which its comments need too (kept in the key). */
    comments: (postId: string, password?: string) =>
      infiniteQueryOptions({
        queryKey: password ? [...base, 'comments', postId, { password }] : [...base, 'comments', postId],
        queryFn: ({ signal, pageParam }) =>
          api.listComments(postId, { cursor: pageParam, limit: COMMENTS_PER_PAGE, password }, signal),
        initialPageParam: null as string | null,
        getNextPageParam: (last) => last.next,
        staleTime: MINUTE,
      }),
    /** A password-protected post with its body; a wrong password fails with a ValidationError. */
    unlockPost: (post: Post) =>
      mutationOptions({
        mutationKey: [...base, 'unlock-post', post.id],
        mutationFn: (password: string) =>
          api.unlockPost ? api.unlockPost(post, password) : Promise.reject(new Error('No passwords here')),
      }),
    /** The Featured Post gadget; only asked where `capabilities.featuredPosts`. */
    featuredPost: () =>
      queryOptions({
        queryKey: [...base, 'featured-post'],
        queryFn: ({ signal }) => api.getFeaturedPost?.(signal) ?? Promise.resolve(null),
        staleTime: 10 * MINUTE,
      }),
    createComment: (postId: string) =>
      mutationOptions({
        mutationKey: [...base, 'create-comment', postId],
        mutationFn: (input: NewComment) => api.createComment(postId, input),
      }),
    /** Up to three posts sharing the post's labels (src/api/related-posts.ts). */
    relatedPosts: (post: RelatedTo) =>
      queryOptions({
        queryKey: [...base, 'related', post.id, post.labels],
        queryFn: ({ signal }) => fetchRelatedPosts(post, (params) => api.listPosts(params, signal)),
        staleTime: 10 * MINUTE,
      }),
    /** The Popular Posts widget; only asked where `capabilities.popularPosts`. */
    popularPosts: (limit: number = POPULAR_POSTS) =>
      queryOptions({
        queryKey: [...base, 'popular', limit],
        queryFn: ({ signal }) => api.listPopularPosts?.(limit, signal) ?? Promise.resolve([]),
        staleTime: 30 * MINUTE,
      }),
    staticPage: (slug: string) =>
      queryOptions({
        queryKey: [...base, 'page', slug],
        queryFn: ({ signal }) => api.getStaticPage(slug, signal),
        staleTime: 30 * MINUTE,
      }),
  };
}

export type BlogQueries = ReturnType<typeof blogQueries>;

export const MAX_RETRIES = 3;
const FIRST_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 4_000;
/**
 * No new automatic attempt once this long has passed since the first began: with the backoff above
 * (at most 4 s) and a slow server's answer on top, the page still renders or explains itself within
 * 15 s. A Retry-After (at most MAX_RETRY_AFTER_MS) is the server's own request and is honoured anyway.
 */
const RETRY_WINDOW_MS = 5_000;

/**
 * Retry only what may succeed a moment later (network failures, 408, 425, 429, 5xx), three times and
 * within RETRY_WINDOW_MS. Never
 * a 404 or another 4xx, a malformed answer (it will be malformed again), a timeout (a hung backend must
 * be explained within seconds, not after four waits), or a server asking for a longer pause than
 * MAX_RETRY_AFTER_MS (the reader is told when to come back instead). Writes are never retried.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError) || !error.retryable) return false;
  if (error.kind === 'invalid-response' || error.kind === 'timeout') return false;
  if (error.retryAfterMs !== null) return error.retryAfterMs <= MAX_RETRY_AFTER_MS;
  const startedAt = failureStartedAt(error);
  return startedAt === null || Date.now() - startedAt <= RETRY_WINDOW_MS;
}

/**
 * Exponential backoff (0.5 s, 1 s, 2 s … capped at 4 s) with jitter, so many readers' retries after an
 * outage do not arrive in step; at least the server's `Retry-After` when it sent one.
 * `failureCount` counts from 0, as React Query passes it.
 */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** failureCount);
  const jittered = backoff / 2 + random() * (backoff / 2);
  const asked = error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(asked, jittered);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: MINUTE,
        refetchOnWindowFocus: false,
        // Offline, still ask once: the service worker may answer from its saved copies (docs/offline.md).
        // Only retries wait for the connection to return.
        networkMode: 'offlineFirst',
      },
      mutations: { retry: false },
    },
  });
}
