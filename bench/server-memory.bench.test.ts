/**
 * Server rendering: the resident memory of `npm start` (VmRSS of the server process, /proc) before
 * and after 100,000 page requests. The server runs as shipped (no NODE_ENV) over the bench's build,
 * in front of the native JSON backend over real HTTP on 127.0.0.1, every setting at its default but
 * the page cache (`pageCacheSeconds: 0`): the 100,000 requests are 100,000 renders, so what a render
 * leaves behind shows (with the page cache each page would be rendered once per 10 s; its own size is
 * bounded and tested in tests/server/page-cache.test.ts).
 *
 * The requests are every page of the demo blog in turn (home, each post, month archive, label page
 * and profile: what a day of readers and crawlers asks for, so anything kept per address shows), from
 * autocannon with 10 connections and a browser's headers (pages brotli-compressed). A warm-up of
 * 3,000 requests first lets the heap, the backend cache and the sanitizer's cache reach their working
 * size. RSS is read once a second through the run: under load it swings by ±100 MB with each
 * garbage collection (250–400 MB here), so one reading at each end could show growth that is not
 * there, or hide growth that is. "Before" is the median of the readings in the run's first minute,
 * "after" the median of its last minute; "does not grow" means after / before ≤ 1.2 (a leak of even
 * 1 KB per request would add 100 MB, well past that). The single readings 2 s after the warm-up and
 * 2 s after the last request are reported too. The run stops after 30 minutes even if the 100,000
 * are not done; the count made is a figure of its own, so a shortened run cannot pass.
 */
import autocannon, { type AutocannonResult } from 'autocannon';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../mocks/data/index';
import { misses, writeFigures, type Figure } from './support/figures';
import { startBenchLecternServer, type BenchLecternServer } from './support/lectern-server';
import { median } from './support/in-page';
import { BROWSER_HEADERS, everyPage, mb } from './support/server-pages';
import { RESULTS_DIR, startStage, type BenchStage } from './support/stage';

/** LECTERN_BENCH_SERVER_REQUESTS shortens the run while working on this file; the bench uses 100,000. */
const REQUESTS = Number(process.env.LECTERN_BENCH_SERVER_REQUESTS ?? 100_000);
const WARM_UP = 3_000;
const CONNECTIONS = 10;
const TIME_LIMIT_MS = 30 * 60_000;
const GROWTH_LIMIT = 1.2;
const SAMPLE_MS = 1_000;
/** Readings at each end of the run whose median is "before" and "after". */
const END_S = 60;

let stage: BenchStage | undefined;
let server: BenchLecternServer | undefined;

beforeAll(async () => {
  stage = await startStage(demoData);
  server = await startBenchLecternServer(stage.distDir, {
    backend: { kind: 'native', url: stage.api.url },
    server: { pageCacheSeconds: 0 },
  });
});

afterAll(async () => {
  await server?.close();
  await stage?.close();
});

function load(url: string, amount: number, limitMs: number): Promise<AutocannonResult> {
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    headers: BROWSER_HEADERS,
    requests: everyPage().map((path) => ({ method: 'GET', path })),
  });
  const timer = setTimeout(() => instance.stop(), limitMs);
  return Promise.resolve(instance).finally(() => clearTimeout(timer));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test(
  `resident memory of the server before and after ${REQUESTS.toLocaleString('en-US')} requests`,
  async () => {
    if (!server) throw new Error('set-up failed');
    const running = server;
    const started = running.rssBytes();
    const warmUp = await load(running.url, WARM_UP, 5 * 60_000);
    await pause(2_000);
    const before = running.rssBytes();

    const samples: { atS: number; rssMb: number }[] = [];
    const t0 = Date.now();
    const sampler = setInterval(
      () => samples.push({ atS: (Date.now() - t0) / 1000, rssMb: mb(running.rssBytes()) }),
      SAMPLE_MS,
    );
    let result: AutocannonResult;
    try {
      result = await load(running.url, REQUESTS, TIME_LIMIT_MS);
    } finally {
      clearInterval(sampler);
    }
    await pause(2_000);
    const after = running.rssBytes();
    const peak = Math.max(...samples.map((sample) => sample.rssMb));
    const last = samples.at(-1)?.atS ?? 0;
    const first = median(samples.filter((sample) => sample.atS <= END_S).map((sample) => sample.rssMb));
    const final = median(samples.filter((sample) => sample.atS > last - END_S).map((sample) => sample.rssMb));
    const made = result.requests.total;
    const failed = result.errors + result.timeouts + result.non2xx + warmUp.errors + warmUp.non2xx;
    writeFileSync(
      join(RESULTS_DIR, 'server-memory.json'),
      `${JSON.stringify({ startedMb: mb(started), idleBeforeMb: mb(before), idleAfterMb: mb(after), firstMinuteMb: first, lastMinuteMb: final, made, durationS: result.duration, samples }, null, 2)}\n`,
    );
    console.log(
      `server memory: RSS ${mb(started)} MB at start, ${mb(before)} MB after ${WARM_UP} warm-up requests, ${mb(after)} MB after ${made} more in ${result.duration} s; under load: median ${first} MB in the first minute, ${final} MB in the last, peak ${peak} MB; ${failed} failed`,
    );

    const group = `6 Server: memory over ${REQUESTS.toLocaleString('en-US')} requests`;
    const figures: Figure[] = [
      {
        group,
        name: 'requests made (every page in turn)',
        value: made,
        unit: '',
        kind: 'min',
        target: REQUESTS,
      },
      {
        group,
        name: 'errors, timeouts and answers other than 2xx',
        value: failed,
        unit: '',
        kind: 'max',
        target: 0,
      },
      {
        group,
        name: 'requests per second over the run',
        value: Math.round(made / result.duration),
        unit: 'req/s',
        kind: 'info',
      },
      {
        group,
        name: `RSS idle after ${WARM_UP.toLocaleString('en-US')} warm-up requests`,
        value: mb(before),
        unit: 'MB',
        kind: 'info',
      },
      { group, name: 'RSS idle after the run', value: mb(after), unit: 'MB', kind: 'info' },
      { group, name: 'RSS under load, first minute (median)', value: first, unit: 'MB', kind: 'info' },
      { group, name: 'RSS under load, last minute (median)', value: final, unit: 'MB', kind: 'info' },
      { group, name: 'RSS peak (1 s readings)', value: peak, unit: 'MB', kind: 'info' },
      {
        group,
        name: 'RSS growth, last minute / first minute',
        value: Math.round((final / first) * 100) / 100,
        unit: '×',
        kind: 'max',
        target: GROWTH_LIMIT,
      },
      {
        group,
        name: 'RSS growth, idle after / idle before',
        value: Math.round((after / before) * 100) / 100,
        unit: '×',
        kind: 'info',
      },
    ];
    writeFigures('server-memory', figures);
    console.log(`\nBENCH server-memory ${JSON.stringify(figures)}\n`);
    expect(misses(figures)).toEqual([]);
  },
  TIME_LIMIT_MS + 8 * 60_000,
);
