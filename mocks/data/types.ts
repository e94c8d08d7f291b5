/**
 * The demo blog's source records. The mock handlers derive everything the native contract serves
 * (summaries, archive counts, label counts, neighbours, comment counts) from these, so the data
 * holds each fact once.
 */

export type DemoBlog = {
  title: string;
  description: string;
  locale: string;
  timeZone: string;
  mainAuthorId: string;
};

export type DemoAuthor = {
  id: string;
  displayName: string;
  /** Served from public/, e.g. /demo/authors/ana.svg */
  photo: { url: string; width: number; height: number; alt: string };
  location: string;
  /** Plain text; holds the phone number and email address below, written out. */
  about: string;
  email: string;
  phone: string;
  links: { title: string; url: string }[];
  interests: string[];
};

export type DemoPost = {
  id: string;
  /** Lower-case words joined by '-', unique within its year and month. */
  slug: string;
  title: string;
  /** ISO 8601 with the blog's UTC offset, e.g. 2020-09-25T10:14:00-07:00 */
  published: string;
  /** Same format; defaults to published. */
  updated?: string;
  authorId: string;
  labels: string[];
  /** HTML body: byline, figure with credit caption, paragraphs, blockquotes, closing link. */
  html: string;
  /** Put first in the home list and in the Featured Post gadget. */
  featured?: boolean;
  /** A password-protected post: its body and comments are served only with this password. */
  password?: string;
  /** False: the post takes no new comments. */
  commentsOpen?: boolean;
};

export type DemoComment = {
  id: string;
  postId: string;
  parentId: string | null;
  authorName: string;
  authorUrl: string | null;
  published: string;
  html: string;
  /** Comments awaiting moderation are stored but not listed. Defaults to published. */
  status?: 'published' | 'pending';
  avatarUrl?: string;
  /** Defaults to a reader's comment. */
  type?: 'comment' | 'pingback' | 'trackback';
};

export type DemoStaticPage = {
  slug: string;
  title: string;
  html: string;
  /** The slug of the page this one sits under (WordPress links it as /parent/child/). */
  parent?: string;
};
