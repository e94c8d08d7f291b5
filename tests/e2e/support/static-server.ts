/**
 * A plain static file server (node:http, no dependencies) for end-to-end tests: serves one
 * directory on 127.0.0.1 at a free port, with the usual SPA fallback. Nothing app-specific.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from '../../../server/node-server';

export type StaticServer = {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
};

function contentType(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(filePath: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(filePath);
    if (info.isFile()) return { path: filePath, size: info.size };
    if (info.isDirectory()) return fileAt(join(filePath, 'index.html'));
    return null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Paths that don't exist fall back to /index.html (status 200) when they look like a page: no
 * file extension, or `.html`. Anything else missing (a script, a stylesheet, an image,
 * /favicon.ico) is a real 404, so a missing asset is never answered with HTML.
 */
function wantsSpaFallback(pathname: string): boolean {
  const ext = extname(pathname).toLowerCase();
  return ext === '' || ext === '.html';
}

export type StaticServerOptions = {
  /** Extra headers on every file served, e.g. the Content-Security-Policy a deploy would send. */
  headers?: Readonly<Record<string, string>>;
};

export async function startStaticServer(
  directory: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = resolve(directory);
  const indexHtml = join(root, 'index.html');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'Method Not Allowed\n');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(res, 400, 'Bad Request\n');
      return;
    }
    const requested = resolve(root, `.${pathname}`);
    if (requested !== root && !requested.startsWith(root + sep)) {
      send(res, 403, 'Forbidden\n');
      return;
    }
    let file = await fileAt(requested);
    if (!file && wantsSpaFallback(pathname)) file = await fileAt(indexHtml);
    if (!file) {
      send(res, 404, 'Not Found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentType(file.path),
      'Content-Length': file.size,
      'Cache-Control': 'no-cache',
      ...options.headers,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file.path);
    stream.on('error', (error) => res.destroy(error));
    stream.pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `${String(error)}\n`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      closing ??= new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Browsers keep connections alive; don't wait for them to time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
