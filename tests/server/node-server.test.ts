// @vitest-environment node
/**
 * server/node-server.ts over real sockets: a temporary dist/ directory, fake request handlers, and
 * requests made with node:http (raw request targets such as `/../x` reach the server as written;
 * fetch would normalise them, and MSW, started by tests/support/setup.ts, intercepts fetch).
 */
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  closeOnSignals,
  startNodeServer,
  type NodeServer,
  type NodeServerOptions,
  type RequestHandler,
} from '../../server/node-server';

let base: string;
let dist: string;

/** ~6 KB of script: compressible and over the 1 KB threshold. */
const BIG_JS = Array.from({ length: 200 }, (_, i) => `export const value${i} = 'line ${i}';\n`).join('');
const SECRET = 'SECRET-OUTSIDE-DIST';

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'lectern-node-server-'));
  dist = join(base, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await mkdir(join(dist, 'demo'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>STATIC SHELL</title>',
    'assets/app-1a2b3c.js': BIG_JS,
    'assets/app-1a2b3c.js.map': '{"version":3,"sources":[]}',
    'assets/style-9f8e7d.css': 'body{margin:0}',
    'assets/logo-5d4c3b.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/font-77aa.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32]),
    // Not compressible, however big.
    'assets/photo-0b1c.png': Buffer.alloc(8192, 7),
    'config.json': '{"backend":{"kind":"demo"}}',
    'robots.txt': 'User-agent: *\nAllow: /\n',
    'favicon.ico': Buffer.from([0, 0, 1, 0]),
    'sw.js': 'self.addEventListener("fetch", () => {});',
    'site.webmanifest': '{"name":"Lectern"}',
    'data.bin': Buffer.from([1, 2, 3]),
    'feed.xml': '<feed/>',
    'demo/photo.webp': Buffer.from([1]),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dist, name), content);
  await writeFile(join(base, 'package.json'), `{"name":"${SECRET}"}`);
  await writeFile(join(base, 'secret.txt'), SECRET);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const running: NodeServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

type Seen = { url: string; method: string; headers: Headers; body: string; signal: AbortSignal };

/** A handler that answers "page <url>" as HTML and records every request it gets. */
function recordingHandler(): { handler: RequestHandler; seen: Seen[] } {
  const seen: Seen[] = [];
  const handler: RequestHandler = async (request) => {
    seen.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: await request.text(),
      signal: request.signal,
    });
    return new Response(`page ${request.url}`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  };
  return { handler, seen };
}

async function start(options: Partial<NodeServerOptions> = {}): Promise<NodeServer> {
  const server = await startNodeServer({
    distDir: dist,
    handler: recordingHandler().handler,
    port: 0,
    log: () => {},
    ...options,
  });
  running.push(server);
  return server;
}

type Reply = { status: number; statusMessage: string; headers: IncomingHttpHeaders; body: Buffer };
type Init = { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent };

/** Opens a request; resolves with the response head (its body still to be read). */
function open(server: NodeServer, path: string, init: Init = {}) {
  const { hostname, port } = new URL(server.url);
  const req = httpRequest({
    host: hostname,
    port,
    path,
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    agent: init.agent ?? false,
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
  });
  req.end(init.body);
  return { req, response };
}

async function send(server: NodeServer, path: string, init: Init = {}): Promise<Reply> {
  const res = await open(server, path, init).response;
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return {
    status: res.statusCode ?? 0,
    statusMessage: res.statusMessage ?? '',
    headers: res.headers,
    body: Buffer.concat(chunks),
  };
}

function decoded(reply: Reply): string {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(reply.body).toString();
  if (encoding === 'gzip') return gunzipSync(reply.body).toString();
  expect(encoding).toBeUndefined();
  return reply.body.toString();
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Whether a promise settles within ms. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((done) => (timer = setTimeout(() => done(false), ms)));
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}

