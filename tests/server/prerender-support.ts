import { createNativeBackend, type DemoData } from '../../mocks/backend/native-backend';
import { answerNative, toResponse } from '../../mocks/backend/native-fetch';
import { demoData } from '../../mocks/data/index';
import type { DemoPost } from '../../mocks/data/types';

/** A native backend in memory at http://backend.test/api, as a fetch (no network, no MSW). */
export const BACKEND_URL = 'http://backend.test/api';

export function nativeFetch(data: DemoData): typeof fetch & { requests: string[] } {
  const backend = createNativeBackend(data);
  const requests: string[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.url);
    return toResponse(await answerNative(backend, request, '/api'));
  };
  return Object.assign(fetchFn, { requests });
}

function post(id: string, published: string, fields: Partial<DemoPost>): DemoPost {
  return {
    id,
    slug: id,
    title: `Post ${id}`,
    published,
    authorId: demoData.authors[0]!.id,
    labels: [],
    html: `<p>Body of ${id}.</p>`,
    ...fields,
  };
}

/**
 * A small blog with the awkward cases: a label with a slash and a plus, a Greek one, a post with no
 * title, a static page linked from a post, 23 posts (three home pages at ten a page), two authors.
 */
export function awkwardBlog(): DemoData {
  const [first, second] = demoData.authors;
  const posts: DemoPost[] = [];
  for (let i = 0; i < 23; i += 1) {
    const month = (i % 6) + 1;
    const day = String((i % 27) + 1).padStart(2, '0');
    posts.push(
      post(`post-${String(i).padStart(2, '0')}`, `202${i < 12 ? 3 : 4}-0${month}-${day}T10:00:00-07:00`, {
        labels: i % 2 === 0 ? ['C/C++'] : ['Ελληνικά'],
        authorId: i % 3 === 0 ? second!.id : first!.id,
      }),
    );
  }
  posts[5] = { ...posts[5]!, title: '' };
  posts[7] = { ...posts[7]!, html: '<p>See <a href="/p/about.html">about us</a>.</p>' };
  return {
    blog: demoData.blog,
    authors: [first!, second!],
    posts,
    comments: [],
    pages: [
      { slug: 'about', title: 'About', html: '<p>About us.</p>' },
      { slug: 'unlinked', title: 'Unlinked', html: '<p>Nobody links here.</p>' },
    ],
  };
}
