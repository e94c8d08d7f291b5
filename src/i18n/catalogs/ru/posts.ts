import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Опубликовано пользователем {author} в {time}',
  'posts.meta.readingTime':
    '{minutes, plural, one {# мин чтения} few {# мин чтения} many {# мин чтения} other {# мин чтения}}',
  'posts.meta.labels': 'Ярлыки: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'Избранное',
  'posts.list.readMore': 'Читать далее »',
  'posts.list.readMoreLabel': 'Читать далее » «{title}»',
  'posts.list.commentCount':
    '{count, plural, =0 {Нет комментариев} one {# комментарий} few {# комментария} many {# комментариев} other {# комментария}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {Нет комментариев} one {# комментарий} few {# комментария} many {# комментариев} other {# комментария}} к «{title}»',
  'posts.list.loadingPost': 'Загрузка сообщения',
  'posts.pager.nav': 'Другие сообщения',
  'posts.pager.newer': 'Новое сообщение',
  'posts.pager.newerLabel': 'Новое сообщение: {title}',
  'posts.pager.older': 'Старое сообщение',
  'posts.pager.olderLabel': 'Старое сообщение: {title}',
  'posts.pager.home': 'Главная страница',
  'posts.listPager.nav': 'Ещё сообщения',
  'posts.listPager.newer': 'Новые сообщения',
  'posts.listPager.older': 'Старые сообщения',
  'posts.pages.nav': 'Страницы сообщения',
  'posts.pages.list': 'Страницы: {pages}',
  'posts.share.region': 'Поделиться сообщением',
  'posts.share.heading': 'Поделиться:',
  'posts.share.copy': 'Копировать ссылку',
  'posts.share.email': 'Эл. почта',
  'posts.share.native': 'Поделиться…',
  'posts.share.field': 'Ссылка на сообщение',
  'posts.share.copied': 'Ссылка скопирована',
  'posts.share.copyByHand':
    'Браузер не позволил Lectern скопировать ссылку: она выделена в поле «Ссылка на сообщение», скопируйте её оттуда.',
  'posts.share.failed': 'Поделиться не удалось. Скопируйте ссылку или отправьте её по электронной почте.',
  'posts.protected.notice': 'Это сообщение защищено паролем.',
  'posts.protected.formNotice': 'Это сообщение защищено паролем. Чтобы его прочитать, введите пароль ниже.',
  'posts.protected.formLabel': 'Пароль к «{title}»',
  'posts.protected.password': 'Пароль',
  'posts.protected.enter': 'Открыть',
  'posts.protected.opening': 'Открываем…',
  'posts.protected.empty': 'Введите пароль к сообщению.',
  'posts.related.heading': 'Читайте также',
} satisfies Messages<typeof en>;
