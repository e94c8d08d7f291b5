import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useArchiveSettings, useBlogQueries } from '../../api/blog-api-context';
import { ARCHIVE_TITLES_PER_PAGE } from '../../api/queries';
import type { ArchiveMonth, ArchiveYear } from '../../api/types';
import type { ArchiveConfig } from '../../config';
import { useT } from '../../i18n/language-context';
import { formatMonth, formatMonthName } from '../../lib/dates';
import { monthUrl, yearUrl } from '../../lib/paths';
import { PostLink } from '../post-link';
import { useBlog } from '../use-blog';
import { Skeleton } from '../widget-boundary';
import './archive-widget.css';

type Order = ArchiveConfig['order'];

/** Backends list newest first; "oldest" reverses every level (years, months, a month's posts). */
function inOrder<T>(items: readonly T[], order: Order): T[] {
  return order === 'oldest' ? [...items].reverse() : [...items];
}

function MonthPosts({ year, month }: { year: number; month: number }) {
  const t = useT();
  const { order } = useArchiveSettings();
  const query = useQuery(useBlogQueries().posts({ year, month }, null, ARCHIVE_TITLES_PER_PAGE));
  if (query.isPending)
    return (
      <p className="archive__loading" role="status">
        {t('gadgets.archive.loadingPosts')}
      </p>
    );
  if (query.isError) {
    return (
      <p role="alert">
        {t('gadgets.archive.postsFailed')}{' '}
        <button type="button" onClick={() => void query.refetch()}>
          {t('gadgets.archive.retry')}
        </button>
      </p>
    );
  }
  return (
    <ul className="archive__posts">
      {inOrder(query.data.items, order).map((post) => (
        <li key={post.id}>
          <PostLink post={post}>
            <bdi>{post.title}</bdi>
          </PostLink>
        </li>
      ))}
      {query.data.next ? (
        <li>
          <Link to={monthUrl(year, month)}>{t('gadgets.archive.allOfMonth')}</Link>
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
  const t = useT();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <li className="archive__item">
      <button
        type="button"
        className="archive__toggle"
        aria-expanded={open}
        aria-label={t('gadgets.archive.entry', { label, count })}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▼' : '►'}</span>
      </button>{' '}
      <Link to={href}>{label}</Link> <span className="count">{t('gadgets.count', { count })}</span>
      {open ? children() : null}
    </li>
  );
}

export type OpenPeriod = { year: number; month: number | null } | null;

function YearMonths({ year, months, open }: { year: number; months: ArchiveMonth[]; open: OpenPeriod }) {
  const blog = useBlog();
  const { order } = useArchiveSettings();
  return (
    <ul className="archive__months">
      {inOrder(months, order).map(({ month, count }) => (
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

/** Blogger's default style: years ▸ months ▸ post titles with counts; the period being read starts open. */
function ArchiveHierarchy({ years, open, order }: { years: ArchiveYear[]; open: OpenPeriod; order: Order }) {
  // With no period being read, the newest year starts open, as on Blogger.
  const openYear = open?.year ?? years[0]?.year;
  return (
    <ul className="archive">
      {inOrder(years, order).map(({ year, count, months }) => (
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

type MonthEntry = { year: number; month: number | null; count: number; label: string; href: string };

function monthEntries(years: ArchiveYear[], order: Order, locale: string): MonthEntry[] {
  const newestFirst = years.flatMap(({ year, months }) =>
    months.map(({ month, count }) => ({
      year,
      month,
      count,
      label: formatMonth(year, month, locale),
      href: monthUrl(year, month),
    })),
  );
  return inOrder(newestFirst, order);
}

/** Blogger's "yearly" frequency: one entry per year. */
function yearEntries(years: ArchiveYear[], order: Order): MonthEntry[] {
  return inOrder(
    years.map(({ year, count }) => ({ year, month: null, count, label: String(year), href: yearUrl(year) })),
    order,
  );
}

/** Blogger's "flat list": one link per month, "November 2024 (3)". */
function ArchiveFlat({ entries }: { entries: MonthEntry[] }) {
  const t = useT();
  return (
    <ul className="archive archive--flat">
      {entries.map(({ year, month, count, label, href }) => (
        <li key={`${year}-${month}`}>
          <Link to={href} aria-label={t('gadgets.archive.entry', { label, count })}>
            {label}
          </Link>{' '}
          <span className="count" aria-hidden="true">
            {t('gadgets.count', { count })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Blogger's "drop-down menu". A select that navigated as soon as its value changed would move keyboard
 * users away while they arrow through the months (WCAG 3.2.2, On Input), so choosing and going are two
 * steps: pick a month, then "Go".
 */
function ArchiveMenu({ entries, open }: { entries: MonthEntry[]; open: OpenPeriod }) {
  const t = useT();
  const navigate = useNavigate();
  const id = useId();
  const current =
    entries.find((e) => e.year === open?.year && (e.month === null || e.month === open.month)) ?? entries[0];
  const [value, setValue] = useState(current ? current.href : '');
  function go(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value) void navigate(value);
  }
  return (
    <form className="archive-menu" onSubmit={go}>
      <label htmlFor={id} className="visually-hidden">
        {t(entries[0]?.month === null ? 'gadgets.archive.menuYear' : 'gadgets.archive.menuMonth')}
      </label>
      <select id={id} value={value} onChange={(event) => setValue(event.target.value)}>
        {entries.map(({ year, month, count, label, href }) => (
          <option key={`${year}-${month}`} value={href}>
            {t('gadgets.archive.option', { label, count })}
          </option>
        ))}
      </select>{' '}
      <button type="submit">{t('gadgets.archive.go')}</button>
    </form>
  );
}

/** The Blog Archive widget, in the style and order config.json's `archive` asks for. */
export function ArchiveWidget({
  open,
  frequency = 'monthly',
}: {
  open: OpenPeriod;
  /** config.json's layout.sidebar archive `frequency`: a month's entries, or a year's. */
  frequency?: 'monthly' | 'yearly';
}) {
  // Not useSuspenseQuery: React commits a Suspense retry no sooner than 300 ms after the last fallback it
  // showed, and at first load the other gadgets show theirs, so the archive appeared long after its data.
  // Its skeleton here is the widget's own; a failure still reaches the widget's error boundary.
  const { data: years } = useQuery({ ...useBlogQueries().archive(), throwOnError: true });
  const { style, order } = useArchiveSettings();
  const blog = useBlog();
  const t = useT();
  if (!years) return <Skeleton label={t('gadgets.loading', { title: t('gadgets.title.archive') })} />;
  if (years.length === 0) return <p>{t('gadgets.archive.empty')}</p>;
  if (style === 'hierarchy' && frequency === 'monthly') {
    return <ArchiveHierarchy years={years} open={open} order={order} />;
  }
  const entries =
    frequency === 'yearly' ? yearEntries(years, order) : monthEntries(years, order, blog.locale);
  return style !== 'menu' ? <ArchiveFlat entries={entries} /> : <ArchiveMenu entries={entries} open={open} />;
}
