import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Pie de página',
  'chrome.footer.home': 'Inicio',
  'chrome.footer.archive': 'Archivo',
  'chrome.footer.poweredBy': '{blog} · Con la tecnología de Lectern',
  'chrome.feeds.subscribe': 'Suscribirse a: {links}',
  'chrome.feeds.posts': 'Entradas ({format})',
  'chrome.feeds.comments': 'Comentarios de la entrada ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Comentarios sobre {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
