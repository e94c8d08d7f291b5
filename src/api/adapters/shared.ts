import { ApiError } from '../errors';
import { createHttpClient, type FetchFn, type HttpClient, type HttpClientOptions } from '../http';
import { splitPost } from '../post-pages';
import type { ArchiveYear, Label, Page, PostLink, PostPath, PostSummary } from '../types';

/**
 * Helpers the backend adapters share: text from HTML without a DOM (adapters may run where there is
 * none), dates in a blog's time zone, facts derived from a lightweight listing of posts (archive counts,
 * label counts, neighbours), opaque cursors and a small cache. All pure except `cached` and the fetch helper.
 */

export const DEFAULT_PAGE_SIZE = 10;
const MINUTE = 60_000;

// ---------------------------------------------------------------- text

// The named references that blog titles and bios use, as `name:code point`.
const SPECIAL =
  'amp:38 lt:60 gt:62 quot:34 apos:39 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 ' +
  'circ:710 tilde:732 ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 ndash:8211 ' +
  'mdash:8212 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 dagger:8224 ' +
  'Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 ' +
  'euro:8364 trade:8482 larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 minus:8722';
const NAMED: Record<string, number> = Object.fromEntries(
  SPECIAL.split(' ').map((pair) => [pair.split(':')[0], Number(pair.split(':')[1])]),
);
// Latin-1 (U+00A0–U+00FF) in code-point order, so the table needs no numbers.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
LATIN1.split(' ').forEach((name, i) => (NAMED[name] = 160 + i));

function fromCodePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return String.fromCodePoint(valid ? code : 0xfffd);
}

/** Named and numeric character references to text (`&#8217;` → ’). Unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return fromCodePoint(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    const code = NAMED[ref];
    return code === undefined ? whole : String.fromCodePoint(code);
  });
}

const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|figure|img|table|tr|td|th|section|article|header|footer|aside|nav)\b[^>]*>/gi;

/** The readable text of an HTML fragment: scripts, styles, comments and captions dropped, tags removed. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|figcaption)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      // Block boundaries separate words; inline tags (<b>, <a>…) sit inside them.
      .replace(BLOCK_TAG, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export function excerptOf(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The excerpt an adapter derives from a post's body: its opening up to the jump break (`<!--more-->`,
 * Blogger's `<a name="more">`), marked `teaser` so lists add "Read more »"; else its first words.
 */
export function bodyExcerpt(html: string, text: string): Pick<PostSummary, 'excerpt' | 'teaser'> {
  const { teaser } = splitPost(html);
  const opening = teaser === null ? '' : htmlToText(teaser);
  return opening ? { excerpt: excerptOf(opening, 600), teaser: true } : { excerpt: excerptOf(text) };
}

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'post'
  );
}

/** A percent-encoded path segment (WordPress slugs of non-Latin titles) as text. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text (a JSON Feed `content_text`) as paragraphs of HTML. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * An email address and a (North American or international) phone number written in a bio, for backends
 * whose profiles have no such fields: the UI links them where the bio mentions them.
 */
export function contactIn(text: string): { email: string | null; phone: string | null } {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0] ?? null;
  const phone = /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/.exec(text)?.[0] ?? null;
  return { email: email?.replace(/\.$/, '') ?? null, phone };
}

// ---------------------------------------------------------------- dates and time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const read = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
  };
}

/** Calendar year and month of an instant in a time zone. */
export function zonedYearMonth(iso: string, timeZone: string): { year: number; month: number } {
  const { year, month } = partsIn(Date.parse(iso), timeZone);
  return { year, month };
}

/** Year and month as written in the date itself, i.e. in the publisher's own offset. */
export function wallClockYearMonth(iso: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  return { year: Number(match?.[1]), month: Number(match?.[2]) };
}

