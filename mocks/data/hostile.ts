import type { DemoData } from '../backend/native-backend';
import { demoData } from './index';
import type { DemoComment } from './types';

/**
 * The demo blog turned hostile, for the XSS tests: the same posts, authors, comments and pages, with
 * attack strings in every field a backend controls: HTML bodies (posts, pages, comments), text (titles,
 * names, labels, bios, locations, interests, alt text, blog title and description) and URLs (author
 * links and photos, commenter links). Ids, slugs and dates stay as they are, so every page is still
 * reachable at its usual address.
 *
 * The attack strings come from the caller (tests/fixtures/xss-vectors.ts): mock data does not depend
 * on the tests.
 */

export type HostileOptions = {
  /** Attack strings, each used at least once in an HTML body and in a comment. */
  vectors: readonly string[];
  /** Attack strings that may stand in a URL path segment (labels are part of the label page's address). */
  pathSafeVectors: readonly string[];
  /** URLs a link or image must never be given, e.g. `javascript:` ones. */
  hostileUrls: readonly string[];
  /** How many of the newest posts share out all the vectors between their bodies. */
  carrierPosts?: number;
};

/**
 * Closes every raw-text and foreign-content element a vector may leave open, so the next vector is
 * parsed on its own instead of as the text of the previous one. A hostile backend could send it too.
 */
const RESET =
  '</textarea></title></style></script></xmp></noembed></noframes></iframe></noscript></select>' +
  '</template></math></svg></listing>"\'>';

/** Vectors by position, wrapping around: every field gets one, the list is never too short. */
function cycle(list: readonly string[]): (index: number) => string {
  if (list.length === 0) throw new Error('hostileDemoData needs at least one vector');
  return (index) => list[index % list.length] as string;
}

/** Splits `list` into `parts` runs of near-equal length. */
function share<T>(list: readonly T[], parts: number): T[][] {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
}

export function hostileDemoData(options: HostileOptions, base: DemoData = demoData): DemoData {
  const vector = cycle(options.vectors);
  const pathVector = cycle(options.pathSafeVectors);
  const hostileUrl = cycle(options.hostileUrls);
  const carrierCount = Math.min(options.carrierPosts ?? 4, base.posts.length);
  const newest = [...base.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  const carriers = newest.slice(0, carrierCount).map((p) => p.id);
  const bodies = share(options.vectors, carrierCount);
  let next = 0;
  const take = () => vector(next++);

  const posts = base.posts.map((post) => {
    const carried = carriers.indexOf(post.id);
    const extra = carried >= 0 ? (bodies[carried] ?? []) : [take()];
    return {
      ...post,
      title: `${post.title} ${take()}`,
      labels: [...post.labels, pathVector(next++)],
      html: `${post.html}\n${extra.map((v) => `${v}${RESET}`).join('\n')}`,
    };
  });

  // Every vector as a comment of its own on the newest post (so "load more" pages through them all),
  // and one on every other post; commenters' names and links are hostile too.
  const commentOn = newest[0]?.id ?? '';
  const attackComments: DemoComment[] = options.vectors.map((html, i) => ({
    id: `c-xss-${i}`,
    postId: commentOn,
    parentId: null,
    authorName: vector(i + 1),
    authorUrl: hostileUrl(i),
    published: new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000).toISOString(),
    html,
  }));
  const comments = [
    ...base.comments.map((comment, i) => ({
      ...comment,
      authorName: `${comment.authorName} ${take()}`,
      authorUrl: hostileUrl(i),
      html: `${comment.html} ${take()}`,
    })),
    ...attackComments,
  ];

  const authors = base.authors.map((author, i) => ({
    ...author,
    displayName: `${author.displayName} ${take()}`,
    location: take(),
    about: `${author.about} ${take()}`,
    // The first author's photo is a hostile URL; the second keeps a real one with hostile alt text.
    photo: { ...author.photo, url: i === 0 ? hostileUrl(i) : author.photo.url, alt: take() },
    links: [
      ...author.links.map((link) => ({ ...link, title: `${link.title} ${take()}` })),
      ...options.hostileUrls.map((url) => ({ title: take(), url })),
    ],
    interests: [...author.interests, take()],
  }));

  const pages = base.pages.map((page) => ({
    ...page,
    title: `${page.title} ${take()}`,
    html: `${page.html}\n${options.vectors.map((v) => `${v}${RESET}`).join('\n')}`,
  }));

  return {
    blog: {
      ...base.blog,
      title: `${base.blog.title} ${take()}`,
      description: `${base.blog.description} ${take()}`,
    },
    authors,
    posts,
    comments,
    pages,
  };
}
