import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COLOR_SCHEME_KEY } from '../../src/lib/color-scheme';
import { renderRoute } from '../support/render';

const slow = { timeout: 20_000 };

function html() {
  // The scheme lives on <html>, outside anything Testing Library queries.
  return document.documentElement;
}

async function themeGroup() {
  return screen.findByRole('group', { name: 'Theme' });
}

afterEach(() => {
  html().removeAttribute('data-scheme');
  // eslint-disable-next-line testing-library/no-node-access -- a <head> element, out of Testing Library's reach
  document.querySelector('meta[name="color-scheme"]')?.remove();
});

describe('colour scheme toggle', slow, () => {
  it('follows the system until the reader picks a scheme', async () => {
    renderRoute('/');
    const group = await themeGroup();
    expect(within(group).getByRole('radio', { name: 'Auto' })).toBeChecked();
    expect(html()).not.toHaveAttribute('data-scheme');
  });

  it('pins the scheme on <html>, remembers it, and goes back to the system with Auto', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'light dark';
    document.head.append(meta);

    const view = renderRoute('/');
    const group = await themeGroup();
    await view.user.click(within(group).getByRole('radio', { name: 'Dark' }));
    expect(within(group).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(html()).toHaveAttribute('data-scheme', 'dark');
    expect(meta).toHaveAttribute('content', 'dark');
    expect(JSON.parse(localStorage.getItem(COLOR_SCHEME_KEY) ?? 'null')).toBe('dark');

    // A later visit starts with the remembered choice.
    view.unmount();
    html().removeAttribute('data-scheme');
    const { user } = renderRoute('/');
    const again = await themeGroup();
    expect(within(again).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(html()).toHaveAttribute('data-scheme', 'dark');

    await user.click(within(again).getByRole('radio', { name: 'Auto' }));
    expect(html()).not.toHaveAttribute('data-scheme');
    expect(meta).toHaveAttribute('content', 'light dark');
    expect(localStorage.getItem(COLOR_SCHEME_KEY)).toBeNull();
  });

  it('is used with the keyboard: arrow keys move the choice', async () => {
    const { user } = renderRoute('/');
    const group = await themeGroup();
    await user.click(within(group).getByRole('radio', { name: 'Light' }));
    expect(html()).toHaveAttribute('data-scheme', 'light');
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(html()).toHaveAttribute('data-scheme', 'dark');
  });
});
