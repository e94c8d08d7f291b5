import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Fußzeile',
  'chrome.footer.home': 'Startseite',
  'chrome.footer.archive': 'Archiv',
  'chrome.footer.poweredBy': '{blog} · Powered by Lectern',
  'chrome.feeds.subscribe': 'Abonnieren: {links}',
  'chrome.feeds.posts': 'Posts ({format})',
  'chrome.feeds.comments': 'Kommentare zum Post ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Kommentare zu {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
