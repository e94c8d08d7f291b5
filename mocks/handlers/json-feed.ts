import { http, HttpResponse } from 'msw';
import type { DemoData } from '../backend/native-backend';
import { demoEntries, type DemoEntry } from './demo-wire';

/**
 * The demo blog as a JSON Feed 1.1, split into pages linked by `next_url`, with the format's optional
 * fields used the way real generators use them: `tags` only when there are some, `date_modified` only
 * when a post was edited, `authors` (1.1) alongside the deprecated `author` (1.0), and a `summary` on
 * some items but not others.
 */

export type JsonFeedMockOptions = { pageSize?: number };

export function createJsonFeedHandlers(
  data: DemoData,
  feedUrl = 'http://localhost/feed.json',
  options: JsonFeedMockOptions = {},
) {
  const pageSize = options.pageSize ?? 20;
  const home = 'https://arroyo-docket.example/';
  const entries = demoEntries(data);

  function person(id: string) {
    const a = data.authors.find((x) => x.id === id);
    return a ? { name: a.displayName, url: a.links[0]?.url, avatar: a.photo.url } : { name: 'Unknown' };
  }

  function item(e: DemoEntry) {
    const { post } = e;
    const link = `${home}${post.published.slice(0, 4)}/${post.published.slice(5, 7)}/${post.slug}.html`;
    const author = person(post.authorId);
    return {
      id: link,
      url: link,
      title: post.title,
      content_html: post.html,
      ...(e.serial % 3 === 0 ? { summary: e.text.slice(0, 160) } : {}),
      date_published: post.published,
      ...(post.updated ? { date_modified: post.updated } : {}),
      authors: [author],
      author,
      ...(post.labels.length ? { tags: post.labels } : {}),
    };
  }

  return [
    http.get(feedUrl, ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
      if (!Number.isInteger(page) || page < 1) return new HttpResponse('Not found', { status: 404 });
      const items = entries.slice((page - 1) * pageSize, page * pageSize);
      const more = page * pageSize < entries.length;
      return HttpResponse.json(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: data.blog.title,
          home_page_url: home,
          feed_url: feedUrl,
          description: data.blog.description,
          language: data.blog.locale,
          icon: `${home}icon.png`,
          authors: [person(data.blog.mainAuthorId)],
          ...(more ? { next_url: `${feedUrl}?page=${page + 1}` } : {}),
          items: items.map(item),
        },
        { headers: { 'Content-Type': 'application/feed+json' } },
      );
    }),
  ];
}
