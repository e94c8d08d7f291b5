/**
 * Lighthouse 12 through its node API, with its defaults: the mobile preset (Moto G Power screen,
 * 4× CPU slowdown) and simulated throttling (150 ms RTT, 1.6 Mbps). One Chromium, started by
 * chrome-launcher, serves every run; Lighthouse clears storage and cache before each navigation.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result as LighthouseResult } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseRun = {
  url: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** The audits that kept a category below 100: id, score and title, for the report. */
  misses: { category: Category; id: string; score: number | null; title: string }[];
  reportFile: string;
};

export type LighthouseRunner = {
  run(url: string, name: string): Promise<LighthouseRun>;
  close(): Promise<void>;
};

function numeric(lhr: LighthouseResult, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

function missesOf(lhr: LighthouseResult): LighthouseRun['misses'] {
  const misses: LighthouseRun['misses'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      misses.push({ category, id: ref.id, score: audit.score, title: audit.title });
    }
  }
  return misses;
}

export async function startLighthouse(resultsDir: string): Promise<LighthouseRunner> {
  if (!chromiumPath) throw new Error('Lighthouse needs Chromium (set CHROMIUM_PATH)');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath,
    chromeFlags: CHROMIUM_ARGS,
  });
  return {
    async run(url, name) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      const reportFile = join(resultsDir, `lighthouse-${name}.json`);
      writeFileSync(reportFile, typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
      const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      return {
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: numeric(lhr, 'largest-contentful-paint'),
        fcpMs: numeric(lhr, 'first-contentful-paint'),
        tbtMs: numeric(lhr, 'total-blocking-time'),
        cls: numeric(lhr, 'cumulative-layout-shift'),
        misses: missesOf(lhr),
        reportFile,
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
