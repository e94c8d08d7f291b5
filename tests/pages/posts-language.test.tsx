import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/render';

const POST = '/2020/06/proclamation-suspends-new-work-visas.html';

describe('the post page, lists and comments in the blog’s language', () => {
  it('speak German: the comments’ heading and form, the pager, the comment counts of a list', async () => {
    renderRoute(POST, { config: { ui: { locale: 'de' } } });
    await screen.findByRole('heading', { level: 1 });
    const section = await screen.findByRole('region', { name: /^(Keine Kommentare|\d+ Kommentare?):$/ });
    expect(within(section).getByRole('heading', { name: 'Kommentar veröffentlichen' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Veröffentlichen' })).toBeInTheDocument();
    expect(within(section).getByText('(optional)')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Andere Posts' });
    expect(within(pager).getByRole('link', { name: 'Startseite' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Diesen Post teilen' })).toBeInTheDocument();
    expect(screen.getAllByText(/Eingestellt von/).length).toBeGreaterThan(0);
  });

  it('counts comments on a German list with the plural in the sentence', async () => {
    renderRoute('/', { config: { ui: { locale: 'de' } } });
    const links = await screen.findAllByRole('link', {
      name: /^(Keine Kommentare|\d+ Kommentare?) zu „.+“$/,
    });
    expect(links.length).toBeGreaterThan(0);
    expect(screen.getByRole('navigation', { name: 'Weitere Posts' })).toBeInTheDocument();
  });

  it('counts comments in Arabic with its own plural forms', async () => {
    renderRoute('/', { config: { ui: { locale: 'ar' } } });
    const links = await screen.findAllByRole('link', {
      name: /^(لا توجد تعليقات|تعليق واحد|تعليقان|[0-9٠-٩]+ (تعليق|تعليقات|تعليقًا)) على «.+»$/,
    });
    expect(links.length).toBeGreaterThan(0);
    // 3 to 10 take the "few" form, 11 to 99 the "many" one: the names say so, not an English "comments".
    for (const link of links) expect(link).not.toHaveTextContent(/comment/);
  });
});
