import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Publié par {author} à {time}',
  'posts.meta.readingTime':
    '{minutes, plural, one {# min de lecture} many {# min de lecture} other {# min de lecture}}',
  'posts.meta.labels': 'Libellés : {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'À la une',
  'posts.list.readMore': 'Lire la suite »',
  'posts.list.readMoreLabel': 'Lire la suite » « {title} »',
  'posts.list.commentCount':
    '{count, plural, =0 {Aucun commentaire} one {# commentaire} many {# de commentaires} other {# commentaires}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {Aucun commentaire} one {# commentaire} many {# de commentaires} other {# commentaires}} sur « {title} »',
  'posts.list.loadingPost': "Chargement de l'article",
  'posts.pager.nav': 'Autres articles',
  'posts.pager.newer': 'Article plus récent',
  'posts.pager.newerLabel': 'Article plus récent : {title}',
  'posts.pager.older': 'Article plus ancien',
  'posts.pager.olderLabel': 'Article plus ancien : {title}',
  'posts.pager.home': 'Accueil',
  'posts.listPager.nav': "Plus d'articles",
  'posts.listPager.newer': 'Articles plus récents',
  'posts.listPager.older': 'Articles plus anciens',
  'posts.pages.nav': 'Pages de cet article',
  'posts.pages.list': 'Pages : {pages}',
  'posts.share.region': 'Partager cet article',
  'posts.share.heading': 'Partager :',
  'posts.share.copy': 'Copier le lien',
  'posts.share.email': 'E-mail',
  'posts.share.native': 'Partager…',
  'posts.share.field': 'Lien vers cet article',
  'posts.share.copied': 'Lien copié',
  'posts.share.copyByHand':
    "Votre navigateur n'a pas laissé Lectern copier le lien : il est sélectionné dans le champ « Lien vers cet article », copiez-le depuis là.",
  'posts.share.failed': "Le partage n'a pas fonctionné. Copiez le lien ou envoyez-le plutôt par e-mail.",
  'posts.protected.notice': 'Cet article est protégé par un mot de passe.',
  'posts.protected.formNotice':
    'Cet article est protégé par un mot de passe. Pour le lire, saisissez son mot de passe ci-dessous.',
  'posts.protected.formLabel': 'Mot de passe de « {title} »',
  'posts.protected.password': 'Mot de passe',
  'posts.protected.enter': 'Valider',
  'posts.protected.opening': 'Ouverture…',
  'posts.protected.empty': "Saisissez le mot de passe de l'article.",
  'posts.related.heading': 'À lire aussi',
} satisfies Messages<typeof en>;