describe('static files', () => {
  test('are served with the Content-Type of their extension and their exact bytes', async () => {
    const server = await start();
    const expected: Record<string, string> = {
      '/assets/app-1a2b3c.js': 'text/javascript; charset=utf-8',
      '/assets/app-1a2b3c.js.map': 'application/json; charset=utf-8',
      '/assets/style-9f8e7d.css': 'text/css; charset=utf-8',
      '/assets/logo-5d4c3b.svg': 'image/svg+xml',
      '/assets/font-77aa.woff2': 'font/woff2',
      '/assets/photo-0b1c.png': 'image/png',
      '/config.json': 'application/json; charset=utf-8',
      '/robots.txt': 'text/plain; charset=utf-8',
      '/favicon.ico': 'image/x-icon',
      '/sw.js': 'text/javascript; charset=utf-8',
      '/site.webmanifest': 'application/manifest+json',
      '/feed.xml': 'application/xml; charset=utf-8',
      '/data.bin': 'application/octet-stream',
      '/demo/photo.webp': 'image/webp',
    };
    for (const [path, type] of Object.entries(expected)) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
      expect(reply.headers['content-length'], path).toBe(String(reply.body.length));
      expect(reply.body.equals(await readFile(join(dist, path))), path).toBe(true);
    }
    const withQuery = await send(server, '/config.json?v=2');
    expect(withQuery.body.toString()).toBe('{"backend":{"kind":"demo"}}');
  });

  test('hashed files under /assets/ are immutable for a year; every other file is revalidated', async () => {
    const server = await start();
    for (const path of ['/assets/app-1a2b3c.js', '/assets/style-9f8e7d.css', '/assets/app-1a2b3c.js.map']) {
      expect((await send(server, path)).headers['cache-control'], path).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    for (const path of ['/config.json', '/sw.js', '/robots.txt', '/favicon.ico', '/demo/photo.webp']) {
      expect((await send(server, path)).headers['cache-control'], path).toBe('no-cache');
    }
  });

  test('ETag and Last-Modified answer 304 to If-None-Match and If-Modified-Since; a replaced file is a 200 again', async () => {
    const server = await start();
    const first = await send(server, '/config.json');
    const etag = first.headers.etag!;
    const lastModified = first.headers['last-modified']!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(new Date(lastModified).getTime()).toBe(
      Math.floor((await stat(join(dist, 'config.json'))).mtimeMs / 1000) * 1000,
    );

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const reply = await send(server, '/config.json', { headers: { 'If-None-Match': ifNoneMatch } });
      expect(reply.status, ifNoneMatch).toBe(304);
      expect(reply.body.length).toBe(0);
      expect(reply.headers.etag).toBe(etag);
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
    expect((await send(server, '/config.json', { headers: { 'If-None-Match': '"other"' } })).status).toBe(
      200,
    );
    expect(
      (await send(server, '/config.json', { headers: { 'If-Modified-Since': lastModified } })).status,
    ).toBe(304);
    const earlier = new Date(new Date(lastModified).getTime() - 5000).toUTCString();
    expect((await send(server, '/config.json', { headers: { 'If-Modified-Since': earlier } })).status).toBe(
      200,
    );
    // If-None-Match wins over If-Modified-Since.
    expect(
      (
        await send(server, '/config.json', {
          headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified },
        })
      ).status,
    ).toBe(200);

    // Replacing config.json points the site elsewhere at once: the old tag no longer matches.
    const replaced = '{"backend":{"kind":"native","url":"https://api.blog.example"}}';
    await writeFile(join(dist, 'config.json'), replaced);
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dist, 'config.json'), later, later);
    try {
      const reply = await send(server, '/config.json', { headers: { 'If-None-Match': etag } });
      expect(reply.status).toBe(200);
      expect(reply.body.toString()).toBe(replaced);
      expect(reply.headers.etag).not.toBe(etag);
    } finally {
      await writeFile(join(dist, 'config.json'), '{"backend":{"kind":"demo"}}');
    }
  });

  test('HEAD answers the headers of GET without a body', async () => {
    const server = await start();
    for (const headers of [{}, { 'Accept-Encoding': 'br' }] as Record<string, string>[]) {
      const get = await send(server, '/assets/app-1a2b3c.js', { headers });
      const head = await send(server, '/assets/app-1a2b3c.js', { method: 'HEAD', headers });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const name of [
        'content-type',
        'content-length',
        'content-encoding',
        'etag',
        'last-modified',
        'cache-control',
        'vary',
      ]) {
        expect(head.headers[name], name).toBe(get.headers[name]);
      }
      expect(Number(head.headers['content-length'])).toBe(get.body.length);
    }
  });

  test('no path reaches a file outside distDir', async () => {
    const { handler, seen } = recordingHandler();
    const server = await start({ handler });
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/package.json',
      '/%2E%2E/secret.txt',
      '/.%2e/secret.txt',
      '/assets/..%2f..%2fetc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/robots.txt%00.png',
      '/%00',
    ];
    for (const path of attempts) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(400);
      expect(reply.body.toString(), path).not.toContain(SECRET);
      expect(reply.body.toString(), path).not.toContain('root:');
    }
    expect(seen).toEqual([]);
    // Encoded names inside distDir still work.
    expect((await send(server, '/%72obots.txt')).body.toString()).toContain('User-agent');
  });
});

