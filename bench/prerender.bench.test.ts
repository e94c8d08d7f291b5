/**
 * `npm run prerender` (issue 16, target 5), as shipped: the prerender bundle (server/prerender/prerender.ts
 * built with `vite build --ssr`) in its own Node process, against the native JSON backend over real
 * HTTP on 127.0.0.1.
 *
 * 1. The generated 10,000-post blog (mocks/data/generate-scale.ts): a cold run into an empty folder
 *    (≤ 3 minutes on this 2-core machine), then an incremental run after one post's title and `updated`
 *    changed (≤ 10 s), the process's peak resident memory (VmHWM) and what it wrote.
 * 2. Lighthouse on a prerendered post from a static host (bench/support/site-server.ts: files, gzip,
 *    cache headers, no rendering) against the same post from `npm start`, median of 3 each: the same
 *    targets as bench/server-lighthouse.bench.test.ts, and an LCP at most 1.1× the server's.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateScaleBlog, SCALE } from '../mocks/data/generate-scale';
import { demoData } from '../mocks/data/index';
import { startNativeHttpServer, type NativeHttpServer } from '../mocks/http-server';
import { OutputTail, REPO_ROOT, VITE_BIN, viteChildEnv } from '../tests/e2e/support/build';
import { describeWithChromium } from '../tests/e2e/support/chromium';
import { misses, writeFigures, type Figure } from './support/figures';
import { startBenchLecternServer, type BenchLecternServer } from './support/lectern-server';
import { startLighthouse, type LighthouseRunner } from './support/lighthouse';
import { POST_PATH } from './support/server-pages';
import { startBenchSite, type BenchSite } from './support/site-server';
import { RESULTS_DIR, startStage, type BenchStage } from './support/stage';

const TARGET = { coldS: 180, incrementalS: 10, performance: 98, tbtMs: 100, cls: 0.01, lcpRatio: 1.1 };
const LCP_RUNS = 3;
const made: string[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function tempDir(name: string, under = tmpdir()): string {
  mkdirSync(under, { recursive: true });
  const dir = mkdtempSync(join(under, `lectern-bench-${name}-`));
  made.push(dir);
  return dir;
}

/** Peak resident memory so far (VmHWM) of a process, in bytes. */
function peakOf(pid: number): number {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function run(
  args: string[],
  env: NodeJS.ProcessEnv = viteChildEnv(),
): Promise<{ code: number; output: string; ms: number; peak: number }> {
  const started = Date.now();
  const output = new OutputTail(200_000);
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  let peak = 0;
  const timer = setInterval(() => {
    const now = child.pid ? peakOf(child.pid) : Number.NaN;
    if (now > peak) peak = now;
  }, 100);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, output: output.toString(), ms: Date.now() - started, peak });
    });
  });
}

