import { nameFailure } from './errors';
import type { BlogApi, PostListParams } from './types';

/**
 * A BlogApi whose failures carry what the reader was waiting for ("the blog archive"), so every error
 * panel can say what failed whatever the backend, and when the load began, so retries stop in time.
 * Writes are left alone: the comment form words its own, and they are never retried.
 */

// React Query hands every attempt of one load (the first and its retries) the same signal.
const firstAttempts = new WeakMap<AbortSignal, number>();

async function named<T>(what: string, signal: AbortSignal | undefined, load: () => Promise<T>): Promise<T> {
  const startedAt = (signal && firstAttempts.get(signal)) ?? Date.now();
  if (signal) firstAttempts.set(signal, startedAt);
  try {
    return await load();
  } catch (error) {
    nameFailure(error, what, startedAt);
    throw error;
  }
}

function describePosts(params: PostListParams): string {
  if (params.query) return `the search results for “${params.query}”`;
  if (params.label) return `the posts labelled “${params.label}”`;
  if (params.year && params.month)
    return `the posts of ${params.year}-${String(params.month).padStart(2, '0')}`;
  if (params.year) return `the posts of ${params.year}`;
  if (params.authorId) return 'the author’s posts';
  return params.cursor ? 'the older posts' : 'the latest posts';
}

export function withFailureNames(api: BlogApi): BlogApi {
  const popular = api.listPopularPosts?.bind(api);
  const featured = api.getFeaturedPost?.bind(api);
  return {
    ...api,
    ...(featured && {
      getFeaturedPost: (signal?: AbortSignal) => named('the featured post', signal, () => featured(signal)),
    }),
    ...(popular && {
      listPopularPosts: (limit: number, signal?: AbortSignal) =>
        named('the popular posts', signal, () => popular(limit, signal)),
    }),
    getBlog: (signal) => named('the blog', signal, () => api.getBlog(signal)),
    listPosts: (params, signal) => named(describePosts(params), signal, () => api.listPosts(params, signal)),
    getPost: (path, signal) => named('this post', signal, () => api.getPost(path, signal)),
    getArchive: (signal) => named('the blog archive', signal, () => api.getArchive(signal)),
    listLabels: (signal) => named('the labels', signal, () => api.listLabels(signal)),
    getAuthor: (id, signal) => named('the author’s profile', signal, () => api.getAuthor(id, signal)),
    listComments: (postId, params, signal) =>
      named('the comments', signal, () => api.listComments(postId, params, signal)),
    getStaticPage: (slug, signal) => named('this page', signal, () => api.getStaticPage(slug, signal)),
  };
}
