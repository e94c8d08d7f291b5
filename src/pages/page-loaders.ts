import type { LoaderFunctionArgs } from 'react-router';
import { ARCHIVE_TITLES_PER_PAGE } from '../api/queries';
import { currentCursor } from '../lib/cursor-trail';
import { parseMonth, parseYear } from '../lib/paths';
import { postsLoader } from './posts-loader';
import { ignore, notFound, type RouteDeps } from './route-deps';

/*
 * The loaders of the pages that load on demand, kept out of the pages' chunks: a loader that came with
 * its page's code could only start its requests once that code had downloaded. Here the router starts
 * them at once, while the page's component downloads alongside.
 */

/** The home list: the blog's featured (sticky) posts lead its first page. */
export const HOME_FILTER = { featuredFirst: true } as const;

export function homeLoader({ queryClient, queries, layout }: RouteDeps) {
  return async ({ request }: LoaderFunctionArgs) => {
    const page = await queryClient.query(
      queries.posts(HOME_FILTER, currentCursor(new URL(request.url).searchParams)),
    );
    // layout.posts.home "full": each post's body up to its jump break, so every post's whole one.
    if (layout?.posts.home === 'full') {
      await Promise.all(
        page.items.filter((post) => !post.protected).map((post) => queryClient.query(queries.post(post))),
      );
    }
    return null;
  };
}

/** /archive: the years with their counts, then every post's title, month by month. */
export function archiveLoader(deps: RouteDeps) {
  const load = postsLoader(deps, () => ({}), { limit: ARCHIVE_TITLES_PER_PAGE });
  return async (args: LoaderFunctionArgs) => {
    await Promise.all([deps.queryClient.query(deps.queries.archive()), load(args)]);
    return null;
  };
}

type Period = { year: number; month?: number };

export function periodOf(params: { year?: string; month?: string }): Period {
  const year = parseYear(params.year);
  const month = params.month === undefined ? undefined : parseMonth(params.month);
  if (year === null || month === null) throw notFound('No archive at this address');
  return month === undefined ? { year } : { year, month };
}

/** /:year/ and /:year/:month/: the posts of that period. */
export function periodLoader(deps: RouteDeps) {
  return async (args: LoaderFunctionArgs) => {
    const period = periodOf(args.params);
    // The year listing takes its month counts from the archive; it is not worth waiting for.
    void deps.queryClient.query(deps.queries.archive()).catch(ignore);
    // The Blog Archive opens at this month and lists its posts (hierarchy style): started now as well.
    if (period.month && (deps.archiveStyle ?? 'hierarchy') === 'hierarchy') {
      const open = deps.queries.posts(
        { year: period.year, month: period.month },
        null,
        ARCHIVE_TITLES_PER_PAGE,
      );
      void deps.queryClient.query(open).catch(ignore);
    }
    const limit = period.month ? undefined : ARCHIVE_TITLES_PER_PAGE;
    return postsLoader(deps, () => period, { limit })(args);
  };
}

export function profileLoader({ queryClient, queries }: RouteDeps) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const authorId = params.authorId ?? '';
    const cursor = currentCursor(new URL(request.url).searchParams);
    // Profile and the author's posts are independent: fetched in parallel.
    await Promise.all([
      queryClient.query(queries.author(authorId)),
      queryClient.query(queries.posts({ authorId }, cursor)),
    ]);
    return null;
  };
}