function offsetMinutesAt(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/** The instant of local midnight starting day `day` of `month` in `timeZone` (month may overflow). */
export function zonedMidnight(year: number, month: number, timeZone: string, day = 1): number {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall;
  for (let i = 0; i < 3; i += 1) instant = wall - offsetMinutesAt(instant, timeZone) * MINUTE;
  return instant;
}

/** [start, end) instants of a year, or of one month of it, in the blog's time zone. */
export function periodBounds(year: number, month: number | undefined, timeZone: string) {
  return month
    ? { start: zonedMidnight(year, month, timeZone), end: zonedMidnight(year, month + 1, timeZone) }
    : { start: zonedMidnight(year, 1, timeZone), end: zonedMidnight(year + 1, 1, timeZone) };
}

/** Minutes east of UTC written in an ISO date (`-07:00` → -420, `Z` → 0); null when it has none. */
export function writtenOffset(iso: string): number | null {
  if (/z$/i.test(iso)) return 0;
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match || !/T\d/.test(iso)) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A fixed-offset zone; Etc/GMT signs are inverted by definition (UTC-8 is Etc/GMT+8). */
export function fixedZone(minutesEast: number): string {
  if (minutesEast === 0 || minutesEast % 60 !== 0) return 'UTC';
  const hours = minutesEast / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/**
 * For backends that do not say their time zone (Blogger, JSON Feed) but write each date with the blog's
 * offset: the first IANA zone whose offsets match every sample (so daylight saving is right), else the
 * fixed offset of the newest sample.
 */
export function guessTimeZone(isoDates: string[]): string {
  const samples = isoDates
    .slice(0, 200)
    .map((iso) => ({ instant: Date.parse(iso), offset: writtenOffset(iso) }))
    .filter((s): s is { instant: number; offset: number } => s.offset !== null && !Number.isNaN(s.instant));
  const first = samples[0];
  if (!first) return 'UTC';
  if (samples.every((s) => s.offset === first.offset)) return fixedZone(first.offset);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const found = zones.find((zone) => samples.every((s) => offsetMinutesAt(s.instant, zone) === s.offset));
  return found ?? fixedZone(first.offset);
}

// ---------------------------------------------------------------- derived facts

/** One post in the lightweight listing an adapter keeps to derive what its backend lacks. */
export type IndexEntry = PostLink & {
  id: string;
  published: string;
  authorId?: string;
  labels?: string[];
};

export function byNewest<T extends { published: string }>(a: T, b: T): number {
  return Date.parse(b.published) - Date.parse(a.published);
}

/** Post counts per year and month, newest first, as the native contract's /archive answers. */
export function archiveOf(entries: { year: number; month: number }[]): ArchiveYear[] {
  const years = new Map<number, Map<number, number>>();
  for (const { year, month } of entries) {
    const months = years.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months.entries()]
        .sort(([a], [b]) => b - a)
        .map(([month, count]) => ({ month, count }));
      return { year, count: list.reduce((n, m) => n + m.count, 0), months: list };
    });
}

export function labelCounts(labelLists: string[][]): Label[] {
  const counts = new Map<string, number>();
  for (const labels of labelLists) for (const l of new Set(labels)) counts.set(l, (counts.get(l) ?? 0) + 1);
  return sortLabels([...counts.entries()].map(([name, count]) => ({ name, count })));
}

export function sortLabels(labels: Label[]): Label[] {
  return labels.filter((l) => l.count > 0).sort((a, b) => a.name.localeCompare(b.name));
}

export function linkOf(entry: PostLink): PostLink {
  return { year: entry.year, month: entry.month, slug: entry.slug, title: entry.title };
}

/** Newer and older neighbours of a post in a newest-first listing. */
export function neighboursOf(entries: IndexEntry[], id: string) {
  const i = entries.findIndex((e) => e.id === id);
  const newer = i > 0 ? entries[i - 1] : undefined;
  const older = i >= 0 ? entries[i + 1] : undefined;
  return { newer: newer ? linkOf(newer) : null, older: older ? linkOf(older) : null };
}

