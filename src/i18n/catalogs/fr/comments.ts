import type en from '../../en/comments';
import type { Messages } from '../../messages';

export default {
  'comments.section.loading': 'Chargement des commentaires',
  'comments.section.heading':
    '{count, plural, =0 {Aucun commentaire} one {# commentaire} many {# de commentaires} other {# commentaires}} :',
  'comments.section.loadMore': 'Afficher plus de commentaires',
  'comments.section.loadingMore': 'Chargement des commentaires…',
  'comments.section.loadMoreFailed': "Les commentaires suivants n'ont pas pu être chargés. Réessayez.",
  'comments.section.closed': 'Les commentaires sont fermés.',
  'comments.section.held': 'Votre commentaire sera visible après approbation.',
  'comments.section.published': 'Votre commentaire a été publié.',
  'comments.linkbacks.heading': 'Pingbacks et trackbacks',
  'comments.item.label': 'Commentaire de {name}',
  'comments.item.reply': 'Répondre',
  'comments.item.replyLabel': 'Répondre à {name}',
  'comments.item.publishing': 'Publication…',
  'comments.item.pending': 'En attente de modération, visible par vous seul',
  'comments.item.anonymous': 'Anonyme',
  'comments.form.heading': 'Publier un commentaire',
  'comments.form.replyHeading': 'Répondre à {name}',
  'comments.form.replyHeadingUnknown': 'Répondre à un commentaire',
  'comments.form.text': 'Commentaire',
  'comments.form.textHelp':
    'Vous pouvez utiliser certaines balises HTML, comme {b}, {i}, {a}. Votre brouillon est enregistré dans ce navigateur pendant que vous écrivez.',
  'comments.form.nameLabel': 'Nom {note}',
  'comments.form.emailLabel': 'E-mail {note}',
  'comments.form.required': '(obligatoire)',
  'comments.form.optional': '(facultatif)',
  'comments.form.nameHelp': 'Affiché avec votre commentaire.',
  'comments.form.nameHelpOptional': 'Laissez-le vide pour commenter en tant qu’Anonyme.',
  'comments.form.emailHelp': "Le blog le demande ; il n'est pas affiché avec votre commentaire.",
  'comments.form.publish': 'Publier',
  'comments.form.publishing': 'Publication…',
  'comments.form.cancelReply': 'Annuler la réponse',
  'comments.form.failed':
    "Votre commentaire n'a pas été publié : {detail} Votre texte est conservé ici. {retry}",
  'comments.form.retry': 'Réessayer',
  'comments.check.empty': 'Écrivez un commentaire avant de publier.',
  'comments.check.tooLong':
    'Un commentaire peut compter au plus {max, number} caractères ; celui-ci en a {length, number}.',
  'comments.check.nameTooLong': 'Un nom peut compter au plus {max, number} caractères.',
  'comments.check.nameRequired': 'Ce blog demande votre nom avec chaque commentaire.',
  'comments.check.emailRequired': 'Ce blog demande votre adresse e-mail avec chaque commentaire.',
  'comments.check.emailShape': "Vérifiez l'adresse e-mail : elle doit ressembler à nom@example.com.",
  'comments.action.closed': 'Les commentaires sont fermés pour cet article.',
  'comments.action.noComments': "Ce blog n'accepte pas de commentaires ici.",
} satisfies Messages<typeof en>;
