import type { Page, PostListParams, PostSummary } from './types';

/**
 * "Read more" at the end of a post: other posts that share its labels, computed through the port so
 * every backend that can list posts by label has it (none of them has a related-posts endpoint).
 */

export const RELATED_POSTS = 3;
/** Each label costs one request; a post's first labels are the ones its author chose first. */
const LABELS_ASKED = 4;
const POSTS_PER_LABEL = 10;

export type RelatedTo = Pick<PostSummary, 'id' | 'labels'>;

/**
 * Ranks candidates (possibly repeated, one list per label) for `post`: more shared labels first, then the
 * most recent; the post itself and duplicates left out.
 */
export function rankRelatedPosts(
  post: RelatedTo,
  candidates: PostSummary[],
  max = RELATED_POSTS,
): PostSummary[] {
  const own = new Set(post.labels.map((label) => label.toLowerCase()));
  const seen = new Map<string, { summary: PostSummary; shared: number }>();
  for (const summary of candidates) {
    if (summary.id === post.id || seen.has(summary.id)) continue;
    const shared = summary.labels.filter((label) => own.has(label.toLowerCase())).length;
    if (shared > 0) seen.set(summary.id, { summary, shared });
  }
  return [...seen.values()]
    .sort((a, b) => b.shared - a.shared || Date.parse(b.summary.published) - Date.parse(a.summary.published))
    .slice(0, max)
    .map(({ summary }) => summary);
}

/** Asks for the posts of each of the post's first labels, in parallel, and ranks them. */
export async function fetchRelatedPosts(
  post: RelatedTo,
  listPosts: (params: PostListParams) => Promise<Page<PostSummary>>,
): Promise<PostSummary[]> {
  const labels = post.labels.slice(0, LABELS_ASKED);
  const pages = await Promise.all(labels.map((label) => listPosts({ label, limit: POSTS_PER_LABEL })));
  return rankRelatedPosts(
    post,
    pages.flatMap((page) => page.items),
  );
}
