import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'Postado por {author} às {time}',
  'posts.meta.readingTime':
    '{minutes, plural, one {# min de leitura} many {# min de leitura} other {# min de leitura}}',
  'posts.meta.labels': 'Marcadores: {labels}',
  'posts.meta.labelSeparator': ', ',
  'posts.list.featured': 'Em destaque',
  'posts.list.readMore': 'Leia mais »',
  'posts.list.readMoreLabel': 'Leia mais » “{title}”',
  'posts.list.commentCount':
    '{count, plural, =0 {Nenhum comentário} one {# comentário} many {# de comentários} other {# comentários}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {Nenhum comentário} one {# comentário} many {# de comentários} other {# comentários}} em “{title}”',
  'posts.list.loadingPost': 'Carregando a postagem',
  'posts.pager.nav': 'Outras postagens',
  'posts.pager.newer': 'Postagem mais recente',
  'posts.pager.newerLabel': 'Postagem mais recente: {title}',
  'posts.pager.older': 'Postagem mais antiga',
  'posts.pager.olderLabel': 'Postagem mais antiga: {title}',
  'posts.pager.home': 'Página inicial',
  'posts.listPager.nav': 'Mais postagens',
  'posts.listPager.newer': 'Postagens mais recentes',
  'posts.listPager.older': 'Postagens mais antigas',
  'posts.pages.nav': 'Páginas desta postagem',
  'posts.pages.list': 'Páginas: {pages}',
  'posts.share.region': 'Compartilhar esta postagem',
  'posts.share.heading': 'Compartilhar:',
  'posts.share.copy': 'Copiar link',
  'posts.share.email': 'E-mail',
  'posts.share.native': 'Compartilhar…',
  'posts.share.field': 'Link para esta postagem',
  'posts.share.copied': 'Link copiado',
  'posts.share.copyByHand':
    'Seu navegador não deixou o Lectern copiar o link: ele está selecionado no campo “Link para esta postagem”, copie-o de lá.',
  'posts.share.failed': 'Não foi possível compartilhar. Copie o link ou envie-o por e-mail.',
  'posts.protected.notice': 'Esta postagem é protegida por senha.',
  'posts.protected.formNotice': 'Esta postagem é protegida por senha. Para vê-la, digite a senha abaixo.',
  'posts.protected.formLabel': 'Senha de “{title}”',
  'posts.protected.password': 'Senha',
  'posts.protected.enter': 'Entrar',
  'posts.protected.opening': 'Abrindo…',
  'posts.protected.empty': 'Digite a senha da postagem.',
  'posts.related.heading': 'Leia mais',
} satisfies Messages<typeof en>;
