import { useId } from 'react';
import { Form, useActionData, useNavigation } from 'react-router';
import type { Post } from '../api/types';
import { useT } from '../i18n/language-context';
import './protected-post.css';

/*
 * A password-protected post (WordPress's "Password protected" visibility). The form posts to the post's
 * own address; the route's action (src/pages/comment-action.ts) asks the backend for the post with that
 * password. With JavaScript the router runs the action in the browser; without it the server does
 * (npm start) and draws the post again, unlocked or with the error. Either way the page reads the answer
 * from the action's data, so server and browser draw the same.
 */

export const UNLOCK_INTENT = 'unlock';
export const UNLOCK_FIELDS = { intent: 'intent', password: 'post_password' } as const;

/** Where a protected post's body would be (a list, a gadget): `t(PROTECTED_NOTICE_KEY)`. */
export const PROTECTED_NOTICE_KEY = 'posts.protected.notice';

export type UnlockResult =
  | { intent: typeof UNLOCK_INTENT; unlocked: Post; password: string }
  | { intent: typeof UNLOCK_INTENT; error: string };

function isUnlockResult(value: unknown): value is UnlockResult {
  return typeof value === 'object' && value !== null && 'intent' in value && value.intent === UNLOCK_INTENT;
}

/** The action's answer to the password form, if this page is one. */
export function useUnlockResult(): UnlockResult | null {
  const data: unknown = useActionData();
  return isUnlockResult(data) ? data : null;
}

/** "This post is password protected", with a labelled password field and a button to unlock it. */
export function PasswordForm({ error, title }: { error: string | null; title: string }) {
  const t = useT();
  const id = useId();
  const navigation = useNavigation();
  const unlocking =
    navigation.state !== 'idle' && navigation.formData?.get(UNLOCK_FIELDS.intent) === UNLOCK_INTENT;
  return (
    <Form method="post" className="password-form" aria-label={t('posts.protected.formLabel', { title })}>
      <p className="password-form__notice">{t('posts.protected.formNotice')}</p>
      <input type="hidden" name={UNLOCK_FIELDS.intent} value={UNLOCK_INTENT} />
      <div className="password-form__row">
        <label htmlFor={`${id}-password`}>{t('posts.protected.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          name={UNLOCK_FIELDS.password}
          required
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" disabled={unlocking}>
          {unlocking ? t('posts.protected.opening') : t('posts.protected.enter')}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="password-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </Form>
  );
}
