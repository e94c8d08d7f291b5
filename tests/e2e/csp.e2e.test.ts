/**
 * The production build under the strict Content Security Policy of docs/security.md, sent as a
 * header with every file, reading a native backend over HTTP and translating with a LibreTranslate
 * mock: a reader's whole journey (home, a post, its comments, writing one, archive, label, search,
 * profile, translation, back) must raise no CSP or Trusted Types violation at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { createLibreTranslateHandlers } from '../../mocks/handlers/libretranslate';
import { startHandlersHttpServer, type HandlersHttpServer } from '../../mocks/handlers-http-server';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { buildApp, REPO_ROOT, type AppBuild, writeSiteConfig } from './support/build';
import {
  describeWithChromium,
  launchBrowser,
  newPage,
  waitVisible,
  type TrackedPage,
} from './support/chromium';
import { step } from './support/journey-helpers';
import { postPath } from '../support/post-path';
import { startStaticServer, type StaticServer } from './support/static-server';

/** What the policy must hold whatever else a deploy adds (issue 9). */
const REQUIRED = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
];

/** The example backend origin of the documented header, which a deploy replaces with its own. */
const EXAMPLE_BACKEND = 'https://api.blog.example';

/** The header docs/security.md tells deploys to send: the test serves exactly that. */
function documentedPolicy(): string {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'security.md'), 'utf8');
  const header = /^Content-Security-Policy: (.+)$/m.exec(doc)?.[1];
  if (!header) throw new Error('docs/security.md shows no Content-Security-Policy header line');
  return header.trim();
}

/** The documented policy with a backend's (and translator's) origins in place of the example. */
function policyFor(origins: readonly string[]): string {
  return documentedPolicy().replace(EXAMPLE_BACKEND, origins.join(' '));
}

const withComments = demoData.posts.find((p) => p.id === 'post-2020-06-23');
const newest = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0];

type Violations = { list(): Promise<string[]> };

/** Collects `securitypolicyviolation` events (from before the first script) and CSP console messages. */
async function collectViolations(tracked: TrackedPage): Promise<Violations> {
  const { page, context } = tracked;
  const fromConsole: string[] = [];
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ` +
          `${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(message.text())) {
      fromConsole.push(`console: ${message.text()}`);
    }
  });
  return {
    async list() {
      const events = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => ['(the page could not be read)']);
      return [...events, ...fromConsole];
    },
  };
}

/** Chromium's on-device Translator would be chosen over LibreTranslate: hidden, as in a browser without it. */
async function withoutOnDeviceTranslation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'Translator');
    Reflect.deleteProperty(window, 'LanguageDetector');
  });
}

