/**
 * The real servers end-to-end tests start (Ghost, MariaDB and PHP for WordPress, nginx, Vite): ports,
 * detached process groups logging to files, waiting until they answer, stopping them, and the temp
 * folders they live in. Nothing may outlive the run: what a test file leaves behind is killed and
 * removed when the process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port that was free a moment ago (a server that must have it retries on a lost race). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

export type Server = { name: string; child: ChildProcess; log: string; exited: Promise<void> };

const running = new Set<Server>();
const tempDirs = new Set<string>();

// Last resort if a test file dies before its afterAll ran: nothing may outlive the run.
process.once('exit', () => {
  for (const server of running) killGroup(server, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed at exit if removeTempDir was not called. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

function killGroup(server: Server, signal: NodeJS.Signals): void {
  const pid = server.child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** The end of a log file, without terminal colours, for an error message. */
export function tail(file: string, max = 3_000): string {
  try {
    const text = readFileSync(file, 'utf8');
    // eslint-disable-next-line no-control-regex
    return text.replace(/\u001b\[[0-9;]*m/g, '').slice(-max);
  } catch {
    return '(no log)';
  }
}

/** A detached process (its own group, so its children can be stopped with it) logging to a file. */
export function startServer(
  name: string,
  command: string,
  args: string[],
  log: string,
  env = process.env,
  cwd?: string,
): Server {
  const fd = openSync(log, 'a');
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
  const server: Server = { name, child, log, exited };
  running.add(server);
  child.once('error', () => undefined);
  return server;
}

/** Asks the group to stop (`signal`), then kills it after `graceMs`. */
export async function stopServer(server: Server, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (!running.has(server)) return;
  killGroup(server, signal);
  const timer = new Promise<'late'>((resolveLate) => setTimeout(() => resolveLate('late'), graceMs).unref());
  if ((await Promise.race([server.exited, timer])) === 'late') {
    killGroup(server, 'SIGKILL');
    await server.exited;
  }
  // The group's other members (PHP's workers, say) may outlive its leader by a moment.
  killGroup(server, 'SIGKILL');
  running.delete(server);
}

/** Polls `probe` until it resolves true; fails early when `server` exits. */
export async function waitFor(
  server: Server,
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${server.name} exited before ${what}`);
    if (await probe()) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** Whether `url` answers a GET with a 2xx status. */
export async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
