import type { ComponentType } from 'react';
import { useT } from '../../i18n/language-context';
import { GADGET_TITLE_KEYS } from '../../layout-config';
import { onDemand } from '../on-demand';
import { Skeleton } from '../widget-boundary';

/*
 * The sidebar's gadgets, each downloaded on demand (on-demand.tsx says why not React.lazy): they sit
 * beside or below the post and are not needed for its first paint. Each renders inside its Widget,
 * whose heading is there at once. The layout's loader starts the code of the gadgets a first page
 * shows at once (About Me, Blog Archive, Labels) alongside their data.
 */

type TitleKey = (typeof GADGET_TITLE_KEYS)[keyof typeof GADGET_TITLE_KEYS];

/** "Loading Blog Archive", in the blog's language. */
function GadgetSkeleton({ title }: { title: TitleKey }) {
  const t = useT();
  return <Skeleton label={t('gadgets.loading', { title: t(title) })} />;
}

function gadget<P extends object>(name: string, importer: () => Promise<ComponentType<P>>, title: TitleKey) {
  return onDemand(name, importer, () => <GadgetSkeleton title={title} />);
}

const authorCard = gadget(
  'author-card',
  () => import('./author-card').then((m) => m.AuthorCard),
  GADGET_TITLE_KEYS.profile,
);
export const AuthorCardGadget = authorCard.Component;
export const loadAuthorCardGadget = authorCard.load;

const archive = gadget(
  'archive',
  () => import('./archive-widget').then((m) => m.ArchiveWidget),
  GADGET_TITLE_KEYS.archive,
);
export const ArchiveGadget = archive.Component;
export const loadArchiveGadget = archive.load;

const labels = gadget(
  'labels',
  () => import('./labels-widget').then((m) => m.LabelsWidget),
  GADGET_TITLE_KEYS.labels,
);
export const LabelsGadget = labels.Component;
export const loadLabelsGadget = labels.load;

export const PopularPostsGadget = gadget(
  'popular-posts',
  () => import('./popular-posts-widget').then((m) => m.PopularPostsWidget),
  GADGET_TITLE_KEYS['popular-posts'],
).Component;

const featuredPost = gadget(
  'featured-post',
  () => import('./featured-post-widget').then((m) => m.FeaturedPostWidget),
  GADGET_TITLE_KEYS['featured-post'],
);
export const FeaturedPostGadget = featuredPost.Component;
export const loadFeaturedPostGadget = featuredPost.load;

export const SearchGadget = gadget(
  'search',
  () => import('./search-widget').then((m) => m.SearchWidget),
  GADGET_TITLE_KEYS.search,
).Component;

export const TranslateGadget = gadget(
  'translate',
  () => import('./translate-widget').then((m) => m.TranslateWidget),
  GADGET_TITLE_KEYS.translate,
).Component;

/*
 * Gadgets today's default sidebar does not have (Contributors, Pages, Link List, Text, Subscribe,
 * Attribution): one chunk, downloaded only by a blog whose config.json lists one.
 */
export const ExtraGadget = gadget(
  'extra-gadgets',
  () => import('./extra-gadgets').then((m) => m.ExtraGadget),
  GADGET_TITLE_KEYS.text,
).Component;
