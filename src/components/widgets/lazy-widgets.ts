import { lazy } from 'react';

/*
 * The sidebar's gadgets, each downloaded on demand: they sit beside or below the post and are not
 * needed for its first paint. Each renders inside its Widget, whose Suspense skeleton (under the
 * gadget's heading, which is there at once) holds its place while the code and the data arrive.
 */

// Not React.lazy: gadgets.tsx says why.
export { ArchiveGadget as ArchiveWidget, loadArchiveGadget } from './gadgets';
export const AuthorCard = lazy(() =>
  import('./author-card').then((module) => ({ default: module.AuthorCard })),
);
export { LabelsGadget as LabelsWidget, loadLabelsGadget } from './gadgets';
export const PopularPostsWidget = lazy(() =>
  import('./popular-posts-widget').then((module) => ({ default: module.PopularPostsWidget })),
);
export const SearchWidget = lazy(() =>
  import('./search-widget').then((module) => ({ default: module.SearchWidget })),
);
export const TranslateWidget = lazy(() =>
  import('./translate-widget').then((module) => ({ default: module.TranslateWidget })),
);
