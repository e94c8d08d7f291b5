import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../support/render';
import { demoData } from '../support/demo-paths';

const slow = { timeout: 20_000 };
const html = document.documentElement;

afterEach(() => {
  vi.restoreAllMocks();
  html.removeAttribute('lang');
});

describe('<html lang> follows the blog', () => {
  it(
    'is set to the blog’s language when the page does not carry it yet (the static build)',
    slow,
    async () => {
      html.lang = 'en';
      renderRoute('/');
      await screen.findByRole('heading', { level: 1, name: 'Latest posts' });
      // The layout writes it in an effect, which may run just after the page is drawn.
      await waitFor(() => expect(html.lang).toBe(demoData.blog.locale));
    },
  );

  it(
    'is left alone when the server’s HTML already says it: writing it restyles the whole page',
    slow,
    async () => {
      html.lang = demoData.blog.locale;
      const write = vi.spyOn(html, 'lang', 'set');
      renderRoute('/');
      await screen.findByRole('heading', { level: 1, name: 'Latest posts' });
      // Let the layout's effects run before looking.
      await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
      expect(html.lang).toBe(demoData.blog.locale);
      expect(write).not.toHaveBeenCalled();
    },
  );
});
