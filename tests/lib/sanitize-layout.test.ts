/* eslint-disable testing-library/no-node-access -- the sanitizer's output is markup: besides what a reader finds by role, these pure-function tests read attributes and classes it kept (a <pre> and a class have no role to query by) */
import { render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { SanitizedHtml } from '../../src/components/sanitized-html';
import { sanitizePostHtml } from '../../src/lib/sanitize-html';
import { ALL_BLOG_MARKUP, BLOGGER_MARKUP, WORDPRESS_MARKUP } from '../fixtures/blog-markup';

/*
 * What the sanitizer adds so real-world post bodies fit a phone: tables in a labelled region that
 * scrolls and takes keyboard focus, <pre> blocks in the Tab order; and what it keeps of the blogs' own
 * markup for the theme to style. (The server runs the same module on jsdom: tests/server/narrow-content.test.ts.)
 */

function showPost(html: string) {
  return render(createElement(SanitizedHtml, { html, kind: 'post' }));
}

const HOURS = '<tr><th>Day</th><th>Hours</th></tr><tr><td>Monday</td><td>10</td></tr>';

describe('tables in post bodies', () => {
  it('sit in a region named by their caption, in the Tab order, around the table itself', () => {
    showPost(`<p>Before</p><table><caption>Hours   worked\n in May</caption>${HOURS}</table>`);
    const region = screen.getByRole('region', { name: 'Hours worked in May' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('table-scroll');
    const table = within(region).getByRole('table', { name: 'Hours worked in May' });
    expect(table.parentElement).toBe(region);
    expect(within(table).getByRole('cell', { name: '10' })).toBeInTheDocument();
  });

  it("take the name of a WordPress table block's figcaption, and stay in its figure", () => {
    showPost(WORDPRESS_MARKUP.table);
    const region = screen.getByRole('region', { name: 'Where the forms are' });
    expect(region.parentElement).toHaveClass('wp-block-table', 'is-style-stripes');
    expect(within(region).getByRole('columnheader', { name: 'Where to find it' })).toBeInTheDocument();
  });

  it('are named "Table", or "Table 1", "Table 2"… when several have no caption (landmark names differ)', () => {
    const { unmount } = showPost(`<table>${HOURS}</table>`);
    expect(screen.getByRole('region', { name: 'Table' })).toBeInTheDocument();
    unmount();
    showPost(`<table>${HOURS}</table><table><caption>Rates</caption>${HOURS}</table><table>${HOURS}</table>`);
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-label'))).toEqual([
      'Table 1',
      'Rates',
      'Table 2',
    ]);
  });

  it('take a long caption cut at a word', () => {
    const caption = `${'Overtime hours worked by each packer '.repeat(5)}in the week of November 4`;
    showPost(`<table><caption>${caption}</caption>${HOURS}</table>`);
    const name = screen.getByRole('region').getAttribute('aria-label') ?? '';
    expect(name.length).toBeLessThanOrEqual(101);
    expect(name).toMatch(/^Overtime hours worked by each packer .* worked by…$/);
  });

  it('wrap nested tables too, and markup that already went through once is left as it is', () => {
    const html = `<table><caption>Outer</caption><tr><td><table><caption>Inner</caption>${HOURS}</table></td></tr></table>`;
    const once = String(sanitizePostHtml(html));
    expect(String(sanitizePostHtml(once))).toBe(once);
    showPost(html);
    const outer = screen.getByRole('region', { name: 'Outer' });
    expect(within(outer).getByRole('region', { name: 'Inner' })).toBeInTheDocument();
    expect(screen.getAllByRole('region')).toHaveLength(2);
  });

  it('name the region with the caption as text only: markup in a hostile caption never runs', () => {
    showPost(
      `<table><caption><img src=x onerror="window.__xss=1">"&gt;<script>window.__xss=2</script>Rates<svg onload="window.__xss=3"></svg></caption>${HOURS}</table>`,
    );
    expect(screen.getByRole('region', { name: '">Rates' })).toBeInTheDocument();
    expect(document.body.querySelector('script, svg, [onerror], [onload]')).toBeNull();
  });

  it("leave Blogger's captioned image alone: a layout table around one picture is no data table", () => {
    showPost(BLOGGER_MARKUP.captionedImage);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('img', { name: 'The county courthouse' })).toBeInTheDocument();
    expect(screen.getByText('The county courthouse, from the bus stop.')).toHaveClass('tr-caption');
  });
});

describe('<pre> in post bodies', () => {
  it('is in the Tab order, as it scrolls sideways on a narrow screen', () => {
    showPost('<pre class="wp-block-code"><code>a = 1</code></pre><pre tabindex="-1">verse</pre>');
    const blocks = [...document.body.querySelectorAll('pre')];
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block).toHaveAttribute('tabindex', '0');
    expect(blocks[0]).toHaveClass('wp-block-code');
  });

  it('stays plain text in a comment, whose allow-list has no <pre> at all', () => {
    render(
      createElement(SanitizedHtml, {
        html: '<pre>x</pre><table><tr><td>y</td></tr></table>',
        kind: 'comment',
      }),
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe("the blogs' own markup", () => {
  /** The classes post-body.css styles: each must come through the sanitizer on its element. */
  const STYLED = [
    'div.wp-caption.alignleft',
    'p.wp-caption-text',
    'figure.wp-block-image.aligncenter',
    'figure.wp-block-image.alignwide',
    'figure.wp-block-image.alignfull',
    'figure.wp-block-gallery.columns-3.is-cropped',
    'figcaption.blocks-gallery-caption',
    'div.gallery.gallery-columns-4',
    'figure.gallery-item',
    'blockquote.wp-block-quote.is-style-large',
    'figure.wp-block-pullquote.alignright',
    'div.wp-block-columns > div.wp-block-column',
    'div.wp-block-buttons.is-content-justification-center',
    'div.wp-block-button.is-style-outline > a.wp-block-button__link',
    'hr.wp-block-separator.is-style-wide',
    'hr.wp-block-separator.is-style-dots',
    'figure.wp-block-table.is-style-stripes',
    'pre.wp-block-code > code',
    'figure.wp-embed-aspect-16-9 video',
    'table.tr-caption-container[align="center"]',
    'td.tr-caption',
    'div.separator img',
    'figure.kg-card.kg-image-card.kg-width-wide',
    'figure.kg-image-card.kg-width-full',
    'figure.kg-gallery-card .kg-gallery-row > .kg-gallery-image > img',
    'figure.kg-bookmark-card > a.kg-bookmark-container .kg-bookmark-thumbnail img',
    'div.kg-callout-card.kg-callout-card-grey > .kg-callout-text',
    'div.kg-button-card.kg-align-center > a.kg-btn',
  ];

  it('keeps the classes the theme styles, and drops the inline styles and data attributes', () => {
    const out = document.createElement('div');
    out.innerHTML = String(sanitizePostHtml(ALL_BLOG_MARKUP));
    const missing = STYLED.filter((selector) => out.querySelector(selector) === null);
    expect(missing).toEqual([]);
    expect(out.querySelector('[style]')).toBeNull();
    expect(
      [...out.querySelectorAll('*')].flatMap((element) => element.getAttributeNames()),
    ).not.toContainEqual(expect.stringMatching(/^data-/));
  });
});
