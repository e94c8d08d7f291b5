import { safeHttpUrl } from '../../../lib/safe-url';
import { safeFeeds, safeFeedUrl } from '../feeds';
import type { Blog, Comment, Feeds, Post, PostPath, PostSummary, Profile } from '../../types';
import { mostFrequent, type IndexEntry } from '../listing';
import { decodeEntities, htmlToText } from '../../../lib/html-text';
import { contactIn, decodeSegment, bodyExcerpt, readingMinutes, slugify } from '../text';
import { guessTimeZone, wallClockYearMonth } from '../time-zones';
import { postTitle } from '../post-facts';
import {
  type BloggerAuthor,
  type BloggerPost,
  type BloggerComment,
  type BloggerBlog,
  type BloggerUser,
} from './wire';

/** Blogger's answers mapped to Lectern's types: pure functions, tested on their own. */
/** Lectern's path is Blogger's own (`/2020/09/slug.html` in the post's url); a url without one falls back to the date. */
export function bloggerPathOf(post: Pick<BloggerPost, 'url' | 'published' | 'title'>): PostPath {
  const pathname = URL.canParse(post.url) ? new URL(post.url).pathname : post.url;
  const match = /\/(\d{4})\/(\d{2})\/([^/]+?)(?:\.html)?$/.exec(pathname);
  if (match) {
    const slug = match[3] ?? '';
    return { year: Number(match[1]), month: Number(match[2]), slug: decodeSegment(slug) };
  }
  return { ...wallClockYearMonth(post.published), slug: slugify(post.title) };
}

/** Avatars come protocol-relative (`//blogger.googleusercontent.com/…`). */
export function bloggerImage(raw: string | undefined): string | null {
  // Blogger's stand-in for "no photo" is a transparent 1×1 GIF (…blogblog.com/img/blank.gif): none.
  if (!raw || /\/img\/blank\.gif$/.test(raw)) return null;
  return raw.startsWith('//') ? `https:${raw}` : raw;
}

export function bloggerLocale(locale: BloggerBlog['locale']): string {
  const tag = [locale?.language, locale?.country].filter(Boolean).join('-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** `samples`: the newest posts' dates and authors; they give the zone and the most frequent author. */
export function mapBloggerBlog(
  blog: BloggerBlog,
  samples: { published: string; author: BloggerAuthor }[],
): Blog {
  const home = blog.url?.replace(/\/*$/, '/');
  return {
    title: decodeEntities(blog.name),
    description: htmlToText(blog.description),
    locale: bloggerLocale(blog.locale),
    timeZone: guessTimeZone(samples.map((s) => s.published)),
    url: home,
    mainAuthorId: mostFrequent(samples.map((s) => s.author.id).filter(Boolean)),
    feeds: home
      ? safeFeeds({ atom: `${home}feeds/posts/default`, rss: `${home}feeds/posts/default?alt=rss` })
      : {},
  };
}

export function mapBloggerSummary(post: BloggerPost): PostSummary {
  const text = htmlToText(post.content);
  return {
    ...bloggerPathOf(post),
    id: post.id,
    title: postTitle(decodeEntities(post.title)),
    published: post.published,
    updated: post.updated ?? post.published,
    author: { id: post.author.id, displayName: post.author.displayName || 'Anonymous' },
    labels: post.labels,
    ...bodyExcerpt(post.content, text),
    commentCount: post.replies?.totalItems ?? 0,
    readingMinutes: readingMinutes(text),
  };
}

/** Blogger's "Post Comments (Atom)": /feeds/{postId}/comments/default on the blog's own host. */
export function bloggerCommentFeeds(post: Pick<BloggerPost, 'id' | 'url'>): Feeds | undefined {
  if (!URL.canParse(post.url)) return undefined;
  const atom = safeFeedUrl(new URL(`/feeds/${encodeURIComponent(post.id)}/comments/default`, post.url).href);
  return atom ? { atom } : undefined;
}

export function mapBloggerPost(post: BloggerPost, neighbours: Pick<Post, 'newer' | 'older'>): Post {
  const commentFeeds = bloggerCommentFeeds(post);
  return {
    ...mapBloggerSummary(post),
    html: post.content,
    ...neighbours,
    ...(commentFeeds ? { commentFeeds } : {}),
    // Blogger says "DONT_ALLOW_…" for a post whose comments the author closed.
    ...(post.readerComments?.startsWith('DONT_ALLOW') ? { commentsOpen: false } : {}),
  };
}

export function mapBloggerIndexEntry(post: BloggerPost): IndexEntry {
  return {
    ...bloggerPathOf(post),
    id: post.id,
    title: postTitle(decodeEntities(post.title)),
    published: post.published,
    authorId: post.author.id,
    labels: post.labels,
  };
}

export function mapBloggerComment(comment: BloggerComment, postId: string): Comment {
  const avatarUrl = safeHttpUrl(bloggerImage(comment.author.image?.url));
  return {
    id: comment.id,
    postId,
    parentId: comment.inReplyTo?.id ?? null,
    author: {
      name: comment.author.displayName || 'Anonymous',
      url: comment.author.url ?? null,
      ...(avatarUrl ? { avatarUrl } : {}),
    },
    published: comment.published,
    html: comment.content,
    status: 'published',
  };
}

/** A profile from users/{id} when Google answers it, completed by what the posts say about their author. */
export function mapBloggerProfile(
  id: string,
  user: BloggerUser | null,
  known: BloggerAuthor | undefined,
): Profile {
  const displayName = user?.displayName || known?.displayName || 'Unknown author';
  const photo = bloggerImage(known?.image?.url);
  const about = htmlToText(user?.about ?? '');
  return {
    id,
    displayName,
    photo: photo ? { url: photo, width: 96, height: 96, alt: `Photo of ${displayName}` } : null,
    location: '',
    about,
    ...contactIn(about),
    links: [],
    interests: [],
  };
}
