import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {
  'posts.meta.byline': 'نشر بواسطة {author} في {time}',
  'posts.meta.readingTime':
    '{minutes, plural, zero {مدة القراءة: # دقيقة} one {مدة القراءة: دقيقة واحدة} two {مدة القراءة: دقيقتان} few {مدة القراءة: # دقائق} many {مدة القراءة: # دقيقة} other {مدة القراءة: # دقيقة}}',
  'posts.meta.labels': 'التصنيفات: {labels}',
  'posts.meta.labelSeparator': '، ',
  'posts.list.featured': 'مميزة',
  'posts.list.readMore': 'قراءة المزيد »',
  'posts.list.readMoreLabel': 'قراءة المزيد » «{title}»',
  'posts.list.commentCount':
    '{count, plural, =0 {لا توجد تعليقات} zero {# تعليق} one {تعليق واحد} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}}',
  'posts.list.commentCountLabel':
    '{count, plural, =0 {لا توجد تعليقات} zero {# تعليق} one {تعليق واحد} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}} على «{title}»',
  'posts.list.loadingPost': 'جارٍ تحميل الرسالة',
  'posts.pager.nav': 'رسائل أخرى',
  'posts.pager.newer': 'رسالة أحدث',
  'posts.pager.newerLabel': 'رسالة أحدث: {title}',
  'posts.pager.older': 'رسالة أقدم',
  'posts.pager.olderLabel': 'رسالة أقدم: {title}',
  'posts.pager.home': 'الصفحة الرئيسية',
  'posts.listPager.nav': 'مزيد من الرسائل',
  'posts.listPager.newer': 'رسائل أحدث',
  'posts.listPager.older': 'رسائل أقدم',
  'posts.pages.nav': 'صفحات هذه الرسالة',
  'posts.pages.list': 'الصفحات: {pages}',
  'posts.share.region': 'مشاركة هذه الرسالة',
  'posts.share.heading': 'مشاركة:',
  'posts.share.copy': 'نسخ الرابط',
  'posts.share.email': 'البريد الإلكتروني',
  'posts.share.native': 'مشاركة…',
  'posts.share.field': 'رابط هذه الرسالة',
  'posts.share.copied': 'تم نسخ الرابط',
  'posts.share.copyByHand':
    'لم يسمح متصفحك لـ Lectern بنسخ الرابط: إنه محدد في حقل «رابط هذه الرسالة»، انسخه من هناك.',
  'posts.share.failed': 'تعذرت المشاركة. انسخ الرابط أو أرسله بالبريد الإلكتروني بدلًا من ذلك.',
  'posts.protected.notice': 'هذه الرسالة محمية بكلمة مرور.',
  'posts.protected.formNotice': 'هذه الرسالة محمية بكلمة مرور. لعرضها، أدخل كلمة المرور أدناه.',
  'posts.protected.formLabel': 'كلمة مرور «{title}»',
  'posts.protected.password': 'كلمة المرور',
  'posts.protected.enter': 'دخول',
  'posts.protected.opening': 'جارٍ الفتح…',
  'posts.protected.empty': 'أدخل كلمة مرور الرسالة.',
  'posts.related.heading': 'اقرأ أيضًا',
} satisfies Messages<typeof en>;
