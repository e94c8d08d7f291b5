import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
import { formatMonth, formatMonthName } from '../lib/dates';
import { monthUrl, parseMonth, parseYear, yearUrl } from '../lib/paths';
import { notFound, type RouteDeps } from './route-deps';
import { postsLoader } from './posts-loader';

export function archiveLoader({ queryClient, queries }: RouteDeps) {
  return async () => {
    await queryClient.query(queries.archive());
    return null;
  };
}

/** /archive: every year and month with its count. */
export function ArchivePage() {
  const blog = useBlog();
  const { data: years } = useSuspenseQuery(useBlogQueries().archive());
  const total = years.reduce((sum, y) => sum + y.count, 0);
  return (
    <>
      <DocumentMeta
        title="Archive"
        description={`All ${total} posts of ${blog.title}, by year and month.`}
        blogTitle={blog.title}
      />
      <PageHeading>Archive</PageHeading>
      {years.length === 0 ? <p className="empty">No posts yet.</p> : null}
      {years.map((y) => (
        <section key={y.year} aria-labelledby={`year-${y.year}`} className="archive-year">
          <h2 id={`year-${y.year}`}>
            <Link to={yearUrl(y.year)}>{y.year}</Link> <span className="count">({y.count})</span>
          </h2>
          <ul className="archive-months">
            {y.months.map((m) => (
              <li key={m.month}>
                <Link to={monthUrl(y.year, m.month)}>{formatMonthName(m.month, blog.locale)}</Link>{' '}
                <span className="count">({m.count})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function periodFilter(params: { year?: string; month?: string }) {
  const year = parseYear(params.year);
  const month = params.month === undefined ? undefined : parseMonth(params.month);
  if (year === null || month === null) throw notFound('No archive at this address');
  return month === undefined ? { year } : { year, month };
}

export function periodLoader(deps: RouteDeps) {
  const load = postsLoader(deps, ({ params }) => periodFilter(params));
  return async (args: LoaderFunctionArgs) => {
    void deps.queryClient.query(deps.queries.archive()).catch(() => undefined);
    return load(args);
  };
}

/** /:year/ and /:year/:month/ — the posts of that period, newest first, with the period's count. */
export function PeriodArchivePage() {
  const blog = useBlog();
  const filter = periodFilter(useParams());
  const page = usePagedPosts(filter);
  const title = filter.month ? formatMonth(filter.year, filter.month, blog.locale) : String(filter.year);
  const count = page.total;
  return (
    <>
      <DocumentMeta
        title={`Posts from ${title}`}
        description={`Posts of ${blog.title} from ${title}.`}
        blogTitle={blog.title}
      />
      <PageHeading>
        Posts from {title}
        {count !== undefined ? <span className="count"> ({count})</span> : null}
      </PageHeading>
      <PagedPosts page={page} empty={`No posts from ${title}.`} />
    </>
  );
}
