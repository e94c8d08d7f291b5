/**
 * Server rendering, the server itself: `npm start` (the server bundle in its own Node process, as
 * shipped: no NODE_ENV) over the bench's production build, in front of the native JSON backend over
 * real HTTP on 127.0.0.1 (config `{ backend: { kind: 'native', url } }`, so the backend cache keeps
 * answers for 10 s). Two servers: one with every setting at its default (pages kept 10 s by the page
 * cache, server.pageCacheSeconds), and one with `server: { pageCacheSeconds: 0 }`, which renders every
 * request.
 *
 * - Render time of a post with the backend cache warm, page cache off (every request a real render):
 *   1,000 sequential requests over HTTP (one keep-alive connection, browser headers: the page comes
 *   brotli-compressed), after 50 to warm up; each is timed from the request to the last byte of the
 *   body. Median and p99, reported. The same from the page cache (default server), reported.
 * - 30 s of concurrent load on the same post with autocannon (10 connections, the same headers), on
 *   the default server: requests per second ≥ 300 and p99 latency ≤ 100 ms; every answer must be a
 *   200. Then the same 30 s on the server without page cache: reported (every answer still a 200).
 * - A burst of readers of one post: a freshly started server (cold caches, defaults) gets 50
 *   concurrent requests for the post; a counting proxy in front of the backend says how often the
 *   backend was asked for each resource: once at most.
 *
 * On this 2-core machine the load tool, the backend and the server share the CPUs, as they would on
 * a small host with its backend beside it.
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../mocks/data/index';
import { startCountingProxy, type CountingProxy } from './support/counting-proxy';
import { misses, writeFigures, type Figure } from './support/figures';
import { startBenchLecternServer, type BenchLecternServer } from './support/lectern-server';
import { BROWSER_HEADERS, POST_PATH, quantile, round1 } from './support/server-pages';
import { startStage, type BenchStage } from './support/stage';

const WARM_UP = 50;
const SEQUENTIAL = 1_000;
const LOAD_SECONDS = 30;
const CONNECTIONS = 10;
const BURST = 50;
const TARGET = { requestsPerSecond: 300, p99Ms: 100 };

const POST_TITLE = 'New law bans mandatory anti-union meetings';
const figures: Figure[] = [];

let stage: BenchStage | undefined;
/** Every setting at its default: pages kept 10 s. */
let server: BenchLecternServer | undefined;
/** `pageCacheSeconds: 0`: every request rendered. */
let rendering: BenchLecternServer | undefined;

beforeAll(async () => {
  stage = await startStage(demoData);
  const backend = { kind: 'native', url: stage.api.url };
  server = await startBenchLecternServer(stage.distDir, { backend });
  rendering = await startBenchLecternServer(stage.distDir, { backend, server: { pageCacheSeconds: 0 } });
});

afterAll(async () => {
  writeFigures('server-render', figures);
  console.log(`\nBENCH server-render ${JSON.stringify(figures)}\n`);
  await server?.close();
  await rendering?.close();
  await stage?.close();
});

async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number; html: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: BROWSER_HEADERS });
  const html = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: html.length, html };
}

/** `WARM_UP` requests, then `SEQUENTIAL` timed one after the other on one connection. */
async function sequential(url: string): Promise<{ times: number[]; failures: number }> {
  for (let i = 0; i < WARM_UP; i++) await timedGet(url);
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; i < SEQUENTIAL; i++) {
    const { ms, status, html } = await timedGet(url);
    if (status !== 200 || !html.includes(POST_TITLE)) failures += 1;
    times.push(ms);
  }
  return { times, failures };
}

test('render time of a post, backend cache warm, page cache off (sequential requests over HTTP)', async () => {
  if (!rendering) throw new Error('set-up failed');
  const url = `${rendering.url}${POST_PATH}`;
  const first = await timedGet(url);
  expect(first.status).toBe(200);
  expect(first.html).toContain(POST_TITLE);
  const { times, failures } = await sequential(url);
  const group = '6 Server: post render, cache warm';
  figures.push(
    {
      group,
      name: `first request (cold cache)`,
      value: round1(first.ms),
      unit: 'ms',
      kind: 'info',
    },
    {
      group,
      name: `median of ${SEQUENTIAL} sequential over HTTP, page cache off`,
      value: round1(quantile(times, 0.5)),
      unit: 'ms',
      kind: 'info',
    },
    {
      group,
      name: `p99 of ${SEQUENTIAL} sequential over HTTP, page cache off`,
      value: round1(quantile(times, 0.99)),
      unit: 'ms',
      kind: 'info',
    },
    { group, name: 'answers other than 200', value: failures, unit: '', kind: 'max', target: 0 },
  );
  expect(failures).toBe(0);
});

