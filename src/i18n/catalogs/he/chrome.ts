import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'כותרת תחתונה',
  'chrome.footer.home': 'דף הבית',
  'chrome.footer.archive': 'ארכיון',
  'chrome.footer.poweredBy': '{blog} · מופעל על ידי Lectern',
  'chrome.feeds.subscribe': 'הירשם ל: {links}',
  'chrome.feeds.posts': 'רשומות ({format})',
  'chrome.feeds.comments': 'תגובות לרשומה ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'תגובות על {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