/** The post a Blogger-shaped path names: same slug, preferring the same year and month. */
export function findBySlug<T extends PostPath>(entries: T[], path: PostPath): T | undefined {
  const same = entries.filter((e) => e.slug === path.slug);
  return same.find((e) => e.year === path.year && e.month === path.month) ?? same[0];
}

export function samePath(a: PostPath, b: PostPath): boolean {
  return a.year === b.year && a.month === b.month && a.slug === b.slug;
}

export function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** Memoises a load for `ttlMs`; a failed load is forgotten so the next caller tries again. */
export function cached<T>(load: () => Promise<T>, ttlMs = 5 * MINUTE): () => Promise<T> {
  let entry: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (entry && Date.now() - entry.at < ttlMs) return entry.value;
    const current = { at: Date.now(), value: load() };
    entry = current;
    current.value.catch(() => {
      if (entry === current) entry = null;
    });
    return current.value;
  };
}

// ---------------------------------------------------------------- cursors and pages

export function badCursor(): ApiError {
  return new ApiError('This page of the list does not exist: the link may be out of date.', {
    kind: 'http',
    status: 400,
  });
}

/** `p3` ↔ 3: the cursor of backends that page by number (WordPress, Ghost). */
export function pageNumberOf(cursor: string | null | undefined): number {
  if (!cursor) return 1;
  const match = /^p([1-9]\d{0,5})$/.exec(cursor);
  if (!match) throw badCursor();
  return Number(match[1]);
}

export function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o(\d{1,7})$/.exec(cursor);
  if (!match) throw badCursor();
  return Number(match[1]);
}

/** One page of a list held in memory, behind an offset cursor. */
export function slicePage<T>(items: T[], cursor: string | null | undefined, limit: number): Page<T> {
  const offset = offsetOf(cursor);
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    next: end < items.length ? `o${end}` : null,
    total: items.length,
  };
}

export type RawPage<T> = { items: T[]; next: string | null };

/**
 * Pages through a backend's own pages keeping only what `keep` accepts, for filters the backend cannot
 * apply. The cursor is `<skip>.<backend token>`: how many items of that backend page were already used.
 */
export async function walkFiltered<T>(
  fetchPage: (token: string | null) => Promise<RawPage<T>>,
  keep: (item: T) => boolean,
  cursor: string | null | undefined,
  limit: number,
  maxPages = 20,
): Promise<Page<T>> {
  let token: string | null = null;
  let skip = 0;
  if (cursor) {
    const match = /^(\d{1,6})\.(.*)$/s.exec(cursor);
    if (!match) throw badCursor();
    skip = Number(match[1]);
    token = match[2] || null;
  }
  const items: T[] = [];
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await fetchPage(token);
    for (let i = skip; i < page.items.length; i += 1) {
      const item = page.items[i] as T;
      if (!keep(item)) continue;
      items.push(item);
      if (items.length === limit) {
        if (i + 1 < page.items.length) return { items, next: `${i + 1}.${token ?? ''}` };
        return { items, next: page.next ? `0.${page.next}` : null };
      }
    }
    if (!page.next) return { items, next: null };
    token = page.next;
    skip = 0;
  }
  return { items, next: `0.${token ?? ''}` };
}

export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * An http.ts client (same timeouts and error mapping) that lets an adapter look at each raw response
 * first: WordPress counts pages in headers and names its refusals in a `code` that http.ts does not keep.
 */
export function observedClient(
  fetchFn: FetchFn,
  options: HttpClientOptions,
  observe: (response: Response) => void | Promise<void>,
): HttpClient {
  return createHttpClient(async (input, init) => {
    const response = await fetchFn(input, init);
    await observe(response);
    return response;
  }, options);
}

/** What a reader is told when a backend refuses comments written through Lectern. */
export function commentsRefused(status: number | null = null, url?: string): ApiError {
  return new ApiError('This blog does not accept comments from here.', {
    kind: 'http',
    status,
    retryable: false,
    url,
  });
}
