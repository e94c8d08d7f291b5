import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/render';
import { archiveYears, monthName, monthTitle, postsIn } from '../support/demo-paths';

const slow = { timeout: 30_000 };
// A month page is a lazy route: on a loaded machine its first render can take longer than the default wait.
const pageLoad = { timeout: 15_000 };

const years = archiveYears();
const months = years.flatMap(({ year, months }) => months.map((m) => ({ year, ...m })));
const newestMonth = months[0];
const oldestMonth = months.at(-1);
if (!newestMonth || !oldestMonth || years.length < 2)
  throw new Error('the demo blog needs two years of posts');

function posts(count: number) {
  return count === 1 ? '1 post' : `${count} posts`;
}

async function archiveWidget() {
  const aside = await screen.findByRole('complementary', { name: 'Blog sidebar' });
  return within(aside).getByRole('region', { name: 'Blog Archive' });
}

describe('Blog Archive styles (config.json archive)', slow, () => {
  it('hierarchy, oldest first: years and months from the oldest, the newest year still open', async () => {
    renderRoute('/', { archive: { style: 'hierarchy', order: 'oldest' } });
    const archive = await archiveWidget();
    const yearToggles = await within(archive).findAllByRole('button', { name: /^\d{4}, / });
    expect(yearToggles.map((b) => b.getAttribute('aria-label'))).toEqual(
      [...years].reverse().map(({ year, count }) => `${year}, ${posts(count)}`),
    );
    const newestYear = years[0];
    if (!newestYear) throw new Error('no years');
    // Only the open (newest) year shows its months, oldest month first.
    const monthToggles = within(archive).getAllByRole('button', { name: /^\D+, \d+ posts?$/ });
    expect(monthToggles.map((b) => b.getAttribute('aria-label'))).toEqual(
      [...newestYear.months].reverse().map(({ month, count }) => `${monthName(month)}, ${posts(count)}`),
    );
  });

  it('flat, newest first: one link per month, "November 2024 (3)", newest on top', async () => {
    renderRoute('/', { archive: { style: 'flat', order: 'newest' } });
    const archive = await archiveWidget();
    const links = await within(archive).findAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(
      months.map(({ year, month, count }) => `${monthTitle(year, month)}, ${posts(count)}`),
    );
    expect(within(archive).getAllByRole('listitem')[0]).toHaveTextContent(
      `${monthTitle(newestMonth.year, newestMonth.month)} (${newestMonth.count})`,
    );
    expect(within(archive).queryByRole('button')).not.toBeInTheDocument();
  });

  it('flat, oldest first: the oldest month on top, and a link opens that month', async () => {
    const { user } = renderRoute('/', { archive: { style: 'flat', order: 'oldest' } });
    const archive = await archiveWidget();
    const links = await within(archive).findAllByRole('link');
    expect(links[0]).toHaveAccessibleName(
      `${monthTitle(oldestMonth.year, oldestMonth.month)}, ${posts(oldestMonth.count)}`,
    );
    await user.click(links[0] as HTMLElement);
    const first = postsIn(oldestMonth.year, oldestMonth.month)[0];
    expect(await screen.findByRole('link', { name: first?.title }, pageLoad)).toBeInTheDocument();
  });

  it('menu: a labelled drop-down; choosing a month and pressing Go opens it', async () => {
    const { user } = renderRoute('/', { archive: { style: 'menu', order: 'newest' } });
    const archive = await archiveWidget();
    const select = await within(archive).findByRole('combobox', { name: /Blog Archive/ });
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(
      months.map(({ year, month, count }) => `${monthTitle(year, month)} (${count})`),
    );
    // Choosing alone does not navigate (WCAG 3.2.2): the page changes on "Go".
    await user.selectOptions(
      select,
      `${monthTitle(oldestMonth.year, oldestMonth.month)} (${oldestMonth.count})`,
    );
    const first = postsIn(oldestMonth.year, oldestMonth.month)[0];
    if (!first) throw new Error('no post in the oldest month');
    expect(screen.queryByRole('link', { name: first.title })).not.toBeInTheDocument();
    await user.click(within(archive).getByRole('button', { name: 'Go' }));
    expect(await screen.findByRole('link', { name: first.title }, pageLoad)).toBeInTheDocument();
  });

  it('menu, oldest first: the oldest month is listed first', async () => {
    renderRoute('/', { archive: { style: 'menu', order: 'oldest' } });
    const archive = await archiveWidget();
    const select = await within(archive).findByRole('combobox', { name: /Blog Archive/ });
    expect(within(select).getAllByRole('option')[0]).toHaveTextContent(
      `${monthTitle(oldestMonth.year, oldestMonth.month)} (${oldestMonth.count})`,
    );
  });
});
