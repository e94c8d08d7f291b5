import { ApiError, words } from '../errors';
import type { Page } from '../types';

/** Opaque cursors over a backend's own paging (page numbers, offsets, filtered walks). */

export const DEFAULT_PAGE_SIZE = 10;

export function badCursor(): ApiError {
  return new ApiError(words('errors.badCursor'), {
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
