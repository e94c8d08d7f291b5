import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Stopka',
  'chrome.footer.home': 'Strona główna',
  'chrome.footer.archive': 'Archiwum',
  'chrome.footer.poweredBy': '{blog} · Obsługiwane przez Lectern',
  'chrome.feeds.subscribe': 'Subskrybuj: {links}',
  'chrome.feeds.posts': 'Posty ({format})',
  'chrome.feeds.comments': 'Komentarze do posta ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Komentarze do: {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
