import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { ARCHIVE_TITLES_PER_PAGE } from '../../src/api/queries';
import { renderRoute } from '../support/render';
import {
  archiveYears,
  calendarOf,
  dateHeaderOf,
  demoData,
  monthTitle,
  pathOf,
  postsIn,
  postsNewestFirst,
} from '../support/demo-paths';

const slow = { timeout: 20_000 };

const years = archiveYears();

/** The layout's main column, once the blog (not the start-up placeholder) is shown. */
async function main() {
  await screen.findByRole('complementary');
  return screen.getByRole('main');
}

function monthCount(year: number, month: number): number {
  return years.find((y) => y.year === year)?.months.find((m) => m.month === month)?.count ?? 0;
}

/** "December 2024" headings, in order, for a run of posts (newest first). */
function monthsOf(posts: typeof postsNewestFirst): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  for (const post of posts) {
    const c = calendarOf(post.published);
    const last = out.at(-1);
    if (!last || last.year !== c.year || last.month !== c.month) out.push(c);
  }
  return out;
}

/**
 * The month sections of an archive listing, by their heading's text ("December 2024 (1)"). By text
 * rather than accessible name: jsdom's name computation drops the space before the count's <span>.
 */
function monthSections(container: HTMLElement): Map<string, HTMLElement> {
  return new Map(
    within(container)
      .getAllByRole('region')
      .map((section) => [within(section).getByRole('heading', { level: 2 }).textContent ?? '', section]),
  );
}

function sectionOf(sections: Map<string, HTMLElement>, title: string) {
  const section = sections.get(title);
  if (!section) throw new Error(`no section headed "${title}" among ${[...sections.keys()].join(' | ')}`);
  return section;
}

