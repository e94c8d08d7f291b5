import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Rodapé',
  'chrome.footer.home': 'Página inicial',
  'chrome.footer.archive': 'Arquivo',
  'chrome.footer.poweredBy': '{blog} · Tecnologia do Lectern',
  'chrome.feeds.subscribe': 'Assinar: {links}',
  'chrome.feeds.posts': 'Postagens ({format})',
  'chrome.feeds.comments': 'Comentários da postagem ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Comentários sobre {title}',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
