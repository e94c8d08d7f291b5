import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseLecternConfig, type LecternConfig } from '../../server/server-config';
import { configureSanitizer, setServerDom } from '../../src/lib/sanitize-html';
import { createRequestHandler, type RequestHandler } from '../../server/handler';
import type { RenderToHtml } from '../../server/render-html';
import { parseTemplate } from '../../server/template';

/** What server/serve.ts sets up, for tests that call the request handler directly (no HTTP). */
export const ORIGIN = 'http://blog.test';

let domReady = false;

export function serverHandler(
  config: unknown = { backend: { kind: 'demo' } },
  options: { renderToHtml?: RenderToHtml } = {},
): {
  handler: RequestHandler;
  config: LecternConfig;
} {
  if (!domReady) {
    setServerDom(new JSDOM('<!doctype html>').window);
    domReady = true;
  }
  const parsed = parseLecternConfig(config);
  configureSanitizer({ iframeHosts: parsed.embeds?.iframeHosts ?? [] });
  // The source index.html has the shape of the built one (#root with the loading state, <noscript>).
  const template = parseTemplate(readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8'));
  return { handler: createRequestHandler({ config: parsed, template, ...options }), config: parsed };
}

export async function get(handler: RequestHandler, path: string, init?: RequestInit) {
  const response = await handler(new Request(new URL(path, ORIGIN), init));
  const html = await response.text();
  return { response, html, document: new JSDOM(html, { url: new URL(path, ORIGIN).href }).window.document };
}
