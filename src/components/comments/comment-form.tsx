import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useFormAction, useLocation } from 'react-router';
import { ValidationError } from '../../api/errors';
import { Message, useT } from '../../i18n/language-context';
import type { Translate } from '../../i18n/translator';
import { useRestoredState } from '../../lib/hydration';
import { describeError, errorText } from '../../api/describe-error';
import { useOnline } from '../use-online';
import { loadDraft, saveDraft } from './comment-draft';
import { validateComment, type FieldError } from './comment-text';
import { COMMENT_FIELDS, COMMENT_FORM_ID, isPlainClick, replyHref, usePostedComment } from './posted-comment';

export type CommentInput = { text: string; name: string; email: string };

const EMPTY_INPUT: CommentInput = { text: '', name: '', email: '' };

function savedInput(backendId: string, postId: string): CommentInput {
  const { text, name, email } = loadDraft(backendId, postId);
  return { text, name, email };
}

type CommentFormProps = {
  backendId: string;
  postId: string;
  /** The comment being replied to, or null: the form saves it with the draft. */
  parentId: string | null;
  onPublish: (input: CommentInput) => void;
  publishing: boolean;
  /** The last failed attempt, if the reader has not tried again since. */
  error: unknown;
  /** The comment being replied to, by its author's name (null while that comment is not loaded). */
  replyingTo: { name: string | null } | null;
  onCancelReply: () => void;
  focusOnMount: boolean;
  /** The backend asks for a name and an email address (see Capabilities.commentIdentity). */
  identityRequired: boolean;
};

function serverFieldError(error: unknown, t: Translate): FieldError | null {
  if (!(error instanceof ValidationError)) return null;
  const message = errorText(error, t);
  if (error.field === 'html') return { field: 'text', message };
  if (error.field === 'authorName') return { field: 'name', message };
  if (error.field === 'email') return { field: 'email', message };
  return null;
}

/**
 * Blogger's "Post a Comment" form, also opened inline under a comment to reply to it. It owns what is
 * being typed (saved on every keystroke), so typing re-renders the form alone, never a long thread.
 */
