import { describe, expect, it, vi } from 'vitest';
import { formatDateTime, formatTime } from '../../src/lib/dates';

const ISO = '2020-09-25T09:30:00-07:00';

describe('times', () => {
  it('read "9:30 AM" with a plain space in every engine, so server HTML and hydration agree', () => {
    // What ICU 72+ writes in Firefox and Safari; V8 (Node, Chrome) writes a plain space.
    // `format` is a getter returning a bound function (TypeScript types it as a method).
    const prototype = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    const format = vi.spyOn(prototype, 'format', 'get');
    format.mockReturnValueOnce(() => '9:30\u202fAM');
    expect(formatTime(ISO, 'en-US', 'America/Los_Angeles')).toBe('9:30 AM');
    format.mockReturnValueOnce(() => 'September 25, 2020 at 9:30\u202fAM');
    expect(formatDateTime(ISO, 'en-US', 'America/Los_Angeles')).toBe('September 25, 2020 at 9:30 AM');
  });

  it('are formatted in the blog’s zone', () => {
    expect(formatTime(ISO, 'en-US', 'America/Los_Angeles')).toBe('9:30 AM');
    expect(formatTime(ISO, 'en-US', 'America/New_York')).toBe('12:30 PM');
  });
});
