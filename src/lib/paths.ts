import type { PostPath } from '../api/types';

/** Blogger-shaped URLs, so a blog that moves to Lectern keeps its links. */

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The slug percent-encoded (a Greek or Cyrillic one too), so the address is the same in every link,
 * redirect and canonical URL, and a `Location` header can carry it. */
export function postUrl(path: PostPath): string {
  return `/${path.year}/${pad2(path.month)}/${encodeURIComponent(path.slug)}.html`;
}

export function yearUrl(year: number): string {
  return `/${year}/`;
}

export function monthUrl(year: number, month: number): string {
  return `/${year}/${pad2(month)}/`;
}

export function labelUrl(label: string): string {
  return `/search/label/${encodeURIComponent(label)}`;
}

export function profileUrl(authorId: string): string {
  return `/profile/${encodeURIComponent(authorId)}`;
}

/** A static page (Blogger's /p/slug.html). */
export function staticPageUrl(slug: string): string {
  return `/p/${encodeURIComponent(slug)}.html`;
}

export function searchUrl(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** Reads route params into a post path; null when they cannot be one (so the route can answer 404). */
export function parsePostPath(params: { year?: string; month?: string; slug?: string }): PostPath | null {
  const year = parseYear(params.year);
  const month = parseMonth(params.month);
  const slug = params.slug?.replace(/\.html$/, '');
  if (year === null || month === null || !slug) return null;
  return { year, month, slug };
}

export function parseYear(raw: string | undefined): number | null {
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null;
}

export function parseMonth(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= 12 ? n : null;
}