describe('the handler', () => {
  test("gets '/', '/index.html', directories and every path that is not a file, never the static shell", async () => {
    const { handler, seen } = recordingHandler();
    const server = await start({ handler });
    const paths = [
      '/',
      '/index.html',
      '//index.html',
      '/2020/09/a-post.html?showComment=12',
      '/profile/someone',
      '/assets',
      '/assets/',
      '/demo',
      '/assets/missing-0000.js',
      '/robots.txt/',
    ];
    for (const path of paths) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(200);
      expect(reply.body.toString(), path).not.toContain('STATIC SHELL');
      expect(reply.body.toString(), path).toMatch(/^page http:\/\/127\.0\.0\.1:\d+\//);
    }
    expect(seen.map((request) => request.url)).toEqual(paths.map((path) => `${server.url}${path}`));
    // HEAD reaches the handler as HEAD, and no body is sent back.
    const head = await send(server, '/profile/someone', { method: 'HEAD' });
    expect(head.body.length).toBe(0);
    expect(seen.at(-1)?.method).toBe('HEAD');
  });

  test('gets an absolute URL from Host, X-Forwarded-* only with trustProxy', async () => {
    const { handler, seen } = recordingHandler();
    const server = await start({ handler });
    const forwarded = { 'X-Forwarded-Host': 'public.example', 'X-Forwarded-Proto': 'https' };
    await send(server, '/a?b=1', { headers: { Host: 'blog.example:8080', ...forwarded } });
    expect(seen.at(-1)?.url).toBe('http://blog.example:8080/a?b=1');
    expect((await send(server, '/a', { headers: { Host: 'evil.example/x?' } })).status).toBe(400);

    const { handler: proxied, seen: seenBehindProxy } = recordingHandler();
    const behindProxy = await start({ handler: proxied, trustProxy: true });
    await send(behindProxy, '/a?b=1', {
      headers: {
        Host: 'internal:3000',
        'X-Forwarded-Host': 'public.example, proxy.internal',
        'X-Forwarded-Proto': 'https',
      },
    });
    expect(seenBehindProxy.at(-1)?.url).toBe('https://public.example/a?b=1');
    await send(behindProxy, '/c', { headers: { Host: 'internal:3000' } });
    expect(seenBehindProxy.at(-1)?.url).toBe('http://internal:3000/c');
  });

  test('gets the method, the headers and a POSTed form', async () => {
    let form: Record<string, string> = {};
    let seen: Request | undefined;
    const server = await start({
      handler: async (request) => {
        seen = request;
        form = Object.fromEntries(
          [...(await request.formData())].map(([key, value]) => [key, String(value)]),
        );
        return new Response('thanks', { status: 303, headers: { Location: '/thanks' } });
      },
    });
    const reply = await send(server, '/2020/09/a-post.html', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: 'session=abc',
        'X-Custom': 'one',
      },
      body: 'name=Ada+Lovelace&comment=Hello%2C+world%21',
    });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/thanks');
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe(`${server.url}/2020/09/a-post.html`);
    expect(seen?.headers.get('cookie')).toBe('session=abc');
    expect(seen?.headers.get('x-custom')).toBe('one');
    expect(seen?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(form).toEqual({ name: 'Ada Lovelace', comment: 'Hello, world!' });
  });

  test('is not called for a body over the limit: 413', async () => {
    const { handler, seen } = recordingHandler();
    const server = await start({ handler });
    // Announced too large: refused before a byte of it is read.
    const { req, response } = open(server, '/comment', {
      method: 'POST',
      headers: { 'Content-Length': String(2 * 1024 * 1024), 'Content-Type': 'text/plain' },
    });
    req.on('error', () => {});
    expect((await response).statusCode).toBe(413);
    req.destroy();
    // Sent without a length: refused once it passes the limit (here 1000 bytes).
    const small = await start({ handler, maxBodyBytes: 1000 });
    const chunked = { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } };
    expect((await send(small, '/comment', { ...chunked, body: 'x'.repeat(1001) })).status).toBe(413);
    expect((await send(small, '/comment', { ...chunked, body: 'x'.repeat(1000) })).status).toBe(200);
    expect(seen.map((request) => request.body.length)).toEqual([1000]);
  });

  test("its status, headers (several Set-Cookie) and Cache-Control reach the client; the server's extra headers fill in", async () => {
    const server = await start({
      headers: { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' },
      handler: async (request) => {
        const headers = new Headers({ 'Content-Type': 'text/plain', 'X-Frame-Options': 'SAMEORIGIN' });
        headers.append('Set-Cookie', 'a=1; Path=/; HttpOnly');
        headers.append('Set-Cookie', 'b=2; Path=/');
        if (new URL(request.url).pathname === '/cached') headers.set('Cache-Control', 'public, max-age=60');
        return new Response('Not here', { status: 404, statusText: 'Nope', headers });
      },
    });
    const reply = await send(server, '/cached');
    expect(reply.status).toBe(404);
    expect(reply.statusMessage).toBe('Nope');
    expect(reply.body.toString()).toBe('Not here');
    expect(reply.headers['set-cookie']).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/']);
    expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('public, max-age=60');
    expect((await send(server, '/other')).headers['cache-control']).toBeUndefined();
    // Extra headers are on static files too.
    expect((await send(server, '/robots.txt')).headers['x-frame-options']).toBe('DENY');
  });

  for (const encoding of ['identity', 'gzip'] as const) {
    test(`a streamed body reaches the client chunk by chunk (${encoding})`, async () => {
      const firstSeen = deferred();
      const first = `<!doctype html><main>${'shell '.repeat(300)}</main>`;
      const server = await start({
        handler: async () =>
          new Response(
            new ReadableStream<Uint8Array>({
              async start(controller) {
                controller.enqueue(new TextEncoder().encode(first));
                // The rest only once the client has the first part: a buffering server would never deliver it.
                await firstSeen.promise;
                controller.enqueue(new TextEncoder().encode('<p>late</p>'));
                controller.close();
              },
            }),
            { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
          ),
      });
      const res = await open(server, '/', { headers: { 'Accept-Encoding': encoding } }).response;
      expect(res.headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
      const body = encoding === 'gzip' ? res.pipe(createGunzip()) : res;
      let text = '';
      for await (const chunk of body) {
        text += String(chunk);
        if (text.length >= first.length) firstSeen.resolve();
      }
      expect(text).toBe(`${first}<p>late</p>`);
    });
  }

  test('that throws or rejects gets a 500, logged, and the server keeps serving', async () => {
    const lines: string[] = [];
    let calls = 0;
    const server = await start({
      log: (line) => lines.push(line),
      handler: (request) => {
        calls += 1;
        if (request.url.endsWith('/sync')) throw new Error('render exploded');
        if (request.url.endsWith('/async')) return Promise.reject(new Error('data went away'));
        return Promise.resolve(new Response('fine'));
      },
    });
    for (const path of ['/sync', '/async']) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(500);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body.toString()).toBe('Internal Server Error\n');
    }
    expect(lines.join('\n')).toContain('render exploded');
    expect(lines.join('\n')).toContain('data went away');
    const next = await send(server, '/ok');
    expect(next.status).toBe(200);
    expect(next.body.toString()).toBe('fine');
    expect(calls).toBe(3);
  });

  test('sees request.signal abort when the client goes away', async () => {
    const called = deferred();
    const aborted = deferred<boolean>();
    const server = await start({
      handler: (request) => {
        request.signal.addEventListener('abort', () => aborted.resolve(true));
        called.resolve();
        return new Promise<Response>(() => {}); // never answers
      },
    });
    const { req, response } = open(server, '/slow');
    response.catch(() => {});
    req.on('error', () => {});
    await called.promise;
    req.destroy();
    expect(
      await Promise.race([aborted.promise, new Promise((done) => setTimeout(() => done(false), 2000))]),
    ).toBe(true);
  });

  test('a finished request does not abort its signal', async () => {
    const { handler, seen } = recordingHandler();
    const server = await start({ handler });
    await send(server, '/x');
    await new Promise((done) => setTimeout(done, 50));
    expect(seen[0]?.signal.aborted).toBe(false);
  });
});

