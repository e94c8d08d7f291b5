// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fieldGuidePost } from '../../mocks/data/field-guide';
import { sanitizePostHtml } from '../../src/lib/sanitize-html';
import { postPath } from '../support/post-path';
import { get, ORIGIN, serverHandler } from '../support/server-setup';

/*
 * What the sanitizer adds for narrow screens is in the HTML the server sends (npm start), so a reader
 * without JavaScript gets the scrolling table region too, and the browser, running the same module,
 * draws the same markup over it when it hydrates (tests/e2e/narrow-screens.e2e.test.ts compares
 * Chromium's with this).
 */
describe('server rendering of a post with a wide table and <pre> blocks', () => {
  it('sends the table inside its labelled, focusable region and the <pre> blocks in the Tab order', async () => {
    const { handler } = serverHandler();
    const { response, document } = await get(handler, postPath(fieldGuidePost));
    expect(response.status).toBe(200);
    const body = document.querySelector('.post__body');
    const region = body?.querySelector('figure.wp-block-table > div.table-scroll[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('One workweek: twelve hours of overtime.');
    expect(region?.children).toHaveLength(1);
    expect(region?.firstElementChild?.tagName).toBe('TABLE');
    const blocks = [...(body?.querySelectorAll('pre') ?? [])];
    expect(blocks.map((block) => block.getAttribute('tabindex'))).toEqual(['0', '0']);
  });

  it('sends the body exactly as the sanitizer writes it for the page it renders', async () => {
    const { handler } = serverHandler();
    const { html } = await get(handler, postPath(fieldGuidePost));
    const expected = String(
      sanitizePostHtml(fieldGuidePost.html, { priorityFirstImage: true, origin: ORIGIN }),
    );
    expect(html).toContain(`<div class="post__body">${expected}</div>`);
  });
});
