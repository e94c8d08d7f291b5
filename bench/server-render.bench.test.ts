/**
 * Server rendering, the server itself: `npm start` (the server bundle in its own Node process, as
 * shipped: no NODE_ENV) over the bench's production build, in front of the native JSON backend over
 * real HTTP on 127.0.0.1 (config `{ backend: { kind: 'native', url } }`, every server setting at its
 * default, so the backend cache keeps answers for 10 s).
 *
 * - Render time of a post with the backend cache warm: 1,000 sequential requests over HTTP (one
 *   keep-alive connection, browser headers: the page comes brotli-compressed), after 50 to warm up;
 *   each is timed from the request to the last byte of the body. Median and p99, reported.
 * - 30 s of concurrent load on the same post with autocannon (10 connections, the same headers):
 *   requests per second ≥ 300 and p99 latency ≤ 100 ms; every answer must be a 200.
 * - A burst of readers of one post: a freshly started server (cold cache) gets 50 concurrent
 *   requests for the post; a counting proxy in front of the backend says how often the backend was
 *   asked for each resource: once at most.
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
let server: BenchLecternServer | undefined;

beforeAll(async () => {
  stage = await startStage(demoData);
  server = await startBenchLecternServer(stage.distDir, { backend: { kind: 'native', url: stage.api.url } });
});

afterAll(async () => {
  writeFigures('server-render', figures);
  console.log(`\nBENCH server-render ${JSON.stringify(figures)}\n`);
  await server?.close();
  await stage?.close();
});

async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number; html: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: BROWSER_HEADERS });
  const html = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: html.length, html };
}

test('render time of a post, backend cache warm (sequential requests over HTTP)', async () => {
  if (!server) throw new Error('set-up failed');
  const url = `${server.url}${POST_PATH}`;
  const first = await timedGet(url);
  expect(first.status).toBe(200);
  expect(first.html).toContain(POST_TITLE);
  for (let i = 0; i < WARM_UP; i++) await timedGet(url);
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; i < SEQUENTIAL; i++) {
    const { ms, status } = await timedGet(url);
    if (status !== 200) failures += 1;
    times.push(ms);
  }
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

test(`${LOAD_SECONDS} s of concurrent load on a post (autocannon, ${CONNECTIONS} connections)`, async () => {
  if (!server) throw new Error('set-up failed');
  const result = await autocannon({
    url: `${server.url}${POST_PATH}`,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: BROWSER_HEADERS,
  });
  const total = result.requests.total;
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `autocannon: ${total} requests in ${result.duration} s, ${result.requests.average} req/s, latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms max ${result.latency.max} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  const group = `6 Server: ${LOAD_SECONDS} s load on a post`;
  figures.push(
    {
      group,
      name: `requests per second (${CONNECTIONS} connections)`,
      value: Math.round(total / result.duration),
      unit: 'req/s',
      kind: 'min',
      target: TARGET.requestsPerSecond,
    },
    { group, name: 'latency p50', value: result.latency.p50, unit: 'ms', kind: 'info' },
    { group, name: 'latency p99', value: result.latency.p99, unit: 'ms', kind: 'max', target: TARGET.p99Ms },
    {
      group,
      name: 'errors, timeouts and answers other than 2xx',
      value: failed,
      unit: '',
      kind: 'max',
      target: 0,
    },
  );
  expect(misses(figures)).toEqual([]);
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
