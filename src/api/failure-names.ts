import { nameFailure, words, type Words } from './errors';
import type { BlogApi, PostListParams } from './types';

/**
 * A BlogApi whose failures carry what the reader was waiting for ("the blog archive"), so every error
 * panel can say what failed whatever the backend, and when the load began, so retries stop in time.
 * Writes are left alone: the comment form words its own, and they are never retried.
 */

// React Query hands every attempt of one load (the first and its retries) the same signal.
const firstAttempts = new WeakMap<AbortSignal, number>();

async function named<T>(what: Words, signal: AbortSignal | undefined, load: () => Promise<T>): Promise<T> {
  const startedAt = (signal && firstAttempts.get(signal)) ?? Date.now();
  if (signal) firstAttempts.set(signal, startedAt);
  try {
    return await load();
  } catch (error) {
    nameFailure(error, what, startedAt);
    throw error;
  }
}

function describePosts(params: PostListParams): Words {
  if (params.query) return words('errors.what.search', { query: params.query });
  if (params.label) return words('errors.what.label', { label: params.label });
  if (params.year && params.month) {
    return words('errors.what.month', { year: params.year, month: String(params.month).padStart(2, '0') });
  }
  if (params.year) return words('errors.what.year', { year: params.year });
  if (params.authorId) return words('errors.what.authorPosts');
  return words(params.cursor ? 'errors.what.olderPosts' : 'errors.what.latestPosts');
}

export function withFailureNames(api: BlogApi): BlogApi {
  const popular = api.listPopularPosts?.bind(api);
  const featured = api.getFeaturedPost?.bind(api);
  return {
    ...api,
    ...(featured && {
      getFeaturedPost: (signal?: AbortSignal) =>
        named(words('errors.what.featured'), signal, () => featured(signal)),
    }),
    ...(popular && {
      listPopularPosts: (limit: number, signal?: AbortSignal) =>
        named(words('errors.what.popular'), signal, () => popular(limit, signal)),
    }),
    getBlog: (signal) => named(words('errors.what.blog'), signal, () => api.getBlog(signal)),
    listPosts: (params, signal) => named(describePosts(params), signal, () => api.listPosts(params, signal)),
    getPost: (path, signal) => named(words('errors.what.post'), signal, () => api.getPost(path, signal)),
    getArchive: (signal) => named(words('errors.what.archive'), signal, () => api.getArchive(signal)),
    listLabels: (signal) => named(words('errors.what.labels'), signal, () => api.listLabels(signal)),
    getAuthor: (id, signal) => named(words('errors.what.author'), signal, () => api.getAuthor(id, signal)),
    listComments: (postId, params, signal) =>
      named(words('errors.what.comments'), signal, () => api.listComments(postId, params, signal)),
    getStaticPage: (slug, signal) =>
      named(words('errors.what.page'), signal, () => api.getStaticPage(slug, signal)),
  };
}
