/**
 * Expected values for the route tests, derived from the demo blog's source records (never from the app),
 * with the same Intl rules a reader sees: dates in the blog's time zone and locale.
 */
import { demoData } from '../../mocks/data/index';
import type { DemoAuthor, DemoComment, DemoPost } from '../../mocks/data/types';

export { demoData };

const { timeZone, locale } = demoData.blog;

/** Every demo post, newest first (the order every list and the paging cursors use). */
export const postsNewestFirst: DemoPost[] = [...demoData.posts].sort(
  (a, b) => Date.parse(b.published) - Date.parse(a.published),
);

/** The posts of one list page, e.g. `pageOf(posts, 1)` for the second page of 10. */
export function pageOf<T>(items: T[], index: number, size = 10): T[] {
  return items.slice(index * size, (index + 1) * size);
}

export function postById(id: string): DemoPost {
  const post = demoData.posts.find((p) => p.id === id);
  if (!post) throw new Error(`the demo blog has no post ${id}`);
  return post;
}

export function authorById(id: string): DemoAuthor {
  const author = demoData.authors.find((a) => a.id === id);
  if (!author) throw new Error(`the demo blog has no author ${id}`);
  return author;
}

export function commentById(id: string): DemoComment {
  const comment = demoData.comments.find((c) => c.id === id);
  if (!comment) throw new Error(`the demo blog has no comment ${id}`);
  return comment;
}

export function commentsOf(postId: string): DemoComment[] {
  return demoData.comments.filter((c) => c.postId === postId);
}

/** Year and month (1–12) of an instant in the blog's time zone. */
export function calendarOf(published: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date(published));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

/** The post's Blogger-shaped address, `/YYYY/MM/slug.html` (or without `.html`). */
export function pathOf(post: DemoPost, { html = true }: { html?: boolean } = {}): string {
  const { year, month } = calendarOf(post.published);
  return `/${year}/${String(month).padStart(2, '0')}/${post.slug}${html ? '.html' : ''}`;
}

/** "Friday, September 25, 2020" */
export function dateHeaderOf(published: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(published));
}

/** "September 2020" */
export function monthTitle(year: number, month: number): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    Date.UTC(year, month - 1, 15),
  );
}

/** "September" */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long' }).format(
    Date.UTC(2000, month - 1, 15),
  );
}

export function postsIn(year: number, month?: number): DemoPost[] {
  return postsNewestFirst.filter((p) => {
    const c = calendarOf(p.published);
    return c.year === year && (month === undefined || c.month === month);
  });
}

/** Years newest first, each with its months (newest first) and their post counts. */
export function archiveYears(): {
  year: number;
  count: number;
  months: { month: number; count: number }[];
}[] {
  const years: { year: number; count: number; months: { month: number; count: number }[] }[] = [];
  for (const post of postsNewestFirst) {
    const { year, month } = calendarOf(post.published);
    let y = years.at(-1);
    if (!y || y.year !== year) {
      y = { year, count: 0, months: [] };
      years.push(y);
    }
    y.count += 1;
    let m = y.months.at(-1);
    if (!m || m.month !== month) {
      m = { month, count: 0 };
      y.months.push(m);
    }
    m.count += 1;
  }
  return years;
}

/** Every label with the number of posts carrying it, by name. */
export function labelCounts(): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const post of demoData.posts) {
    for (const label of post.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A post body or comment as plain text (tags dropped, whitespace collapsed). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "No comments", "1 comment", "5 comments" */
export function commentCountText(count: number): string {
  if (count === 0) return 'No comments';
  return count === 1 ? '1 comment' : `${count} comments`;
}
