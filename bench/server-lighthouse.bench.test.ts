/**
 * Server rendering, Lighthouse: the same four pages as bench/lighthouse.bench.test.ts (home, a post,
 * a month archive, a profile), this time served by `npm start` (the server bundle in its own Node
 * process, as shipped) in front of the native JSON backend over real HTTP on 127.0.0.1, with
 * Lighthouse 12's mobile defaults (bench/support/lighthouse.ts: simulated throttling, 4× CPU).
 * Each page: performance ≥ 98, TBT ≤ 100 ms, CLS ≤ 0.01. Then the post's LCP against the same post
 * as static HTML (bench/support/static-post.tsx, served by the bench's static host), both measured
 * in this file with the same Lighthouse, median of 3 each: at most 1.1×.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../mocks/data/index';
import { describeWithChromium } from '../tests/e2e/support/chromium';
import { misses, writeFigures, type Figure } from './support/figures';
import { startBenchLecternServer, type BenchLecternServer } from './support/lectern-server';
import { startLighthouse, type LighthouseRun, type LighthouseRunner } from './support/lighthouse';
import { POST_PATH } from './support/server-pages';
import { RESULTS_DIR, startStage, type BenchStage } from './support/stage';
import { renderStaticPage } from './support/static-post';

const STATIC_POST_PATH = '/bench-static/post.html';
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: POST_PATH },
  { name: 'month-archive', path: '/2024/09/' },
  { name: 'profile', path: '/profile/marisol-vega' },
] as const;
const LCP_RUNS = 3;
const TARGET = { performance: 98, tbtMs: 100, cls: 0.01, lcpRatio: 1.1 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describeWithChromium('Lighthouse on pages served by npm start', () => {
  let stage: BenchStage | undefined;
  let server: BenchLecternServer | undefined;
  let lighthouse: LighthouseRunner | undefined;

  beforeAll(async () => {
    stage = await startStage(demoData);
    const html = await renderStaticPage(readFileSync(join(stage.distDir, 'index.html'), 'utf8'), {
      apiUrl: stage.api.url,
      siteUrl: stage.site.url,
      path: POST_PATH,
    });
    stage.site.put(STATIC_POST_PATH, html);
    writeFileSync(join(RESULTS_DIR, 'server-static-post.html'), html);
    server = await startBenchLecternServer(stage.distDir, {
      backend: { kind: 'native', url: stage.api.url },
    });
    lighthouse = await startLighthouse(RESULTS_DIR);
  });

  afterAll(async () => {
    await lighthouse?.close();
    await server?.close();
    await stage?.close();
  });

  test('scores, TBT, CLS and the post LCP against static HTML', async () => {
    if (!stage || !server || !lighthouse) throw new Error('set-up failed');
    const figures: Figure[] = [];
    const runs: Record<string, LighthouseRun> = {};
    for (const { name, path } of PAGES) {
      const run = await lighthouse.run(`${server.url}${path}`, `server-${name}`);
      runs[name] = run;
      const group = `6 Server Lighthouse ${name}`;
      figures.push(
        {
          group,
          name: 'performance',
          value: run.scores.performance,
          unit: '',
          kind: 'min',
          target: TARGET.performance,
        },
        {
          group,
          name: 'TBT (simulated)',
          value: Math.round(run.tbtMs),
          unit: 'ms',
          kind: 'max',
          target: TARGET.tbtMs,
        },
        {
          group,
          name: 'CLS',
          value: Math.round(run.cls * 1000) / 1000,
          unit: '',
          kind: 'max',
          target: TARGET.cls,
        },
        { group, name: 'FCP (simulated)', value: Math.round(run.fcpMs), unit: 'ms', kind: 'info' },
        { group, name: 'LCP (simulated)', value: Math.round(run.lcpMs), unit: 'ms', kind: 'info' },
        { group, name: 'accessibility', value: run.scores.accessibility, unit: '', kind: 'info' },
        { group, name: 'best practices', value: run.scores['best-practices'], unit: '', kind: 'info' },
        { group, name: 'SEO', value: run.scores.seo, unit: '', kind: 'info' },
      );
      if (run.misses.length) {
        console.log(
          `\nLighthouse server ${name} audits below 0.9:\n${run.misses.map((m) => `  ${m.category}/${m.id} (${m.score}): ${m.title}`).join('\n')}`,
        );
      }
    }

    const serverLcp = [runs.post?.lcpMs ?? Number.NaN];
    const staticLcp: number[] = [];
    for (let i = 0; i < LCP_RUNS; i++) {
      staticLcp.push(
        (await lighthouse.run(`${stage.site.url}${STATIC_POST_PATH}`, `server-static-post-${i + 1}`)).lcpMs,
      );
      if (i > 0) {
        serverLcp.push((await lighthouse.run(`${server.url}${POST_PATH}`, `server-post-${i + 1}`)).lcpMs);
      }
    }
    const rendered = median(serverLcp);
    const plain = median(staticLcp);
    const group = '6 Server: post LCP vs static HTML';
    figures.push(
      {
        group,
        name: `npm start post LCP (median of ${LCP_RUNS})`,
        value: Math.round(rendered),
        unit: 'ms',
        kind: 'info',
      },
      {
        group,
        name: `static HTML LCP (median of ${LCP_RUNS})`,
        value: Math.round(plain),
        unit: 'ms',
        kind: 'info',
      },
      {
        group,
        name: 'ratio npm start / static',
        value: Math.round((rendered / plain) * 100) / 100,
        unit: '×',
        kind: 'max',
        target: TARGET.lcpRatio,
      },
    );
    writeFigures('server-lighthouse', figures);
    console.log(`\nBENCH server-lighthouse ${JSON.stringify(figures)}\n`);
    expect(misses(figures)).toEqual([]);
  });
});
