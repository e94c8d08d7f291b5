/**
 * One production build, pointed at each backend by changing only config.json: mocks of WordPress,
 * Blogger, Ghost and JSON Feed that speak their real wire formats (the handlers the contract suite
 * uses) over HTTP on 127.0.0.1. Each must show home, a post, the archive and, where the backend has
 * profiles, an author.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_BLOGGER_BLOG_ID, createBloggerHandlers } from '../../mocks/handlers/blogger';
import { demoData } from '../../mocks/data/index';
import { DEMO_GHOST_KEY, createGhostHandlers } from '../../mocks/handlers/ghost';
import { createJsonFeedHandlers } from '../../mocks/handlers/json-feed';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { startHandlersHttpServer, type HandlersHttpServer } from '../../mocks/handlers-http-server';
import { buildApp, type AppBuild, writeSiteConfig } from './support/build';
import { describeWithChromium, launchBrowser, newPage, waitVisible } from './support/chromium';
import { postPath } from '../support/post-path';
import { startStaticServer, type StaticServer } from './support/static-server';

const newest = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0];
const withComments = demoData.posts.find((p) => p.id === 'post-2020-06-23');
/** Titles as a reader sees them: WordPress typesets straight quotes as curly ones. */
function loose(title: string): RegExp {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/['‘’]/g, "['‘’]"));
}

type Backend = {
  kind: string;
  config: (origin: string) => Record<string, unknown>;
  handlers: (origin: string) => ReturnType<typeof createGhostHandlers>;
  comments: boolean;
};

const backends: Backend[] = [
  {
    kind: 'wordpress',
    config: (origin) => ({ kind: 'wordpress', url: origin }),
    handlers: (origin) => createWordPressHandlers(demoData, origin),
    comments: true,
  },
  {
    kind: 'blogger',
    config: (origin) => ({
      kind: 'blogger',
      blogId: DEMO_BLOGGER_BLOG_ID,
      key: 'e2e-key',
      url: `${origin}/blogger/v3`,
    }),
    handlers: (origin) => createBloggerHandlers(demoData, `${origin}/blogger/v3`),
    comments: true,
  },
  {
    kind: 'ghost',
    config: (origin) => ({ kind: 'ghost', url: origin, key: DEMO_GHOST_KEY }),
    handlers: (origin) => createGhostHandlers(demoData, origin, { key: DEMO_GHOST_KEY }),
    comments: false,
  },
  {
    kind: 'jsonfeed',
    config: (origin) => ({ kind: 'jsonfeed', url: `${origin}/feed.json` }),
    handlers: (origin) => createJsonFeedHandlers(demoData, `${origin}/feed.json`),
    comments: false,
  },
];

describeWithChromium('one build, every backend, by config.json alone', () => {
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let api: HandlersHttpServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await buildApp();
    site = await startStaticServer(build.outDir);
    api = await startHandlersHttpServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await site?.close();
    await build?.cleanup();
  });

  describe.each(backends)('$kind', (backend) => {
    test('home, a post with its comments, the archive', async () => {
      if (!browser || !site || !api || !build || !newest || !withComments) throw new Error('set-up failed');
      api.use(backend.handlers(api.origin));
      writeSiteConfig(build.outDir, { backend: backend.config(api.origin), translate: { provider: 'none' } });
      const tracked = await newPage(browser);
      const { page } = tracked;

      await page.goto(`${site.url}/`);
      await waitVisible(
        tracked,
        page.getByRole('link', { name: loose(newest.title) }).first(),
        'the newest post',
      );

      await page.goto(`${site.url}${postPath(withComments)}`);
      await waitVisible(
        tracked,
        page.getByRole('heading', { level: 1, name: loose(withComments.title) }),
        'a post',
      );
      if (backend.comments) {
        await waitVisible(
          tracked,
          page.getByRole('article', { name: 'Comment by Hoang Nguyen' }).first(),
          'its comments',
        );
      } else {
        expect(await page.getByRole('region', { name: /comments?:$/ }).count()).toBe(0);
      }

      await page.goto(`${site.url}/2020/09/`);
      await waitVisible(
        tracked,
        page.getByRole('heading', { level: 1, name: /Posts from September 2020/ }),
        'a month',
      );
      expect(tracked.errors).toEqual([]);
    });
  });
});
