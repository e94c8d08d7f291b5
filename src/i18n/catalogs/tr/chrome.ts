import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Alt bilgi',
  'chrome.footer.home': 'Ana Sayfa',
  'chrome.footer.archive': 'Arşiv',
  'chrome.footer.poweredBy': '{blog} · Lectern tarafından desteklenmektedir',
  'chrome.feeds.subscribe': 'Kaydol: {links}',
  'chrome.feeds.posts': 'Kayıtlar ({format})',
  'chrome.feeds.comments': 'Kayıt Yorumları ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': '{title} için yorumlar',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
