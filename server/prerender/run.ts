import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { BlogApi } from '../../src/api/types';
import type { RenderToHtml } from '../render-html';
import type { LecternConfig } from '../server-config';
import { MANIFEST_FILE, planRun, readManifest, writeManifest, type Manifest } from './manifest';
import { headersFile, netlifyRedirects, nginxRedirects, redirectsOf, type Redirect } from './redirects-file';
import { robotsWithSitemap, sitemapFiles } from './sitemap';
import { backendApi } from './page-renderer';
import { inThreadPool, workerPool, type RenderPool } from './render-pool';
import { staticPagePlan, walkBlog, type PlannedPage } from './walk';

/**
 * `npm run prerender`: walks the configured backend (server/prerender/walk.ts), renders each address
 * with the server's own render (server/render.tsx, as `npm start` answers it), and writes the pages,
 * sitemap.xml, robots.txt and the static hosts' redirect and header files into the output folder. A
 * second run renders only the pages whose data changed (server/prerender/manifest.ts) and removes those
 * that no longer exist. A page that fails is reported with its address; the others are still written.
 */

export type PrerenderOptions = {
  config: LecternConfig;
  /** The build (dist/): its index.html (or 200.html, once a run has put the home page in its place). */
  distDir: string;
  /** Where the site is written; the build's files are copied there first when it is another folder. */
  outDir?: string;
  /** How the backend is reached (tests pass a mock); the platform's fetch by default. */
  fetchFn?: typeof fetch;
  /** Render every page, whatever the last run wrote. */
  full?: boolean;
  log?: (line: string) => void;
  /** The progress line (`812/10,000 pages · 41 s`), about once a second. */
  progress?: (line: string) => void;
  /** Pages rendered at a time (each waits on the backend in turn). */
  renderConcurrency?: number;
  /**
   * Render in worker threads: `script` is the prerender entry (it serves a worker when started as
   * one), `count` how many. In this thread when unset (tests, and `--workers 0`).
   */
  workers?: { script: string; count: number };
  renderToHtml?: RenderToHtml;
};

export type PageFailure = { path: string; reason: string };

export type PrerenderResult = {
  pages: number;
  rendered: string[];
  kept: number;
  removed: string[];
  failed: PageFailure[];
  ms: number;
};

export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

/** The shell the app starts from on addresses with no file (the build's index.html), kept as 200.html. */
export const SHELL_FILE = '200.html';
const NGINX_FILE = 'lectern-redirects.conf';
/** Pages to render from which worker threads are used (when asked for). */
const WORKERS_FROM = 300;

const STATE_MARK = 'id="lectern-state"';

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

async function readShell(distDir: string): Promise<string> {
  const kept = join(distDir, SHELL_FILE);
  if (existsSync(kept)) return readFile(kept, 'utf8');
  const built = await readFile(join(distDir, 'index.html'), 'utf8').catch(() => {
    throw new PrerenderError(`${join(distDir, 'index.html')} is missing: run npm run build first.`);
  });
  if (built.includes(STATE_MARK)) {
    throw new PrerenderError(
      `${join(distDir, 'index.html')} is a prerendered page and ${SHELL_FILE} is missing: run npm run build again.`,
    );
  }
  return built;
}

/** Removes a page's file, and the folders it leaves empty (up to the output folder). */
async function removeUnder(root: string, file: string): Promise<void> {
  const target = resolve(root, file);
  if (!target.startsWith(root + sep)) return;
  await rm(target, { force: true });
  for (let dir = dirname(target); dir.startsWith(root + sep); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
}

/** Runs `task` over `items`, `slots` at a time. */
async function eachLimited<T>(
  items: readonly T[],
  slots: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(slots, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  });
  await Promise.all(workers);
}

