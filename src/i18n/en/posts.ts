/**
 * English, the source: the other catalogs translate these keys (src/i18n/catalogs/<language>/posts.ts).
 * A post and the lists of posts: the byline and labels, "Read more", comment counts, the pagers, the
 * pages of a split post, sharing, a password-protected post and the related posts.
 */
export default {
  'posts.meta.byline': 'Posted by {author} at {time}',
  'posts.meta.readingTime': '{minutes, plural, one {# min read} other {# min read}}',
  'posts.meta.labels': 'Labels: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'Featured',
  'posts.list.readMore': 'Read more »',
  'posts.list.readMoreLabel': 'Read more » “{title}”',
  'posts.list.commentCount': '{count, plural, =0 {No comments} one {# comment} other {# comments}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {No comments} one {# comment} other {# comments}} on “{title}”',
  'posts.list.loadingPost': 'Loading the post',
  'posts.pager.nav': 'Other posts',
  'posts.pager.newer': 'Newer Post',
  'posts.pager.newerLabel': 'Newer Post: {title}',
  'posts.pager.older': 'Older Post',
  'posts.pager.olderLabel': 'Older Post: {title}',
  'posts.pager.home': 'Home',
  'posts.listPager.nav': 'More posts',
  'posts.listPager.newer': 'Newer posts',
  'posts.listPager.older': 'Older posts',
  'posts.pages.nav': 'Pages of this post',
  'posts.pages.list': 'Pages: {pages}',
  'posts.share.region': 'Share this post',
  'posts.share.heading': 'Share:',
  'posts.share.copy': 'Copy link',
  'posts.share.email': 'Email',
  'posts.share.native': 'Share…',
  'posts.share.field': 'Link to this post',
  'posts.share.copied': 'Link copied',
  'posts.share.copyByHand':
    'Your browser did not let Lectern copy the link: it is selected in the “Link to this post” field, copy it from there.',
  'posts.share.failed': 'Sharing did not work. Copy the link or send it by email instead.',
  'posts.protected.notice': 'This post is password protected.',
  'posts.protected.formNotice': 'This post is password protected. To view it, enter its password below.',
  'posts.protected.formLabel': 'Password for “{title}”',
  'posts.protected.password': 'Password',
  'posts.protected.enter': 'Enter',
  'posts.protected.opening': 'Opening…',
  'posts.protected.empty': 'Enter the post’s password.',
  'posts.related.heading': 'Read more',
} as const;
