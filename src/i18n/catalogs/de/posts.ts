import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Eingestellt von {author} um {time}',
  'posts.meta.readingTime': '{minutes, plural, one {# Min. Lesezeit} other {# Min. Lesezeit}}',
  'posts.meta.labels': 'Labels: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'Empfohlen',
  'posts.list.readMore': 'Weiterlesen »',
  'posts.list.readMoreLabel': 'Weiterlesen » „{title}“',
  'posts.list.commentCount': '{count, plural, =0 {Keine Kommentare} one {# Kommentar} other {# Kommentare}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {Keine Kommentare} one {# Kommentar} other {# Kommentare}} zu „{title}“',
  'posts.list.loadingPost': 'Post wird geladen',
  'posts.pager.nav': 'Andere Posts',
  'posts.pager.newer': 'Neuerer Post',
  'posts.pager.newerLabel': 'Neuerer Post: {title}',
  'posts.pager.older': 'Älterer Post',
  'posts.pager.olderLabel': 'Älterer Post: {title}',
  'posts.pager.home': 'Startseite',
  'posts.listPager.nav': 'Weitere Posts',
  'posts.listPager.newer': 'Neuere Posts',
  'posts.listPager.older': 'Ältere Posts',
  'posts.pages.nav': 'Seiten dieses Posts',
  'posts.pages.list': 'Seiten: {pages}',
  'posts.share.region': 'Diesen Post teilen',
  'posts.share.heading': 'Teilen:',
  'posts.share.copy': 'Link kopieren',
  'posts.share.email': 'E-Mail',
  'posts.share.native': 'Teilen…',
  'posts.share.field': 'Link zu diesem Post',
  'posts.share.copied': 'Link kopiert',
  'posts.share.copyByHand':
    'Ihr Browser hat Lectern den Link nicht kopieren lassen: Er ist im Feld „Link zu diesem Post“ markiert, kopieren Sie ihn von dort.',
  'posts.share.failed':
    'Das Teilen hat nicht funktioniert. Kopieren Sie stattdessen den Link oder senden Sie ihn per E-Mail.',
  'posts.protected.notice': 'Dieser Post ist passwortgeschützt.',
  'posts.protected.formNotice':
    'Dieser Post ist passwortgeschützt. Geben Sie unten das Passwort ein, um ihn anzusehen.',
  'posts.protected.formLabel': 'Passwort für „{title}“',
  'posts.protected.password': 'Passwort',
  'posts.protected.enter': 'Absenden',
  'posts.protected.opening': 'Wird geöffnet…',
  'posts.protected.empty': 'Geben Sie das Passwort des Posts ein.',
  'posts.related.heading': 'Weiterlesen',
} satisfies Messages<typeof en>;
