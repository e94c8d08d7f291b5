/**
 * A pass-through HTTP proxy on 127.0.0.1 that counts the requests it forwards, by method and path:
 * put in front of the bench's native backend (mocks/http-server.ts, which keeps no count of its own),
 * it says how often the server asked the backend for each resource.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CountingProxy = {
  /** Origin without a trailing slash: the target's paths are forwarded as they are. */
  url: string;
  /** `GET /api/posts/…` → requests forwarded so far. */
  counts(): Map<string, number>;
  reset(): void;
  close(): Promise<void>;
};

export async function startCountingProxy(targetOrigin: string): Promise<CountingProxy> {
  const target = new URL(targetOrigin);
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    const key = `${request.method ?? 'GET'} ${request.url ?? '/'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: target.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.once('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => new Map(counts),
    reset: () => counts.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
