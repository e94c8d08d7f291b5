// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/*
 * docs/cloudfront/spa-fallback.js, the viewer-request function of the CloudFront + S3 recipe, run as
 * CloudFront runs it: a plain script whose `handler(event)` returns the request to send to the bucket.
 */

type Request = { uri: string; method: string; querystring: Record<string, unknown> };
const code = readFileSync(join(import.meta.dirname, '../../docs/cloudfront/spa-fallback.js'), 'utf8');
const handler = runInNewContext(`${code}\nhandler`, {}) as (event: { request: Request }) => Promise<Request>;

async function bucketKey(uri: string): Promise<string> {
  return (await handler({ request: { uri, method: 'GET', querystring: {} } })).uri;
}

describe('CloudFront viewer-request function', () => {
  it.each([
    '/',
    '/2020/09/some-post.html',
    '/2020/',
    '/2020/09/',
    '/profile/marisol-vega',
    '/search',
    '/search/label/News',
    '/search/label/Node.js',
    '/label/v2.0',
    '/p/about.html',
    '/no/such/page',
  ])('answers the page address %s with the app', async (uri) => {
    expect(await bucketKey(uri)).toBe('/index.html');
  });

  it.each([
    '/index.html',
    '/assets/index-B0L43_CI.css',
    '/assets/missing-123.js',
    '/config.json',
    '/mockServiceWorker.js',
    '/demo/images/megaphone.svg',
    '/favicon.ico',
    '/robots.txt',
  ])('sends the file %s to the bucket as asked', async (uri) => {
    expect(await bucketKey(uri)).toBe(uri);
  });
});
