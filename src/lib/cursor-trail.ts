/**
 * Opaque cursors only go forward, so the URL keeps the trail of cursors that led to the current page:
 * `?page=c1&page=c2`. The last one is the current page; dropping it goes back to newer posts. Shareable,
 * and back/forward work without any state outside the URL.
 */

export const TRAIL_PARAM = 'page';

export function currentCursor(search: URLSearchParams): string | null {
  return search.getAll(TRAIL_PARAM).at(-1) ?? null;
}

function withTrail(search: URLSearchParams, trail: string[]): string {
  const next = new URLSearchParams(search);
  next.delete(TRAIL_PARAM);
  for (const cursor of trail) next.append(TRAIL_PARAM, cursor);
  const text = next.toString();
  return text ? `?${text}` : '';
}

export function olderSearch(search: URLSearchParams, nextCursor: string): string {
  return withTrail(search, [...search.getAll(TRAIL_PARAM), nextCursor]);
}

/** Null when already on the newest page. */
export function newerSearch(search: URLSearchParams): string | null {
  const trail = search.getAll(TRAIL_PARAM);
  if (trail.length === 0) return null;
  return withTrail(search, trail.slice(0, -1));
}
