import { safeFeeds } from '../feeds';
import type { Blog, PostSummary, Profile } from '../../types';
import { type IndexEntry } from '../listing';
import { htmlToText } from '../../../lib/html-text';
import { contactIn, bodyExcerpt, excerptOf, readingMinutes } from '../text';
import { isTimeZone, zonedYearMonth } from '../time-zones';
import { postTitle } from '../post-facts';
import { type GhostPost, type GhostIndexPost, type GhostAuthor, type GhostSettings } from './wire';

/** Ghost's answers mapped to Lectern's types: pure functions, tested on their own. */
export function ghostTimeZone(settings: Pick<GhostSettings, 'timezone'>): string {
  return isTimeZone(settings.timezone) ? settings.timezone : 'UTC';
}

export function ghostLocale(settings: Pick<GhostSettings, 'locale' | 'lang'>): string {
  try {
    return Intl.getCanonicalLocales(settings.locale || settings.lang || 'en-US')[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

export function mapGhostBlog(settings: GhostSettings, mainAuthorId: string | undefined): Blog {
  const home = settings.url?.replace(/\/*$/, '/');
  return {
    title: settings.title,
    description: settings.description ?? '',
    locale: ghostLocale(settings),
    timeZone: ghostTimeZone(settings),
    url: home,
    mainAuthorId,
    feeds: home ? safeFeeds({ rss: `${home}rss/` }) : {},
  };
}

/** Ghost's own paths are /slug/; Lectern's are dated in the blog's zone (from Ghost's settings). */
export function mapGhostSummary(post: GhostPost, timeZone: string): PostSummary {
  const text = htmlToText(post.html ?? '');
  const author = post.authors[0];
  return {
    ...zonedYearMonth(post.published_at, timeZone),
    slug: post.slug,
    id: post.id,
    title: postTitle(post.title),
    published: post.published_at,
    updated: post.updated_at ?? post.published_at,
    author: { id: author?.slug ?? '', displayName: author?.name ?? 'Unknown author' },
    // Internal tags (`#name`) organise posts in Ghost's admin and are not for readers.
    labels: post.tags.filter((t) => t.visibility === 'public').map((t) => t.name),
    // A hand-written excerpt wins; else the body's opening up to a jump break; else Ghost's own excerpt.
    ...(post.custom_excerpt
      ? { excerpt: excerptOf(post.custom_excerpt) }
      : bodyExcerpt(post.html ?? '', post.excerpt || text)),
    commentCount: 0,
    readingMinutes: post.reading_time > 0 ? post.reading_time : readingMinutes(text),
    ...(post.featured ? { featured: true } : {}),
  };
}

export function mapGhostIndexEntry(post: GhostIndexPost, timeZone: string): IndexEntry & { text: string } {
  return {
    ...zonedYearMonth(post.published_at, timeZone),
    slug: post.slug,
    id: post.id,
    title: postTitle(post.title),
    published: post.published_at,
    text: `${post.title} ${post.custom_excerpt ?? ''} ${post.excerpt ?? ''}`.toLowerCase(),
  };
}

export function mapGhostProfile(author: GhostAuthor): Profile {
  const about = author.bio ?? '';
  const links = [
    author.website
      ? { title: new URL(author.website, 'https://x.invalid').hostname, url: author.website }
      : null,
    author.twitter
      ? { title: author.twitter, url: `https://x.com/${author.twitter.replace(/^@/, '')}` }
      : null,
    author.facebook ? { title: 'Facebook', url: `https://www.facebook.com/${author.facebook}` } : null,
  ].filter((l) => l !== null);
  return {
    id: author.slug,
    displayName: author.name,
    photo: author.profile_image
      ? { url: author.profile_image, width: 96, height: 96, alt: `Photo of ${author.name}` }
      : null,
    location: author.location ?? '',
    about,
    ...contactIn(about),
    links,
    interests: [],
  };
}

/** An NQL string value: single-quoted, quotes and backslashes escaped. */
export function nqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
