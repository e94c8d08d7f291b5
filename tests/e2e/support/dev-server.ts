/**
 * Starts the Vite dev server (`vite --host 127.0.0.1 --port <free port> --strictPort`) as a child
 * process for end-to-end tests, and stops exactly that process again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { OutputTail, REPO_ROOT, VITE_BIN, viteChildEnv } from './build';
import { freePort } from './processes';

export type DevServer = {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The Vite process id (the server itself, no wrapping shell). */
  pid: number;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. */
  close(): Promise<void>;
};

export type DevServerOptions = {
  /** How long to wait for the first HTTP answer. Default 60 s. */
  startTimeoutMs?: number;
};

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolveWait) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolveWait(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolveWait(true);
    };
    child.once('exit', onExit);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, 5_000)) return;
  child.kill('SIGKILL');
  await waitForExit(child, 10_000);
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

async function answersHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

class PortTaken extends Error {}

async function startOnce(port: number, startTimeoutMs: number): Promise<DevServer> {
  const url = `http://127.0.0.1:${port}`;
  const output = new OutputTail();
  const child = spawn(
    process.execPath,
    [VITE_BIN, '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--clearScreen', 'false'],
    { cwd: REPO_ROOT, env: viteChildEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const spawnError = new Promise<Error>((resolveError) => child.once('error', resolveError));
  let failure: Error | undefined;
  void spawnError.then((error) => (failure = error));

  // If this test process goes away first, don't leave Vite behind.
  const onParentExit = () => child.kill('SIGKILL');
  process.once('exit', onParentExit);

  const deadline = Date.now() + startTimeoutMs;
  try {
    for (;;) {
      if (failure) throw failure;
      if (exited(child)) {
        const text = output.toString();
        if (/already in use|EADDRINUSE/i.test(text)) throw new PortTaken(text);
        throw new Error(
          `vite dev server exited before answering (${child.signalCode ?? `exit code ${child.exitCode}`}):\n${text}`,
        );
      }
      if (await answersHttp(url)) break;
      if (Date.now() > deadline) {
        throw new Error(
          `vite dev server did not answer at ${url} within ${startTimeoutMs} ms:\n${output.toString()}`,
        );
      }
      await sleep(200);
    }
  } catch (error) {
    await stop(child);
    process.off('exit', onParentExit);
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    pid: child.pid ?? -1,
    close() {
      closing ??= stop(child).finally(() => process.off('exit', onParentExit));
      return closing;
    },
  };
}

export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePort(), startTimeoutMs);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= 3) throw error;
    }
  }
}
