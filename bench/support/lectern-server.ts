/**
 * `npm start` for benchmarks: the server bundle (server/main.ts built with `vite build --ssr`) run as
 * its own Node process over the bench's client build, with a config.json of the bench's choosing, on
 * 127.0.0.1 at a free port, exactly as tests/e2e/support/lectern-server.ts starts it for the e2e tests
 * (same bundle build, same environment: no NODE_ENV, as `npm start` runs). What the benchmarks need
 * on top: the process id, to read the server's resident memory, and a bundle built once per bench
 * run (scripts/bench.mjs sets LECTERN_BENCH_SERVER) instead of once per file.
 */
import { readFileSync } from 'node:fs';
import type { OutputTail } from '../../tests/e2e/support/build';
import { buildServer, startLecternServer } from '../../tests/e2e/support/lectern-server';

export type BenchLecternServer = {
  /** Origin, e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number;
  output: OutputTail;
  /** The server process's resident set size now (VmRSS), in bytes. */
  rssBytes(): number;
  close(): Promise<void>;
};

/** The server bundle's main.js: the one scripts/bench.mjs built, else one built for this file. */
export function serverBundle(): Promise<string> {
  const given = process.env.LECTERN_BENCH_SERVER;
  return given ? Promise.resolve(given) : buildServer();
}

/** Resident memory of a process from /proc (Linux), in bytes; NaN where it cannot be read. */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export async function startBenchLecternServer(distDir: string, config: unknown): Promise<BenchLecternServer> {
  const server = await startLecternServer(distDir, config, await serverBundle());
  return { ...server, rssBytes: () => rssOf(server.pid) };
}
