import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Piè di pagina',
  'chrome.footer.home': 'Home page',
  'chrome.footer.archive': 'Archivio',
  'chrome.footer.poweredBy': '{blog} · Realizzato con Lectern',
  'chrome.feeds.subscribe': 'Iscriviti a: {links}',
  'chrome.feeds.posts': 'Post ({format})',
  'chrome.feeds.comments': 'Commenti sul post ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Commenti su {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
