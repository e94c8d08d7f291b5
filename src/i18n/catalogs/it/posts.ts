import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Pubblicato da {author} alle {time}',
  'posts.meta.readingTime':
    '{minutes, plural, one {# min di lettura} many {# min di lettura} other {# min di lettura}}',
  'posts.meta.labels': 'Etichette: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'In evidenza',
  'posts.list.readMore': 'Leggi tutto »',
  'posts.list.readMoreLabel': 'Leggi tutto » “{title}”',
  'posts.list.commentCount':
    '{count, plural, =0 {Nessun commento} one {# commento} many {# di commenti} other {# commenti}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {Nessun commento} one {# commento} many {# di commenti} other {# commenti}} su “{title}”',
  'posts.list.loadingPost': 'Caricamento del post',
  'posts.pager.nav': 'Altri post',
  'posts.pager.newer': 'Post più recente',
  'posts.pager.newerLabel': 'Post più recente: {title}',
  'posts.pager.older': 'Post più vecchio',
  'posts.pager.olderLabel': 'Post più vecchio: {title}',
  'posts.pager.home': 'Home page',
  'posts.listPager.nav': 'Altri post',
  'posts.listPager.newer': 'Post più recenti',
  'posts.listPager.older': 'Post più vecchi',
  'posts.pages.nav': 'Pagine di questo post',
  'posts.pages.list': 'Pagine: {pages}',
  'posts.share.region': 'Condividi questo post',
  'posts.share.heading': 'Condividi:',
  'posts.share.copy': 'Copia link',
  'posts.share.email': 'Email',
  'posts.share.native': 'Condividi…',
  'posts.share.field': 'Link a questo post',
  'posts.share.copied': 'Link copiato',
  'posts.share.copyByHand':
    'Il browser non ha permesso a Lectern di copiare il link: è selezionato nel campo “Link a questo post”, copialo da lì.',
  'posts.share.failed': 'La condivisione non è riuscita. Copia il link o invialo per email.',
  'posts.protected.notice': 'Questo post è protetto da password.',
  'posts.protected.formNotice':
    'Questo post è protetto da password. Per vederlo, inserisci la password qui sotto.',
  'posts.protected.formLabel': 'Password per “{title}”',
  'posts.protected.password': 'Password',
  'posts.protected.enter': 'Invia',
  'posts.protected.opening': 'Apertura…',
  'posts.protected.empty': 'Inserisci la password del post.',
  'posts.related.heading': 'Leggi anche',
} satisfies Messages<typeof en>;
