import { lazy } from 'react';

/**
 * The comments block, downloaded on demand: it is below the post and not needed for its first paint.
 * Render it inside a Suspense boundary (the post's WidgetBoundary, whose skeleton holds its place).
 * The form's saved draft is read when the form mounts, so loading later loses nothing.
 */
export const CommentsSection = lazy(() =>
  import('./comments-section').then((module) => ({ default: module.CommentsSection })),
);
