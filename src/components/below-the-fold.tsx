import { lazy, Suspense, type ComponentProps } from 'react';
import type { RelatedTo } from '../api/related-posts';
import { useCapabilities } from '../api/blog-api-context';
import './below-the-fold.css';

/*
 * Parts of a page that are not needed for the first paint of a post: below the fold, or invisible.
 * Each is downloaded on demand behind its own Suspense boundary, so waiting for one never holds back
 * the post; a placeholder of the same size keeps what follows from moving when it arrives.
 */

const ShareButtonsPart = lazy(() =>
  import('./share-buttons').then((module) => ({ default: module.ShareButtons })),
);
const RelatedPostsPart = lazy(() =>
  import('./related-posts').then((module) => ({ default: module.RelatedPosts })),
);
const FeedLinksPart = lazy(() => import('./feed-links').then((module) => ({ default: module.FeedLinks })));
const JsonLdPart = lazy(() => import('./json-ld').then((module) => ({ default: module.JsonLd })));

export function ShareButtons(props: ComponentProps<typeof ShareButtonsPart>) {
  return (
    <Suspense fallback={<div className="share-placeholder" aria-hidden="true" />}>
      <ShareButtonsPart {...props} />
    </Suspense>
  );
}

/** "Read more" already waits quietly for its data (no skeleton); its code waits the same way. */
export function RelatedPosts({ post }: { post: RelatedTo }) {
  const { labels } = useCapabilities();
  // Decided here so a post without labels never downloads the part.
  if (!labels || post.labels.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <RelatedPostsPart post={post} />
    </Suspense>
  );
}

/** Feed links sit at the very end of a post and of the page: nothing below them can move. */
export function FeedLinks(props: ComponentProps<typeof FeedLinksPart>) {
  if (!props.feeds || Object.values(props.feeds).every((url) => !url)) return null;
  return (
    <Suspense fallback={null}>
      <FeedLinksPart {...props} />
    </Suspense>
  );
}

/** Structured data for search engines: nothing a reader sees. */
export function JsonLd(props: ComponentProps<typeof JsonLdPart>) {
  return (
    <Suspense fallback={null}>
      <JsonLdPart {...props} />
    </Suspense>
  );
}
