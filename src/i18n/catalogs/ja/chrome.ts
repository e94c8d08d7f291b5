import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': 'フッター',
  'chrome.footer.home': 'ホーム',
  'chrome.footer.archive': 'アーカイブ',
  'chrome.footer.poweredBy': '{blog} · Powered by Lectern',
  'chrome.feeds.subscribe': '登録: {links}',
  'chrome.feeds.posts': '投稿 ({format})',
  'chrome.feeds.comments': 'コメント ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': '{title} へのコメント',
  'chrome.list.separator': '、',
} satisfies Messages<typeof en>;
