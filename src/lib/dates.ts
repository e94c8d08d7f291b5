/** Date formatting in the blog's locale and time zone (as Blogger does), via Intl. */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/*
 * ICU 72 and later put a narrow no-break space (U+202F) before "AM"/"PM"; V8 (Node, Chrome) writes a
 * plain space instead, Firefox and Safari keep U+202F. A page the server renders with Node is hydrated
 * by any of them, and the two renders must draw the same text: every engine gets the plain space.
 */
function sameInEveryEngine(text: string): string {
  return text.replace(/\u202f/g, ' ');
}

/** "Friday, September 25, 2020" */
export function formatDateHeader(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(iso));
}

/** "9:30 AM" */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  return sameInEveryEngine(
    formatter(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso)),
  );
}

/** "September 25, 2020 at 9:30 AM" */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return sameInEveryEngine(
    formatter(locale, timeZone, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
  );
}

/** "September 2020" */
export function formatMonth(year: number, month: number, locale: string): string {
  return formatter(locale, 'UTC', { year: 'numeric', month: 'long' }).format(Date.UTC(year, month - 1, 15));
}

/** "September" */
export function formatMonthName(month: number, locale: string): string {
  return formatter(locale, 'UTC', { month: 'long' }).format(Date.UTC(2000, month - 1, 15));
}

/** The calendar day of an instant in the blog's zone, e.g. "2020-09-25": posts are grouped by it. */
export function dayKey(iso: string, timeZone: string): string {
  return formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}
