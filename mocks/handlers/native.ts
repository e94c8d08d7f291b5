import { http, HttpResponse } from 'msw';
import type { Feeds } from '../../src/api/types';
import {
  createNativeBackend,
  type BackendResponse,
  type DemoData,
  type NativeBackendOptions,
} from '../backend/native-backend';

/**
 * MSW handlers that speak Lectern's native contract over the demo data. `base` is the API root the
 * handlers answer on: a pattern such as '*\/api' matches it on any origin (dev server, preview, tests).
 */
export function createNativeHandlers(
  data: DemoData,
  base = '*/api',
  options: NativeBackendOptions & {
    /** The blog's feed links, from the address the API was asked at (mocks/handlers/feeds.ts). */
    feeds?: (apiRequestUrl: string) => Feeds;
  } = {},
) {
  const backend = createNativeBackend(data, options);
  const reply = ({ status, body }: BackendResponse) => HttpResponse.json(body as never, { status });
  const search = (request: Request) => new URL(request.url).searchParams;

  return [
    http.get(`${base}/blog`, ({ request }) => {
      const blog = backend.getBlog();
      if (!options.feeds) return reply(blog);
      return reply({ ...blog, body: { ...(blog.body as object), feeds: options.feeds(request.url) } });
    }),
    http.get(`${base}/posts`, ({ request }) => reply(backend.listPosts(search(request)))),
    http.get(`${base}/posts/:postId/comments`, ({ params, request }) =>
      reply(backend.listComments(String(params.postId), search(request))),
    ),
    http.post(`${base}/posts/:postId/comments`, async ({ params, request }) => {
      const body: unknown = await request.json().catch(() => null);
      return reply(backend.createComment(String(params.postId), body));
    }),
    http.get(`${base}/posts/:year/:month/:slug`, ({ params, request }) =>
      reply(backend.getPost(Number(params.year), Number(params.month), String(params.slug), search(request))),
    ),
    http.get(`${base}/archive`, () => reply(backend.getArchive())),
    http.get(`${base}/popular`, ({ request }) => reply(backend.listPopular(search(request)))),
    http.get(`${base}/labels`, () => reply(backend.listLabels())),
    http.get(`${base}/authors/:id`, ({ params }) => reply(backend.getAuthor(String(params.id)))),
    http.get(`${base}/pages/:slug`, ({ params }) => reply(backend.getStaticPage(String(params.slug)))),
  ];
}
