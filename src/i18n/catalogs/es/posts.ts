import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Publicado por {author} en {time}',
  'posts.meta.readingTime':
    '{minutes, plural, one {# min de lectura} many {# min de lectura} other {# min de lectura}}',
  'posts.meta.labels': 'Etiquetas: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'Destacada',
  'posts.list.readMore': 'Leer más »',
  'posts.list.readMoreLabel': 'Leer más » «{title}»',
  'posts.list.commentCount':
    '{count, plural, =0 {No hay comentarios} one {# comentario} many {# de comentarios} other {# comentarios}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {No hay comentarios} one {# comentario} many {# de comentarios} other {# comentarios}} en «{title}»',
  'posts.list.loadingPost': 'Cargando la entrada',
  'posts.pager.nav': 'Otras entradas',
  'posts.pager.newer': 'Entrada más reciente',
  'posts.pager.newerLabel': 'Entrada más reciente: {title}',
  'posts.pager.older': 'Entrada antigua',
  'posts.pager.olderLabel': 'Entrada antigua: {title}',
  'posts.pager.home': 'Página principal',
  'posts.listPager.nav': 'Más entradas',
  'posts.listPager.newer': 'Entradas más recientes',
  'posts.listPager.older': 'Entradas antiguas',
  'posts.pages.nav': 'Páginas de esta entrada',
  'posts.pages.list': 'Páginas: {pages}',
  'posts.share.region': 'Compartir esta entrada',
  'posts.share.heading': 'Compartir:',
  'posts.share.copy': 'Copiar enlace',
  'posts.share.email': 'Correo electrónico',
  'posts.share.native': 'Compartir…',
  'posts.share.field': 'Enlace a esta entrada',
  'posts.share.copied': 'Enlace copiado',
  'posts.share.copyByHand':
    'Tu navegador no permitió que Lectern copiara el enlace: está seleccionado en el campo «Enlace a esta entrada», cópialo desde allí.',
  'posts.share.failed': 'No se pudo compartir. Copia el enlace o envíalo por correo electrónico.',
  'posts.protected.notice': 'Esta entrada está protegida con contraseña.',
  'posts.protected.formNotice':
    'Esta entrada está protegida con contraseña. Para verla, introduce su contraseña a continuación.',
  'posts.protected.formLabel': 'Contraseña de «{title}»',
  'posts.protected.password': 'Contraseña',
  'posts.protected.enter': 'Entrar',
  'posts.protected.opening': 'Abriendo…',
  'posts.protected.empty': 'Introduce la contraseña de la entrada.',
  'posts.related.heading': 'Leer más',
} satisfies Messages<typeof en>;
