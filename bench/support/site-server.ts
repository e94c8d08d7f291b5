/**
 * Serves a production build the way a real host would, for benchmarks: gzip for text, long-lived
 * immutable caching for the hashed files under /assets/, `no-cache` for everything else, the SPA
 * fallback, and per-run files (config.json pointing at the bench backend, a static HTML page) laid
 * over dist/ without touching it. The e2e static server (tests/e2e/support/static-server.ts) leaves
 * compression and caching out on purpose; Lighthouse's simulated network would count that against
 * the app, so the benchmark needs this one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../../server/node-server';

export type BenchSite = {
  /** Origin without a trailing slash. */
  url: string;
  /** Answers `path` with `text` from now on (over whatever dist/ holds there). */
  put(path: string, text: string): void;
  close(): Promise<void>;
};

export type BenchSiteOptions = {
  /** Paths (e.g. `/config.json`) answered with this text instead of a file from the build. */
  overlay?: Record<string, string>;
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
const ROBOTS = 'User-agent: *\nAllow: /\n';

type Body = { bytes: Buffer; type: string };

function cacheControl(pathname: string): string {
  // Vite names everything under /assets/ by content hash: a changed file gets a new name.
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function startBenchSite(directory: string, options: BenchSiteOptions = {}): Promise<BenchSite> {
  const root = resolve(directory);
  const overlay = new Map(Object.entries(options.overlay ?? {}));
  const gzipped = new Map<string, Buffer>();

  async function fileBody(path: string): Promise<Body | null> {
    try {
      const info = await stat(path);
      if (info.isDirectory()) return fileBody(join(path, 'index.html'));
      if (!info.isFile()) return null;
      const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return { bytes: await readFile(path), type };
    } catch {
      return null;
    }
  }

  async function bodyFor(pathname: string): Promise<Body | null> {
    const text = overlay.get(pathname);
    if (text !== undefined) {
      const type = CONTENT_TYPES[extname(pathname).toLowerCase()] ?? 'text/plain; charset=utf-8';
      return { bytes: Buffer.from(text), type };
    }
    const requested = resolve(root, `.${pathname}`);
    if (requested !== root && !requested.startsWith(root + sep)) return null;
    const file = await fileBody(requested);
    if (file) return file;
    if (pathname === '/robots.txt') return { bytes: Buffer.from(ROBOTS), type: CONTENT_TYPES['.txt'] ?? '' };
    const ext = extname(pathname).toLowerCase();
    return ext === '' || ext === '.html' ? fileBody(join(root, 'index.html')) : null;
  }

  function gzipOnce(key: string, bytes: Buffer): Buffer {
    let packed = gzipped.get(key);
    if (!packed) {
      packed = gzipSync(bytes, { level: 9 });
      gzipped.set(key, packed);
    }
    return packed;
  }

  // Compressed before the first request, as hosts that precompress (or cache what they compress) serve
  // them: compressing on the first request blocked this process for each file while the page waited.
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const path = join(entry.parentPath, entry.name);
    const pathname = `/${path
      .slice(root.length + 1)
      .split(sep)
      .join('/')}`;
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? '';
    const bytes = await readFile(path);
    if (COMPRESSIBLE.test(type) && bytes.length > 512) gzipOnce(`${pathname}\0${bytes.length}`, bytes);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const body = await bodyFor(pathname);
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found\n');
      return;
    }
    const headers: Record<string, string | number> = {
      'Content-Type': body.type,
      'Cache-Control': cacheControl(pathname),
      Vary: 'Accept-Encoding',
    };
    let bytes = body.bytes;
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.test(body.type) && bytes.length > 512) {
      bytes = gzipOnce(`${pathname}\0${bytes.length}`, bytes);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = bytes.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : bytes);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    put(path, text) {
      overlay.set(path, text);
    },
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
      }),
  };
}
