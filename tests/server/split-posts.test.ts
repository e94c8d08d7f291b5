// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitAndTeaserData, splitPost, teaserPost } from '../../mocks/data/real-world';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { server } from '../../mocks/node';
import { get, ORIGIN, serverHandler } from '../support/server-setup';

/*
 * Issue 17, point 8 through the server render (npm start), on WordPress's wire format: a post split with
 * <!--nextpage--> answers each page at ?page=N, and sends a page it does not have to its plain address.
 */

const WP = 'https://wp.blog.test';
const pathOf = (p: { published: string; slug: string }) =>
  `/${p.published.slice(0, 4)}/${p.published.slice(5, 7)}/${encodeURIComponent(p.slug)}.html`;

function setUp() {
  server.use(...createWordPressHandlers(splitAndTeaserData, WP));
  return serverHandler({ backend: { kind: 'wordpress', url: WP } }).handler;
}

describe('split posts, rendered on the server', () => {
  it('?page=2 renders page 2 with the Pages nav, its own title and canonical address', async () => {
    const { response, document } = await get(setUp(), `${pathOf(splitPost)}?page=2`);
    expect(response.status).toBe(200);
    const body = document.querySelector('.post__body')!;
    expect(body.textContent).toContain('Part two: file the claim');
    expect(body.textContent).not.toContain('Part one');
    expect(body.innerHTML).not.toContain('nextpage');
    const nav = document.querySelector('nav[aria-label="Pages of this post"]')!;
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('2');
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      pathOf(splitPost),
      `${pathOf(splitPost)}?page=3`,
    ]);
    expect(document.title).toMatch(/^A guide to wage claims, in three parts – page 2 \| /);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}${pathOf(splitPost)}?page=2`,
    );
  });

  it('the plain address is page 1', async () => {
    const { response, document } = await get(setUp(), pathOf(splitPost));
    expect(response.status).toBe(200);
    expect(document.querySelector('.post__body')?.textContent).toContain('Part one');
    expect(
      document.querySelector('nav[aria-label="Pages of this post"] [aria-current="page"]')?.textContent,
    ).toBe('1');
  });

  it('?page=9 and ?page=1 answer 301 to the plain address', async () => {
    const handler = setUp();
    for (const search of ['?page=9', '?page=1', '?page=x']) {
      const response = await handler(new Request(new URL(`${pathOf(splitPost)}${search}`, ORIGIN)));
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('Location')!, ORIGIN).pathname).toBe(pathOf(splitPost));
      expect(new URL(response.headers.get('Location')!, ORIGIN).search).toBe('');
    }
  });

  it('the home list ends a jump-break post at its break, with "Read more »"', async () => {
    const { document } = await get(setUp(), '/');
    const summary = [...document.querySelectorAll('article.post-summary')].find(
      (a) => a.querySelector('h3')?.textContent === teaserPost.title,
    )!;
    expect(summary.textContent).toContain('The short version');
    expect(summary.textContent).not.toContain('salary threshold');
    const more = summary.querySelector('a.post-summary__more')!;
    expect(more.textContent).toBe('Read more »');
    expect(more.getAttribute('href')).toBe(pathOf(teaserPost));
  });
});
