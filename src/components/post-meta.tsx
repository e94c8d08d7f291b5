import { Link } from 'react-router';
import type { PostSummary } from '../api/types';
import { Message, useT } from '../i18n/language-context';
import { formatTime } from '../lib/dates';
import { labelUrl, profileUrl } from '../lib/paths';
import { useBlog } from './use-blog';

/** "Posted by <author> at <time>", then the labels, as Blogger's post footer shows them. */
export function PostMeta({ post, showLabels = true }: { post: PostSummary; showLabels?: boolean }) {
  const t = useT();
  const blog = useBlog();
  return (
    <div className="post-meta">
      <p className="post-meta__byline">
        <Message
          id="posts.meta.byline"
          values={{
            author: (
              <Link to={profileUrl(post.author.id)} dir="auto">
                {post.author.displayName}
              </Link>
            ),
            time: (
              <time dateTime={post.published}>{formatTime(post.published, blog.locale, blog.timeZone)}</time>
            ),
          }}
        />
        <span className="post-meta__reading">
          {' · '}
          {t('posts.meta.readingTime', { minutes: post.readingMinutes })}
        </span>
      </p>
      {showLabels && post.labels.length > 0 ? (
        <p className="post-meta__labels">
          <Message
            id="posts.meta.labels"
            values={{
              labels: post.labels.map((label, index) => (
                <span key={label}>
                  {index > 0 ? t('posts.meta.labelSeparator') : null}
                  <Link to={labelUrl(label)} rel="tag" dir="auto">
                    {label}
                  </Link>
                </span>
              )),
            }}
          />
        </p>
      ) : null}
    </div>
  );
}
