import { ApiError, ValidationError, words } from '../../errors';
import { safeFeeds, safeFeedUrl } from '../feeds';
import type { Blog, Comment, Feeds, Post, PostPath, PostSummary, Profile } from '../../types';
import { commentsRefused } from '../backend-requests';
import { type IndexEntry } from '../listing';
import { htmlToText } from '../../../lib/html-text';
import { contactIn, decodeSegment, bodyExcerpt, readingMinutes } from '../text';
import { isTimeZone, fixedZone } from '../time-zones';
import { postTitle } from '../post-facts';
import { canonicalLocale } from '../../../i18n/locales';
import { type WpPost, type WpIndexPost, type WpComment, type WpUser, type WpSite } from './wire';

/** WordPress's answers mapped to Lectern's types: pure functions, tested on their own. */
/** Lectern's path: year and month of the site-local `date`, as WordPress's own /%year%/%monthnum%/ links. */
export function wpPathOf(post: { date: string; slug: string }): PostPath {
  return {
    year: Number(post.date.slice(0, 4)),
    month: Number(post.date.slice(5, 7)),
    slug: decodeSegment(post.slug),
  };
}

/** The site's zone: its IANA name when set, else its whole-hour UTC offset. */
export function wpTimeZone(site: Pick<WpSite, 'timezone_string' | 'gmt_offset'>): string {
  if (isTimeZone(site.timezone_string)) return site.timezone_string;
  return fixedZone(Math.round(site.gmt_offset * 60));
}

export function mapWpBlog(site: WpSite, mainAuthorId: string | undefined): Blog {
  const home = (site.home ?? site.url ?? '').replace(/\/+$/, '');
  return {
    title: htmlToText(site.name),
    description: htmlToText(site.description),
    locale: canonicalLocale(site.language) ?? 'en-US',
    timeZone: wpTimeZone(site),
    url: home ? `${home}/` : undefined,
    mainAuthorId,
    feeds: home ? safeFeeds({ rss: `${home}/feed/`, atom: `${home}/feed/atom/` }) : {},
  };
}

/** WordPress serves each post's comments as RSS at its permalink + feed/. */
export function wpCommentFeeds(post: { link?: string }): Feeds | undefined {
  if (!post.link) return undefined;
  const rss = safeFeedUrl(`${post.link.replace(/\/*$/, '/')}feed/`);
  return rss ? { rss } : undefined;
}

export function mapWpSummary(post: WpPost, commentCount: number): PostSummary {
  const text = htmlToText(post.content.rendered);
  const author = post._embedded.author[0];
  const terms = post._embedded['wp:term'].flat();
  return {
    ...wpPathOf(post),
    id: String(post.id),
    title: postTitle(htmlToText(post.title.rendered)),
    published: post.date_gmt,
    updated: post.modified_gmt ?? post.date_gmt,
    author: { id: String(post.author), displayName: author?.name ?? 'Unknown author' },
    labels: [...new Set(terms.filter((t) => t.taxonomy !== 'post_format').map((t) => htmlToText(t.name)))],
    ...bodyExcerpt(post.content.rendered, text),
    commentCount,
    readingMinutes: readingMinutes(text),
    ...(post.content.protected ? { protected: true } : {}),
    ...(post.sticky ? { featured: true } : {}),
  };
}

/** A post read on its own page: the summary, its body, and whether it still takes comments. */
export function mapWpPost(
  post: WpPost & { link?: string },
  commentCount: number,
  neighbours: Pick<Post, 'newer' | 'older'>,
): Post {
  const commentFeeds = wpCommentFeeds(post);
  return {
    ...mapWpSummary(post, commentCount),
    html: post.content.rendered,
    ...neighbours,
    ...(commentFeeds ? { commentFeeds } : {}),
    ...(post.comment_status === 'closed' ? { commentsOpen: false } : {}),
  };
}

export function mapWpIndexEntry(post: WpIndexPost): IndexEntry {
  return {
    ...wpPathOf(post),
    id: String(post.id),
    title: postTitle(htmlToText(post.title.rendered)),
    published: post.date_gmt,
  };
}

export function mapWpComment(comment: WpComment): Comment {
  // Shown at 48 CSS pixels: the 96 one stays sharp on high-density screens.
  const avatarUrl = comment.author_avatar_urls?.['96'] ?? comment.author_avatar_urls?.['48'];
  const kind = comment.type === 'pingback' || comment.type === 'trackback' ? comment.type : undefined;
  return {
    id: String(comment.id),
    postId: String(comment.post),
    parentId: comment.parent ? String(comment.parent) : null,
    author: {
      name: comment.author_name || 'Anonymous',
      url: comment.author_url || null,
      ...(avatarUrl ? { avatarUrl } : {}),
    },
    published: comment.date_gmt,
    html: comment.content.rendered,
    status: comment.status === 'approved' ? 'published' : 'pending',
    ...(kind ? { kind } : {}),
  };
}

export function mapWpProfile(user: WpUser): Profile {
  const photo = user.avatar_urls?.['96'] ?? user.avatar_urls?.['48'];
  const site = user.url && URL.canParse(user.url) ? new URL(user.url) : null;
  const about = htmlToText(user.description);
  return {
    id: String(user.id),
    displayName: user.name,
    photo: photo ? { url: photo, width: 96, height: 96, alt: `Photo of ${user.name}` } : null,
    location: '',
    about,
    ...contactIn(about),
    links: site ? [{ title: site.hostname, url: user.url }] : [],
    interests: [],
  };
}

/** WordPress's refusals of a new comment, by error code, in words for the reader. */
export function wpCommentError(error: unknown, code: string | null): unknown {
  if (!(error instanceof ApiError) || !code) return error;
  const { status, url: at } = error;
  const refuse = (message: string) =>
    new ApiError(message, { kind: 'http', status, retryable: false, url: at });
  switch (code) {
    case 'rest_comment_login_required':
      return commentsRefused(status, at);
    case 'rest_comment_closed':
      return refuse('Comments are closed on this post.');
    case 'rest_comment_author_data_required':
      return refuse('This blog asks for a name and an email address with every comment.');
    case 'comment_flood':
      return refuse('You are commenting too quickly. Wait a moment before trying again.');
    case 'rest_comment_content_invalid':
      return new ValidationError(words('errors.emptyComment'), 'html', status ?? 400, at);
    case 'comment_duplicate':
      return new ValidationError(words('errors.duplicateComment'), 'html', status ?? 409, at);
    default:
      return error;
  }
}
