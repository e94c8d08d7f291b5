import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'پانویس',
  'chrome.footer.home': 'صفحهٔ اصلی',
  'chrome.footer.archive': 'بایگانی',
  'chrome.footer.poweredBy': '{blog} · قدرت گرفته از Lectern',
  'chrome.feeds.subscribe': 'اشتراک در: {links}',
  'chrome.feeds.posts': 'پست‌ها ({format})',
  'chrome.feeds.comments': 'نظرات پست ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'نظرات دربارهٔ {title}',
  'chrome.list.separator': '، ',
} satisfies Messages<typeof en>;