test('a post from the page cache (sequential requests over HTTP, default settings)', async () => {
  if (!server) throw new Error('set-up failed');
  const { times, failures } = await sequential(`${server.url}${POST_PATH}`);
  const group = '6 Server: post from the page cache';
  figures.push(
    {
      group,
      name: `median of ${SEQUENTIAL} sequential over HTTP`,
      value: round1(quantile(times, 0.5)),
      unit: 'ms',
      kind: 'info',
    },
    {
      group,
      name: `p99 of ${SEQUENTIAL} sequential over HTTP`,
      value: round1(quantile(times, 0.99)),
      unit: 'ms',
      kind: 'info',
    },
    { group, name: 'answers other than 200', value: failures, unit: '', kind: 'max', target: 0 },
  );
  expect(failures).toBe(0);
});

async function load(
  target: BenchLecternServer,
  label: string,
): Promise<{ perSecond: number; p50: number; p99: number; failed: number }> {
  const result = await autocannon({
    url: `${target.url}${POST_PATH}`,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: BROWSER_HEADERS,
  });
  const total = result.requests.total;
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `autocannon (${label}): ${total} requests in ${result.duration} s, ${result.requests.average} req/s, latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms max ${result.latency.max} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  return {
    perSecond: Math.round(total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed,
  };
}

test(`${LOAD_SECONDS} s of concurrent load on a post (autocannon, ${CONNECTIONS} connections), default settings`, async () => {
  if (!server) throw new Error('set-up failed');
  const { perSecond, p50, p99, failed } = await load(server, 'page cache on');
  const group = `6 Server: ${LOAD_SECONDS} s load on a post`;
  const mine: Figure[] = [
    {
      group,
      name: `requests per second (${CONNECTIONS} connections), page cache on (default)`,
      value: perSecond,
      unit: 'req/s',
      kind: 'min',
      target: TARGET.requestsPerSecond,
    },
    { group, name: 'latency p50, page cache on', value: p50, unit: 'ms', kind: 'info' },
    { group, name: 'latency p99, page cache on', value: p99, unit: 'ms', kind: 'max', target: TARGET.p99Ms },
    {
      group,
      name: 'errors, timeouts and answers other than 2xx, page cache on',
      value: failed,
      unit: '',
      kind: 'max',
      target: 0,
    },
  ];
  figures.push(...mine);
  expect(misses(mine)).toEqual([]);
}, 120_000);

test(`${LOAD_SECONDS} s of concurrent load on a post, page cache off (every request rendered)`, async () => {
  if (!rendering) throw new Error('set-up failed');
  const { perSecond, p50, p99, failed } = await load(rendering, 'page cache off');
  const group = `6 Server: ${LOAD_SECONDS} s load on a post`;
  const mine: Figure[] = [
    {
      group,
      name: `requests per second (${CONNECTIONS} connections), page cache off`,
      value: perSecond,
      unit: 'req/s',
      kind: 'info',
    },
    { group, name: 'latency p50, page cache off', value: p50, unit: 'ms', kind: 'info' },
    { group, name: 'latency p99, page cache off', value: p99, unit: 'ms', kind: 'info' },
    {
      group,
      name: 'errors, timeouts and answers other than 2xx, page cache off',
      value: failed,
      unit: '',
      kind: 'max',
      target: 0,
    },
  ];
  figures.push(...mine);
  expect(misses(mine)).toEqual([]);
}, 120_000);

test(`a burst of ${BURST} readers of one post asks the backend once per resource`, async () => {
  if (!stage) throw new Error('set-up failed');
  let proxy: CountingProxy | undefined;
  let fresh: BenchLecternServer | undefined;
  try {
    proxy = await startCountingProxy(new URL(stage.api.url).origin);
    const apiPath = new URL(stage.api.url).pathname;
    fresh = await startBenchLecternServer(stage.distDir, {
      backend: { kind: 'native', url: `${proxy.url}${apiPath}` },
    });
    const url = `${fresh.url}${POST_PATH}`;
    const pages = await Promise.all(Array.from({ length: BURST }, () => timedGet(url)));
    const counts = proxy.counts();
    const worst = Math.max(0, ...counts.values());
    const good = pages.filter((page) => page.status === 200 && page.html.includes(POST_TITLE)).length;
    console.log(
      `burst: ${good}/${BURST} pages, slowest ${Math.round(Math.max(...pages.map((p) => p.ms)))} ms; backend requests: ${JSON.stringify(Object.fromEntries(counts))}`,
    );
    const group = `6 Server: burst of ${BURST} readers of a post`;
    figures.push(
      { group, name: 'pages answered 200 with the post', value: good, unit: '', kind: 'min', target: BURST },
      { group, name: 'resources asked of the backend', value: counts.size, unit: '', kind: 'info' },
      { group, name: 'most requests for one resource', value: worst, unit: 'req', kind: 'max', target: 1 },
      {
        group,
        name: 'slowest page of the burst',
        value: Math.round(Math.max(...pages.map((p) => p.ms))),
        unit: 'ms',
        kind: 'info',
      },
    );
    expect(good).toBe(BURST);
    expect(worst).toBeLessThanOrEqual(1);
  } finally {
    await fresh?.close();
    await proxy?.close();
  }
});