describe('/archive', slow, () => {
  it('shows the total, the years with counts, and titles under month headings with counts', async () => {
    renderRoute('/archive');
    const column = await main();
    const region = within(column);
    expect(await region.findByRole('heading', { level: 1 })).toHaveTextContent(
      `Archive (${demoData.posts.length})`,
    );
    const nav = region.getByRole('navigation', { name: 'Years' });
    const yearNav = within(nav);
    const yearLinks = yearNav.getAllByRole('link');
    expect(yearLinks.map((l) => [l.textContent, l.getAttribute('href')])).toEqual(
      years.map((y) => [String(y.year), `/${y.year}/`]),
    );
    for (const y of years) expect(nav).toHaveTextContent(`${y.year} (${y.count})`);

    const shown = postsNewestFirst.slice(0, ARCHIVE_TITLES_PER_PAGE);
    const months = monthsOf(shown);
    const headings = region.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(
      months.map((m) => `${monthTitle(m.year, m.month)} (${monthCount(m.year, m.month)})`),
    );
    // Each month's link comes first in its section, then its posts' titles, in order. Read with one query
    // for the whole column: every role query walks the tree, which jsdom makes slow.
    const monthUrl = (year: number, month: number) => `/${year}/${String(month).padStart(2, '0')}/`;
    const inMonth = (year: number, month: number) =>
      shown.filter((p) => {
        const c = calendarOf(p.published);
        return c.year === year && c.month === month;
      });
    expect(region.getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ...years.map((y) => [String(y.year), `/${y.year}/`]),
      ...months.flatMap(({ year, month }) => [
        [monthTitle(year, month), monthUrl(year, month)],
        ...inMonth(year, month).map((post) => [post.title, pathOf(post)]),
      ]),
      ['Home', '/'],
      ['Older posts', `/archive?page=o${ARCHIVE_TITLES_PER_PAGE}`],
    ]);
    expect(region.getAllByRole('region')).toHaveLength(months.length);
    expect(region.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      ...years.map((y) => `${y.year} (${y.count})`),
      ...shown.map((post) => `${dateHeaderOf(post.published)} — ${post.title}`),
    ]);
  });

  it('lists the remaining titles on the next page, with a way back', async () => {
    const rest = postsNewestFirst.slice(ARCHIVE_TITLES_PER_PAGE);
    expect(rest.length).toBeGreaterThan(0);
    // The first page links here (checked above): `/archive?page=o50`.
    renderRoute(`/archive?page=o${ARCHIVE_TITLES_PER_PAGE}`);
    const pager = within(await screen.findByRole('navigation', { name: 'More posts' }));
    expect(pager.getByRole('link', { name: 'Newer posts' })).toHaveAttribute('href', '/archive');
    expect(pager.queryByRole('link', { name: 'Older posts' })).not.toBeInTheDocument();
    const titles = within(screen.getByRole('main'))
      .getAllByRole('region')
      .flatMap((section) => within(section).getAllByRole('listitem'))
      .map((li) => within(li).getByRole('link').textContent);
    expect(titles).toEqual(rest.map((p) => p.title));
  });

  it('shows an error with "Try again" when the archive answers 500', async () => {
    server.use(http.get('*/api/archive', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/archive');
    const region = within(await main());
    expect(
      await region.findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(region.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('/:year/ and /:year/:month/', slow, () => {
  it('/2020/ shows "Posts from 2020 (N)" and a section per month', async () => {
    const posts = postsIn(2020);
    renderRoute('/2020/');
    const column = await main();
    const region = within(column);
    expect(await region.findByRole('heading', { level: 1 })).toHaveTextContent(
      `Posts from 2020 (${posts.length})`,
    );
    const months = monthsOf(posts);
    expect(months.length).toBeGreaterThan(1);
    expect(region.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      months.map((m) => `${monthTitle(m.year, m.month)} (${monthCount(m.year, m.month)})`),
    );
    const sections = monthSections(column);
    for (const { year, month } of months) {
      const section = within(sectionOf(sections, `${monthTitle(year, month)} (${monthCount(year, month)})`));
      const titles = section.getAllByRole('listitem').map((li) => within(li).getByRole('link').textContent);
      expect(titles).toEqual(postsIn(year, month).map((p) => p.title));
    }
    expect(document.title).toBe(`Posts from 2020 | ${demoData.blog.title}`);
  });

  it('/2020/09/ shows "Posts from September 2020 (1)" with its post', async () => {
    const [post, ...others] = postsIn(2020, 9);
    if (!post || others.length > 0) throw new Error('expected exactly one post in September 2020');
    renderRoute('/2020/09/');
    const region = within(await main());
    expect(await region.findByRole('heading', { level: 1 })).toHaveTextContent(
      /^Posts from September 2020 \(1\)$/,
    );
    expect(region.getByRole('heading', { level: 2, name: dateHeaderOf(post.published) })).toBeInTheDocument();
    expect(region.getByRole('link', { name: post.title })).toHaveAttribute('href', pathOf(post));
    expect(region.getAllByRole('article')).toHaveLength(1);
  });

  it('says "No posts from …" for a month without posts', async () => {
    const y2019 = years.find((y) => y.year === 2019);
    const empty = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find(
      (m) => !y2019?.months.some((x) => x.month === m),
    );
    if (!y2019 || empty === undefined) throw new Error('expected a month of 2019 without posts');
    renderRoute(`/2019/${String(empty).padStart(2, '0')}/`);
    const region = within(await main());
    const title = monthTitle(2019, empty);
    expect(await region.findByRole('heading', { level: 1 })).toHaveTextContent(`Posts from ${title} (0)`);
    expect(region.getByText(`No posts from ${title}.`)).toBeInTheDocument();
    expect(region.queryByRole('article')).not.toBeInTheDocument();
  });

  it('says "No posts from …" for a year without posts', async () => {
    const before = (years.at(-1)?.year ?? 2000) - 1;
    renderRoute(`/${before}/`);
    const region = within(await main());
    expect(await region.findByText(`No posts from ${before}.`, { exact: false })).toBeInTheDocument();
    expect(region.getByRole('link', { name: 'Browse the archive' })).toHaveAttribute('href', '/archive');
  });

  it.each(['/abcd/', '/2020/13/', '/2020/00/'])('%s is "Page not found"', async (path) => {
    renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows an error with "Try again" when the month’s posts answer 500', async () => {
    server.use(http.get('*/api/posts', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/2020/09/');
    const region = within(await main());
    expect(
      await region.findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(region.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
