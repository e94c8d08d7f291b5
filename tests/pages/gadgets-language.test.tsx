import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/render';
import { archiveYears, authorById, demoData } from '../support/demo-paths';

const slow = { timeout: 20_000 };
const years = archiveYears();

async function sidebar(name: string) {
  return screen.findByRole('complementary', { name });
}

describe('the gadgets in the blog’s language', slow, () => {
  it('are German in a German blog: titles, the archive’s counts, search, the archive page', async () => {
    renderRoute('/archive', { config: { ui: { locale: 'de' } } });
    const total = demoData.posts.length;
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(`Archiv (${total})`);
    const aside = within(await sidebar('Blog-Seitenleiste'));
    for (const name of ['Über mich', 'Blog-Archiv', 'Labels', 'Diesen Blog durchsuchen']) {
      expect(aside.getByRole('region', { name })).toBeInTheDocument();
    }
    const archive = within(aside.getByRole('region', { name: 'Blog-Archiv' }));
    for (const { year, count } of years) {
      const posts = count === 1 ? '1 Post' : `${count} Posts`;
      expect(await archive.findByRole('button', { name: `${year}, ${posts}` })).toBeInTheDocument();
    }
    const search = within(aside.getByRole('region', { name: 'Diesen Blog durchsuchen' }));
    expect(await search.findByRole('searchbox', { name: 'Diesen Blog durchsuchen' })).toBeInTheDocument();
    expect(search.getByRole('button', { name: 'Suchen' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Jahre' })).toBeInTheDocument();
    expect(document.title).toBe(`Archiv | ${demoData.blog.title}`);
  });

  it('is German on the profile page', async () => {
    const author = authorById(demoData.blog.mainAuthorId);
    renderRoute(`/profile/${author.id}`, { config: { ui: { locale: 'de' } } });
    await screen.findByRole('heading', { level: 1, name: author.displayName });
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('heading', { level: 2, name: 'Über mich' })).toBeInTheDocument();
    expect(
      main.getByRole('heading', { level: 2, name: `Posts von ${author.displayName}` }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`Profil von ${author.displayName} | ${demoData.blog.title}`);
  });

  it('uses Arabic’s plural forms for the archive’s counts in an Arabic blog', async () => {
    renderRoute('/', { config: { ui: { locale: 'ar' } } });
    const aside = within(await sidebar('الشريط الجانبي للمدونة'));
    const archive = within(aside.getByRole('region', { name: 'أرشيف المدونة' }));
    const rules = new Intl.PluralRules('ar');
    const digits = new Intl.NumberFormat('ar');
    const forms = {
      zero: () => 'لا رسائل',
      one: () => 'رسالة واحدة',
      two: () => 'رسالتان',
      few: (n: number) => `${digits.format(n)} رسائل`,
      many: (n: number) => `${digits.format(n)} رسالة`,
      other: (n: number) => `${digits.format(n)} رسالة`,
    };
    for (const { year, count } of years) {
      const name = `${year}، ${forms[rules.select(count)](count)}`;
      expect(await archive.findByRole('button', { name })).toBeInTheDocument();
    }
  });
});
