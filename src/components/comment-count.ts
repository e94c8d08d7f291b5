/*
 * Intl objects are costly to create (the first of a kind in a page loads ICU data) and a post list asks
 * for two per post: one of each per locale, kept.
 */
const counting = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function countingFor(locale: string) {
  let found = counting.get(locale);
  if (!found) {
    found = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    counting.set(locale, found);
  }
  return found;
}

/** Blogger's words for a comment count: "No comments", "1 comment", "5 comments", with the locale's plural rules. */
export function commentCountText(count: number, locale: string): string {
  if (count === 0) return 'No comments';
  const { plural, number } = countingFor(locale);
  const formatted = number.format(count);
  return plural.select(count) === 'one' ? `${formatted} comment` : `${formatted} comments`;
}
