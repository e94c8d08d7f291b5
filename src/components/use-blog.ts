import { useSuspenseQuery } from '@tanstack/react-query';
import { useBlogQueries } from '../api/blog-api-context';
import type { Blog } from '../api/types';

/** The blog's own facts (title, locale, time zone); the root loader has them in the cache before any page renders. */
export function useBlog(): Blog {
  return useSuspenseQuery(useBlogQueries().blog()).data;
}
