import { Link } from 'react-router';
import type { PostSummary } from '../api/types';
import { formatTime } from '../lib/dates';
import { labelUrl, profileUrl } from '../lib/paths';
import { useBlog } from './use-blog';

/** "Posted by <author> at <time>", then the labels, as Blogger's post footer shows them. */
export function PostMeta({ post, showLabels = true }: { post: PostSummary; showLabels?: boolean }) {
  const blog = useBlog();
  return (
    <div className="post-meta">
      <p className="post-meta__byline">
        Posted by <Link to={profileUrl(post.author.id)}>{post.author.displayName}</Link> at{' '}
        <time dateTime={post.published}>{formatTime(post.published, blog.locale, blog.timeZone)}</time>
        <span className="post-meta__reading"> · {post.readingMinutes} min read</span>
      </p>
      {showLabels && post.labels.length > 0 ? (
        <p className="post-meta__labels">
          Labels:{' '}
          {post.labels.map((label, index) => (
            <span key={label}>
              {index > 0 ? ', ' : null}
              <Link to={labelUrl(label)} rel="tag">
                {label}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
