/**
 * The production HTTP server for server-rendered Lectern: a small node:http server that serves the
 * client build (`dist/`) itself and hands every other request to a web-standard request handler
 * (`(request: Request) => Promise<Response>`) that renders the page.
 *
 * No dependencies: node:http, node:fs, node:zlib and node:stream only, so it runs on plain Node 20
 * and bundles with Vite's SSR build.
 *
 * - Static files: Content-Type by extension, ETag and Last-Modified with 304s, HEAD, Content-Length.
 *   `/assets/*` (Vite's content-hashed names) is cached for a year, `immutable`; every other file
 *   (config.json, sw.js, robots.txt, the favicon, mockServiceWorker.js…) is `no-cache`, so a replaced
 *   config.json takes effect on the next visit. `index.html` is never served as a file: `/`,
 *   `/index.html`, directories and anything that is not a file go to the handler. Source maps are
 *   served like any other file of the build.
 * - Paths with a `..` segment (plain or percent-encoded, `%2f` included), a NUL or a backslash are
 *   refused with 400, for every method; the resolved path is also checked to lie inside distDir.
 * - Compression (brotli preferred, then gzip, per Accept-Encoding and its q-values) of compressible
 *   types over 1 KB: static files once, kept in a bounded in-memory cache keyed by path, mtime, size
 *   and encoding; handler responses per response (brotli quality 4, gzip 6): in one call when the
 *   handler declared their length, else on the fly, flushed chunk by chunk so a streamed page reaches
 *   the browser as it is rendered.
 * - close() (and SIGTERM/SIGINT via closeOnSignals) stops accepting connections, lets requests in
 *   flight finish for up to shutdownGraceMs, closes idle keep-alive connections, then resolves.
 */
