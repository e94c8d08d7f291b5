import type { ComponentType } from 'react';
import { onDemand } from '../on-demand';
import { Skeleton } from '../widget-boundary';

/*
 * The sidebar's gadgets, each downloaded on demand (on-demand.tsx says why not React.lazy): they sit
 * beside or below the post and are not needed for its first paint. Each renders inside its Widget,
 * whose heading is there at once. The layout's loader starts the code of the gadgets a first page
 * shows at once (About Me, Blog Archive, Labels) alongside their data.
 */

function gadget<P extends object>(name: string, importer: () => Promise<ComponentType<P>>, title: string) {
  return onDemand(name, importer, () => <Skeleton label={`Loading ${title}`} />);
}

const authorCard = gadget('author-card', () => import('./author-card').then((m) => m.AuthorCard), 'About Me');
export const AuthorCardGadget = authorCard.Component;
export const loadAuthorCardGadget = authorCard.load;

const archive = gadget(
  'archive',
  () => import('./archive-widget').then((m) => m.ArchiveWidget),
  'Blog Archive',
);
export const ArchiveGadget = archive.Component;
export const loadArchiveGadget = archive.load;

const labels = gadget('labels', () => import('./labels-widget').then((m) => m.LabelsWidget), 'Labels');
export const LabelsGadget = labels.Component;
export const loadLabelsGadget = labels.load;

export const PopularPostsGadget = gadget(
  'popular-posts',
  () => import('./popular-posts-widget').then((m) => m.PopularPostsWidget),
  'Popular Posts',
).Component;

const featuredPost = gadget(
  'featured-post',
  () => import('./featured-post-widget').then((m) => m.FeaturedPostWidget),
  'Featured Post',
);
export const FeaturedPostGadget = featuredPost.Component;
export const loadFeaturedPostGadget = featuredPost.load;

export const SearchGadget = gadget(
  'search',
  () => import('./search-widget').then((m) => m.SearchWidget),
  'Search This Blog',
).Component;

export const TranslateGadget = gadget(
  'translate',
  () => import('./translate-widget').then((m) => m.TranslateWidget),
  'Translate',
).Component;