describe('compression', () => {
  const js = '/assets/app-1a2b3c.js';

  test('follows Accept-Encoding and its q-values: brotli first, then gzip, identity when neither is accepted', async () => {
    const server = await start();
    const cases: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      ['gzip', 'gzip'],
      ['br', 'br'],
      ['gzip, deflate, br', 'br'],
      ['br;q=0.5, gzip;q=0.8', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['*', 'br'],
      ['*, br;q=0', 'gzip'],
      ['identity', undefined],
      ['deflate', undefined],
      ['identity;q=1, gzip;q=0.5', undefined],
    ];
    for (const [acceptEncoding, expected] of cases) {
      const reply = await send(server, js, {
        headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
      });
      expect(reply.headers['content-encoding'], acceptEncoding).toBe(expected);
      expect(reply.headers.vary, acceptEncoding).toBe('Accept-Encoding');
      expect(decoded(reply), acceptEncoding).toBe(BIG_JS);
      expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
      if (expected) expect(reply.body.length).toBeLessThan(BIG_JS.length / 2);
    }
    // One ETag per representation.
    const br = await send(server, js, { headers: { 'Accept-Encoding': 'br' } });
    const plain = await send(server, js);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    expect(
      (await send(server, js, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! } }))
        .status,
    ).toBe(304);
    expect((await send(server, js, { headers: { 'If-None-Match': br.headers.etag! } })).status).toBe(200);
  });

  test('leaves small bodies and images alone', async () => {
    const server = await start();
    const small = await send(server, '/robots.txt', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toBe('Accept-Encoding');
    const png = await send(server, '/assets/photo-0b1c.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.length).toBe(8192);
  });

  test('a static file is compressed once per version (path, mtime, size), then served from memory', async () => {
    const path = join(dist, 'assets/cached-4e5f.js');
    const original = 'a'.repeat(4000);
    await writeFile(path, original);
    const mtime = new Date('2024-05-01T12:00:00Z'); // whole seconds: utimes() can set it again exactly
    await utimes(path, mtime, mtime);
    const server = await start();
    const br = { headers: { 'Accept-Encoding': 'br' } };
    expect(decoded(await send(server, '/assets/cached-4e5f.js', br))).toBe(original);
    // Same size, same mtime, other bytes: the compressed copy in memory is what is served.
    await writeFile(path, 'b'.repeat(4000));
    await utimes(path, mtime, mtime);
    expect(decoded(await send(server, '/assets/cached-4e5f.js', br))).toBe(original);
    expect(decoded(await send(server, '/assets/cached-4e5f.js'))).toBe('b'.repeat(4000)); // identity is read from disk
    // A new mtime is a new version.
    const later = new Date(mtime.getTime() + 10_000);
    await utimes(path, later, later);
    expect(decoded(await send(server, '/assets/cached-4e5f.js', br))).toBe('b'.repeat(4000));
  });

  test("compresses the handler's large responses on the fly, not its small ones nor those already encoded", async () => {
    const page = `<!doctype html><p>${'Hello, reader. '.repeat(200)}</p>`;
    // Already gzipped by the handler, and big enough that it would be compressed again if the server did not look.
    const pregzipped = gzipSync(randomBytes(3000).toString('hex'));
    const server = await start({
      handler: async (request) => {
        const path = new URL(request.url).pathname;
        const html = { 'Content-Type': 'text/html; charset=utf-8' };
        if (path === '/small') return new Response('<p>short</p>', { headers: html });
        if (path === '/encoded')
          return new Response(pregzipped, { headers: { ...html, 'Content-Encoding': 'gzip' } });
        if (path === '/image')
          return new Response(new Uint8Array(5000), { headers: { 'Content-Type': 'image/png' } });
        if (path === '/whole')
          return new Response(page, {
            headers: { ...html, 'Content-Length': String(Buffer.byteLength(page)) },
          });
        return new Response(page, { headers: { ...html, ETag: '"v1"', Vary: 'Cookie' } });
      },
    });
    const all = { headers: { 'Accept-Encoding': 'gzip, br' } };
    const big = await send(server, '/big', all);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toBe('Cookie, Accept-Encoding');
    expect(big.headers.etag).toBe('W/"v1"');
    expect(decoded(big)).toBe(page);
    const gzipped = await send(server, '/big', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipped)).toBe(page);
    const identity = await send(server, '/big');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(page);

    // A length declared: the whole body, compressed in one call, with the length of what is sent.
    for (const encoding of ['br', 'gzip']) {
      const whole = await send(server, '/whole', { headers: { 'Accept-Encoding': encoding } });
      expect(whole.headers['content-encoding']).toBe(encoding);
      expect(whole.headers['content-length']).toBe(String(whole.body.length));
      expect(whole.body.length).toBeLessThan(page.length / 4);
      expect(decoded(whole)).toBe(page);
    }

    const small = await send(server, '/small', all);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['content-length']).toBe('12');
    expect(small.headers.vary).toBe('Accept-Encoding');
    expect(small.body.toString()).toBe('<p>short</p>');

    const encoded = await send(server, '/encoded', all);
    expect(encoded.headers['content-encoding']).toBe('gzip');
    expect(encoded.body.equals(pregzipped)).toBe(true);

    const image = await send(server, '/image', all);
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(5000);
  });
});