export async function prerender(options: PrerenderOptions): Promise<PrerenderResult> {
  const started = Date.now();
  const { config, log = () => {}, progress } = options;
  if (!config.siteUrl) {
    throw new PrerenderError(
      'config.json has no siteUrl. Prerendering writes absolute addresses (sitemap.xml, canonical links): ' +
        'add "siteUrl": "https://blog.example.org/" (the blog\'s public address).',
    );
  }
  const siteUrl = config.siteUrl;
  const distDir = resolve(options.distDir);
  const outDir = resolve(options.outDir ?? distDir);
  const shell = await readShell(distDir);
  await mkdir(outDir, { recursive: true });
  if (outDir !== distDir) {
    // The build's files beside the pages: the output folder is the whole site.
    await cp(distDir, outDir, {
      recursive: true,
      filter: (source) => {
        const rel = source.slice(distDir.length + 1);
        return rel !== 'index.html' && rel !== SHELL_FILE && rel !== MANIFEST_FILE;
      },
    });
  }
  await writeFile(join(outDir, SHELL_FILE), shell);

  const base = import.meta.env.BASE_URL;
  // The walk's own adapter (and the static pages found while rendering); the pages render in the pool.
  const api: BlogApi = backendApi(config, config.prerender.concurrency, options.fetchFn, log);
  const pools: RenderPool[] = [];
  try {
    return await run();
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }

  async function run(): Promise<PrerenderResult> {
    const previous = options.full ? null : await readManifest(outDir);
    const stamp = createHash('sha1').update(shell).update(JSON.stringify(config)).digest('base64url');
    const previousStatic = Object.values(previous?.pages ?? {})
      .map(({ path }) => /^\/p\/(.+)\.html$/.exec(path)?.[1])
      .filter((slug): slug is string => slug !== undefined)
      .map((slug) => decodeURIComponent(slug));

    log(`Reading the blog (${config.backend.kind} backend)…`);
    const walk = await walkBlog(api, {
      staticPages: [...new Set([...config.prerender.pages, ...previousStatic])],
      previousHome: previous?.stamp === stamp ? previous.home : undefined,
      onProgress: (posts) =>
        progress?.(`listing posts: ${formatCount(posts)} · ${Math.round((Date.now() - started) / 1000)} s`),
    });
    const pages: PlannedPage[] = [...walk.pages];
    const plan = planRun(pages, previous, stamp);
    // A file the last run wrote and someone removed since is written again.
    const missing = await Promise.all(
      plan.keep.map(async (page) => !(await stat(join(outDir, page.file)).catch(() => null))),
    );
    const render = [...plan.render, ...plan.keep.filter((_, i) => missing[i])];
    const keep = plan.keep.filter((_, i) => !missing[i]);
    log(
      `${formatCount(pages.length)} pages: ${formatCount(render.length)} to render, ${formatCount(keep.length)} unchanged, ${formatCount(plan.remove.length)} gone.`,
    );

    // Worker threads pay for themselves past a few hundred pages (each loads the app and jsdom first).
    const workers =
      options.workers && options.workers.count > 0 && render.length >= WORKERS_FROM ? options.workers : null;
    const renderPool: RenderPool = workers
      ? workerPool(
          workers.script,
          workers.count,
          { config, shell, outDir, concurrency: config.prerender.concurrency },
          log,
        )
      : inThreadPool({
          config,
          shell,
          outDir,
          concurrency: config.prerender.concurrency,
          fetchFn: options.fetchFn,
          renderToHtml: options.renderToHtml,
          log,
        });
    pools.push(renderPool);

    const rendered: string[] = [];
    const failed = new Map<string, PageFailure>();
    const redirected: Redirect[] = [];
    const known = new Set(pages.map((page) => page.file));
    let loader: string | null = null;
    let done = 0;
    let total = render.length;
    let lastProgress = 0;
    const tell = (force = false) => {
      const now = Date.now();
      if (!progress || (!force && now - lastProgress < 1_000)) return;
      lastProgress = now;
      progress(`${formatCount(done)}/${formatCount(total)} pages · ${Math.round((now - started) / 1000)} s`);
    };

    async function renderOne(page: PlannedPage): Promise<void> {
      const outcome = await renderPool.render(page);
      done += 1;
      tell();
      if (outcome.kind === 'redirect') {
        redirected.push({ from: page.path, to: outcome.to });
        failed.delete(page.path);
        return;
      }
      if (outcome.kind === 'failed') {
        failed.set(page.path, { path: page.path, reason: outcome.reason });
        return;
      }
      if (loader === null) loader = outcome.loader;
      else if (loader !== outcome.loader) {
        failed.set(page.path, {
          path: page.path,
          reason: 'its start-up script differs from the other pages',
        });
        return;
      }
      failed.delete(page.path);
      rendered.push(page.path);
      // Static pages are in no list of the backend's: those the blog links to are found here.
      for (const slug of outcome.linked) {
        const found = await api.getStaticPage(slug).catch(() => null);
        const plan = found ? staticPagePlan(walk.site, slug, found) : null;
        if (!plan || known.has(plan.file)) continue;
        known.add(plan.file);
        pages.push(plan);
        discovered.push(plan);
      }
    }

    const slots = options.renderConcurrency ?? Math.max(2, config.prerender.concurrency * 2);
    let discovered: PlannedPage[] = [];
    let queue = render;
    while (queue.length > 0) {
      discovered = [];
      await eachLimited(queue, slots, renderOne);
      // A discovered static page is new to this run, or changed since the last one's key.
      queue = discovered.filter(
        (page) => previous?.stamp !== stamp || previous.pages[page.file]?.key !== page.key,
      );
      keep.push(...discovered.filter((page) => !queue.includes(page)));
      total += queue.length;
    }
    // One more try for what failed, once the rest is written: a backend that was busy may answer now.
    const retry = render.filter((page) => failed.has(page.path));
    if (retry.length > 0) {
      log(`Trying ${retry.length} failed page${retry.length === 1 ? '' : 's'} again…`);
      total += retry.length;
      await eachLimited(retry, slots, renderOne);
    }
    tell(true);
    if (!existsSync(join(outDir, 'index.html'))) await writeFile(join(outDir, 'index.html'), shell);

    for (const file of plan.remove) await removeUnder(outDir, file);

    // What the host reads beside the pages.
    const written = pages.filter(
      (page) => !failed.has(page.path) && !redirected.some((r) => r.from === page.path),
    );
    const entries = written
      .filter((page) => page.inSitemap)
      .map((page) => ({ path: page.path, lastmod: page.lastmod }));
    const sitemaps = sitemapFiles(siteUrl, entries);
    for (const name of await readdir(outDir)) {
      if (/^sitemap-\d+\.xml$/.test(name) && !(name in sitemaps)) await rm(join(outDir, name));
    }
    for (const [name, text] of Object.entries(sitemaps)) await writeFile(join(outDir, name), text);
    const robots = await readFile(join(distDir, 'robots.txt'), 'utf8').catch(
      () => 'User-agent: *\nAllow: /\n',
    );
    await writeFile(join(outDir, 'robots.txt'), robotsWithSitemap(robots, siteUrl));
    let oldAddresses: Redirect[] = [];
    try {
      oldAddresses = (await api.listOldAddresses?.()) ?? [];
    } catch (error) {
      // Reported like a page that failed: the exit code says the redirects are not all there.
      failed.set('_redirects', {
        path: '_redirects',
        reason: `the backend's old addresses could not be listed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    const redirects = [...redirected, ...redirectsOf(written, oldAddresses)];
    await writeFile(join(outDir, '_redirects'), netlifyRedirects(redirects, base));
    await writeFile(join(outDir, '_headers'), headersFile(config));
    await writeFile(join(outDir, NGINX_FILE), nginxRedirects(redirects));

    const manifest: Manifest = { version: 1, stamp, pages: {}, home: walk.home };
    for (const page of pages) {
      if (redirected.some((r) => r.from === page.path)) continue;
      // A page that failed keeps its file (if an earlier run wrote one) but no key: the next run renders it.
      manifest.pages[page.file] = { path: page.path, key: failed.has(page.path) ? '' : page.key };
    }
    await writeManifest(outDir, manifest);

    return {
      pages: pages.length,
      rendered,
      kept: keep.length,
      removed: plan.remove,
      failed: [...failed.values()],
      ms: Date.now() - started,
    };
  }
}
