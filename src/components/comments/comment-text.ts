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
  locale: string,
  identityRequired = false,
): FieldError | null {
  const format = (n: number) => new Intl.NumberFormat(locale).format(n);
  if (text.trim() === '') return { field: 'text', message: 'Write a comment before publishing.' };
  const length = commentHtml(text).length;
  if (length > MAX_COMMENT_LENGTH) {
    return {
      field: 'text',
      message: `A comment can be at most ${format(MAX_COMMENT_LENGTH)} characters; this one has ${format(length)}.`,
    };
  }
  if (name.trim().length > MAX_NAME_LENGTH) {
    return { field: 'name', message: `A name can be at most ${format(MAX_NAME_LENGTH)} characters.` };
  }
  if (identityRequired && name.trim() === '') {
    return { field: 'name', message: 'This blog asks for your name with every comment.' };
  }
  if (identityRequired && !EMAIL_SHAPE.test(email.trim())) {
    return {
      field: 'email',
      message:
        email.trim() === ''
          ? 'This blog asks for your email address with every comment.'
          : 'Check the email address: it should look like name@example.com.',
    };
  }
  return null;
}
