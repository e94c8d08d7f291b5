/**
 * `npm start` for benchmarks: the server bundle (server/main.ts built with `vite build --ssr`) run as
 * its own Node process over the bench's client build, with a config.json of the bench's choosing, on
 * 127.0.0.1 at a free port, exactly as tests/e2e/support/lectern-server.ts starts it for the e2e tests
 * (same bundle build, same environment: no NODE_ENV, as `npm start` runs). What the benchmarks need
 * on top: the process id, to read the server's resident memory, and a bundle built once per bench
 * run (scripts/bench.mjs sets LECTERN_BENCH_SERVER) instead of once per file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputTail, REPO_ROOT, viteChildEnv } from '../../tests/e2e/support/build';
import { buildServer } from '../../tests/e2e/support/lectern-server';

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
  const main = await serverBundle();
  const configDir = mkdtempSync(join(tmpdir(), 'lectern-bench-config-'));
  const configPath = join(configDir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const output = new OutputTail();
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      ...viteChildEnv(),
      LECTERN_DIST: distDir,
      LECTERN_CONFIG: configPath,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const close = () =>
    new Promise<void>((resolve) => {
      rmSync(configDir, { recursive: true, force: true });
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start did not start in 20 s:\n${output.toString()}`)),
        20_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        output.push(chunk);
        const found = /Lectern on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.toString());
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      child.once('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${code}):\n${output.toString()}`));
      });
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error('npm start has no process id');
    return { url, pid, output, rssBytes: () => rssOf(pid), close };
  } catch (error) {
    await close();
    throw error;
  }
}
