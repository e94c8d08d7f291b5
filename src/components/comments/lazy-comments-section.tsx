import { useT } from '../../i18n/language-context';
import { onDemand } from '../on-demand';
import { Skeleton } from '../widget-boundary';

/**
 * The comments block, downloaded on demand: it is below the post and not needed for its first paint.
 * The post's loader starts the download alongside the comments' data (on-demand.tsx). Render it inside
 * the post's WidgetBoundary, which shows a failure to load it with "Try again". The form's saved draft
 * is read when the form mounts, so loading later loses nothing.
 */
const comments = onDemand(
  'comments',
  () => import('./comments-section').then((module) => module.CommentsSection),
  () => <CommentsSkeleton />,
);

function CommentsSkeleton() {
  return <Skeleton label={useT()('comments.section.loading')} />;
}
export const CommentsSection = comments.Component;
export const loadCommentsSection = comments.load;
