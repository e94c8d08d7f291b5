/**
 * Reader features that only a real browser shows: the colour scheme applied before the app runs (no
 * flash), sharing with a real clipboard, the head after client-side navigation, structured data
 * under the production Trusted Types CSP, and the demo's feed files. Production build, Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { startHandlersHttpServer, type HandlersHttpServer } from '../../mocks/handlers-http-server';
import { DEMO_ATOM_FEED, DEMO_JSON_FEED } from '../../mocks/handlers/feeds';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { describeWithChromium, newPage, waitVisible, type TrackedPage } from './support/chromium';
import { postPath } from '../support/post-path';
import { useProductionSite } from './support/production-site';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(21, 23, 26)';
const SCHEME_KEY = 'lectern:color-scheme';
const post = demoData.posts.find((p) => p.id === 'post-2020-09-25');
if (!post) throw new Error("demo post 'post-2020-09-25' is missing");
const newest = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0];
if (!newest) throw new Error('the demo blog has no posts');

/** The production CSP's script rules, as docs/deploy.md and docs/security.md give them. */
const STRICT_CSP = "script-src 'self'; require-trusted-types-for 'script'";

function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/**
 * A page whose HTML comes with the strict CSP header, with config.json pointing at a native backend.
 * Not the demo: its MSW worker cannot register under Trusted Types (register() gets a plain string).
 * The backend answers on the site's own origin (/api, forwarded to `backendOrigin`), because Chromium's
 * local-network checks refuse a page fulfilled by the test from calling another loopback port; and
 * service workers are blocked, since requests a service worker makes bypass page.route.
 */
async function strictCspPage(browser: Browser, origin: string, backendOrigin: string): Promise<TrackedPage> {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Trusted Type|Content Security Policy/i.test(message.text())) {
      errors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  onTestFinished(async () => {
    await context.close();
    if (errors.length > 0) throw new Error(`The page reported:\n${errors.join('\n')}`);
  });
  await page.route(
    (url) =>
      url.origin === origin && !url.pathname.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
      });
    },
  );
  await page.route(`${origin}/config.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        backend: { kind: 'native', url: `${origin}/api` },
        translate: { provider: 'none' },
      }),
    }),
  );
  await page.route(`${origin}/api/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({
      response: await route.fetch({ url: `${backendOrigin}${url.pathname}${url.search}` }),
    });
  });
  return { page, context, errors, close: () => context.close() };
}