describe('close()', () => {
  test('lets a request in flight finish, refuses new connections, then resolves', async () => {
    const called = deferred();
    const release = deferred();
    const server = await start({
      handler: async () => {
        called.resolve();
        await release.promise;
        return new Response('finished in time');
      },
    });
    const slow = send(server, '/slow');
    await called.promise;
    const closed = server.close();
    expect(await settlesWithin(closed, 100)).toBe(false);
    await expect(send(server, '/new')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    release.resolve();
    const reply = await slow;
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe('finished in time');
    expect(await settlesWithin(closed, 2000)).toBe(true);
  });

  test('does not wait for idle keep-alive connections', async () => {
    const server = await start({ shutdownGraceMs: 10_000 });
    const agent = new Agent({ keepAlive: true });
    try {
      await send(server, '/one', { agent });
      await send(server, '/two', { agent });
      expect(Object.values(agent.freeSockets).flat().length).toBe(1);
      expect(await settlesWithin(server.close(), 2000)).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  test('closes a keep-alive connection as soon as the response it was streaming ends', async () => {
    const started = deferred();
    const release = deferred();
    const server = await start({
      shutdownGraceMs: 10_000,
      handler: async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              controller.enqueue(new TextEncoder().encode('head '));
              started.resolve();
              await release.promise;
              controller.enqueue(new TextEncoder().encode('tail'));
              controller.close();
            },
          }),
        ),
    });
    const agent = new Agent({ keepAlive: true });
    try {
      // The response has promised keep-alive before close() is called.
      const res = await open(server, '/stream', { agent }).response;
      expect(res.headers.connection).toBe('keep-alive');
      await started.promise;
      const closed = server.close();
      expect(await settlesWithin(closed, 100)).toBe(false);
      release.resolve();
      let text = '';
      for await (const chunk of res) text += String(chunk);
      expect(text).toBe('head tail');
      // Not after Node's 5 s keep-alive timeout: at once.
      expect(await settlesWithin(closed, 2000)).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  test('cuts requests still running after the grace period, aborting their signal', async () => {
    const called = deferred();
    let signal: AbortSignal | undefined;
    const lines: string[] = [];
    const server = await start({
      shutdownGraceMs: 200,
      log: (line) => lines.push(line),
      handler: (request) => {
        signal = request.signal;
        called.resolve();
        return new Promise<Response>(() => {});
      },
    });
    const stuck = send(server, '/stuck');
    stuck.catch(() => {});
    await called.promise;
    const started = Date.now();
    expect(await settlesWithin(server.close(), 3000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await expect(stuck).rejects.toThrow();
    expect(signal?.aborted).toBe(true);
    expect(lines.join('\n')).toMatch(/cutting 1 request/);
  });
});

test('closeOnSignals closes once on SIGTERM or SIGINT, then exits 0', async () => {
  const listeners = new Map<string, (signal: NodeJS.Signals) => void>();
  vi.spyOn(process, 'on').mockImplementation(((event: string, listener: (signal: NodeJS.Signals) => void) => {
    listeners.set(event, listener);
    return process;
  }) as typeof process.on);
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as typeof process.exit);
  const closed = deferred();
  const close = vi.fn(() => closed.promise);
  closeOnSignals({ url: 'http://127.0.0.1:1', close }, () => {});
  expect([...listeners.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);

  listeners.get('SIGTERM')?.('SIGTERM');
  expect(close).toHaveBeenCalledTimes(1);
  expect(exit).not.toHaveBeenCalled(); // not before in-flight requests are done
  closed.resolve();
  await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  expect(close).toHaveBeenCalledTimes(1);
});
