import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import { ARCHIVE_TITLES_PER_PAGE } from '../../api/queries';
import type { ArchiveMonth } from '../../api/types';
import { formatMonthName } from '../../lib/dates';
import { monthUrl, yearUrl } from '../../lib/paths';
import { PostLink } from '../post-link';
import { useBlog } from '../use-blog';

function MonthPosts({ year, month }: { year: number; month: number }) {
  const query = useQuery(useBlogQueries().posts({ year, month }, null, ARCHIVE_TITLES_PER_PAGE));
  if (query.isPending)
    return (
      <p className="archive__loading" role="status">
        Loading posts…
      </p>
    );
  if (query.isError) {
    return (
      <p role="alert">
        Posts could not be loaded.{' '}
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  return (
    <ul className="archive__posts">
      {query.data.items.map((post) => (
        <li key={post.id}>
          <PostLink post={post}>{post.title}</PostLink>
        </li>
      ))}
      {query.data.next ? (
        <li>
          <Link to={monthUrl(year, month)}>All posts of this month</Link>
        </li>
      ) : null}
    </ul>
  );
}

function Disclosure({
  label,
  count,
  href,
  defaultOpen,
  children,
}: {
  label: string;
  count: number;
  href: string;
  defaultOpen: boolean;
  children: () => React.ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <li className="archive__item">
      <button
        type="button"
        className="archive__toggle"
        aria-expanded={open}
        aria-label={`${label}, ${count} ${count === 1 ? 'post' : 'posts'}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▼' : '►'}</span>
      </button>{' '}
      <Link to={href}>{label}</Link> <span className="count">({count})</span>
      {open ? children() : null}
    </li>
  );
}

export type OpenPeriod = { year: number; month: number | null } | null;

function YearMonths({ year, months, open }: { year: number; months: ArchiveMonth[]; open: OpenPeriod }) {
  const blog = useBlog();
  return (
    <ul className="archive__months">
      {months.map(({ month, count }) => (
        <Disclosure
          key={month}
          label={formatMonthName(month, blog.locale)}
          count={count}
          href={monthUrl(year, month)}
          defaultOpen={open?.year === year && open.month === month}
        >
          {() => <MonthPosts year={year} month={month} />}
        </Disclosure>
      ))}
    </ul>
  );
}

/** Blogger's Blog Archive: years ▸ months ▸ post titles with counts; the period being read starts open. */
export function ArchiveWidget({ open }: { open: OpenPeriod }) {
  const { data: years } = useSuspenseQuery(useBlogQueries().archive());
  if (years.length === 0) return <p>No posts yet.</p>;
  // With no period being read, the newest year starts open, as on Blogger.
  const openYear = open?.year ?? years[0]?.year;
  return (
    <ul className="archive">
      {years.map(({ year, count, months }) => (
        <Disclosure
          key={year}
          label={String(year)}
          count={count}
          href={yearUrl(year)}
          defaultOpen={year === openYear}
        >
          {() => <YearMonths year={year} months={months} open={open} />}
        </Disclosure>
      ))}
    </ul>
  );
}
