import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import {
  archiveYears,
  authorById,
  demoData,
  labelCounts,
  monthName,
  pathOf,
  postById,
  postsIn,
  postsNewestFirst,
} from '../support/demo-paths';

const slow = { timeout: 20_000 };

const years = archiveYears();
const newest = postsNewestFirst[0];
if (!newest) throw new Error('the demo blog has no posts');

/** The sidebar, once the layout is shown. */
async function sidebar() {
  return screen.findByRole('complementary', { name: 'Blog sidebar' });
}

async function widget(name: string) {
  return within(await sidebar()).getByRole('region', { name });
}

function posts(count: number) {
  return count === 1 ? '1 post' : `${count} posts`;
}

function telOf(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

describe('sidebar', slow, () => {
  it('holds the About Me, Translate, Popular Posts, Blog Archive, Labels and Search This Blog sections', async () => {
    renderRoute('/');
    const aside = await sidebar();
    const names = ['About Me', 'Translate', 'Popular Posts', 'Blog Archive', 'Labels', 'Search This Blog'];
    names.forEach((name) => {
      expect(within(aside).getByRole('region', { name })).toBeInTheDocument();
    });
    // In this order, each titled by its own heading.
    expect(
      within(aside)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(names);
    // Each gadget's code loads on demand (components/widgets/gadgets.tsx): its controls come a moment later.
    expect(within(aside).getByRole('region', { name: 'Search This Blog' })).toContainElement(
      await within(aside).findByRole('searchbox', { name: 'Search this blog' }),
    );
  });
});

describe('About Me', slow, () => {
  it('shows the blog’s main author on the home page, with profile, tel: and mailto: links', async () => {
    const author = authorById(demoData.blog.mainAuthorId);
    renderRoute('/');
    const about = within(await widget('About Me'));
    expect(await about.findByRole('link', { name: author.displayName })).toHaveAttribute(
      'href',
      `/profile/${author.id}`,
    );
    expect(about.getByRole('img', { name: author.photo.alt })).toHaveAttribute('src', author.photo.url);
    expect(about.getByRole('link', { name: 'View my complete profile' })).toHaveAttribute(
      'href',
      `/profile/${author.id}`,
    );
    expect(about.getByRole('link', { name: author.phone })).toHaveAttribute('href', telOf(author.phone));
    expect(about.getByRole('link', { name: author.email })).toHaveAttribute('href', `mailto:${author.email}`);
  });

  it('shows the post’s author on a post by daniel-okafor', async () => {
    const post = postById('post-2020-08-18');
    const author = authorById(post.authorId);
    const main = authorById(demoData.blog.mainAuthorId);
    expect(author.id).toBe('daniel-okafor');
    renderRoute(pathOf(post));
    await screen.findByRole('heading', { level: 1, name: post.title });
    const about = within(await widget('About Me'));
    expect(await about.findByRole('link', { name: author.displayName })).toHaveAttribute(
      'href',
      `/profile/${author.id}`,
    );
    expect(about.getByRole('link', { name: 'View my complete profile' })).toHaveAttribute(
      'href',
      `/profile/${author.id}`,
    );
    expect(about.getByRole('link', { name: author.phone })).toHaveAttribute('href', telOf(author.phone));
    expect(about.getByRole('link', { name: author.email })).toHaveAttribute('href', `mailto:${author.email}`);
    expect(about.queryByRole('link', { name: main.displayName })).not.toBeInTheDocument();
  });

  it('opens a post by another author at once, while About Me waits for their profile on its own', async () => {
    const post = postsNewestFirst
      .slice(0, 10)
      .find((candidate) => candidate.authorId !== demoData.blog.mainAuthorId);
    if (!post) throw new Error('the home page lists no post by another author');
    const author = authorById(post.authorId);
    let release = () => undefined as void;
    const profileHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Falls through to the demo's own answer once released.
    server.use(
      http.get(`*/api/authors/${author.id}`, async () => {
        await profileHeld;
        return undefined;
      }),
    );
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest posts' });
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: post.title }));
    expect(await screen.findByRole('heading', { level: 1, name: post.title })).toBeInTheDocument();
    const about = within(await widget('About Me'));
    expect(about.getByRole('status', { name: 'Loading About Me' })).toBeInTheDocument();

    release();
    expect(await about.findByRole('link', { name: author.displayName })).toBeInTheDocument();
  });

  it('shows its own error when the author cannot load, while the posts still render', async () => {
    server.use(http.get('*/api/authors/:id', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 3, name: newest.title })).toBeInTheDocument();
    const about = within(await widget('About Me'));
    expect(await about.findByRole('heading', { name: 'This could not be loaded' })).toBeInTheDocument();
    expect(about.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('Blog Archive', slow, () => {
  it('lists the years with counts, the newest open on the home page', async () => {
    renderRoute('/');
    const archive = await widget('Blog Archive');
    const inArchive = within(archive);
    const [first, ...rest] = years;
    if (!first) throw new Error('no years');
    expect(
      await inArchive.findByRole('button', { name: `${first.year}, ${posts(first.count)}` }),
    ).toHaveAttribute('aria-expanded', 'true');
    for (const y of rest) {
      expect(inArchive.getByRole('button', { name: `${y.year}, ${posts(y.count)}` })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
    }
    for (const y of years) {
      expect(inArchive.getByRole('link', { name: String(y.year) })).toHaveAttribute('href', `/${y.year}/`);
      expect(archive).toHaveTextContent(`${y.year} (${y.count})`);
    }
    // The open year shows its months, closed, with their counts.
    for (const m of first.months) {
      const name = monthName(m.month);
      expect(inArchive.getByRole('button', { name: `${name}, ${posts(m.count)}` })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      expect(archive).toHaveTextContent(`${name} (${m.count})`);
    }
    // Only the open year's months are shown (a month's label has no digits, a year's has).
    expect(inArchive.getAllByRole('button', { name: /^\D+, \d+ posts?$/ })).toHaveLength(first.months.length);
  });

  it('opens the 2020 year and its September on a 2020-09 post, other years closed', async () => {
    const post = postById('post-2020-09-25');
    renderRoute(pathOf(post));
    await screen.findByRole('heading', { level: 1, name: post.title });
    const inArchive = within(await widget('Blog Archive'));
    for (const y of years) {
      expect(await inArchive.findByRole('button', { name: `${y.year}, ${posts(y.count)}` })).toHaveAttribute(
        'aria-expanded',
        y.year === 2020 ? 'true' : 'false',
      );
    }
    const y2020 = years.find((y) => y.year === 2020);
    if (!y2020) throw new Error('no 2020');
    for (const m of y2020.months) {
      expect(
        inArchive.getByRole('button', { name: `${monthName(m.month)}, ${posts(m.count)}` }),
      ).toHaveAttribute('aria-expanded', m.month === 9 ? 'true' : 'false');
    }
    expect(await inArchive.findByRole('link', { name: post.title })).toHaveAttribute('href', pathOf(post));
  });

  it('expands a month when its button is clicked and loads its post titles', async () => {
    const [first] = years;
    const month = first?.months.find((m) => m.count > 1);
    if (!first || !month) throw new Error('expected a month with several posts in the newest year');
    const { user } = renderRoute('/');
    const inArchive = within(await widget('Blog Archive'));
    const button = await inArchive.findByRole('button', {
      name: `${monthName(month.month)}, ${posts(month.count)}`,
    });
    const titles = postsIn(first.year, month.month);
    expect(inArchive.queryByRole('link', { name: titles[0]?.title ?? '' })).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const post of titles) {
      expect(await inArchive.findByRole('link', { name: post.title })).toHaveAttribute('href', pathOf(post));
    }
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(inArchive.queryByRole('link', { name: titles[0]?.title ?? '' })).not.toBeInTheDocument();
  });

  it('opens a closed year, then one of its months', async () => {
    const oldest = years.at(-1);
    const month = oldest?.months[0];
    if (!oldest || !month) throw new Error('no oldest year');
    const { user } = renderRoute('/');
    const inArchive = within(await widget('Blog Archive'));
    const yearButton = await inArchive.findByRole('button', {
      name: `${oldest.year}, ${posts(oldest.count)}`,
    });
    expect(yearButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(yearButton);
    expect(yearButton).toHaveAttribute('aria-expanded', 'true');
    // The year's own item: its first button is the year's (a month of the same name may be open elsewhere).
    const yearItem = inArchive
      .getAllByRole('listitem')
      .find((li) => within(li).getAllByRole('button')[0] === yearButton);
    if (!yearItem) throw new Error('no list item for the year');
    const inYear = within(yearItem);
    await user.click(
      inYear.getByRole('button', { name: `${monthName(month.month)}, ${posts(month.count)}` }),
    );
    for (const post of postsIn(oldest.year, month.month)) {
      expect(await inYear.findByRole('link', { name: post.title })).toHaveAttribute('href', pathOf(post));
    }
  });
});

describe('Labels', slow, () => {
  it('lists the labels with their counts, linking to their pages', async () => {
    const labels = labelCounts();
    expect(labels.length).toBeGreaterThanOrEqual(8);
    renderRoute('/');
    const section = await widget('Labels');
    const inLabels = within(section);
    const links = await inLabels.findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(labels.map((l) => l.name));
    for (const { name, count } of labels) {
      expect(inLabels.getByRole('link', { name })).toHaveAttribute(
        'href',
        `/search/label/${encodeURIComponent(name)}`,
      );
      expect(section).toHaveTextContent(`${name} (${count})`);
    }
  });

  it('shows a list of up to 20 labels whole, with no "Show all" button', async () => {
    expect(labelCounts().length).toBeLessThanOrEqual(20);
    renderRoute('/');
    const inLabels = within(await widget('Labels'));
    expect(await inLabels.findAllByRole('link')).toHaveLength(labelCounts().length);
    expect(inLabels.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the 20 most used labels of a long list first, and every label on request', async () => {
    // Listed by name, as backends answer; "Label 01" is used once, "Label 30" thirty times.
    const many = Array.from({ length: 30 }, (_, i) => ({
      name: `Label ${String(i + 1).padStart(2, '0')}`,
      count: i + 1,
    }));
    server.use(http.get('*/api/labels', () => HttpResponse.json({ items: many })));
    const { user } = renderRoute('/');
    const inLabels = within(await widget('Labels'));
    const more = await inLabels.findByRole('button', { name: 'Show all 30 labels' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const names = () => inLabels.getAllByRole('link').map((link) => link.textContent);
    // The 20 most used, still in the list's own order.
    expect(names()).toEqual(many.slice(10).map((label) => label.name));

    await user.click(more);
    expect(names()).toEqual(many.map((label) => label.name));
    expect(within(await widget('Labels')).getByRole('list')).toHaveTextContent(
      /Label 01 \(1\)\s*Label 02 \(2\)/,
    );
    // The same button, now the way back, keeps the keyboard focus.
    expect(more).toHaveAccessibleName('Show fewer labels');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveFocus();

    await user.click(more);
    expect(names()).toEqual(many.slice(10).map((label) => label.name));
  });

  it('shows its own error with "Try again" while the posts still render, and recovers', async () => {
    let failing = true;
    server.use(
      http.get('*/api/labels', () => (failing ? HttpResponse.json({}, { status: 500 }) : undefined)),
    );
    const { user } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 3, name: newest.title })).toBeInTheDocument();
    const section = await widget('Labels');
    const inLabels = within(section);
    expect(await inLabels.findByRole('heading', { name: 'This could not be loaded' })).toBeInTheDocument();
    expect(inLabels.getByRole('alert')).toHaveTextContent(/HTTP 500/);
    expect(within(screen.getByRole('main')).getAllByRole('article')).toHaveLength(10);
    // The other widgets are untouched.
    expect(within(await widget('Blog Archive')).queryByRole('alert')).not.toBeInTheDocument();

    failing = false;
    await user.click(inLabels.getByRole('button', { name: 'Try again' }));
    const [firstLabel] = labelCounts();
    if (!firstLabel) throw new Error('no labels');
    expect(await inLabels.findByRole('link', { name: firstLabel.name })).toHaveAttribute(
      'href',
      `/search/label/${encodeURIComponent(firstLabel.name)}`,
    );
    expect(inLabels.queryByRole('alert')).not.toBeInTheDocument();
  });
});
