import type { BackendResponse, NativeBackend } from './native-backend';

/**
 * The native contract's routes (docs/api.md) over an in-memory backend, as a web-standard
 * `Request → Response` function: the demo's HTTP server (mocks/http-server.ts) and `npm start` in demo
 * mode (server/demo-backend.ts) answer with it.
 */

const MAX_BODY_BYTES = 64 * 1024;

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function toResponse({ status, body }: BackendResponse): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** Routes `request` (whose path starts with `prefix`) to the backend; anything else is a JSON 404. */
export async function answerNative(
  backend: NativeBackend,
  request: Request,
  prefix: string,
): Promise<BackendResponse> {
  const url = new URL(request.url);
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
      return backend.getPost(Number(second), Number(third), fourth, url.searchParams);
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
