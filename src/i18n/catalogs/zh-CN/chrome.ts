import type en from '../../en/chrome';
import type { Messages } from '../../messages';

export default {
  'chrome.footer.nav': '页脚',
  'chrome.footer.home': '主页',
  'chrome.footer.archive': '归档',
  'chrome.footer.poweredBy': '{blog} · 由 Lectern 提供支持',
  'chrome.feeds.subscribe': '订阅：{links}',
  'chrome.feeds.posts': '博文 ({format})',
  'chrome.feeds.comments': '博文评论 ({format})',
  'chrome.feeds.linkTitle': '{title} ({format})',
  'chrome.feeds.commentsTitle': '对“{title}”的评论',
  'chrome.list.separator': '、',
} satisfies Messages<typeof en>;
