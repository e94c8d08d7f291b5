import type { Translate } from '../../i18n/translator';

/** The rules for what a reader may publish, shared by the form's checks and its help text. */

export const MAX_COMMENT_LENGTH = 4096;
export const MAX_NAME_LENGTH = 100;

/** What is sent: the reader's text with line breaks kept; the allow-list (b, i, a) applies when shown. */
export function commentHtml(text: string): string {
  return text.trim().replace(/\r?\n/g, '<br>');
}

export type FieldError = { field: 'text' | 'name' | 'email'; message: string };

/** Enough to catch a slip of the keyboard; the backend decides what it accepts. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateComment(
  { text, name, email }: { text: string; name: string; email: string },
  t: Translate,
  identityRequired = false,
): FieldError | null {
  if (text.trim() === '') return { field: 'text', message: t('comments.check.empty') };
  const length = commentHtml(text).length;
  if (length > MAX_COMMENT_LENGTH) {
    return { field: 'text', message: t('comments.check.tooLong', { max: MAX_COMMENT_LENGTH, length }) };
  }
  if (name.trim().length > MAX_NAME_LENGTH) {
    return { field: 'name', message: t('comments.check.nameTooLong', { max: MAX_NAME_LENGTH }) };
  }
  if (identityRequired && name.trim() === '') {
    return { field: 'name', message: t('comments.check.nameRequired') };
  }
  if (identityRequired && !EMAIL_SHAPE.test(email.trim())) {
    return {
      field: 'email',
      message: t(email.trim() === '' ? 'comments.check.emailRequired' : 'comments.check.emailShape'),
    };
  }
  return null;
}
