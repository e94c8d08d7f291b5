import { describe, expect, it } from 'vitest';
import { firstImage } from '../../src/lib/first-image';

const PAGE = 'https://blog.example/2020/09/post.html';

describe('firstImage (the social preview image of a post)', () => {
  it('takes the first <img>, resolved against the page, with its alt text', () => {
    const html =
      '<p>Hi</p><figure><img alt="A &amp; B" src="/images/one.jpg?w=1&amp;h=2"></figure><img src="two.jpg">';
    expect(firstImage(html, PAGE)).toEqual({
      url: 'https://blog.example/images/one.jpg?w=1&h=2',
      alt: 'A & B',
    });
  });

  it("reads single-quoted and unquoted src, and gives '' when there is no alt", () => {
    expect(firstImage("<img src='a.png'>", PAGE)).toEqual({
      url: 'https://blog.example/2020/09/a.png',
      alt: '',
    });
    expect(firstImage('<IMG SRC=b.png>', PAGE)?.url).toBe('https://blog.example/2020/09/b.png');
  });

  it('ignores anything that is not http(s), and posts without images', () => {
    expect(firstImage('<img src="javascript:alert(1)">', PAGE)).toBeNull();
    expect(firstImage('<img src="data:image/png;base64,AAAA">', PAGE)).toBeNull();
    expect(firstImage('<img alt="no source">', PAGE)).toBeNull();
    expect(firstImage('<p>Words only</p>', PAGE)).toBeNull();
  });

  it('does not take data-src or srcset for src', () => {
    expect(firstImage('<img data-src="x.png" srcset="y.png 2x">', PAGE)).toBeNull();
  });
});
