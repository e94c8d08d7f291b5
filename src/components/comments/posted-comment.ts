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

/**
 * The comment a reply is for, in the post's address (?replytocom=<id>#comment-form, WordPress's own
 * name for it): Reply is a link, so without JavaScript it opens the page with the form under that
 * comment; with JavaScript the form moves there without a request.
 */
export const REPLY_PARAM = 'replytocom';
export const COMMENT_FORM_ID = 'comment-form';

/**
 * The address of this page with the form replying to `commentId`, or back at the end (null). Relative
 * to the page, so it holds under any base path the blog is served from.
 */
export function replyHref(
  { pathname, search }: { pathname: string; search: string },
  commentId: string | null,
): string {
  const params = new URLSearchParams(search);
  params.delete(REPLY_PARAM);
  params.delete(COMMENT_HELD_PARAM);
  if (commentId !== null) params.set(REPLY_PARAM, commentId);
  const query = params.toString();
  const page = query ? '' : pathname.slice(pathname.lastIndexOf('/') + 1) || './';
  return `${page}${query ? `?${query}` : ''}#${COMMENT_FORM_ID}`;
}

/** A plain click, which the app answers in place; others (a new tab, a download) are the browser's. */
export function isPlainClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

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
