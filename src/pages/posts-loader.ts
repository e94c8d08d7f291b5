import type { LoaderFunctionArgs } from 'react-router';
import type { PostFilter } from '../api/types';
import { currentCursor } from '../lib/cursor-trail';
import type { RouteDeps } from './route-deps';

/** A loader for any page that lists posts: awaits the page of posts the URL's filter and cursor name. */
export function postsLoader(
  { queryClient, queries }: RouteDeps,
  filterFor: (args: LoaderFunctionArgs) => PostFilter,
) {
  return async (args: LoaderFunctionArgs) => {
    const filter = filterFor(args);
    await queryClient.query(queries.posts(filter, currentCursor(new URL(args.request.url).searchParams)));
    return null;
  };
}
