/**
 * Builds the app once per test file with `vite build --outDir <tmpdir>` and removes the tmp dir
 * afterwards. Runs Vite as a child process from the repo root, outside Vitest's environment.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const VITE_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'vite');

/**
 * The environment for a Vite child process: ours minus what Vitest sets for its workers. Above
 * all NODE_ENV=test, which would otherwise make `vite build` bundle React's development build.
 */
export function viteChildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || /^_*VITEST/.test(key)) delete env[key];
  }
  delete env.FORCE_COLOR;
  return env;
}

/** Keeps the last `max` characters written to it: enough to explain a failure. */
export class OutputTail {
  private text = '';
  constructor(private readonly max = 20_000) {}
  push(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.max);
  }
  /** The text without ANSI colour codes (some tools colour even with NO_COLOR). */
  toString(): string {
    // eslint-disable-next-line no-control-regex
    return this.text.replace(/\u001b\[[0-9;]*m/g, '');
  }
}

export type AppBuild = {
  outDir: string;
  /** Milliseconds `vite build` took. */
  durationMs: number;
  /** Removes the out dir; the next `buildApp()` builds again. */
  cleanup(): Promise<void>;
};

let pending: Promise<AppBuild> | undefined;
const leftovers = new Set<string>();

// Last resort if a test file dies before its afterAll ran.
process.once('exit', () => {
  for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
});

async function runViteBuild(): Promise<AppBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-e2e-build-'));
  leftovers.add(outDir);
  const cleanup = async () => {
    pending = undefined;
    leftovers.delete(outDir);
    await rm(outDir, { recursive: true, force: true });
  };
  const started = Date.now();
  const output = new OutputTail();
  try {
    await new Promise<void>((resolveBuild, rejectBuild) => {
      const child = spawn(
        process.execPath,
        [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: REPO_ROOT, env: viteChildEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      child.once('error', rejectBuild);
      child.once('close', (code, signal) => {
        if (code === 0) resolveBuild();
        else
          rejectBuild(
            new Error(`vite build failed (${signal ?? `exit code ${code}`}):\n${output.toString()}`),
          );
      });
    });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { outDir, durationMs: Date.now() - started, cleanup };
}

/** Builds the app into a fresh tmp dir, once: later calls share the same build. */
export function buildApp(): Promise<AppBuild> {
  pending ??= runViteBuild();
  return pending;
}

/** Points a build at a backend: what a blog owner does by replacing dist/config.json on the server. */
export function writeSiteConfig(outDir: string, config: unknown): void {
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(config));
}
