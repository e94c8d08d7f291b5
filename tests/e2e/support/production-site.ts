import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppBuild } from './build';
import { launchBrowser } from './chromium';
import { startStaticServer, type StaticServer } from './static-server';

export type ProductionSite = { build: AppBuild; site: StaticServer; browser: Browser };

/**
 * The usual stage of an e2e file: one production build, served from dist/ by a plain static server,
 * and one Chromium, started before the file's tests and stopped after them. Call it inside a
 * describe block; the returned function hands the running pieces to a test.
 */
export function useProductionSite(): () => ProductionSite {
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await buildApp();
    site = await startStaticServer(build.outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await build?.cleanup();
  });

  return () => {
    if (!build || !site || !browser) throw new Error('the production site did not start');
    return { build, site, browser };
  };
}
