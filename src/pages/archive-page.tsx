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
import { Message, useT } from '../i18n/language-context';
import { formatMonth } from '../lib/dates';
import { yearUrl } from '../lib/paths';
import { periodOf } from './page-loaders';

export { archiveLoader, periodLoader } from './page-loaders';

export function ArchivePage() {
  const t = useT();
  const blog = useBlog();
  const { data: years } = useSuspenseQuery(useBlogQueries().archive());
  const page = usePagedPosts({}, ARCHIVE_TITLES_PER_PAGE);
  const total = years.reduce((sum, y) => sum + y.count, 0);
  return (
    <>
      <DocumentMeta
        title={t('gadgets.archivePage.title')}
        description={t('gadgets.archivePage.description', { total, blog: blog.title })}
        blogTitle={blog.title}
      />
      <PageHeading>
        {t('gadgets.archivePage.title')} <span className="count">{t('gadgets.count', { count: total })}</span>
      </PageHeading>
      {years.length > 0 ? (
        <nav aria-label={t('gadgets.archivePage.years')} className="archive-years">
          <ul>
            {years.map((y) => (
              <li key={y.year}>
                <Link to={yearUrl(y.year)}>{y.year}</Link>{' '}
                <span className="count">{t('gadgets.count', { count: y.count })}</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {page.items.length === 0 ? (
        <p className="empty">{t('gadgets.archive.empty')}</p>
      ) : (
        <ArchiveTitles posts={page.items} archive={years} />
      )}
      <Pager next={page.next} />
    </>
  );
}

function YearArchive({ year }: { year: number }) {
  const t = useT();
  const blog = useBlog();
  const page = usePagedPosts({ year }, ARCHIVE_TITLES_PER_PAGE);
  const archive = useQuery(useBlogQueries().archive()).data;
  const count = page.total ?? archive?.find((y) => y.year === year)?.count;
  return (
    <>
      <DocumentMeta
        title={t('gadgets.yearPage.title', { year })}
        description={t('gadgets.yearPage.description', { blog: blog.title, year })}
        blogTitle={blog.title}
      />
      <PageHeading>
        {t('gadgets.yearPage.title', { year })}
        {count !== undefined ? <span className="count">{` ${t('gadgets.count', { count })}`}</span> : null}
      </PageHeading>
      {page.items.length === 0 ? (
        <p className="empty">
          <Message
            id="gadgets.yearPage.empty"
            values={{ year, link: <Link to="/archive">{t('gadgets.yearPage.browse')}</Link> }}
          />
        </p>
      ) : (
        <ArchiveTitles posts={page.items} archive={archive} />
      )}
      <Pager next={page.next} />
    </>
  );
}

function MonthArchive({ year, month }: { year: number; month: number }) {
  const t = useT();
  const blog = useBlog();
  const page = usePagedPosts({ year, month });
  const title = formatMonth(year, month, blog.locale);
  return (
    <>
      <DocumentMeta
        title={t('gadgets.monthPage.title', { month: title })}
        description={t('gadgets.monthPage.description', { blog: blog.title, month: title })}
        blogTitle={blog.title}
      />
      <PageHeading>
        {t('gadgets.monthPage.title', { month: title })}
        {page.total !== undefined ? (
          <span className="count">{` ${t('gadgets.count', { count: page.total })}`}</span>
        ) : null}
      </PageHeading>
      <PagedPosts page={page} empty={t('gadgets.monthPage.empty', { month: title })} />
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