export function CommentForm(props: CommentFormProps) {
  const { backendId, postId, parentId, publishing, error, replyingTo, identityRequired } = props;
  const t = useT();
  // The draft is kept in this browser only: the server, and so the hydrating render, draw the form empty;
  // the render just after hydration fills it in.
  // A form posted without JavaScript that the server could not publish comes back with what was typed.
  const posted = usePostedComment();
  const postedInput = posted
    ? { text: posted.values.text, name: posted.values.name, email: posted.values.email }
    : null;
  const [draft, setDraft, restored] = useRestoredState(
    () => postedInput ?? savedInput(backendId, postId),
    postedInput ?? EMPTY_INPUT,
  );
  // Without JavaScript the browser posts the form to the post itself (npm start publishes it).
  const action = `${useFormAction()}#comments`;
  const location = useLocation();

  function onDraftChange(next: CommentInput) {
    // A change in the moment before the draft is back (hydration has committed, the restoring render has
    // not) would save the server's empty form over the draft: the draft wins.
    if (!restored) return;
    setDraft(next);
    saveDraft(backendId, postId, { ...next, parentId });
  }
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<FieldError | null>(null);
  const fieldError =
    localError ?? serverFieldError(error, t) ?? (error ? null : (posted?.fieldError ?? null));
  const offline = !useOnline();
  const generalError =
    error && !serverFieldError(error, t)
      ? describeError(error, { offline, t }).detail
      : (posted?.errorDetail ?? null);

  // The form moves (under a comment to reply, back when cancelled) by mounting anew: when the reader moved
  // it, the text field takes focus; on page load it does not.
  const { focusOnMount } = props;
  useEffect(() => {
    if (focusOnMount) textRef.current?.focus();
  }, [focusOnMount]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (publishing) return;
    const problem = validateComment(draft, t, identityRequired);
    setLocalError(problem);
    if (problem) {
      ({ text: textRef, name: nameRef, email: emailRef })[problem.field].current?.focus();
      return;
    }
    props.onPublish(draft);
  }

  const headingId = `${id}-heading`;
  const textError = fieldError?.field === 'text' ? fieldError.message : null;
  const nameError = fieldError?.field === 'name' ? fieldError.message : null;
  const emailError = fieldError?.field === 'email' ? fieldError.message : null;

  return (
    <form
      id={COMMENT_FORM_ID}
      className="comment-form"
      aria-labelledby={headingId}
      noValidate
      method="post"
      action={action}
      onSubmit={submit}
    >
      <input type="hidden" name={COMMENT_FIELDS.parentId} value={parentId ?? ''} />
      <h3 id={headingId}>
        {replyingTo === null ? (
          t('comments.form.heading')
        ) : replyingTo.name === null ? (
          t('comments.form.replyHeadingUnknown')
        ) : (
          <Message id="comments.form.replyHeading" values={{ name: <bdi>{replyingTo.name}</bdi> }} />
        )}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('comments.form.text')}</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          name={COMMENT_FIELDS.text}
          rows={5}
          value={draft.text}
          onChange={(e) => onDraftChange({ ...draft, text: e.target.value })}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${id}-help${textError ? ` ${id}-text-error` : ''}`}
        />
        <p id={`${id}-help`} className="field__help">
          <Message
            id="comments.form.textHelp"
            values={{ b: <code>&lt;b&gt;</code>, i: <code>&lt;i&gt;</code>, a: <code>&lt;a&gt;</code> }}
          />
        </p>
        {textError ? (
          <p id={`${id}-text-error`} className="field__error">
            {textError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          <Message
            id="comments.form.nameLabel"
            values={{
              note: (
                <span className="field__optional">
                  {t(identityRequired ? 'comments.form.required' : 'comments.form.optional')}
                </span>
              ),
            }}
          />
        </label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          name={COMMENT_FIELDS.name}
          autoComplete="name"
          value={draft.name}
          onChange={(e) => onDraftChange({ ...draft, name: e.target.value })}
          aria-required={identityRequired || undefined}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : `${id}-name-help`}
        />
        {nameError ? (
          <p id={`${id}-name-error`} className="field__error">
            {nameError}
          </p>
        ) : (
          <p id={`${id}-name-help`} className="field__help">
            {t(identityRequired ? 'comments.form.nameHelp' : 'comments.form.nameHelpOptional')}
          </p>
        )}
      </div>
      {identityRequired ? (
        <div className="field">
          <label htmlFor={`${id}-email`}>
            <Message
              id="comments.form.emailLabel"
              values={{ note: <span className="field__optional">{t('comments.form.required')}</span> }}
            />
          </label>
          <input
            id={`${id}-email`}
            ref={emailRef}
            name={COMMENT_FIELDS.email}
            type="email"
            autoComplete="email"
            value={draft.email}
            onChange={(e) => onDraftChange({ ...draft, email: e.target.value })}
            aria-required="true"
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${id}-email-error` : `${id}-email-help`}
          />
          {emailError ? (
            <p id={`${id}-email-error`} className="field__error">
              {emailError}
            </p>
          ) : (
            <p id={`${id}-email-help`} className="field__help">
              {t('comments.form.emailHelp')}
            </p>
          )}
        </div>
      ) : null}
      <div className="comment-form__actions">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page (lost on a
            failure); submit() ignores presses while publishing. */}
        <button type="submit" aria-disabled={publishing}>
          {publishing ? t('comments.form.publishing') : t('comments.form.publish')}
        </button>
        {replyingTo ? (
          // A link back to the page's own form, so it works without JavaScript too (see the Reply link).
          <a
            className="comment-form__cancel"
            href={replyHref(location, null)}
            rel="nofollow"
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              props.onCancelReply();
            }}
          >
            {t('comments.form.cancelReply')}
          </a>
        ) : null}
      </div>
      <div role="alert" className="comment-form__alert">
        {generalError ? (
          <p className="field__error">
            <Message
              id="comments.form.failed"
              values={{
                detail: generalError,
                retry: <button type="submit">{t('comments.form.retry')}</button>,
              }}
            />
          </p>
        ) : null}
      </div>
    </form>
  );
}
