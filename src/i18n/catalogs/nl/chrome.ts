import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Voettekst',
  'chrome.footer.home': 'Startpagina',
  'chrome.footer.archive': 'Archief',
  'chrome.footer.poweredBy': '{blog} · Mogelijk gemaakt door Lectern',
  'chrome.feeds.subscribe': 'Abonneren op: {links}',
  'chrome.feeds.posts': 'Posts ({format})',
  'chrome.feeds.comments': 'Reacties op post ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Reacties op {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
