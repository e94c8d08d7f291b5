import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { demoData, pageOf, pathOf, postById, postsNewestFirst, textOf } from '../support/demo-paths';

const slow = { timeout: 20_000 };

/** The layout's main column, once the blog (not the start-up placeholder) is shown. */
async function main() {
  await screen.findByRole('complementary');
  return screen.getByRole('main');
}

/** The titles (h3 links) listed in the main column, in order. */
function listedTitles(column: HTMLElement): (string | null)[] {
  return within(column)
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
}

function withLabel(label: string) {
  return postsNewestFirst.filter((p) => p.labels.includes(label));
}

/** Posts whose title or text contains the words, as the demo backend matches them. */
function matching(query: string) {
  const q = query.toLowerCase();
  return postsNewestFirst.filter(
    (p) => p.title.toLowerCase().includes(q) || textOf(p.html).toLowerCase().includes(q),
  );
}

function searchBox() {
  return within(screen.getByRole('complementary')).getByRole('searchbox', { name: 'Search this blog' });
}

describe('label pages', slow, () => {
  it.each(['/search/label/', '/label/'])('%s<label> lists only the posts carrying it', async (prefix) => {
    const label = 'Workplace Safety';
    const expected = withLabel(label);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThanOrEqual(10);
    renderRoute(`${prefix}${encodeURIComponent(label)}`);
    const column = await main();
    expect(
      await within(column).findByRole('heading', { level: 1, name: `Showing posts with label ${label}` }),
    ).toBeInTheDocument();
    expect(listedTitles(column)).toEqual(expected.map((p) => p.title));
    const first = expected[0];
    if (!first) throw new Error('no posts');
    expect(within(column).getByRole('link', { name: first.title })).toHaveAttribute('href', pathOf(first));
    expect(within(column).queryByRole('link', { name: 'Older posts' })).not.toBeInTheDocument();
    expect(document.title).toBe(`Posts labeled ${label} | ${demoData.blog.title}`);
  });

  it('pages through a label carried by more than ten posts', async () => {
    const label = 'Employment Law';
    const expected = withLabel(label);
    expect(expected.length).toBeGreaterThan(10);
    const { user } = renderRoute(`/search/label/${encodeURIComponent(label)}`);
    const column = await main();
    await within(column).findByRole('heading', { level: 1, name: `Showing posts with label ${label}` });
    expect(listedTitles(column)).toEqual(pageOf(expected, 0).map((p) => p.title));
    await user.click(within(column).getByRole('link', { name: 'Older posts' }));
    const second = pageOf(expected, 1)[0];
    if (!second) throw new Error('no second page');
    await within(column).findByRole('heading', { level: 3, name: second.title });
    expect(listedTitles(column)).toEqual(pageOf(expected, 1).map((p) => p.title));
  });

  it('reaches a label page from a post’s label link', async () => {
    const post = postById('post-2020-09-25');
    const label = post.labels[0];
    if (!label) throw new Error('the post has no labels');
    const { user } = renderRoute(pathOf(post));
    const article = await screen.findByRole('article', { name: post.title });
    await user.click(within(article).getByRole('link', { name: label }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Showing posts with label ${label}` }),
    ).toBeInTheDocument();
    expect(listedTitles(screen.getByRole('main'))).toEqual(pageOf(withLabel(label), 0).map((p) => p.title));
  });

  it('says "Page not found" for a label no post carries', async () => {
    renderRoute('/search/label/No%20Such%20Label');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows an error with "Try again" when the label’s posts answer 500', async () => {
    server.use(http.get('*/api/posts', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/search/label/Immigration');
    const column = await main();
    expect(
      await within(column).findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(within(column).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('search', slow, () => {
  it('lists the posts matching a word from a title and keeps the query in the search box', async () => {
    const query = 'lottery';
    const expected = matching(query);
    expect(expected.length).toBeGreaterThan(1);
    renderRoute(`/search?q=${query}`);
    const column = await main();
    expect(
      await within(column).findByRole('heading', { level: 1, name: `Search results for “${query}”` }),
    ).toBeInTheDocument();
    expect(within(column).getByRole('status')).toHaveTextContent(
      `${expected.length} posts match “${query}”.`,
    );
    expect(listedTitles(column)).toEqual(expected.map((p) => p.title));
    expect(searchBox()).toHaveValue(query);
  });

  it('words a single match "1 post matches"', async () => {
    const query = 'cannabis';
    const [only, ...others] = matching(query);
    if (!only || others.length > 0) throw new Error(`expected one post matching ${query}`);
    renderRoute(`/search?q=${query}`);
    const column = await main();
    const title = await within(column).findByRole('heading', { level: 3, name: only.title });
    expect(within(title).getByRole('link')).toHaveAttribute('href', pathOf(only));
    expect(within(column).getByRole('status')).toHaveTextContent(`1 post matches “${query}”.`);
  });

  it('navigates to the results when the reader types in the box and presses Enter', async () => {
    const query = 'barista';
    const expected = matching(query);
    const { user, router } = renderRoute('/');
    await main();
    expect(searchBox()).toHaveValue('');
    await user.type(searchBox(), `${query}{Enter}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Search results for “${query}”` }),
    ).toBeInTheDocument();
    expect(listedTitles(screen.getByRole('main'))).toEqual(expected.map((p) => p.title));
    expect(router.state.location.pathname).toBe('/search');
    expect(searchBox()).toHaveValue(query);
  });

  it('navigates to the results when the reader clicks "Search"', async () => {
    const query = 'retrogression';
    const expected = matching(query);
    const { user } = renderRoute('/archive');
    await main();
    await user.type(searchBox(), query);
    await user.click(within(screen.getByRole('complementary')).getByRole('button', { name: 'Search' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Search results for “${query}”` }),
    ).toBeInTheDocument();
    expect(listedTitles(screen.getByRole('main'))).toEqual(expected.map((p) => p.title));
  });

  it('says so when nothing matches', async () => {
    const query = 'zzqxv';
    expect(matching(query)).toHaveLength(0);
    renderRoute(`/search?q=${query}`);
    const column = await main();
    expect(await within(column).findByText(`No posts match “${query}”.`)).toBeInTheDocument();
    expect(within(column).queryByRole('article')).not.toBeInTheDocument();
    expect(searchBox()).toHaveValue(query);
  });

  it('invites the reader to type when there is no query', async () => {
    renderRoute('/search');
    const column = await main();
    expect(await within(column).findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(within(column).getByText('Type words in the search box to find posts.')).toBeInTheDocument();
  });

  it('shows an error with "Try again" when the search answers 500', async () => {
    server.use(http.get('*/api/posts', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/search?q=visa');
    const column = await main();
    expect(
      await within(column).findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(within(column).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
