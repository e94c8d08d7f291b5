import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'تذييل الصفحة',
  'chrome.footer.home': 'الصفحة الرئيسية',
  'chrome.footer.archive': 'الأرشيف',
  'chrome.footer.poweredBy': '{blog} · يعمل بواسطة Lectern',
  'chrome.feeds.subscribe': 'الاشتراك في: {links}',
  'chrome.feeds.posts': 'الرسائل ({format})',
  'chrome.feeds.comments': 'تعليقات الرسالة ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'تعليقات على {title}',
  'chrome.list.separator': '، ',
} satisfies Messages<typeof en>;
