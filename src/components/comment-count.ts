/** Blogger's words for a comment count: "No comments", "1 comment", "5 comments", with the locale's plural rules. */
export function commentCountText(count: number, locale: string): string {
  if (count === 0) return 'No comments';
  const rule = new Intl.PluralRules(locale).select(count);
  const formatted = new Intl.NumberFormat(locale).format(count);
  return rule === 'one' ? `${formatted} comment` : `${formatted} comments`;
}
