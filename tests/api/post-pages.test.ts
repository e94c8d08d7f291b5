import { describe, expect, it } from 'vitest';
import { bodyExcerpt } from '../../src/api/adapters/text';
import { postPageUrl, requestedPostPage, splitPost } from '../../src/api/post-pages';

describe('splitPost: <!--nextpage--> pages', () => {
  it('keeps a body without markers as one page and no teaser', () => {
    expect(splitPost('<p>One.</p><p>Two.</p>')).toEqual({ pages: ['<p>One.</p><p>Two.</p>'], teaser: null });
  });

  it('splits on the bare comment and on the one wpautop wraps in <p>', () => {
    const html = '<p>One.</p>\n<p><!--nextpage--></p>\n<p>Two.</p><!--nextpage--><p>Three.</p>';
    expect(splitPost(html).pages).toEqual(['<p>One.</p>', '<p>Two.</p>', '<p>Three.</p>']);
  });

  it('leaves no marker in any page, for any spelling', () => {
    const { pages } = splitPost('<p>A</p><P> <!-- nextpage --> </P><p>B</p><!--NEXTPAGE--><p>C</p>');
    expect(pages).toEqual(['<p>A</p>', '<p>B</p>', '<p>C</p>']);
    for (const page of pages) expect(page).not.toMatch(/nextpage/i);
  });

  it('drops blank pages (a marker first, last or twice in a row) and keeps at least one page', () => {
    expect(
      splitPost('<!--nextpage--><p>A</p><!--nextpage-->\n<p>&nbsp;</p><!--nextpage--><p>B</p><!--nextpage-->')
        .pages,
    ).toEqual(['<p>A</p>', '<p>B</p>']);
    expect(splitPost('<!--nextpage--><p></p><!--nextpage-->').pages).toEqual(['']);
    expect(splitPost('').pages).toEqual(['']);
  });
});

describe('splitPost: <!--more--> jump break', () => {
  const forms = [
    '<!--more-->',
    '<p><!--more--></p>',
    '<!--more Keep reading…-->',
    '<span id="more-123"></span>',
    '<p><span id="more-123"></span></p>',
    '<a name="more"></a>',
    "<a name='more'></a>",
  ];
  for (const marker of forms) {
    it(`ends the teaser at ${marker} and leaves it out of the page`, () => {
      const { pages, teaser } = splitPost(`<p>Opening.</p>${marker}<p>The rest.</p>`);
      expect(teaser).toBe('<p>Opening.</p>');
      expect(pages).toEqual(['<p>Opening.</p><p>The rest.</p>']);
    });
  }

  it('keeps the text WordPress puts after its span in the same paragraph', () => {
    const { pages, teaser } = splitPost('<p>Opening.</p><p><span id="more-7"></span>The rest.</p>');
    expect(teaser).toBe('<p>Opening.</p>');
    expect(pages).toEqual(['<p>Opening.</p><p>The rest.</p>']);
  });

  it('has no teaser when nothing comes before the break', () => {
    expect(splitPost('<p><!--more--></p><p>All of it.</p>')).toEqual({
      pages: ['<p>All of it.</p>'],
      teaser: null,
    });
  });

  it('does not take other anchors or spans for a break', () => {
    const html = '<p><a name="top"></a>A <span id="more">B</span></p>';
    expect(splitPost(html)).toEqual({ pages: [html], teaser: null });
  });

  it('works with pages: the teaser has no page marker, the pages no jump break', () => {
    const { pages, teaser } = splitPost('<p>A</p><!--more--><p>B</p><!--nextpage--><p>C</p>');
    expect(teaser).toBe('<p>A</p>');
    expect(pages).toEqual(['<p>A</p><p>B</p>', '<p>C</p>']);
  });
});

describe('bodyExcerpt (the adapters’ excerpt from a body)', () => {
  it('is the text before the break, marked teaser', () => {
    expect(bodyExcerpt('<p>Opening.</p><a name="more"></a><p>Rest.</p>', 'Opening. Rest.')).toEqual({
      excerpt: 'Opening.',
      teaser: true,
    });
  });
  it('is the first words without a break', () => {
    expect(bodyExcerpt('<p>Opening.</p><p>Rest.</p>', 'Opening. Rest.')).toEqual({
      excerpt: 'Opening. Rest.',
    });
  });
});

describe('page addresses', () => {
  it('reads ?page: absent is page 1; 2…count; anything else null (redirect)', () => {
    expect(requestedPostPage(null, 3)).toBe(1);
    expect(requestedPostPage('2', 3)).toBe(2);
    expect(requestedPostPage('3', 3)).toBe(3);
    for (const raw of ['1', '0', '4', '9', '', 'two', '2.0', '-2'])
      expect(requestedPostPage(raw, 3)).toBeNull();
    expect(requestedPostPage('2', 1)).toBeNull();
  });
  it('writes page 1 as the plain address', () => {
    expect(postPageUrl('/2025/04/a.html', 1)).toBe('/2025/04/a.html');
    expect(postPageUrl('/2025/04/a.html', 2)).toBe('/2025/04/a.html?page=2');
  });
});
