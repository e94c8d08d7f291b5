/*
 * Split and teaser posts, read from the raw (untrusted) HTML before it is sanitized, so the sanitizer
 * never sees a marker:
 * - `<!--nextpage-->` (WordPress's page break) splits the body into pages, each its own address (?page=N);
 * - `<!--more-->` (WordPress, or its `<span id="more-123"></span>`; Blogger's `<a name="more"></a>`) is
 *   the jump break: lists show what comes before it, then "Read more »"; the post page shows no marker.
 * wpautop may wrap a marker alone on its line in `<p>…</p>`: the paragraph goes with it.
 */

const NEXTPAGE = /<p>\s*<!--\s*nextpage\s*-->\s*<\/p>|<!--\s*nextpage\s*-->/gi;
const MORE_MARKER = String.raw`<!--\s*more\b[\s\S]*?-->|<span\s+id\s*=\s*["']more-\d+["']\s*>\s*</span>|<a\s+name\s*=\s*["']more["']\s*>\s*</a>`;
const MORE = new RegExp(String.raw`<p>\s*(?:${MORE_MARKER})\s*</p>|${MORE_MARKER}`, 'gi');
/** Nothing a reader would see: whitespace, non-breaking spaces, empty paragraphs, line breaks. */
const BLANK = /^(?:\s|&nbsp;|&#160;|<p>(?:\s|&nbsp;|<br\s*\/?>)*<\/p>|<br\s*\/?>)*$/i;

export type PostParts = {
  /** The body's pages (at least one), without markers; blank pages are dropped. */
  pages: string[];
  /** The HTML before the jump break, when there is one with something before it; else null. */
  teaser: string | null;
};

export function splitPost(html: string): PostParts {
  MORE.lastIndex = 0;
  const more = MORE.exec(html);
  // A break inside a paragraph (WordPress's span starts one) leaves that paragraph's start tag behind.
  const before = more
    ? html
        .slice(0, more.index)
        .replace(NEXTPAGE, '')
        .replace(/(?:<[a-z][^>]*>\s*)+$/i, '')
        .trim()
    : '';
  const teaser = before && !BLANK.test(before) ? before : null;
  const pages = html
    .replace(MORE, '')
    .split(NEXTPAGE)
    .map((page) => page.trim())
    .filter((page) => !BLANK.test(page));
  return { pages: pages.length > 0 ? pages : [''], teaser };
}

/**
 * The page a post's address asks for: 1 without ?page, the number for ?page=2…count, and null for
 * anything else (?page=1, out of range, not a number), which redirects to the plain address.
 */
export function requestedPostPage(raw: string | null, count: number): number | null {
  if (raw === null) return 1;
  if (!/^\d+$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 2 && page <= count ? page : null;
}

/** A page's address: the post's own for page 1, with ?page=N after it. */
export function postPageUrl(postPath: string, page: number): string {
  return page <= 1 ? postPath : `${postPath}?page=${page}`;
}
