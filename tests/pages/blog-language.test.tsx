import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';

/*
 * Blogs that say their language through their backend (no ui.locale): a German WordPress site (its
 * language from Lectern's plugin, docs/wordpress/) and an Arabic blog on the native contract. The frame,
 * the error pages and <html lang dir> follow it.
 */

const slow = { timeout: 30_000 };
const html = document.documentElement;
const WP = 'https://wp.example.de';
const AR = 'https://ar.example.org/api';

const german = { ...demoData, blog: { ...demoData.blog, locale: 'de-DE' } };
const arabic = { ...demoData, blog: { ...demoData.blog, locale: 'ar' } };

afterEach(() => {
  html.removeAttribute('lang');
  html.removeAttribute('dir');
});

/** The page's error panel (a gadget's may fail beside it): the alert whose heading is the page's h1. */
async function pagePanel(title: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 20_000 });
  const panel = screen
    .getAllByRole('alert')
    .find((alert) => within(alert).queryByRole('heading', { level: 1, name: title }));
  if (!panel) throw new Error(`no alert holds “${title}”`);
  return panel;
}

function germanBlog(path: string) {
  server.use(...createWordPressHandlers(german, WP));
  return renderRoute(path, { backend: { kind: 'wordpress', url: WP } });
}

function arabicBlog(path: string) {
  server.use(...createNativeHandlers(arabic, AR));
  return renderRoute(path, { backend: { kind: 'native', url: AR } });
}

describe('a German blog', () => {
  it('draws its frame in German, with <html lang="de-DE" dir="ltr">', slow, async () => {
    germanBlog('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Neueste Posts' })).toBeInTheDocument();
    const footer = screen.getByRole('navigation', { name: 'Fußzeile' });
    expect(within(footer).getByRole('link', { name: 'Startseite' })).toHaveAttribute('href', '/');
    expect(within(footer).getByRole('link', { name: 'Archiv' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toBeInTheDocument();
    await waitFor(() => expect(html.lang).toBe('de-DE'));
    expect(html.dir).toBe('ltr');
    expect(screen.queryByRole('heading', { name: 'Latest posts' })).not.toBeInTheDocument();
  });

  it('says “not found” in German', slow, async () => {
    germanBlog('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toBeInTheDocument();
  });

  it('says in German what failed, and offers to try again', slow, async () => {
    server.use(...createWordPressHandlers(german, WP));
    server.use(http.get(`${WP}/wp-json/wp/v2/posts`, () => new HttpResponse('down', { status: 500 })));
    renderRoute('/', { backend: { kind: 'wordpress', url: WP } });
    const alert = await pagePanel('Das konnte nicht geladen werden');
    expect(alert).toHaveTextContent('Konnte die neuesten Posts nicht laden.');
    expect(alert).toHaveTextContent('Der Server des Blogs hatte ein Problem (HTTP 500).');
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});

describe('an Arabic blog', () => {
  it('is laid out right to left, <html lang="ar" dir="rtl">, with its frame in Arabic', slow, async () => {
    arabicBlog('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'أحدث الرسائل' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'تذييل الصفحة' })).toBeInTheDocument();
    await waitFor(() => expect(html.dir).toBe('rtl'));
    expect(html.lang).toBe('ar');
  });

  it('names in Arabic what failed to load', slow, async () => {
    server.use(...createNativeHandlers(arabic, AR));
    server.use(http.get(`${AR}/posts`, () => new HttpResponse('down', { status: 503 })));
    renderRoute('/', { backend: { kind: 'native', url: AR } });
    const alert = await pagePanel('تعذّر التحميل');
    expect(alert).toHaveTextContent('تعذّر تحميل');
    expect(within(alert).getByRole('button', { name: 'إعادة المحاولة' })).toBeInTheDocument();
  });
});
