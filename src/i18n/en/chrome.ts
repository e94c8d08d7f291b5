/**
 * English, the source: the other catalogs translate these keys (src/i18n/catalogs/<language>/chrome.ts).
 * The page frame: header, footer, feeds, error and not-found pages, the offline bar, page titles.
 */
export default {
  'chrome.footer.nav': 'Footer',
  'chrome.footer.home': 'Home',
  'chrome.footer.archive': 'Archive',
  'chrome.footer.poweredBy': '{blog} · Powered by Lectern',
  'chrome.feeds.subscribe': 'Subscribe to: {links}',
  'chrome.feeds.posts': 'Posts ({format})',
  'chrome.feeds.comments': 'Post Comments ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Comments on {title}',
  'chrome.list.separator': ', ',
} as const;
