/**
 * `npm start` for end-to-end tests: builds the server bundle once per test file (`vite build --ssr`),
 * then runs it as `npm start` does, with LECTERN_DIST pointing at a client build and LECTERN_CONFIG at a
 * config file, on 127.0.0.1 at a free port. The bundle lives inside the repo (node_modules/.cache), so
 * Node resolves its packages as it does for dist-server/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputTail, REPO_ROOT, VITE_BIN, viteChildEnv } from './build';

export type LecternServer = {
  /** Origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The server process (the bench reads its memory). */
  pid: number;
  output: OutputTail;
  close(): Promise<void>;
};

let bundle: Promise<string> | undefined;

function run(args: string[]): Promise<void> {
  const output = new OutputTail();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: viteChildEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`server build failed:\n${output.toString()}`)),
    );
  });
}

/** The server bundle (server/main.ts), built once for this test file. */
export function buildServer(): Promise<string> {
  bundle ??= (async () => {
    const cache = join(REPO_ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const outDir = mkdtempSync(join(cache, 'lectern-e2e-server-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    await run([
      VITE_BIN,
      'build',
      '--ssr',
      'server/main.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    return join(outDir, 'main.js');
  })();
  return bundle;
}

/**
 * Starts the server over `distDir` with `config` (written to a file of its own, as LECTERN_CONFIG);
 * `main` is a server bundle already built (the bench builds one per run), else this file's.
 */
export async function startLecternServer(
  distDir: string,
  config: unknown,
  main?: string,
): Promise<LecternServer> {
  main ??= await buildServer();
  const configDir = mkdtempSync(join(tmpdir(), 'lectern-e2e-config-'));
  const configPath = join(configDir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const output = new OutputTail();
  const child: ChildProcess = spawn(process.execPath, [main], {
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
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed start.
      child.kill('SIGTERM');
      reject(new Error(`npm start did not start in 20 s:\n${output.toString()}`));
    }, 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
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
  return {
    url,
    pid: child.pid ?? Number.NaN,
    output,
    close: () =>
      new Promise<void>((resolve) => {
        rmSync(configDir, { recursive: true, force: true });
        if (child.exitCode !== null) return resolve();
        child.once('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
