/** The demo blog's time zone: a post's URL year and month are its `published` date seen there. */
export const BLOG_TIME_ZONE = 'America/Los_Angeles';

/**
 * A post's path in the app: `/${year}/${MM}/${slug}.html`, where year and (zero-padded) month come
 * from `published` in the blog's time zone, not UTC and not the machine's zone.
 */
export function postPath(
  post: { slug: string; published: string },
  timeZone: string = BLOG_TIME_ZONE,
): string {
  const date = new Date(post.published);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`postPath: unparseable published date ${JSON.stringify(post.published)}`);
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(date);
  const year = parts.find((part) => part.type === 'year')?.value;
  const month = parts.find((part) => part.type === 'month')?.value;
  if (!year || !month) {
    throw new Error(`postPath: could not format ${post.published} in ${timeZone}`);
  }
  return `/${year}/${month}/${post.slug}.html`;
}
