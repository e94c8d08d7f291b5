import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultPlan, FAULT_ERROR_BODY, type FaultDecision, type FaultOptions } from './backend/faults';
import { createNativeBackend, type BackendResponse, type DemoData } from './backend/native-backend';
import { generateScaleBlog } from './data/generate-scale';

/**
 * The demo blog as a real HTTP JSON backend on the native contract (docs/api.md), with CORS, for
 * tests and benchmarks that must talk to a server rather than to the service worker.
 */

export type NativeHttpServer = { url: string; close(): Promise<void> };

const MAX_BODY_BYTES = 64 * 1024;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

function send(response: ServerResponse, { status, body }: BackendResponse): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Fault mode (docs/fault-mode.md): hold, delay, fail or garble the answer, else let `answer` run. */
async function answerWithFault(
  fault: FaultDecision,
  response: ServerResponse,
  answer: () => Promise<void>,
): Promise<void> {
  // A hung request is never answered; close() ends its connection.
  if (fault.kind === 'hang') return;
  if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (response.destroyed) return;
  if (fault.kind === 'error') return send(response, { status: 503, body: FAULT_ERROR_BODY });
  if (fault.kind === 'malformed') {
    response.writeHead(200, { 'Content-Type': fault.body.contentType });
    response.end(fault.body.body);
    return;
  }
  await answer();
}

/**
 * `data` is the blog to serve; `'scale'` generates the scale benchmark's blog (mocks/data/generate-scale.ts:
 * 10,000 posts, 500 labels, a post with 2,000 comments) at start.
 */
export async function startNativeHttpServer(
  data: DemoData | 'scale',
  {
    host = '127.0.0.1',
    port = 0,
    prefix = '/api',
    faults,
  }: { host?: string; port?: number; prefix?: string; faults?: FaultOptions } = {},
): Promise<NativeHttpServer> {
  const backend = createNativeBackend(data === 'scale' ? generateScaleBlog() : data);
  const faultPlan = faults ? createFaultPlan(faults) : null;
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const respond = () => route(request).then((result) => send(response, result));
    const fault = faultPlan?.decide(request.method ?? 'GET', request.url ?? '/');
    void (fault ? answerWithFault(fault, response, respond) : respond());
  });

  async function route(request: IncomingMessage): Promise<BackendResponse> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : null;
    const parts = (path ?? '').split('/').filter(Boolean).map(decodeURIComponent);
    const get = request.method === 'GET' || request.method === 'HEAD';
    const [first, second, third, fourth] = parts;
    if (path !== null && get) {
      if (parts.length === 1 && first === 'blog') return backend.getBlog();
      if (parts.length === 1 && first === 'posts') return backend.listPosts(url.searchParams);
      if (parts.length === 1 && first === 'archive') return backend.getArchive();
      if (parts.length === 1 && first === 'popular') return backend.listPopular(url.searchParams);
      if (parts.length === 1 && first === 'labels') return backend.listLabels();
      if (parts.length === 2 && first === 'authors' && second) return backend.getAuthor(second);
      if (parts.length === 2 && first === 'pages' && second) return backend.getStaticPage(second);
      if (parts.length === 3 && first === 'posts' && second && third === 'comments') {
        return backend.listComments(second, url.searchParams);
      }
      if (parts.length === 4 && first === 'posts' && second && third && fourth) {
        return backend.getPost(Number(second), Number(third), fourth);
      }
    }
    if (
      path !== null &&
      request.method === 'POST' &&
      parts.length === 3 &&
      first === 'posts' &&
      second &&
      third === 'comments'
    ) {
      return backend.createComment(second, await readJson(request));
    }
    return { status: 404, body: { error: { code: 'not_found', message: 'No such endpoint' } } };
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
