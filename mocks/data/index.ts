import { demoAuthors } from './authors';
import { demoBlog } from './blog';
import { demoComments } from './comments';
import { withFieldGuide } from './field-guide';
import { demoPages } from './pages';
import { demoPosts } from './posts';
import type { DemoAuthor, DemoBlog, DemoComment, DemoPost, DemoStaticPage } from './types';

/** All of the demo blog's source records, in one object for the mock handlers. */
export const demoData: {
  blog: DemoBlog;
  authors: DemoAuthor[];
  posts: DemoPost[];
  comments: DemoComment[];
  pages: DemoStaticPage[];
} = {
  blog: demoBlog,
  authors: demoAuthors,
  ...withFieldGuide(demoPosts, demoComments),
  pages: demoPages,
};
