import type en from '../../en/comments';
import type { Messages } from '../../messages';

export default {
  'comments.section.loading': 'Kommentare werden geladen',
  'comments.section.heading':
    '{count, plural, =0 {Keine Kommentare} one {# Kommentar} other {# Kommentare}}:',
  'comments.section.loadMore': 'Weitere Kommentare laden',
  'comments.section.loadingMore': 'Kommentare werden geladen…',
  'comments.section.loadMoreFailed':
    'Weitere Kommentare konnten nicht geladen werden. Versuchen Sie es noch einmal.',
  'comments.section.closed': 'Kommentare sind geschlossen.',
  'comments.section.held': 'Ihr Kommentar wird nach der Freigabe sichtbar.',
  'comments.section.published': 'Ihr Kommentar wurde veröffentlicht.',
  'comments.linkbacks.heading': 'Pingbacks und Trackbacks',
  'comments.item.label': 'Kommentar von {name}',
  'comments.item.reply': 'Antworten',
  'comments.item.replyLabel': '{name} antworten',
  'comments.item.publishing': 'Wird veröffentlicht…',
  'comments.item.pending': 'Wartet auf Freigabe, nur für Sie sichtbar',
  'comments.item.anonymous': 'Anonym',
  'comments.form.heading': 'Kommentar veröffentlichen',
  'comments.form.replyHeading': 'Antwort an {name}',
  'comments.form.replyHeadingUnknown': 'Antwort auf einen Kommentar',
  'comments.form.text': 'Kommentar',
  'comments.form.textHelp':
    'Sie können einige HTML-Tags verwenden, z. B. {b}, {i}, {a}. Ihr Entwurf wird beim Tippen in diesem Browser gespeichert.',
  'comments.form.nameLabel': 'Name {note}',
  'comments.form.emailLabel': 'E-Mail {note}',
  'comments.form.required': '(erforderlich)',
  'comments.form.optional': '(optional)',
  'comments.form.nameHelp': 'Wird mit Ihrem Kommentar angezeigt.',
  'comments.form.nameHelpOptional': 'Leer lassen, um als Anonym zu kommentieren.',
  'comments.form.emailHelp': 'Der Blog fragt danach; sie wird nicht mit Ihrem Kommentar angezeigt.',
  'comments.form.publish': 'Veröffentlichen',
  'comments.form.publishing': 'Wird veröffentlicht…',
  'comments.form.cancelReply': 'Antwort abbrechen',
  'comments.form.failed':
    'Ihr Kommentar wurde nicht veröffentlicht: {detail} Ihr Text bleibt hier erhalten. {retry}',
  'comments.form.retry': 'Erneut versuchen',
  'comments.check.empty': 'Schreiben Sie einen Kommentar, bevor Sie veröffentlichen.',
  'comments.check.tooLong':
    'Ein Kommentar darf höchstens {max, number} Zeichen lang sein; dieser hat {length, number}.',
  'comments.check.nameTooLong': 'Ein Name darf höchstens {max, number} Zeichen lang sein.',
  'comments.check.nameRequired': 'Dieser Blog fragt bei jedem Kommentar nach Ihrem Namen.',
  'comments.check.emailRequired': 'Dieser Blog fragt bei jedem Kommentar nach Ihrer E-Mail-Adresse.',
  'comments.check.emailShape': 'Prüfen Sie die E-Mail-Adresse: Sie sollte wie name@example.com aussehen.',
  'comments.action.closed': 'Die Kommentare zu diesem Post sind geschlossen.',
  'comments.action.noComments': 'Dieser Blog nimmt hier keine Kommentare an.',
} satisfies Messages<typeof en>;
