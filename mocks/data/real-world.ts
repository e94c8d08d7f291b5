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
