import { MutationObserver } from '@tanstack/react-query';
import { data, redirect, type ActionFunctionArgs } from 'react-router';
import { commentHtml, validateComment } from '../components/comments/comment-text';
import {
  COMMENT_FIELDS,
  COMMENT_HELD_PARAM,
  type PostedComment,
} from '../components/comments/posted-comment';
import { describeError } from '../components/error-message';
import { parsePostPath, postUrl } from '../lib/paths';
import { statusForError } from './route-errors-wire';
import { notFound, type RouteDeps } from './route-deps';

/*
 * The comment form without JavaScript: the browser posts the form to the post's own address, the
 * server (npm start) runs this action, which publishes through the adapter and sends the reader back
 * to the post (303, at the new comment), or renders the post again with the error and the text kept.
 * With JavaScript the form publishes by itself and this never runs.
 */

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function commentAction({ queryClient, queries, capabilities }: RouteDeps) {
  return async ({ request, params }: ActionFunctionArgs) => {
    const path = parsePostPath(params);
    if (!path) throw notFound('No post at this address');
    if (capabilities.comments !== 'write') {
      throw new Response('This blog takes no comments here.', { status: 405 });
    }
    const form = await request.formData();
    const values = {
      text: field(form, COMMENT_FIELDS.text),
      name: field(form, COMMENT_FIELDS.name),
      email: field(form, COMMENT_FIELDS.email),
      parentId: field(form, COMMENT_FIELDS.parentId) || null,
    };
    const [post, blog] = await Promise.all([
      queryClient.query(queries.post(path)),
      queryClient.query(queries.blog()),
    ]);
    const identityRequired = capabilities.commentIdentity === 'name-and-email';
    const fieldError = validateComment(values, blog.locale, identityRequired);
    if (fieldError) return data<PostedComment>({ values, fieldError, errorDetail: null }, { status: 400 });

    const publish = new MutationObserver(queryClient, queries.createComment(post.id));
    try {
      const comment = await publish.mutate({
        parentId: values.parentId,
        authorName: values.name.trim(),
        html: commentHtml(values.text),
        ...(identityRequired ? { email: values.email.trim() } : {}),
      });
      const held = comment.status === 'pending' ? `?${COMMENT_HELD_PARAM}=held` : '';
      return redirect(
        `${postUrl(post)}${held}#${comment.status === 'pending' ? 'comments' : `c${comment.id}`}`,
        303,
      );
    } catch (error) {
      const status = statusForError(error);
      return data<PostedComment>(
        { values, fieldError: null, errorDetail: describeError(error).detail },
        { status: status === 500 || status === 404 ? 400 : status },
      );
    }
  };
}
