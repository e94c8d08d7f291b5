import { lazy } from 'react';

/*
 * The sidebar's gadgets, each downloaded on demand: they sit beside or below the post and are not
 * needed for its first paint. Each renders inside its Widget, whose Suspense skeleton (under the
 * gadget's heading, which is there at once) holds its place while the code and the data arrive.
 */

// The Blog Archive stays in the first bundle for now: mounted lazily, its open month's titles were
// requested twice in development (StrictMode's second mount cancels MonthPosts' first request), which
// tests/pages/navigation-requests.test.tsx rightly rejects. About 1 KB gzipped, with its CSS.
export { ArchiveWidget } from './archive-widget';
export const AuthorCard = lazy(() =>
  import('./author-card').then((module) => ({ default: module.AuthorCard })),
);
export const LabelsWidget = lazy(() =>
  import('./labels-widget').then((module) => ({ default: module.LabelsWidget })),
);
export const PopularPostsWidget = lazy(() =>
  import('./popular-posts-widget').then((module) => ({ default: module.PopularPostsWidget })),
);
export const SearchWidget = lazy(() =>
  import('./search-widget').then((module) => ({ default: module.SearchWidget })),
);
export const TranslateWidget = lazy(() =>
  import('./translate-widget').then((module) => ({ default: module.TranslateWidget })),
);
