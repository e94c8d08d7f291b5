import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';

/**
 * Serves MSW handlers over real HTTP (with CORS), so a production build can talk to a mock of any
 * backend's wire format (WordPress, Blogger, Ghost, JSON Feed) through the browser's own fetch: the
 * handlers are the same ones the unit tests use. Handlers are set after start, because some need the
 * server's own address.
 */

export type HandlersHttpServer = {
  origin: string;
  use(handlers: RequestHandler[]): void;
  close(): Promise<void>;
};

async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks);
  return new Request(new URL(request.url ?? '/', origin), { method, headers, body });
}

export async function startHandlersHttpServer({
  host = '127.0.0.1',
  port = 0,
} = {}): Promise<HandlersHttpServer> {
  let handlers: RequestHandler[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept, Accept-Version');
    response.setHeader('Access-Control-Expose-Headers', 'X-WP-Total, X-WP-TotalPages, Link');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    void (async () => {
      const answer = await getResponse(handlers, await toFetchRequest(request, origin));
      if (!answer) {
        response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"no handler"}');
        return;
      }
      answer.headers.forEach((value, name) => response.setHeader(name, value));
      response.writeHead(answer.status);
      response.end(Buffer.from(await answer.arrayBuffer()));
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    use(next) {
      handlers = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
