/**
 * What every benchmark stands on: one production build (the one `npm run bench` made, or a fresh
 * `vite build` when a bench file runs on its own), the native HTTP backend over the demo or the
 * generated blog, and a production-like site server whose config.json points at that backend.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoData } from '../../mocks/backend/native-backend';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { buildApp, REPO_ROOT } from '../../tests/e2e/support/build';
import { startBenchSite, type BenchSite } from './site-server';

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

export type BenchStage = {
  distDir: string;
  api: NativeHttpServer;
  site: BenchSite;
  close(): Promise<void>;
};

/** The build under test: LECTERN_BENCH_DIST (set by scripts/bench.mjs), else a fresh build. */
async function distDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const given = process.env.LECTERN_BENCH_DIST;
  if (given) return { dir: given, cleanup: async () => undefined };
  const build = await buildApp();
  return { dir: build.outDir, cleanup: build.cleanup };
}

export async function startStage(
  data: DemoData | 'scale',
  overlay: Record<string, string> = {},
): Promise<BenchStage> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const dist = await distDir();
  const api = await startNativeHttpServer(data);
  const site = await startBenchSite(dist.dir, {
    overlay: {
      '/config.json': JSON.stringify({ backend: { kind: 'native', url: api.url } }),
      ...overlay,
    },
  });
  return {
    distDir: dist.dir,
    api,
    site,
    async close() {
      await site.close();
      await api.close();
      await dist.cleanup();
    },
  };
}
