import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultPlan, FAULT_ERROR_BODY, type FaultDecision, type FaultOptions } from './backend/faults';
import { createNativeBackend, type BackendResponse, type DemoData } from './backend/native-backend';
import { answerNative } from './backend/native-fetch';
import { generateScaleBlog } from './data/generate-scale';

/**
 * The demo blog as a real HTTP JSON backend on the native contract (docs/api.md), with CORS, for
 * tests and benchmarks that must talk to a server rather than to the service worker.
 */

export type NativeHttpServer = { url: string; close(): Promise<void> };

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
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const method = request.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks);
    return answerNative(
      backend,
      new Request(new URL(request.url ?? '/', 'http://localhost'), { method, body }),
      prefix,
    );
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