import { open, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { brotliCompress, constants as zlib, createBrotliCompress, createGzip, gzip } from 'node:zlib';

export type RequestHandler = (request: Request) => Promise<Response>;

export type NodeServerOptions = {
  /** The client build (dist/): index.html, assets/<hashed>, config.json, robots.txt, favicon, sw.js … */
  distDir: string;
  /** Renders pages; called for every request that is not a file in distDir (and for '/' and '/index.html'). */
  handler: RequestHandler;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 3000; 0 = a free port. */
  port?: number;
  /** Extra headers on every response (e.g. security headers); the handler's own headers win for its responses. */
  headers?: Record<string, string>;
  /** How long in-flight requests may take to finish after close() / SIGTERM before connections are cut (default 10 s). */
  shutdownGraceMs?: number;
  /**
   * Build the request URL from X-Forwarded-Proto and X-Forwarded-Host (first value of each) instead of
   * the connection and the Host header. Only behind a proxy that sets them (default false).
   */
  trustProxy?: boolean;
  /** Largest request body handed to the handler; a larger one is answered 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** Error and lifecycle lines (default: console.error). */
  log?: (line: string) => void;
};

export type NodeServer = {
  /** Origin, no trailing slash, e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
};

/** Content types by extension; the end-to-end tests' static server and the bench serve with it too. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Bodies up to this size are sent as they are: compressing them saves nothing worth the CPU. */
const MIN_COMPRESS_BYTES = 1024;
/** Compressed static files are cached while their total stays under this. */
const CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** Larger static files are compressed on the fly for each request instead of being cached. */
const CACHE_MAX_FILE_BYTES = 4 * 1024 * 1024;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Headers that describe one connection, not the response: never copied from the handler's Response. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

function contentType(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function isCompressible(type: string): boolean {
  const media = type.split(';', 1)[0]!.trim().toLowerCase();
  return media.startsWith('text/') || /javascript|json|xml|svg|manifest/.test(media);
}

type Encoding = 'br' | 'gzip';

/**
 * The encoding to send, from Accept-Encoding: the highest q-value among br and gzip (`*` counts for
 * both), brotli on a tie; none when neither is acceptable or identity is explicitly preferred.
 */
function negotiateEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*([\d.]+)$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    const key = name.toLowerCase() === 'x-gzip' ? 'gzip' : name.toLowerCase();
    quality.set(key, Number.isFinite(q) ? q : 0);
  }
  const wildcard = quality.get('*') ?? 0;
  const br = quality.get('br') ?? wildcard;
  const gz = quality.get('gzip') ?? wildcard;
  const best = Math.max(br, gz);
  if (best <= 0) return null;
  const identity = quality.get('identity');
  if (identity !== undefined && identity > best) return null;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Brotli quality and gzip level for what is compressed per response (pages): moderate, as for any
 * dynamic HTML. A 40 KB post here, in one call: brotli 4 ≈ 0.7 ms of CPU for 9.2 KB, 5 ≈ 0.9 ms for
 * 8.5 KB, 9 ≈ 4 ms for 7.9 KB. With pages from the page cache compression is most of what an answer
 * costs: 4 takes a fifth off the server's CPU per answer for 0.7 KB more.
 */
const DYNAMIC = { brotli: 4, gzip: 6 };
/** Static files are compressed once per version: slower, smaller settings. */
const STATIC = { brotli: 9, gzip: 9 };

/** A compressor for on-the-fly responses: fast settings, flushed after every chunk written. */
function streamingCompressor(encoding: Encoding): Transform {
  return encoding === 'br'
    ? createBrotliCompress({
        flush: zlib.BROTLI_OPERATION_FLUSH,
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: DYNAMIC.brotli,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        },
      })
    : createGzip({ flush: zlib.Z_SYNC_FLUSH, level: DYNAMIC.gzip });
}

/**
 * Compresses a whole body in one call, sized for it: a static file (once per version), or a handler
 * response whose length was known before it was read (a page), where one call costs about a third less
 * CPU than the flushing stream.
 */
function compressWhole(data: Buffer, encoding: Encoding, settings = STATIC): Promise<Buffer> {
  return new Promise((done, fail) => {
    const callback = (error: Error | null, result: Buffer) => (error ? fail(error) : done(result));
    if (encoding === 'br') {
      brotliCompress(
        data,
        {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: settings.brotli,
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        },
        callback,
      );
    } else {
      gzip(data, { level: settings.gzip }, callback);
    }
  });
}

type CacheEntry = { version: string; bytes: number; data: Promise<Buffer> };

/**
 * Compressed static files, least recently used first out, bounded by total size. One entry per
 * path and encoding: a new version of a file (other mtime or size) replaces the old one. A pending
 * compression is shared by every request that arrives while it runs.
 */
class CompressedFiles {
  readonly #entries = new Map<string, CacheEntry>();
  #bytes = 0;

  get(path: string, encoding: Encoding, version: string, produce: () => Promise<Buffer>): Promise<Buffer> {
    const key = `${encoding}:${path}`;
    const hit = this.#entries.get(key);
    if (hit && hit.version === version) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.data;
    }
    if (hit) this.#remove(key, hit);
    const entry: CacheEntry = { version, bytes: 0, data: produce() };
    this.#entries.set(key, entry);
    entry.data.then(
      (data) => {
        if (this.#entries.get(key) !== entry) return;
        entry.bytes = data.length;
        this.#bytes += data.length;
        for (const [oldKey, old] of this.#entries) {
          if (this.#bytes <= CACHE_MAX_BYTES) break;
          this.#remove(oldKey, old);
        }
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.data;
  }

  #remove(key: string, entry: CacheEntry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}

type Route = { kind: 'file'; path: string; immutable: boolean } | { kind: 'handler' } | { kind: 'bad' };

/** Which file of root a request target names, if any. Only GET and HEAD are ever served from files. */
function route(root: string, target: string): Route {
  if (!target.startsWith('/')) return { kind: 'handler' };
  const rawPath = target.split(/[?#]/, 1)[0]!;
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'handler' }; // malformed escapes: not a file name; the handler answers (404)
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
    return { kind: 'bad' };
  }
  if (pathname.endsWith('/')) return { kind: 'handler' };
  const path = resolve(root, `.${pathname}`);
  if (!path.startsWith(root + sep)) return { kind: 'bad' };
  // The page shell is the handler's, whatever the spelling (case-insensitive file systems included).
  if (path.toLowerCase() === join(root, 'index.html').toLowerCase()) return { kind: 'handler' };
  return { kind: 'file', path, immutable: path.startsWith(join(root, 'assets') + sep) };
}

function stripWeak(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since. */
function notModified(req: IncomingMessage, etag: string, mtime: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    return ifNoneMatch.split(',').some((tag) => stripWeak(tag.trim()) === stripWeak(etag));
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

/** A Host (or X-Forwarded-Host) value that can only be a host name or address, with an optional port. */
const HOST = /^(?:[a-z\d_-]+(?:\.[a-z\d_-]+)*\.?|\[[\da-f:.]+\])(?::\d{1,5})?$/i;

function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',', 1)[0]?.trim() || undefined;
}

type HeaderRecord = Record<string, string | string[]>;

/** Header sets merged case-insensitively, later ones winning (one line per name on the wire). */
function mergeHeaders(...layers: Readonly<HeaderRecord>[]): HeaderRecord {
  const merged = new Map<string, [string, string | string[]]>();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer)) merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}

export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const root = resolve(options.distDir);
  const extraHeaders = options.headers ?? {};
  const log = options.log ?? ((line: string) => console.error(line));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const graceMs = options.shutdownGraceMs ?? 10_000;
  const compressed = new CompressedFiles();
  /** Responses not yet closed, each with the controller of its request's AbortSignal. */
  const inFlight = new Map<ServerResponse, AbortController>();
  let closing: Promise<void> | undefined;
  let listenOrigin = '';

  function sendText(res: ServerResponse, status: number, text: string, headers: HeaderRecord = {}): void {
    const body = `${text}\n`;
    res.writeHead(
      status,
      mergeHeaders(
        extraHeaders,
        {
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Length': String(Buffer.byteLength(body)),
          'Cache-Control': 'no-store',
        },
        headers,
      ),
    );
    res.end(body);
  }

  /** Serves a file; false when there is none at that path (the handler answers instead). */
  async function serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: { path: string; immutable: boolean },
  ): Promise<boolean> {
    try {
      // stat first: open() would block on a FIFO.
      if (!(await stat(file.path)).isFile()) return false;
    } catch {
      return false;
    }
    let handle;
    try {
      handle = await open(file.path, 'r');
    } catch {
      return false;
    }
    let streaming = false;
    try {
      const info = await handle.stat(); // the opened file's own metadata, in case it was just replaced
      if (!info.isFile()) return false;
      const type = contentType(file.path);
      const compressible = isCompressible(type);
      const encoding =
        compressible && info.size > MIN_COMPRESS_BYTES
          ? negotiateEncoding(req.headers['accept-encoding'])
          : null;
      const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
      // Each encoding is its own representation, with its own tag.
      const etag = `"${version}${encoding ? `-${encoding}` : ''}"`;
      // The server's own headers win over the extra ones for files.
      const headers = mergeHeaders(extraHeaders, {
        'Content-Type': type,
        'Cache-Control': file.immutable ? IMMUTABLE : 'no-cache',
        ETag: etag,
        'Last-Modified': info.mtime.toUTCString(),
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      });

      if (notModified(req, etag, info.mtime)) {
        res.writeHead(304, headers);
        res.end();
        return true;
      }
      if (encoding && info.size <= CACHE_MAX_FILE_BYTES) {
        const fileHandle = handle;
        const body = await compressed.get(file.path, encoding, version, async () =>
          compressWhole(await fileHandle.readFile(), encoding),
        );
        res.writeHead(200, {
          ...headers,
          'Content-Encoding': encoding,
          'Content-Length': String(body.length),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return true;
      }
      if (encoding) {
        // Too big to keep: compressed for this request only, length unknown in advance.
        res.writeHead(200, { ...headers, 'Content-Encoding': encoding });
        if (req.method === 'HEAD') {
          res.end();
          return true;
        }
        streaming = true;
        await pipeline(handle.createReadStream(), streamingCompressor(encoding), res);
        return true;
      }
      res.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
      if (req.method === 'HEAD' || info.size === 0) {
        res.end();
        return true;
      }
      streaming = true;
      // Bounded by the size announced: a file that grows meanwhile cannot overrun Content-Length.
      await pipeline(handle.createReadStream({ start: 0, end: info.size - 1 }), res);
      return true;
    } finally {
      // A stream closes the handle itself (autoClose), also when the pipeline fails.
      if (!streaming) await handle.close();
    }
  }

  function requestUrl(req: IncomingMessage): URL | null {
    const forwardedProto = options.trustProxy
      ? firstValue(req.headers['x-forwarded-proto'])?.toLowerCase()
      : undefined;
    // node:http, so plain http unless a trusted proxy says otherwise.
    const protocol = forwardedProto === 'http' || forwardedProto === 'https' ? forwardedProto : 'http';
    const host =
      (options.trustProxy ? firstValue(req.headers['x-forwarded-host']) : undefined) ?? req.headers.host;
    let origin = listenOrigin.replace(/^https?:/, `${protocol}:`);
    if (host) {
      if (!HOST.test(host)) return null;
      origin = `${protocol}://${host}`;
    }
    const target = req.url ?? '/';
    try {
      if (target.startsWith('/')) return new URL(origin + target);
      if (target === '*') return new URL(`${origin}/`);
      // Absolute form (`GET http://x/y`): keep the path and query, never the client's choice of origin.
      const absolute = new URL(target);
      return new URL(origin + absolute.pathname + absolute.search);
    } catch {
      return null;
    }
  }

  /** The request body, null when the client went away, 'too-large' over the limit. */
  function readBody(req: IncomingMessage): Promise<Buffer | null | 'too-large'> {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBodyBytes) return Promise.resolve('too-large');
    return new Promise((done) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const settle = (value: Buffer | null | 'too-large') => {
        if (settled) return;
        settled = true;
        done(value);
      };
      req.on('data', (chunk: Buffer) => {
        if (settled) return; // over the limit: the rest is read and dropped
        size += chunk.length;
        if (size > maxBodyBytes) settle('too-large');
        else chunks.push(chunk);
      });
      req.on('end', () => settle(Buffer.concat(chunks)));
      req.on('error', () => settle(null));
      req.on('close', () => settle(null));
    });
  }

  async function serveHandler(req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
    const url = requestUrl(req);
    if (!url) {
      sendText(res, 400, 'Bad Request');
      return;
    }
    const method = req.method ?? 'GET';
    let body: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBody(req);
      if (read === null) return;
      if (read === 'too-large') {
        sendText(res, 413, 'Payload Too Large', { Connection: 'close' });
        return;
      }
      body = read;
    }
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      try {
        headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      } catch {
        // a header fetch refuses (Node's parser is more lenient): the handler does without it
      }
    }
    let request: Request;
    try {
      request = new Request(url, {
        method,
        headers,
        ...(body ? { body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length) } : {}),
        signal,
      });
    } catch {
      // fetch refuses CONNECT, TRACE and TRACK
      sendText(res, 405, 'Method Not Allowed');
      return;
    }

    let response: Response;
    try {
      response = await options.handler(request);
      if (!(response instanceof Response))
        throw new TypeError(`The handler returned ${String(response)}, not a Response.`);
    } catch (error) {
      if (res.destroyed && signal.aborted) return; // the client left; a handler giving up then is no fault
      log(`lectern: the handler failed on ${method} ${req.url}: ${describe(error)}`);
      if (!res.destroyed) sendText(res, 500, 'Internal Server Error');
      return;
    }
    await writeResponse(req, res, response, signal);
  }

  async function writeResponse(
    req: IncomingMessage,
    res: ServerResponse,
    response: Response,
    signal: AbortSignal,
  ): Promise<void> {
    if (res.destroyed) {
      await response.body?.cancel().catch(() => {});
      return;
    }
    const headers = new Map<string, [string, string | string[]]>();
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name.toLowerCase(), [name, value]);
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie' && !HOP_BY_HOP.has(name)) headers.set(name, [name, value]);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) headers.set('set-cookie', ['Set-Cookie', cookies]);
    const get = (name: string): string | undefined => {
      const value = headers.get(name)?.[1];
      return Array.isArray(value) ? value.join(', ') : value;
    };

    const status = response.status;
    const type = get('content-type');
    const compressible = type !== undefined && isCompressible(type);
    if (compressible) {
      const vary = get('vary');
      if (!vary) headers.set('vary', ['Vary', 'Accept-Encoding']);
      else if (!/(^|,)\s*(\*|accept-encoding)\s*(,|$)/i.test(vary))
        headers.set('vary', ['Vary', `${vary}, Accept-Encoding`]);
    }
    const writeHead = () => {
      const out: HeaderRecord = {};
      for (const [name, value] of headers.values()) out[name] = value;
      if (response.statusText) res.writeHead(status, response.statusText, out);
      else res.writeHead(status, out);
    };

    const hasBody = req.method !== 'HEAD' && status !== 204 && status !== 304;
    if (!hasBody || !response.body) {
      await response.body?.cancel().catch(() => {});
      writeHead();
      res.end();
      return;
    }

    const declaredLength = get('content-length');
    let encoding =
      compressible &&
      status !== 206 &&
      !headers.has('content-encoding') &&
      !/no-transform/i.test(get('cache-control') ?? '') &&
      (declaredLength === undefined || Number(declaredLength) > MIN_COMPRESS_BYTES)
        ? negotiateEncoding(req.headers['accept-encoding'])
        : null;

    const reader = response.body.getReader();
    // Client gone: stop reading, so the handler's stream is cancelled even while it waits.
    res.once('close', () => {
      if (!res.writableFinished) reader.cancel().catch(() => {});
    });
    const head: Uint8Array[] = [];
    let ended = false;
    if (encoding && declaredLength === undefined) {
      // Length unknown: read up to the threshold to see whether this is a small body.
      let size = 0;
      while (size <= MIN_COMPRESS_BYTES) {
        const { done, value } = await reader.read();
        if (done) {
          ended = true;
          break;
        }
        head.push(value);
        size += value.length;
      }
      if (ended && size <= MIN_COMPRESS_BYTES) {
        encoding = null;
        headers.set('content-length', ['Content-Length', String(size)]);
      }
    }
    if (encoding) {
      headers.delete('content-length');
      headers.set('content-encoding', ['Content-Encoding', encoding]);
      const etag = get('etag');
      if (etag && !etag.startsWith('W/')) headers.set('etag', ['ETag', `W/${etag}`]);
    }
    if (encoding && declaredLength !== undefined && Number(declaredLength) <= CACHE_MAX_FILE_BYTES) {
      // Its length was declared, so it is all there, not a page still being rendered: one call.
      let whole: Buffer;
      try {
        whole = await compressWhole(Buffer.concat(await readAll(reader)), encoding, DYNAMIC);
      } catch (error) {
        if (!signal.aborted)
          log(`lectern: the response body failed on ${req.method} ${req.url}: ${describe(error)}`);
        res.destroy();
        return;
      }
      if (res.destroyed) return;
      headers.set('content-length', ['Content-Length', String(whole.length)]);
      writeHead();
      res.end(whole);
      return;
    }
    writeHead();
    const source = Readable.from(chunks(head, ended ? null : reader), { objectMode: false });
    try {
      if (encoding) await pipeline(source, streamingCompressor(encoding), res);
      else await pipeline(source, res);
    } catch (error) {
      if (!signal.aborted)
        log(`lectern: the response body failed on ${req.method} ${req.url}: ${describe(error)}`);
      res.destroy();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
    const target = route(root, req.url ?? '/');
    if (target.kind === 'bad') {
      sendText(res, 400, 'Bad Request');
      return;
    }
    if (target.kind === 'file' && (req.method === 'GET' || req.method === 'HEAD')) {
      if (await serveFile(req, res, target)) return;
    }
    await serveHandler(req, res, signal);
  }

  const server = createServer((req, res) => {
    const abort = new AbortController();
    inFlight.set(res, abort);
    if (closing) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      if (!res.writableFinished) abort.abort(new Error('The client closed the connection.'));
      // A keep-alive connection whose last response just ended is idle now: don't wait for its timeout.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    handle(req, res, abort.signal).catch((error: unknown) => {
      log(`lectern: ${req.method} ${req.url} failed: ${describe(error)}`);
      if (!res.headersSent && !res.destroyed) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  server.on('error', (error) => log(`lectern: server error: ${describe(error)}`));
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  listenOrigin = `http://${hostname}:${address.port}`;

  return {
    url: listenOrigin,
    close() {
      closing ??= new Promise<void>((done, fail) => {
        // Responses not started yet tell their clients this connection ends with them.
        for (const res of inFlight.keys()) if (!res.headersSent) res.setHeader('Connection', 'close');
        const cut = setTimeout(() => {
          if (inFlight.size > 0)
            log(`lectern: cutting ${inFlight.size} request(s) still running after ${graceMs} ms`);
          for (const abort of inFlight.values()) abort.abort(new Error('The server is shutting down.'));
          server.closeAllConnections();
        }, graceMs);
        cut.unref();
        // Stops accepting connections and closes the idle keep-alive ones; calls back once all are gone.
        server.close((error) => {
          clearTimeout(cut);
          if (error) fail(error);
          else done();
        });
      });
      return closing;
    },
  };
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

async function* chunks(
  head: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array> | null,
): AsyncGenerator<Uint8Array> {
  let finished = reader === null;
  try {
    yield* head;
    if (!reader) return;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader?.cancel().catch(() => {});
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * On SIGTERM or SIGINT: close the server once (in-flight requests finish within its grace period),
 * then exit 0 (1 if closing failed). A second signal while closing exits at once with 1.
 */
export function closeOnSignals(
  server: NodeServer,
  log: (line: string) => void = (line) => console.error(line),
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      log(`lectern: ${signal} again, exiting without waiting`);
      process.exit(1);
    }
    closing = true;
    log(`lectern: ${signal}, closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`lectern: closing failed: ${describe(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
