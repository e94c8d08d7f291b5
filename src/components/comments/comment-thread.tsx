import type { Comment } from '../../api/types';

export type CommentNode = { comment: Comment; replies: CommentNode[] };

/**
 * Threads a flat, chronological list by parent. A reply whose parent is not (yet) loaded is shown at
 * the top level rather than dropped, so paging never hides a comment.
 */
export function threadComments(comments: Comment[]): CommentNode[] {
  const nodes = new Map<string, CommentNode>();
  for (const comment of comments) nodes.set(comment.id, { comment, replies: [] });
  const roots: CommentNode[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id);
    if (!node) continue;
    const parent = comment.parentId ? nodes.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}
