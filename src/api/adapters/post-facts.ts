import { ApiError, ValidationError, words } from '../errors';
import type { Page } from '../types';

/*
 * What every adapter says the same way about the posts real blogs hold: untitled posts, featured
 * posts first, a refused password. A module of its own because the native adapter (on the first load
 * of a page) needs these alone.
 */

/** What a post without a title is called, everywhere it is named (headings, links, lists, the page title). */
export const UNTITLED = '(untitled)';

/**
 * A post's title as text, or UNTITLED when it has none (empty or only spaces): every adapter names its
 * posts through this, so no page ever draws an empty heading or link.
 */
export function postTitle(title: string): string {
  return title.trim() === '' ? UNTITLED : title;
}

/**
 * The home list with the blog's featured posts first, as WordPress themes show sticky posts: page 1 is
 * every featured post, then the first page of the others; later pages hold only the others, so paging
 * stays that of the non-featured posts. `featured` lists the featured posts (one request), `rest` one
 * page of the others.
 */
export async function featuredFirstPage<T>(
  cursor: string | null | undefined,
  featured: () => Promise<T[]>,
  rest: () => Promise<Page<T>>,
): Promise<Page<T>> {
  if (cursor) return rest();
  const [leading, page] = await Promise.all([featured(), rest()]);
  return {
    items: [...leading, ...page.items],
    next: page.next,
    total: page.total === undefined ? undefined : page.total + leading.length,
  };
}

/** A refusal (401/403) of a password-protected post's password, as a mistake in the password field. */
export function wrongPassword(error: unknown): unknown {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    return new ValidationError(words('errors.wrongPassword'), 'password', error.status, error.url);
  }
  return error;
}
