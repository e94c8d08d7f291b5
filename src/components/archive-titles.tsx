import { Link } from 'react-router';
import type { ArchiveYear, PostSummary } from '../api/types';
import { useT } from '../i18n/language-context';
import { formatDateHeader, formatMonth } from '../lib/dates';
import { monthUrl } from '../lib/paths';
import { PostLink } from './post-link';
import { useBlog } from './use-blog';

type MonthGroup = { year: number; month: number; posts: PostSummary[] };

/** Consecutive posts of the same month, in the order given (newest first). */
export function groupByMonth(posts: PostSummary[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const post of posts) {
    const last = groups.at(-1);
    if (last && last.year === post.year && last.month === post.month) last.posts.push(post);
    else groups.push({ year: post.year, month: post.month, posts: [post] });
  }
  return groups;
}

function monthCount(archive: ArchiveYear[] | undefined, year: number, month: number): number | undefined {
  return archive?.find((y) => y.year === year)?.months.find((m) => m.month === month)?.count;
}

/** An archive listing: month headings with the month's post count, then dated post titles. */
export function ArchiveTitles({
  posts,
  archive,
}: {
  posts: PostSummary[];
  archive: ArchiveYear[] | undefined;
}) {
  const t = useT();
  const blog = useBlog();
  return (
    <div className="archive-titles">
      {groupByMonth(posts).map(({ year, month, posts: monthPosts }) => {
        const count = monthCount(archive, year, month);
        const id = `m-${year}-${month}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h2 id={id}>
              <Link to={monthUrl(year, month)}>{formatMonth(year, month, blog.locale)}</Link>
              {count !== undefined ? (
                <span className="count">{` ${t('gadgets.count', { count })}`}</span>
              ) : null}
            </h2>
            <ul className="archive-titles__list">
              {monthPosts.map((post) => (
                <li key={post.id}>
                  <time dateTime={post.published}>
                    {formatDateHeader(post.published, blog.locale, blog.timeZone)}
                  </time>
                  {' — '}
                  <bdi dir="auto">
                    <PostLink post={post}>{post.title}</PostLink>
                  </bdi>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
