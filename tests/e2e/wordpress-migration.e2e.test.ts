/**
 * docs/migrating.md's recipe for the old WordPress front end, on a real WordPress (support/wordpress.ts):
 * with docs/wordpress/lectern-front-end.php as a must-use plugin, the theme's pages answer 301 to the
 * same path at the Lectern address, while the REST API Lectern reads and the feeds stay.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeWithWordPress, startWordPress, type WordPressSite } from './support/wordpress';

const PLUGIN = fileURLToPath(new URL('../../docs/wordpress/lectern-front-end.php', import.meta.url));
const LECTERN = 'https://lectern.example';
const AUTHOR = { login: 'ada', email: 'ada@example.org', displayName: 'Ada Quill', bio: 'Bakes.' };

describeWithWordPress('the old WordPress front end, sent to Lectern (docs/migrating.md)', () => {
  let wp: WordPressSite | undefined;

  beforeAll(async () => {
    wp = await startWordPress(
      {
        site: {
          title: 'Moved kitchen',
          description: 'Now read elsewhere.',
          timeZone: 'Europe/Berlin',
          language: 'de_DE',
        },
        users: [AUTHOR],
        categories: ['Kitchen'],
        posts: [
          {
            key: 'rye',
            author: AUTHOR.login,
            categories: ['Kitchen'],
            tags: [],
            title: 'Rye, slowly',
            date: '2025-05-01 09:00:00',
            content: '<p>Rye needs patience.</p>',
          },
        ],
      },
      { muPlugins: [PLUGIN], constants: { LECTERN_URL: LECTERN } },
    );
  }, 120_000);

  afterAll(async () => {
    await wp?.stop();
  });

  const get = (path: string) => fetch(`${wp!.url}${path}`, { redirect: 'manual' });

  test("the theme's pages answer 301 to the same path and query at Lectern's address", async () => {
    const id = wp!.ids.posts.rye!.id;
    for (const path of [`/?p=${id}`, '/', `/?cat=1`, '/?s=rye']) {
      const response = await get(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('Location'), path).toBe(`${LECTERN}${path}`);
    }
  });

  test('the REST index names the site language, which Lectern reads as the blog’s', async () => {
    const index = await get('/wp-json/?_fields=name,language');
    expect(index.status).toBe(200);
    expect(await index.json()).toMatchObject({ name: 'Moved kitchen', language: 'de-DE' });
  });

  // Previews (is_preview()) are for a signed-in editor, which this test does not sign in as.
  test('the REST API and the feeds are still WordPress’s', async () => {
    const posts = await get('/wp-json/wp/v2/posts?_fields=title');
    expect(posts.status).toBe(200);
    expect(JSON.stringify(await posts.json())).toContain('Rye, slowly');
    for (const path of ['/feed/', '/?feed=rss2']) {
      // WordPress may send /?feed=rss2 on to its /feed/: still WordPress, never Lectern.
      const feed = await fetch(`${wp!.url}${path}`);
      expect(feed.status, path).toBe(200);
      expect(new URL(feed.url).origin, path).toBe(wp!.url);
      expect(await feed.text(), path).toContain('<rss');
    }
  });
});
