import { MutationObserver } from '@tanstack/react-query';
import { data, redirect, type ActionFunctionArgs } from 'react-router';
import { commentHtml, validateComment } from '../components/comments/comment-text';
import {
  COMMENT_FIELDS,
  COMMENT_HELD_PARAM,
  type PostedComment,
} from '../components/comments/posted-comment';
import { describeError, errorText } from '../api/describe-error';
import { UNLOCK_FIELDS, UNLOCK_INTENT, type UnlockResult } from '../components/protected-post';
import { ValidationError } from '../api/errors';
import type { PostPath } from '../api/types';
import { catalogLocaleFor } from '../i18n/locales';
import { ENGLISH, makeTranslate, type Translate } from '../i18n/translator';
import { parsePostPath, postUrl } from '../lib/paths';
import { statusForError } from './route-errors-wire';
import { notFound, type RouteDeps } from './route-deps';

/*
 * The password form of a password-protected post, with or without JavaScript (protected-post.tsx):
 * the post with its body, and its comments (which need the password too) warmed in the cache; a wrong
 * password is answered 403 with the backend's words, and the form is drawn again.
 *
 * The comment form without JavaScript: the browser posts the form to the post's own address, the
 * server (npm start) runs this action, which publishes through the adapter and sends the reader back
 * to the post (303, at the new comment), or renders the post again with the error and the text kept.
 * With JavaScript the form publishes by itself and this never runs.
 */

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Lectern's words in the blog's language, for what this action says to the reader. An action has no
 * React context: the blog and its catalog come from the cache (the layout loader put them there; on a
 * server's first request for a page they are read now), English when the blog cannot be read.
 */
async function translator({ queryClient, queries }: RouteDeps): Promise<Translate> {
  try {
    const blog = await queryClient.query(queries.blog());
    const locale = catalogLocaleFor(blog.locale);
    return makeTranslate(locale, await queryClient.query(queries.catalog(locale)));
  } catch {
    return ENGLISH.t;
  }
}

export function commentAction(deps: RouteDeps) {
  const { queryClient, queries, capabilities } = deps;
  return async ({ request, params }: ActionFunctionArgs) => {
    const path = parsePostPath(params);
    if (!path) throw notFound('No post at this address');
    const form = await request.formData();
    if (field(form, UNLOCK_FIELDS.intent) === UNLOCK_INTENT) {
      return unlock(deps, path, field(form, UNLOCK_FIELDS.password));
    }
    if (capabilities.comments !== 'write') {
      const t = await translator(deps);
      throw new Response(t('comments.action.noComments'), { status: 405 });
    }
    const values = {
      text: field(form, COMMENT_FIELDS.text),
      name: field(form, COMMENT_FIELDS.name),
      email: field(form, COMMENT_FIELDS.email),
      parentId: field(form, COMMENT_FIELDS.parentId) || null,
    };
    const [post, t] = await Promise.all([queryClient.query(queries.post(path)), translator(deps)]);
    // The form is not offered on a post whose comments are closed; a form posted all the same is refused.
    if (post.commentsOpen === false) {
      return data<PostedComment>(
        { values, fieldError: null, errorDetail: t('comments.action.closed') },
        { status: 403 },
      );
    }
    const identityRequired = capabilities.commentIdentity === 'name-and-email';
    const fieldError = validateComment(values, t, identityRequired);
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
        { values, fieldError: null, errorDetail: describeError(error, { t }).detail },
        { status: status === 500 || status === 404 ? 400 : status },
      );
    }
  };
}

async function unlock(deps: RouteDeps, path: PostPath, password: string) {
  const { queryClient, queries, capabilities } = deps;
  const post = await queryClient.query(queries.post(path));
  if (!post.protected) return redirect(postUrl(post), 303);
  const t = await translator(deps);
  if (password === '') {
    return data<UnlockResult>({ intent: UNLOCK_INTENT, error: t('posts.protected.empty') }, { status: 400 });
  }
  try {
    const unlocked = await new MutationObserver(queryClient, queries.unlockPost(post)).mutate(password);
    if (capabilities.comments !== 'none') {
      // Drawn with the post (on the server, for a reader without JavaScript); a failure shows there.
      await queryClient.prefetchInfiniteQuery(queries.comments(post.id, password));
    }
    return data<UnlockResult>({ intent: UNLOCK_INTENT, unlocked, password });
  } catch (error) {
    const wrong = error instanceof ValidationError && error.field === 'password';
    return data<UnlockResult>(
      { intent: UNLOCK_INTENT, error: wrong ? errorText(error, t) : describeError(error, { t }).detail },
      { status: wrong ? 403 : statusForError(error) },
    );
  }
}
