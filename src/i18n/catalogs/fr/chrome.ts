import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Pied de page',
  'chrome.footer.home': 'Accueil',
  'chrome.footer.archive': 'Archives',
  'chrome.footer.poweredBy': '{blog} · Propulsé par Lectern',
  'chrome.feeds.subscribe': "S'abonner à : {links}",
  'chrome.feeds.posts': 'Articles ({format})',
  'chrome.feeds.comments': "Commentaires sur l'article ({format})",
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Commentaires sur {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
