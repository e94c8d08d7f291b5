import { Link } from 'react-router';
import type { PostSummary } from '../api/types';
import { dayKey, formatDateHeader } from '../lib/dates';
import { postUrl } from '../lib/paths';
import { commentCountText } from './comment-count';
import { PostMeta } from './post-meta';
import { useBlog } from './use-blog';

type DayGroup = { key: string; posts: PostSummary[] };

/** One date header per day, as Blogger groups its posts; input is newest first. */
export function groupByDay(posts: PostSummary[], timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const post of posts) {
    const key = dayKey(post.published, timeZone);
    const last = groups.at(-1);
    if (last && last.key === key) last.posts.push(post);
    else groups.push({ key, posts: [post] });
  }
  return groups;
}

export function PostList({ posts }: { posts: PostSummary[] }) {
  const blog = useBlog();
  return (
    <div className="post-list">
      {groupByDay(posts, blog.timeZone).map((group) => {
        const first = group.posts[0];
        return (
          <section key={group.key} className="day" aria-labelledby={`day-${group.key}`}>
            <h2 className="date-header" id={`day-${group.key}`}>
              {first ? formatDateHeader(first.published, blog.locale, blog.timeZone) : group.key}
            </h2>
            {group.posts.map((post) => (
              <article key={post.id} className="post-summary">
                <h3 className="post-summary__title">
                  <Link to={postUrl(post)}>{post.title}</Link>
                </h3>
                <p className="post-summary__excerpt">{post.excerpt}</p>
                <PostMeta post={post} />
                <p className="post-summary__comments">
                  <Link
                    to={`${postUrl(post)}#comments`}
                    aria-label={`${commentCountText(post.commentCount, blog.locale)} on “${post.title}”`}
                  >
                    {commentCountText(post.commentCount, blog.locale)}
                  </Link>
                </p>
              </article>
            ))}
          </section>
        );
      })}
    </div>
  );
}
