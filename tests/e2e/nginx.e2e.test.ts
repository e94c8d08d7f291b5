/**
 * The nginx recipes of docs/deploy.md, run as written (docs/nginx/*.conf) by a real nginx: a static
 * dist/ (security headers on pages and on assets, gzip, the app for page addresses and a real 404
 * for a missing file, cache headers), then nginx as a reverse proxy in front of `npm start`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppBuild } from './support/build';
import { startLecternServer, type LecternServer } from './support/lectern-server';
import { checkSiteConfig, describeWithNginx, startNginx, type Nginx } from './support/nginx';
import { postPath } from '../support/post-path';
import { demoData } from '../support/demo-paths';

const post = demoData.posts[0]!;
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy'] as const;

/** A request without automatic decompression, so Content-Encoding is what nginx sent. */
async function get(url: string, encoding = 'identity') {
  const response = await fetch(url, { headers: { 'Accept-Encoding': encoding }, redirect: 'manual' });
  const body = encoding === 'identity' ? await response.text() : '';
  return { status: response.status, headers: response.headers, body };
}

function expectSecurityHeaders(headers: Headers) {
  for (const name of SECURITY_HEADERS) expect(headers.get(name), name).toBeTruthy();
  expect(headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
}

let build: AppBuild | undefined;

beforeAll(async () => {
  build = await buildApp();
}, 120_000);

afterAll(async () => {
  await build?.cleanup();
});

describeWithNginx('nginx recipes (docs/nginx/)', () => {
  it('the whole site files pass nginx -t as installed: TLS, redirect to https, the includes', () => {
    const certs = mkdtempSync(join(tmpdir(), 'lectern-certs-'));
    try {
      const [cert, key] = [join(certs, 'fullchain.pem'), join(certs, 'privkey.pem')];
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=blog.example',
          '-keyout',
          key,
          '-out',
          cert,
        ],
        { stdio: 'ignore' },
      );
      const installed: [string, string][] = [
        ['/etc/letsencrypt/live/blog.example/fullchain.pem', cert],
        ['/etc/letsencrypt/live/blog.example/privkey.pem', key],
        ['/srv/lectern/dist', build!.outDir],
      ];
      for (const site of ['site-static.example.conf', 'site-proxy.example.conf']) {
        const result = checkSiteConfig(site, installed);
        expect(result.output, site).toContain('test is successful');
        expect(result.ok).toBe(true);
      }
    } finally {
      rmSync(certs, { recursive: true, force: true });
    }
  });

  describe('static dist/ (lectern-static.conf)', () => {
    let nginx: Nginx | undefined;
    beforeAll(async () => {
      nginx = await startNginx(`root ${build!.outDir};\n    include lectern-static.conf;`);
    });
    afterAll(async () => nginx?.close());
    const url = (path: string) => `${nginx!.url}${path}`;

    it('answers page addresses with the app, revalidated, with the security headers', async () => {
      const pages = ['/', postPath(post), `/profile/${demoData.authors[0]!.id}`, '/search/label/News'];
      // A label whose name looks like a file is still a page.
      for (const path of [...pages, '/search/label/Node.js', '/search?q=wages']) {
        const page = await get(url(path));
        expect([path, page.status]).toEqual([path, 200]);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(page.body).toContain('<div id="root">');
        expect(page.headers.get('cache-control')).toBe('no-cache');
        expectSecurityHeaders(page.headers);
      }
    });

    it('caches hashed assets for a year, with the security headers, compressed', async () => {
      const script = readdirSync(join(build!.outDir, 'assets')).find((file) => file.endsWith('.js'))!;
      const asset = await get(url(`/assets/${script}`));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(asset.headers);
      const gzipped = await get(url(`/assets/${script}`), 'gzip');
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(gzipped.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect((await get(url('/'), 'gzip')).headers.get('content-encoding')).toBe('gzip');
    });

    it('answers a real 404 for a missing file, never the app', async () => {
      for (const path of ['/assets/nope-123.js', '/demo/images/nope.svg', '/nope.css', '/feeds/nope.xml']) {
        const missing = await get(url(path));
        expect([path, missing.status]).toEqual([path, 404]);
        expect(missing.body).not.toContain('<div id="root">');
        expectSecurityHeaders(missing.headers);
      }
    });

    it('revalidates config.json and the service workers on every visit', async () => {
      for (const path of ['/config.json', '/mockServiceWorker.js', '/sw.js']) {
        const file = await get(url(path));
        expect([path, file.status, file.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
        expectSecurityHeaders(file.headers);
      }
    });
  });

  describe('in front of npm start (lectern-proxy.conf)', () => {
    let server: LecternServer | undefined;
    let nginx: Nginx | undefined;
    beforeAll(async () => {
      server = await startLecternServer(build!.outDir, { backend: { kind: 'demo' } });
      nginx = await startNginx('include lectern-proxy.conf;', [['http://127.0.0.1:3000', server.url]]);
    }, 120_000);
    afterAll(async () => {
      await nginx?.close();
      await server?.close();
    });
    const url = (path: string) => `${nginx!.url}${path}`;

    it("passes the server's page through: its HTML, status, caching, compression and one CSP with its nonce", async () => {
      const page = await get(url(postPath(post)));
      expect(page.status).toBe(200);
      expect(page.body).toContain(`<h1`);
      expect(page.body).toContain(post.title);
      const csp = page.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(page.body).toContain(`nonce="${nonce}"`);
      expect(csp.split(', ')).toHaveLength(1);
      expect(page.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
      expect((await get(url(postPath(post)), 'br')).headers.get('content-encoding')).toBe('br');
      expect((await get(url('/2099/01/no-such-post.html'))).status).toBe(404);
    });

    it('passes the canonical address of the old shapes as a redirect the reader follows', async () => {
      const old = await get(url(`${postPath(post)}?m=1`));
      expect(old.status).toBe(301);
      expect(new URL(old.headers.get('location') ?? '', nginx!.url).pathname).toBe(postPath(post));
    });
  });
});
