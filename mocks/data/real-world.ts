import { demoData } from './index';
import type { DemoComment, DemoPost, DemoStaticPage } from './types';

/*
 * What real blogs accumulate over the years, for the tests of issue 17: a password-protected post, a
 * sticky (featured) post from long ago, a post whose comments were closed, one without a title, one
 * with a Greek slug, an avatar, a pingback and a page under a page. Original writing, in the demo
 * blog's voice. Kept beside the demo blog, not in it: `realWorldData` is the demo blog with these added.
 */

export const REAL_WORLD_PASSWORD = 'arroyo-partners';

export const realWorldPosts: DemoPost[] = [
  {
    id: 'rw-protected',
    slug: 'partners-meeting-notes',
    title: 'Partners’ meeting notes',
    published: '2025-03-04T17:30:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Practice news'],
    html: '<p>Agreed: Tuesday evening appointments continue through the summer, and the intake form gets a Spanish version.</p>',
    password: REAL_WORLD_PASSWORD,
  },
  {
    id: 'rw-closed',
    slug: 'office-closed-for-the-holidays',
    title: 'Office closed for the holidays',
    published: '2025-02-20T09:00:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Practice news'],
    html: '<p>The office is closed from December 24 to January 2. Voicemails left in that week are answered on January 3.</p>',
    commentsOpen: false,
  },
  {
    id: 'rw-untitled',
    slug: 'a-quick-note',
    title: '  ',
    published: '2025-02-11T12:15:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Practice news'],
    html: '<p>A quick note between hearings: the parking garage on Lake Avenue is open again.</p>',
  },
  {
    id: 'rw-greek',
    slug: 'καλωσόρισμα-στους-πελάτες',
    title: 'Καλωσόρισμα στους πελάτες μας',
    published: '2025-01-28T10:00:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Practice news'],
    html: '<p>Η σελίδα αυτή καλωσορίζει τους ελληνόφωνους πελάτες του γραφείου.</p>',
  },
  {
    id: 'rw-sticky',
    slug: 'start-here',
    title: 'Start here: how to use this blog',
    published: '2016-05-02T08:00:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Practice news'],
    html: '<p><img src="/demo/authors/marisol-vega.svg" alt="Marisol Vega at her desk" width="96" height="96"></p><p>New here? Posts are grouped by label; the archive lists every month since 2016.</p>',
    featured: true,
  },
];

export const realWorldComments: DemoComment[] = [
  {
    id: 'rw-c1',
    postId: 'rw-protected',
    parentId: null,
    authorName: 'Daniel Okafor',
    authorUrl: null,
    published: '2025-03-04T18:05:00-08:00',
    html: 'I will draft the Spanish intake form this week.',
  },
  {
    id: 'rw-c2',
    postId: 'rw-closed',
    parentId: null,
    authorName: 'Lucía Paredes',
    authorUrl: null,
    published: '2025-02-20T10:30:00-08:00',
    html: 'Thank you, happy holidays to the whole office.',
    avatarUrl: 'https://avatars.example/lucia.png',
  },
  {
    id: 'rw-c3',
    postId: 'rw-closed',
    parentId: null,
    authorName: 'Pasadena Workers Weekly',
    authorUrl: 'https://workers-weekly.example/2025/holiday-hours/',
    published: '2025-02-21T08:00:00-08:00',
    html: '[…] the Arroyo Docket lists its holiday hours […]',
    type: 'pingback',
  },
];

export const realWorldPages: DemoStaticPage[] = [
  {
    slug: 'fees',
    title: 'Fees',
    parent: 'about',
    html: '<p>The first consultation is free. Wage claims are taken on contingency.</p>',
  },
];

/** The demo blog with the posts above. */
export const realWorldData = {
  ...demoData,
  posts: [...demoData.posts, ...realWorldPosts],
  comments: [...demoData.comments, ...realWorldComments],
  pages: [...demoData.pages, ...realWorldPages],
};

/*
 * Split and teaser posts (issue 17, point 8): a post in three pages (WordPress's `<!--nextpage-->`, once
 * wrapped in `<p>` as wpautop leaves it) and one with a jump break (`<!--more-->`). A data set of their
 * own, the newest posts of the blog, so the other tests' lists stay as they are.
 */
export const splitPost: DemoPost = {
  id: 'rw-split',
  slug: 'a-guide-to-wage-claims-in-three-parts',
  title: 'A guide to wage claims, in three parts',
  published: '2025-04-08T09:00:00-07:00',
  authorId: 'marisol-vega',
  labels: ['Practice news'],
  html:
    '<p>Part one: keep every pay stub, and write down the hours you worked each day.</p>' +
    '<p><!--nextpage--></p>' +
    '<p>Part two: file the claim with the Labor Commissioner within three years.</p>' +
    '<!--nextpage-->' +
    '<p>Part three: at the conference, bring the notes from part one.</p>',
};

export const teaserPost: DemoPost = {
  id: 'rw-teaser',
  slug: 'what-the-new-overtime-rule-means',
  title: 'What the new overtime rule means',
  published: '2025-04-01T09:00:00-07:00',
  authorId: 'daniel-okafor',
  labels: ['Practice news'],
  html:
    '<p>The short version: more salaried workers are owed overtime.</p>' +
    '<p><!--more--></p>' +
    '<p>The long version starts with the salary threshold, which rises in July.</p>',
};

export const splitPostComment: DemoComment = {
  id: 'rw-c-split',
  postId: 'rw-split',
  parentId: null,
  authorName: 'Ana Ruiz',
  authorUrl: null,
  published: '2025-04-09T10:00:00-07:00',
  html: 'Part two answered my question about the deadline.',
};

/** The demo blog with the split and the teaser post. */
export const splitAndTeaserData = {
  ...demoData,
  posts: [...demoData.posts, splitPost, teaserPost],
  comments: [...demoData.comments, splitPostComment],
};
