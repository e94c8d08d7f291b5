import { infiniteQueryOptions, mutationOptions, QueryClient, queryOptions } from '@tanstack/react-query';
import { ApiError } from './errors';
import type { BlogApi, NewComment, PostFilter, PostPath } from './types';

/**
 * Query-option factories: the single source of truth for keys, fetchers and freshness. Loaders warm the
 * cache with them and components read the same entries, so one navigation makes one request per resource.
 * Keys start with ['blog', api.id] so two backends never share cached data.
 */

const MINUTE = 60_000;

export const POSTS_PER_PAGE = 10;
/** Archive listings show titles only, so a page holds more of them. */
export const ARCHIVE_TITLES_PER_PAGE = 50;
export const COMMENTS_PER_PAGE = 50;

export function blogQueries(api: BlogApi) {
  const base = ['blog', api.id] as const;
  return {
    all: () => base,
    blog: () =>
      queryOptions({
        queryKey: [...base, 'info'],
        queryFn: ({ signal }) => api.getBlog(signal),
        staleTime: 30 * MINUTE,
      }),
    posts: (filter: PostFilter, cursor: string | null = null, limit: number = POSTS_PER_PAGE) =>
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
    comments: (postId: string) =>
      infiniteQueryOptions({
        queryKey: [...base, 'comments', postId],
        queryFn: ({ signal, pageParam }) =>
          api.listComments(postId, { cursor: pageParam, limit: COMMENTS_PER_PAGE }, signal),
        initialPageParam: null as string | null,
        getNextPageParam: (last) => last.next,
        staleTime: MINUTE,
      }),
    createComment: (postId: string) =>
      mutationOptions({
        mutationKey: [...base, 'create-comment', postId],
        mutationFn: (input: NewComment) => api.createComment(postId, input),
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

const MAX_RETRIES = 2;

/** Retry only what may succeed a moment later: never a 404, a malformed answer twice, or a refused write. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return error instanceof ApiError && error.retryable && error.kind !== 'invalid-response';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: MINUTE, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
