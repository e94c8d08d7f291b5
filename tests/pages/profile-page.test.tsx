import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { authorById, demoData, pageOf, pathOf, postById, postsNewestFirst } from '../support/demo-paths';

const slow = { timeout: 20_000 };

const marisol = authorById('marisol-vega');

/** The layout's main column, once the blog (not the start-up placeholder) is shown. */
async function main() {
  await screen.findByRole('complementary');
  return screen.getByRole('main');
}

function postsBy(authorId: string) {
  return postsNewestFirst.filter((p) => p.authorId === authorId);
}

describe('profile page', slow, () => {
  it('shows the author’s name, photo, location, interests, about text with contact links and web sites', async () => {
    renderRoute(`/profile/${marisol.id}`);
    const column = await main();
    const inMain = within(column);
    expect(await inMain.findByRole('heading', { level: 1, name: marisol.displayName })).toBeInTheDocument();
    expect(inMain.getByRole('img', { name: marisol.photo.alt })).toHaveAttribute('src', marisol.photo.url);
    expect(inMain.getByText(marisol.location)).toBeInTheDocument();
    expect(inMain.getByText(marisol.interests.join(', '))).toBeInTheDocument();
    expect(inMain.getByRole('heading', { level: 2, name: 'About me' })).toBeInTheDocument();
    expect(column).toHaveTextContent(marisol.about);
    // The profile proper is the first article; the author's posts follow as articles of their own.
    const [profileArticle] = inMain.getAllByRole('article');
    if (!profileArticle) throw new Error('no profile article');
    const profile = within(profileArticle);
    expect(profile.getByRole('link', { name: marisol.phone })).toHaveAttribute(
      'href',
      `tel:${marisol.phone.replace(/[^\d+]/g, '')}`,
    );
    expect(profile.getByRole('link', { name: marisol.email })).toHaveAttribute(
      'href',
      `mailto:${marisol.email}`,
    );
    expect(document.title).toBe(`Profile of ${marisol.displayName} | ${demoData.blog.title}`);

    expect(profile.getByRole('heading', { level: 2, name: 'My web sites' })).toBeInTheDocument();
    expect(marisol.links).toHaveLength(2);
    for (const link of marisol.links) {
      expect(profile.getByRole('link', { name: link.title })).toHaveAttribute('href', link.url);
    }
  });

  it('lists "Posts by …" with that author’s posts only', async () => {
    const own = postsBy(marisol.id);
    const others = postsNewestFirst.filter((p) => p.authorId !== marisol.id);
    renderRoute(`/profile/${marisol.id}`);
    const column = await main();
    const inMain = within(column);
    expect(
      await inMain.findByRole('heading', { level: 2, name: `Posts by ${marisol.displayName}` }),
    ).toBeInTheDocument();
    const titles = inMain.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(pageOf(own, 0).map((p) => p.title));
    for (const other of others) expect(titles).not.toContain(other.title);
    for (const article of inMain.getAllByRole('article').slice(1)) {
      expect(article).toHaveTextContent(`Posted by ${marisol.displayName} at`);
    }
    expect(own.length).toBeGreaterThan(10);
    expect(inMain.getByRole('link', { name: 'Older posts' })).toBeInTheDocument();
  });

  it('reaches the profile from a post’s "Posted by" link', async () => {
    const post = postById('post-2020-08-18');
    const daniel = authorById(post.authorId);
    expect(daniel.id).toBe('daniel-okafor');
    const { user } = renderRoute(pathOf(post));
    const article = await screen.findByRole('article', { name: post.title });
    await user.click(within(article).getByRole('link', { name: daniel.displayName }));
    const column = await main();
    expect(
      await within(column).findByRole('heading', { level: 1, name: daniel.displayName }),
    ).toBeInTheDocument();
    expect(within(column).getByText(daniel.location)).toBeInTheDocument();
    expect(
      within(column)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(pageOf(postsBy(daniel.id), 0).map((p) => p.title));
  });

  it('says "Page not found" for an author who does not exist', async () => {
    renderRoute('/profile/nobody');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows an error with "Try again" when the profile answers 500', async () => {
    server.use(http.get('*/api/authors/:id', () => HttpResponse.json({}, { status: 500 })));
    renderRoute(`/profile/${marisol.id}`);
    const column = await main();
    expect(
      await within(column).findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(within(column).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
