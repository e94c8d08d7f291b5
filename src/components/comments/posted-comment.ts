import { useActionData } from 'react-router';
import type { FieldError } from './comment-text';

/*
 * A comment form posted without JavaScript (npm start): the server publishes it (the post route's
 * action, src/pages/comment-action.ts) and, when it could not, draws the post again with what was
 * posted and why it failed. The form shows both; with JavaScript the form publishes by itself.
 */

/** The form's field names, which the server reads. */
export const COMMENT_FIELDS = {
  text: 'comment',
  name: 'name',
  email: 'email',
  parentId: 'parentId',
} as const;

/** After a no-JavaScript comment held for moderation, the post's address says so (?comment=held). */
export const COMMENT_HELD_PARAM = 'comment';

export type PostedComment = {
  values: { text: string; name: string; email: string; parentId: string | null };
  fieldError: FieldError | null;
  /** Why the blog refused it, in reader's words (describeError's detail). */
  errorDetail: string | null;
};

function isPostedComment(value: unknown): value is PostedComment {
  return typeof value === 'object' && value !== null && 'values' in value && 'fieldError' in value;
}

/** What the server was posted and could not publish, if this page is its answer. */
export function usePostedComment(): PostedComment | null {
  const data: unknown = useActionData();
  return isPostedComment(data) ? data : null;
}
