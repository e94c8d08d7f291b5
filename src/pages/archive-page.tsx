import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import { ARCHIVE_TITLES_PER_PAGE } from '../api/queries';
import { ArchiveTitles } from '../components/archive-titles';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { Pager } from '../components/pager';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
import { formatMonth } from '../lib/dates';
import { yearUrl } from '../lib/paths';
import { periodOf } from './page-loaders';

export { archiveLoader, periodLoader } from './page-loaders';

export function ArchivePage() {
  const blog = useBlog();
  const { data: years } = useSuspenseQuery(useBlogQueries().archive());
  const page = usePagedPosts({}, ARCHIVE_TITLES_PER_PAGE);
  const total = years.reduce((sum, y) => sum + y.count, 0);
  return (
    <>
      <DocumentMeta
        title="Archive"
        description={`All ${total} posts of ${blog.title}, by year and month.`}
        blogTitle={blog.title}
      />
      <PageHeading>
        Archive <span className="count">({total})</span>
      </PageHeading>
      {years.length > 0 ? (
        <nav aria-label="Years" className="archive-years">
          <ul>
            {years.map((y) => (
              <li key={y.year}>
                <Link to={yearUrl(y.year)}>{y.year}</Link> <span className="count">({y.count})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {page.items.length === 0 ? (
        <p className="empty">No posts yet.</p>
      ) : (
        <ArchiveTitles posts={page.items} archive={years} />
      )}
      <Pager next={page.next} />
    </>
  );
}

function YearArchive({ year }: { year: number }) {
  const blog = useBlog();
  const page = usePagedPosts({ year }, ARCHIVE_TITLES_PER_PAGE);
  const archive = useQuery(useBlogQueries().archive()).data;
  const count = page.total ?? archive?.find((y) => y.year === year)?.count;
  return (
    <>
      <DocumentMeta
        title={`Posts from ${year}`}
        description={`Posts of ${blog.title} from ${year}.`}
        blogTitle={blog.title}
      />
      <PageHeading>
        Posts from {year}
        {count !== undefined ? <span className="count"> ({count})</span> : null}
      </PageHeading>
      {page.items.length === 0 ? (
        <p className="empty">
          No posts from {year}. <Link to="/archive">Browse the archive</Link>.
        </p>
      ) : (
        <ArchiveTitles posts={page.items} archive={archive} />
      )}
      <Pager next={page.next} />
    </>
  );
}

function MonthArchive({ year, month }: { year: number; month: number }) {
  const blog = useBlog();
  const page = usePagedPosts({ year, month });
  const title = formatMonth(year, month, blog.locale);
  return (
    <>
      <DocumentMeta
        title={`Posts from ${title}`}
        description={`Posts of ${blog.title} from ${title}.`}
        blogTitle={blog.title}
      />
      <PageHeading>
        Posts from {title}
        {page.total !== undefined ? <span className="count"> ({page.total})</span> : null}
      </PageHeading>
      <PagedPosts page={page} empty={`No posts from ${title}.`} />
    </>
  );
}

export function PeriodArchivePage() {
  const period = periodOf(useParams());
  return period.month ? (
    <MonthArchive year={period.year} month={period.month} />
  ) : (
    <YearArchive year={period.year} />
  );
}
