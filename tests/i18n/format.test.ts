// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatMessage, formatParts, MessageSyntaxError } from '../../src/i18n/format';

const comments = '{count, plural, =0 {No comments} one {# comment} other {# comments}}';

describe('the message format', () => {
  it('puts values in, and numbers in the locale’s digits', () => {
    expect(formatMessage('Reply to {name}', 'en', { name: 'Ada' })).toBe('Reply to Ada');
    expect(formatMessage('{n, number} views', 'de', { n: 12345 })).toBe('12.345 views');
    expect(formatMessage('{n, number}', 'ar-EG', { n: 12 })).toBe('١٢');
    expect(formatMessage('{n, number}', 'fa', { n: 3 })).toBe('۳');
  });

  it('picks an exact value first, then the plural category, and formats # with the count', () => {
    expect(formatMessage(comments, 'en', { count: 0 })).toBe('No comments');
    expect(formatMessage(comments, 'en', { count: 1 })).toBe('1 comment');
    expect(formatMessage(comments, 'en', { count: 1200 })).toBe('1,200 comments');
  });

  it('follows Arabic’s six plural forms', () => {
    const ar =
      '{n, plural, zero {لا تعليقات} one {تعليق واحد} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}}';
    const forms = [0, 1, 2, 3, 11, 100].map((n) => formatMessage(ar, 'ar', { n }));
    // Arabic's digits are the platform's choice for "ar" (CLDR has changed it): asked of Intl here too.
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(forms).toEqual([
      'لا تعليقات',
      'تعليق واحد',
      'تعليقان',
      `${digits(3)} تعليقات`,
      `${digits(11)} تعليقًا`,
      `${digits(100)} تعليق`,
    ]);
  });

  it('follows Polish’s and Russian’s three forms for whole numbers', () => {
    const pl = '{n, plural, one {# komentarz} few {# komentarze} many {# komentarzy} other {# komentarza}}';
    expect([1, 2, 5, 22, 25].map((n) => formatMessage(pl, 'pl', { n }))).toEqual([
      '1 komentarz',
      '2 komentarze',
      '5 komentarzy',
      '22 komentarze',
      '25 komentarzy',
    ]);
    const ru =
      '{n, plural, one {# комментарий} few {# комментария} many {# комментариев} other {# комментария}}';
    expect([1, 3, 11, 21].map((n) => formatMessage(ru, 'ru', { n }))).toEqual([
      '1 комментарий',
      '3 комментария',
      '11 комментариев',
      '21 комментарий',
    ]);
  });

  it('chooses by select, nests, and keeps ICU’s quoting', () => {
    const pause =
      'in about {unit, select, hours {{count, plural, one {# hour} other {# hours}}} other {{count, plural, one {# minute} other {# minutes}}}}';
    expect(formatMessage(pause, 'en', { unit: 'hours', count: 2 })).toBe('in about 2 hours');
    expect(formatMessage(pause, 'en', { unit: 'minutes', count: 1 })).toBe('in about 1 minute');
    expect(formatMessage("l'archive de '{'blog'}' ''{x}''", 'fr', { x: 'A' })).toBe(
      "l'archive de {blog} 'A'",
    );
  });

  it('hands elements back in their place, text around them joined', () => {
    const link = { element: 'a' };
    expect(formatParts('Posted by {author} at {time}', 'en', { author: link, time: 'noon' })).toEqual([
      'Posted by ',
      link,
      ' at noon',
    ]);
  });

  it('refuses a broken message with where it broke', () => {
    expect(() => formatMessage('{count, plural, one {#}}', 'en', { count: 1 })).toThrow(MessageSyntaxError);
    expect(() => formatMessage('Reply to {name', 'en')).toThrow(/brace is expected at 14/);
    expect(() => formatMessage('{n, date}', 'en', { n: 1 })).toThrow(/Unknown argument type/);
  });
});
