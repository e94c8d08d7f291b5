import { describe, expect, it } from 'vitest';
import { replyHref } from '../../src/components/comments/posted-comment';

const post = '/2020/06/a-post.html';

describe('the Reply link’s address', () => {
  it('names the comment and points at the form, keeping the page’s other parameters', () => {
    expect(replyHref({ pathname: post, search: '' }, 'c 1')).toBe('?replytocom=c+1#comment-form');
    expect(replyHref({ pathname: post, search: '?page=2' }, '7')).toBe('?page=2&replytocom=7#comment-form');
  });

  it('replaces the comment already named, and drops the one-time "held for approval" notice', () => {
    expect(replyHref({ pathname: post, search: '?replytocom=3&comment=held' }, '7')).toBe(
      '?replytocom=7#comment-form',
    );
  });

  it('back to the page’s own form: the page itself, relative, so a base path is kept', () => {
    expect(replyHref({ pathname: post, search: '?replytocom=3' }, null)).toBe('a-post.html#comment-form');
    expect(replyHref({ pathname: '/blog/p/', search: '?replytocom=3&page=2' }, null)).toBe(
      '?page=2#comment-form',
    );
    expect(replyHref({ pathname: '/blog/p/', search: '' }, null)).toBe('./#comment-form');
  });
});