describeWithChromium('reader features in Chromium (production build)', () => {
  const production = useProductionSite();
  const origin = () => production().site.url;
  let api: HandlersHttpServer | undefined;

  beforeAll(async () => {
    api = await startHandlersHttpServer();
    api.use(createNativeHandlers(demoData, `${api.origin}/api`));
  });
  afterAll(async () => {
    await api?.close();
  });

  for (const [stored, system, expected] of [
    ['dark', 'light', DARK_BG],
    ['light', 'dark', LIGHT_BG],
    [null, 'dark', DARK_BG],
  ] as const) {
    test(`stored ${stored ?? 'nothing'} on a ${system} system: ${expected === DARK_BG ? 'dark' : 'light'} before the app runs`, async () => {
      // The app's own scripts are blocked, so only index.html, the CSS and color-scheme.js act.
      const tracked = await newPage(production().browser, {
        ignoreConsoleErrors: [/Failed to load resource/],
      });
      const { page } = tracked;
      await page.emulateMedia({ colorScheme: system });
      if (stored) {
        await page.addInitScript(([key, value]) => window.localStorage.setItem(key, JSON.stringify(value)), [
          SCHEME_KEY,
          stored,
        ] as const);
      }
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(`${origin()}/`, { waitUntil: 'load' });
      // Only index.html's own loading state: nothing the app renders.
      expect(await page.locator('#root').getByRole('status').textContent()).toBe('Loading the blog…');
      expect(await page.locator('#root header, #root footer, #root aside').count()).toBe(0);
      expect(await background(page)).toBe(expected);
      expect(await page.locator('html').getAttribute('data-scheme')).toBe(stored);
    });
  }

  test('the header toggle switches the scheme and the choice survives a reload', async () => {
    const tracked = await newPage(production().browser);
    const { page } = tracked;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${origin()}/`);
    const theme = page.getByRole('group', { name: 'Theme' });
    await waitVisible(tracked, theme, 'the Theme control');
    expect(await background(page)).toBe(LIGHT_BG);
    await theme.getByRole('radio', { name: 'Dark' }).check();
    expect(await theme.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await background(page)).toBe(DARK_BG);
    await page.reload();
    await waitVisible(tracked, theme, 'the Theme control after reload');
    expect(await theme.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await background(page)).toBe(DARK_BG);
  });

  test('Copy link puts the address on the clipboard; Share… only where the browser has a share sheet', async () => {
    const tracked = await newPage(production().browser);
    const { page, context } = tracked;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
    const address = `${origin()}${postPath(post)}`;
    await page.goto(address);
    const share = page.getByRole('region', { name: 'Share this post' });
    await waitVisible(tracked, share, 'the share buttons');
    await share.getByRole('button', { name: 'Copy link' }).click();
    await waitVisible(tracked, share.getByRole('status').getByText('Link copied'), '"Link copied"');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

    const hasShareSheet = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await share.getByRole('button', { name: 'Share…' }).count()).toBe(hasShareSheet ? 1 : 0);
  });

  test('without a share sheet and with copying refused, the link is offered selected in a field', async () => {
    const tracked = await newPage(production().browser);
    const { page } = tracked;
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    const address = `${origin()}${postPath(post)}`;
    await page.goto(address);
    const share = page.getByRole('region', { name: 'Share this post' });
    await waitVisible(tracked, share, 'the share buttons');
    expect(await share.getByRole('button', { name: 'Share…' }).count()).toBe(0);
    await share.getByRole('button', { name: 'Copy link' }).click();
    const field = share.getByRole('textbox', { name: 'Link to this post' });
    await waitVisible(tracked, field, 'the link field');
    expect(await field.inputValue()).toBe(address);
    await expect
      .poll(() =>
        field.evaluate(
          (input: HTMLInputElement) =>
            document.activeElement === input &&
            input.selectionStart === 0 &&
            input.selectionEnd === input.value.length,
        ),
      )
      .toBe(true);
  });

  test('after client navigation the head describes the new page, JSON-LD included, under the strict CSP', async () => {
    if (!api) throw new Error('the native backend did not start');
    const tracked = await strictCspPage(production().browser, origin(), api.origin);
    const { page } = tracked;
    await page.goto(`${origin()}/`);
    const link = page.getByRole('main').getByRole('link', { name: newest.title, exact: true }).first();
    await waitVisible(tracked, link, 'the newest post on the home page');
    expect(
      await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length),
    ).toBe(0);

    await link.click();
    const address = `${origin()}${postPath(newest)}`;
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: newest.title }),
      'the post heading',
    );
    await expect.poll(() => page.title()).toBe(`${newest.title} | ${demoData.blog.title}`);
    // The JSON-LD's code loads on demand (src/components/below-the-fold.tsx), just after the page.
    await expect
      .poll(() =>
        page.evaluate(() => document.head.querySelectorAll('script[type="application/ld+json"]').length),
      )
      .toBeGreaterThan(0);
    const head = await page.evaluate(() => {
      const content = (selector: string) => document.head.querySelector(selector)?.getAttribute('content');
      const ld = document.head.querySelectorAll('script[type="application/ld+json"]');
      return {
        canonical: [...document.head.querySelectorAll('link[rel="canonical"]')].map((l) =>
          l.getAttribute('href'),
        ),
        ogType: content('meta[property="og:type"]'),
        ogUrl: content('meta[property="og:url"]'),
        card: content('meta[name="twitter:card"]'),
        descriptions: document.head.querySelectorAll('meta[name="description"]').length,
        ld: [...ld].map((s) => JSON.parse(s.textContent ?? 'null') as Record<string, unknown>),
      };
    });
    expect(head.canonical).toEqual([address]);
    expect(head.descriptions).toBe(1);
    expect(head.ogType).toBe('article');
    expect(head.ogUrl).toBe(address);
    expect(head.card).toBe('summary_large_image');
    expect(head.ld).toHaveLength(1);
    expect(head.ld[0]).toMatchObject({ '@type': 'BlogPosting', headline: newest.title, url: address });
    expect(tracked.errors).toEqual([]);

    await page.goBack();
    await waitVisible(tracked, link, 'the home page again');
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length))
      .toBe(0);
  });

  test("the demo's feed links lead to real feeds", async () => {
    const tracked = await newPage(production().browser);
    const { page } = tracked;
    await page.goto(`${origin()}/`);
    const footer = page.getByRole('contentinfo');
    const jsonLink = footer.getByRole('link', { name: 'Posts (JSON Feed)' });
    await waitVisible(tracked, jsonLink, 'the JSON Feed link');
    const jsonHref = await jsonLink.getAttribute('href');
    const atomHref = await footer.getByRole('link', { name: 'Posts (Atom)' }).getAttribute('href');
    expect(jsonHref).toBe(`${origin()}/${DEMO_JSON_FEED}`);
    expect(atomHref).toBe(`${origin()}/${DEMO_ATOM_FEED}`);

    const json = await page.request.get(jsonHref ?? '');
    expect(json.status()).toBe(200);
    const feed = (await json.json()) as { items: { title: string }[] };
    expect(feed.items[0]?.title).toBe(newest.title);
    const atom = await page.request.get(atomHref ?? '');
    expect(atom.headers()['content-type']).toMatch(/xml/);
    expect(await atom.text()).toContain(`<title>${demoData.blog.title}</title>`);
  });
});
