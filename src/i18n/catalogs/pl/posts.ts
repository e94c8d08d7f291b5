import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Opublikowane przez {author} o {time}',
  'posts.meta.readingTime':
    '{minutes, plural, one {# min czytania} few {# min czytania} many {# min czytania} other {# min czytania}}',
  'posts.meta.labels': 'Etykiety: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'Wyróżniony',
  'posts.list.readMore': 'Czytaj więcej »',
  'posts.list.readMoreLabel': 'Czytaj więcej » „{title}”',
  'posts.list.commentCount':
    '{count, plural, =0 {Brak komentarzy} one {# komentarz} few {# komentarze} many {# komentarzy} other {# komentarza}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {Brak komentarzy} one {# komentarz} few {# komentarze} many {# komentarzy} other {# komentarza}} do „{title}”',
  'posts.list.loadingPost': 'Wczytywanie posta',
  'posts.pager.nav': 'Inne posty',
  'posts.pager.newer': 'Nowszy post',
  'posts.pager.newerLabel': 'Nowszy post: {title}',
  'posts.pager.older': 'Starszy post',
  'posts.pager.olderLabel': 'Starszy post: {title}',
  'posts.pager.home': 'Strona główna',
  'posts.listPager.nav': 'Więcej postów',
  'posts.listPager.newer': 'Nowsze posty',
  'posts.listPager.older': 'Starsze posty',
  'posts.pages.nav': 'Strony tego posta',
  'posts.pages.list': 'Strony: {pages}',
  'posts.share.region': 'Udostępnij ten post',
  'posts.share.heading': 'Udostępnij:',
  'posts.share.copy': 'Kopiuj link',
  'posts.share.email': 'E-mail',
  'posts.share.native': 'Udostępnij…',
  'posts.share.field': 'Link do tego posta',
  'posts.share.copied': 'Skopiowano link',
  'posts.share.copyByHand':
    'Przeglądarka nie pozwoliła Lecternowi skopiować linku: jest zaznaczony w polu „Link do tego posta”, skopiuj go stamtąd.',
  'posts.share.failed': 'Udostępnianie nie powiodło się. Skopiuj link albo wyślij go e-mailem.',
  'posts.protected.notice': 'Ten post jest chroniony hasłem.',
  'posts.protected.formNotice': 'Ten post jest chroniony hasłem. Aby go zobaczyć, wpisz poniżej jego hasło.',
  'posts.protected.formLabel': 'Hasło do „{title}”',
  'posts.protected.password': 'Hasło',
  'posts.protected.enter': 'Otwórz',
  'posts.protected.opening': 'Otwieranie…',
  'posts.protected.empty': 'Wpisz hasło posta.',
  'posts.related.heading': 'Czytaj więcej',
} satisfies Messages<typeof en>;
