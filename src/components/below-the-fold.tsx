import { Suspense, type ComponentProps } from 'react';
import type { RelatedTo } from '../api/related-posts';
import { useCapabilities } from '../api/blog-api-context';
import { onDemand } from './on-demand';
import './below-the-fold.css';

/*
 * Parts of a page that are not needed for the first paint of a post: below the fold, or invisible.
 * Each is downloaded on demand (on-demand.tsx), so waiting for one never holds back the post; a
 * placeholder of the same size keeps what follows from moving when it arrives.
 */

const shareButtons = onDemand(
  'share-buttons',
  () => import('./share-buttons').then((module) => module.ShareButtons),
  () => <div className="share-placeholder" aria-hidden="true" />,
);
const relatedPosts = onDemand(
  'related-posts',
  () => import('./related-posts').then((module) => module.RelatedPosts),
  () => null,
);
const feedLinks = onDemand(
  'feed-links',
  () => import('./feed-links').then((module) => module.FeedLinks),
  () => null,
);
const jsonLd = onDemand(
  'json-ld',
  () => import('./json-ld').then((module) => module.JsonLd),
  () => null,
);

export const ShareButtons = shareButtons.Component;

/** "Read more" already waits quietly for its data (no skeleton); its code waits the same way. */
export function RelatedPosts({ post }: { post: RelatedTo }) {
  const { labels } = useCapabilities();
  // Decided here so a post without labels never downloads the part.
  if (!labels || post.labels.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <relatedPosts.Component post={post} />
    </Suspense>
  );
}

/** Feed links sit at the very end of a post and of the page: nothing below them can move. */
export function FeedLinks(props: ComponentProps<typeof feedLinks.Component>) {
  if (!props.feeds || Object.values(props.feeds).every((url) => !url)) return null;
  return <feedLinks.Component {...props} />;
}

/** Structured data for search engines: nothing a reader sees. */
export const JsonLd = jsonLd.Component;