describeWithChromium('the strict Content Security Policy', () => {
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let api: NativeHttpServer | undefined;
  let translator: HandlersHttpServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await buildApp();
    api = await startNativeHttpServer(demoData);
    translator = await startHandlersHttpServer();
    translator.use(createLibreTranslateHandlers({ base: `${translator.origin}/translate` }));
    const apiOrigin = new URL(api.url).origin;
    site = await startStaticServer(build.outDir, {
      headers: { 'Content-Security-Policy': policyFor([apiOrigin, translator.origin]) },
    });
    writeSiteConfig(build.outDir, {
      backend: { kind: 'native', url: api.url },
      translate: { provider: 'libretranslate', url: `${translator.origin}/translate` },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await translator?.close();
    await api?.close();
    await site?.close();
    await build?.cleanup();
  });

  test('the documented header is strict, and names the backend where connect-src says', () => {
    const policy = documentedPolicy();
    for (const directive of REQUIRED) expect(policy).toContain(directive);
    expect(policy).toMatch(new RegExp(`connect-src [^;]*${EXAMPLE_BACKEND.replaceAll('.', '\\.')}`));
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
  });

  test('a whole reading journey raises no violation', async () => {
    if (!browser || !site || !withComments || !newest) throw new Error('set-up failed');
    const tracked = await newPage(browser);
    const { page } = tracked;
    await withoutOnDeviceTranslation(page);
    const violations = await collectViolations(tracked);
    const none = async (where: string) => {
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      expect(await violations.list(), `violations by ${where}`).toEqual([]);
    };

    await step(page, 'home', async () => {
      await page.goto(`${site?.url}/`);
      await waitVisible(tracked, page.getByRole('link', { name: newest.title }).first(), 'the newest post');
      await none('home');
    });

    await step(page, 'a post, opened from home', async () => {
      await page.getByRole('link', { name: newest.title }).first().click();
      await waitVisible(tracked, page.getByRole('heading', { level: 1, name: newest.title }), 'the post');
      await none('the post');
    });

    await step(page, 'read comments, then write one', async () => {
      await page.goto(`${site?.url}${postPath(withComments)}`);
      await waitVisible(
        tracked,
        page.getByRole('article', { name: 'Comment by Hoang Nguyen' }).first(),
        'the comments',
      );
      const form = page.getByRole('form', { name: 'Post a Comment' });
      await form.getByRole('textbox', { name: 'Comment' }).fill('Clear and <b>useful</b>, thank you.');
      await form.getByRole('textbox', { name: /Name/ }).fill('Ines Carvalho');
      await form.getByRole('button', { name: 'Publish' }).click();
      await waitVisible(
        tracked,
        page.getByRole('article', { name: 'Comment by Ines Carvalho' }),
        'my comment',
      );
      await none('comments');
    });

    await step(page, 'archive, then a label', async () => {
      await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Archive' }).click();
      await waitVisible(tracked, page.getByRole('heading', { level: 1, name: /archive/i }), 'the archive');
      const label = withComments.labels[0] ?? '';
      await page.goto(`${site?.url}${postPath(withComments)}`);
      await page.getByRole('link', { name: label, exact: true }).first().click();
      await waitVisible(
        tracked,
        page.getByRole('heading', { level: 1, name: new RegExp(label) }),
        'the label',
      );
      await none('archive and label');
    });

    await step(page, 'search', async () => {
      await page.getByRole('searchbox', { name: 'Search this blog' }).fill('visa');
      await page.getByRole('searchbox', { name: 'Search this blog' }).press('Enter');
      await waitVisible(tracked, page.getByRole('heading', { level: 1, name: /visa/ }), 'the results');
      await none('search');
    });

    await step(page, 'profile', async () => {
      await page.getByRole('link', { name: 'View my complete profile' }).first().click();
      await waitVisible(
        tracked,
        page.getByRole('heading', { level: 1, name: demoData.authors[0]?.displayName }),
        'the profile',
      );
      await none('profile');
    });

    await step(page, 'translate a post, then go back', async () => {
      await page.goto(`${site?.url}${postPath(withComments)}`);
      const widget = page.getByRole('region', { name: 'Translate' });
      await widget.getByRole('option', { name: 'Français' }).waitFor({ state: 'attached' });
      await widget.getByRole('combobox', { name: 'Select Language' }).selectOption('fr');
      await waitVisible(
        tracked,
        page.getByRole('heading', { level: 1, name: `[fr] ${withComments.title}` }),
        'the translated title',
      );
      await page.goBack();
      await page.goBack();
      await waitVisible(tracked, page.getByRole('heading', { level: 1 }), 'the page before');
      await none('translation and back');
    });
  });

  test('the collector sees a violation when one happens', async () => {
    if (!browser || !site) throw new Error('set-up failed');
    // Expected here: the page reports the violations this test provokes.
    const tracked = await newPage(browser, { ignoreConsoleErrors: [/.*/] });
    const { page } = tracked;
    const violations = await collectViolations(tracked);
    await page.goto(`${site.url}/`);
    await waitVisible(tracked, page.getByRole('heading', { level: 1 }).first(), 'home');
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.setAttribute('style', 'outline: 3px solid red');
      document.body.append(box);
      try {
        box.innerHTML = '<b>raw string</b>';
      } catch {
        // Trusted Types refuse the string: that refusal is what is reported.
      }
    });
    await expect.poll(async () => (await violations.list()).join('\n')).toMatch(/style-src/);
    await expect.poll(async () => (await violations.list()).join('\n')).toMatch(/require-trusted-types-for/);
  });
});
