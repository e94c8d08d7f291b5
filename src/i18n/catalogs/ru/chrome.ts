import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'Нижний колонтитул',
  'chrome.footer.home': 'Главная страница',
  'chrome.footer.archive': 'Архив',
  'chrome.footer.poweredBy': '{blog} · Работает на Lectern',
  'chrome.feeds.subscribe': 'Подписаться на: {links}',
  'chrome.feeds.posts': 'Сообщения ({format})',
  'chrome.feeds.comments': 'Комментарии к сообщению ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': 'Комментарии к «{title}»',
  'chrome.list.separator': ', ',
} satisfies Messages<typeof en>;