/** The prerender bundle: LECTERN_BENCH_PRERENDER (built by scripts/bench.mjs), else built here. */
async function prerenderBundle(): Promise<string> {
  const given = process.env.LECTERN_BENCH_PRERENDER;
  if (given) return given;
  // Inside the repository, so Node resolves the packages the bundle leaves external.
  const outDir = tempDir('prerender-bundle', join(REPO_ROOT, 'node_modules', '.cache'));
  const built = await run([
    VITE_BIN,
    'build',
    '--ssr',
    'server/prerender/prerender.ts',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  if (built.code !== 0) throw new Error(`vite build --ssr failed:\n${built.output}`);
  return join(outDir, 'prerender.js');
}

function prerenderRun(bundle: string, distDir: string, outDir: string, config: unknown) {
  const configPath = join(tempDir('config'), 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  return run(['--max-semi-space-size=64', bundle, '--out', outDir], {
    ...viteChildEnv(),
    LECTERN_DIST: distDir,
    LECTERN_CONFIG: configPath,
  });
}

/** Bytes and count of the files a run wrote (everything but the build's own files). */
function written(outDir: string, distDir: string): { bytes: number; files: number } {
  const own = new Set(readdirSync(distDir, { recursive: true }).map(String));
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(outDir, { recursive: true }).map(String)) {
    const info = statSync(join(outDir, entry));
    if (!info.isFile() || (own.has(entry) && entry !== 'index.html' && entry !== 'robots.txt')) continue;
    bytes += info.size;
    files += 1;
  }
  return { bytes, files };
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run prerender on the 10,000-post blog', () => {
  let stage: BenchStage | undefined;
  let backend: NativeHttpServer | undefined;
  const data = generateScaleBlog();

  beforeAll(async () => {
    stage = await startStage(demoData);
    backend = await startNativeHttpServer(data);
  });

  afterAll(async () => {
    await backend?.close();
    await stage?.close();
  });

  test('cold, then incremental after one post changed: time, peak memory, output', async () => {
    if (!stage || !backend) throw new Error('set-up failed');
    const bundle = await prerenderBundle();
    const out = tempDir('prerender-scale');
    const config = { backend: { kind: 'native', url: backend.url }, siteUrl: 'https://blog.example.org/' };

    const cold = await prerenderRun(bundle, stage.distDir, out, config);
    writeFileSync(join(RESULTS_DIR, 'prerender-cold.log'), cold.output);
    expect(cold.code, cold.output.slice(-3000)).toBe(0);
    const summary = /(\d+) rendered, (\d+) unchanged, (\d+) removed, (\d+) failed/.exec(cold.output);
    const pages = Number(summary?.[1]);
    const size = written(out, stage.distDir);

    // One post edited: its title and updated date, as a blog owner's correction would.
    const post = data.posts[Math.floor(data.posts.length / 2)]!;
    post.title = `${post.title} (corrected)`;
    post.updated = new Date().toISOString();
    const incremental = await prerenderRun(bundle, stage.distDir, out, config);
    writeFileSync(join(RESULTS_DIR, 'prerender-incremental.log'), incremental.output);
    expect(incremental.code, incremental.output.slice(-3000)).toBe(0);
    const again = Number(/(\d+) rendered/.exec(incremental.output)?.[1]);

    const group = '7 Prerender 10,000 posts';
    const figures: Figure[] = [
      {
        group,
        name: 'pages written (cold)',
        value: pages,
        unit: '',
        kind: 'info',
        note: `${SCALE.posts} posts`,
      },
      {
        group,
        name: 'cold run',
        value: Math.round(cold.ms / 100) / 10,
        unit: 's',
        kind: 'max',
        target: TARGET.coldS,
      },
      {
        group,
        name: 'pages per second (cold)',
        value: Math.round(pages / (cold.ms / 1000)),
        unit: '/s',
        kind: 'info',
      },
      { group, name: 'peak memory (cold)', value: Math.round(cold.peak / 2 ** 20), unit: 'MB', kind: 'info' },
      {
        group,
        name: 'output (pages, sitemap, redirects)',
        value: Math.round(size.bytes / 2 ** 20),
        unit: 'MB',
        kind: 'info',
        note: `${size.files} files`,
      },
      {
        group,
        name: 'incremental run, one post changed',
        value: Math.round(incremental.ms / 100) / 10,
        unit: 's',
        kind: 'max',
        target: TARGET.incrementalS,
      },
      { group, name: 'pages rendered again', value: again, unit: '', kind: 'info' },
      {
        group,
        name: 'peak memory (incremental)',
        value: Math.round(incremental.peak / 2 ** 20),
        unit: 'MB',
        kind: 'info',
      },
    ];
    writeFigures('prerender', figures);
    console.log(`\nBENCH prerender ${JSON.stringify(figures)}\n`);
    expect(misses(figures)).toEqual([]);
  });
});

describeWithChromium('Lighthouse on a prerendered post from a static host', () => {
  let stage: BenchStage | undefined;
  let server: BenchLecternServer | undefined;
  let site: BenchSite | undefined;
  let lighthouse: LighthouseRunner | undefined;

  beforeAll(async () => {
    stage = await startStage(demoData);
    const bundle = await prerenderBundle();
    const out = tempDir('prerender-demo');
    const config = { backend: { kind: 'native', url: stage.api.url }, siteUrl: 'https://blog.example.org/' };
    const result = await prerenderRun(bundle, stage.distDir, out, config);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    site = await startBenchSite(out);
    server = await startBenchLecternServer(stage.distDir, {
      backend: { kind: 'native', url: stage.api.url },
    });
    lighthouse = await startLighthouse(RESULTS_DIR);
  });

  afterAll(async () => {
    await lighthouse?.close();
    await server?.close();
    await site?.close();
    await stage?.close();
  });

  test('scores as the server-rendered post does', async () => {
    if (!site || !server || !lighthouse) throw new Error('set-up failed');
    const prerendered = [];
    const rendered = [];
    for (let i = 0; i < LCP_RUNS; i++) {
      prerendered.push(await lighthouse.run(`${site.url}${POST_PATH}`, `prerendered-post-${i + 1}`));
      rendered.push(await lighthouse.run(`${server.url}${POST_PATH}`, `prerender-server-post-${i + 1}`));
    }
    const middle = <T extends { lcpMs: number }>(runs: T[]) =>
      runs.find((r) => r.lcpMs === median(runs.map((x) => x.lcpMs)))!;
    const file = middle(prerendered);
    const live = middle(rendered);
    const group = '7 Prerender: Lighthouse post';
    const figures: Figure[] = [
      {
        group,
        name: 'prerendered performance',
        value: file.scores.performance,
        unit: '',
        kind: 'min',
        target: TARGET.performance,
      },
      { group, name: 'npm start performance', value: live.scores.performance, unit: '', kind: 'info' },
      {
        group,
        name: 'prerendered TBT (simulated)',
        value: Math.round(file.tbtMs),
        unit: 'ms',
        kind: 'max',
        target: TARGET.tbtMs,
      },
      {
        group,
        name: 'prerendered CLS',
        value: Math.round(file.cls * 1000) / 1000,
        unit: '',
        kind: 'max',
        target: TARGET.cls,
      },
      {
        group,
        name: `prerendered LCP (median of ${LCP_RUNS})`,
        value: Math.round(file.lcpMs),
        unit: 'ms',
        kind: 'info',
      },
      {
        group,
        name: `npm start LCP (median of ${LCP_RUNS})`,
        value: Math.round(live.lcpMs),
        unit: 'ms',
        kind: 'info',
      },
      {
        group,
        name: 'ratio prerendered / npm start LCP',
        value: Math.round((file.lcpMs / live.lcpMs) * 100) / 100,
        unit: '×',
        kind: 'max',
        target: TARGET.lcpRatio,
      },
      { group, name: 'prerendered accessibility', value: file.scores.accessibility, unit: '', kind: 'info' },
      {
        group,
        name: 'prerendered best practices',
        value: file.scores['best-practices'],
        unit: '',
        kind: 'info',
      },
      { group, name: 'prerendered SEO', value: file.scores.seo, unit: '', kind: 'info' },
    ];
    if (file.misses.length) {
      console.log(
        `\nLighthouse prerendered post audits below 0.9:\n${file.misses.map((m) => `  ${m.category}/${m.id} (${m.score}): ${m.title}`).join('\n')}`,
      );
    }
    writeFigures('prerender-lighthouse', figures);
    console.log(`\nBENCH prerender-lighthouse ${JSON.stringify(figures)}\n`);
    expect(misses(figures)).toEqual([]);
  });
});
