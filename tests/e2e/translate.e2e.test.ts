/**
 * The Translate widget in a real browser: the production build in demo mode, as shipped
 * (`translate.provider: "auto"`, no URL). The page is given a browser without the on-device Translator
 * API, so the demo falls back to its mock LibreTranslate (a pseudo-translation, "[fr] …").
 */
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { describeWithChromium, newPage, waitVisible, type TrackedPage } from './support/chromium';
import { useProductionSite } from './support/production-site';
import type { StaticServer } from './support/static-server';

const POST = '/2020/06/proclamation-suspends-new-work-visas.html';
const post = demoData.posts.find((p) => p.id === 'post-2020-06-23');

/**
 * Chromium has the on-device API (its model would download through the component updater, which the
 * tests switch off): hide it before any script runs, as in a browser that has none.
 */
async function withoutOnDeviceTranslation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'Translator');
    Reflect.deleteProperty(window, 'LanguageDetector');
  });
}

async function openPost(browser: Browser, site: StaticServer): Promise<TrackedPage> {
  const tracked = await newPage(browser);
  await withoutOnDeviceTranslation(tracked.page);
  await tracked.page.goto(`${site.url}${POST}`);
  await waitVisible(tracked, tracked.page.getByRole('heading', { level: 1 }), 'the post title');
  return tracked;
}

describeWithChromium('the Translate widget in the production build (demo mode)', () => {
  const production = useProductionSite();

  test('translates the post and its comments in place, right to left for Arabic, and shows the original again', async () => {
    const { browser, site } = production();
    if (!post) throw new Error('the demo blog lacks post-2020-06-23');
    const tracked = await openPost(browser, site);
    const { page } = tracked;
    const widget = page.getByRole('region', { name: 'Translate' });
    const picker = widget.getByRole('combobox', { name: 'Select Language' });
    await widget.getByRole('option', { name: 'Français' }).waitFor({ state: 'attached' });
    await picker.selectOption('fr');

    const title = page.getByRole('heading', { level: 1 });
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: `[fr] ${post.title}` }),
      'the translated title',
    );
    await waitVisible(tracked, widget.getByText('Translated into Français by machine.'), 'the status');
    const body = page.locator('.post__body');
    expect(await body.locator('li').count()).toBe(3);
    expect(await body.locator('em').first().textContent()).toBe('[fr] outside');
    expect(
      await body.getByRole('link', { name: '[fr] arroyo-immigration.example' }).getAttribute('href'),
    ).toBe('https://arroyo-immigration.example/');
    const region = page.locator('[data-translated]').first();
    expect(await region.getAttribute('lang')).toBe('fr');
    const comment = page.getByRole('article', { name: 'Comment by Hoang Nguyen' }).first();
    await waitVisible(tracked, comment.getByText(/^\[fr\] My wife is in Vietnam/), 'a translated comment');

    await picker.selectOption('ar');
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: `[ar] ${post.title}` }),
      'the Arabic title',
    );
    const arabic = page.locator('[data-translated]').first();
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

    await widget.getByRole('button', { name: 'Show original' }).click();
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: post.title, exact: true }),
      'the original title',
    );
    expect(await body.textContent()).not.toContain('[ar]');
    expect(await comment.textContent()).not.toContain('[ar]');
    expect(await picker.inputValue()).toBe('');
    expect(await title.textContent()).toBe(post.title);
    expect(tracked.errors).toEqual([]);
  });

  test('remembers the chosen language after a reload', async () => {
    const { browser, site } = production();
    if (!post) throw new Error('the demo blog lacks post-2020-06-23');
    const tracked = await openPost(browser, site);
    const { page } = tracked;
    const picker = page.getByRole('combobox', { name: 'Select Language' });
    await page.getByRole('option', { name: 'Deutsch' }).waitFor({ state: 'attached' });
    await picker.selectOption('de');
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: `[de] ${post.title}` }),
      'the German title',
    );

    await page.reload();
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: `[de] ${post.title}` }),
      'the German title after a reload',
    );
    expect(await picker.inputValue()).toBe('de');
    expect(tracked.errors).toEqual([]);
  });
});
