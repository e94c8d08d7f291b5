import type { LoaderFunctionArgs } from 'react-router';
import type { Page, PostFilter, PostSummary } from '../api/types';
import { currentCursor } from '../lib/cursor-trail';
import type { RouteDeps } from './route-deps';

type PostsLoaderOptions = {
  limit?: number;
  /** Runs on the loaded page, e.g. to answer 404 for a label nobody used. */
  check?: (page: Page<PostSummary>, cursor: string | null) => void;
};

/** A loader for any page that lists posts: awaits the page of posts the URL's filter and cursor name. */
export function postsLoader(
  { queryClient, queries }: RouteDeps,
  filterFor: (args: LoaderFunctionArgs) => PostFilter,
  { limit, check }: PostsLoaderOptions = {},
) {
  return async (args: LoaderFunctionArgs) => {
    const filter = filterFor(args);
    const cursor = currentCursor(new URL(args.request.url).searchParams);
    const page = await queryClient.query(queries.posts(filter, cursor, limit));
    check?.(page, cursor);
    return null;
  };
}
