import { useCapabilities } from '../api/blog-api-context';
import type { PostSummary } from '../api/types';
import { useT } from '../i18n/language-context';
import { dayKey, formatDateHeader } from '../lib/dates';
import { PostLink } from './post-link';
import { PostMeta } from './post-meta';
import { onDemand } from './on-demand';
import './post-list-badges.css';
import { useBlog } from './use-blog';
import { Skeleton } from './widget-boundary';

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

type HeadingLevel = 2 | 3;

/** layout.posts.home "full": each post's opening, downloaded only by a blog that asks for it. */
const PostOpening = onDemand(
  'post-opening',
  () => import('./post-opening').then((m) => m.PostOpening),
  () => <PostOpeningSkeleton />,
).Component;

function PostOpeningSkeleton() {
  return <Skeleton label={useT()('posts.list.loadingPost')} />;
}

export function PostList({
  posts,
  level = 2,
  full = false,
}: {
  posts: PostSummary[];
  level?: HeadingLevel;
  /** Each post's opening in full (config.json's layout.posts.home "full") rather than its excerpt. */
  full?: boolean;
}) {
  const t = useT();
  const blog = useBlog();
  // A backend without comments (Ghost, JSON Feed) has no count to show and no comment section to link to.
  const showComments = useCapabilities().comments !== 'none';
  const DateHeading = `h${level}` as const;
  const TitleHeading = `h${level + 1}` as 'h3' | 'h4';
  return (
    <div className="post-list">
      {groupByDay(posts, blog.timeZone).map((group) => {
        const first = group.posts[0];
        return (
          <section key={group.key} className="day" aria-labelledby={`day-${group.key}`}>
            <DateHeading className="date-header" id={`day-${group.key}`}>
              {first ? formatDateHeader(first.published, blog.locale, blog.timeZone) : group.key}
            </DateHeading>
            {group.posts.map((post) => (
              <article
                key={post.id}
                className={`post-summary${post.featured ? ' post-summary--featured' : ''}`}
              >
                {/* Before the title, so the title stays the heading's (and the link's) whole name. */}
                {post.featured ? (
                  <p className="post-summary__badge">
                    <span className="badge">{t('posts.list.featured')}</span>
                  </p>
                ) : null}
                <TitleHeading className="post-summary__title">
                  <PostLink post={post} dir="auto">
                    {post.title}
                  </PostLink>
                </TitleHeading>
                {post.protected ? (
                  <p className="post-summary__excerpt post-summary__excerpt--protected">
                    {t('posts.protected.notice')}
                  </p>
                ) : full ? (
                  <PostOpening post={post} />
                ) : (
                  <p className="post-summary__excerpt">
                    {post.excerpt}
                    {post.teaser ? (
                      <>
                        {' '}
                        <PostLink
                          className="post-summary__more"
                          post={post}
                          aria-label={t('posts.list.readMoreLabel', { title: post.title })}
                        >
                          {t('posts.list.readMore')}
                        </PostLink>
                      </>
                    ) : null}
                  </p>
                )}
                <PostMeta post={post} />
                {/* A protected post's comments are behind its password too: not counted here. */}
                {post.protected || !showComments ? null : (
                  <p className="post-summary__comments">
                    <PostLink
                      post={post}
                      hash="#comments"
                      aria-label={t('posts.list.commentCountLabel', {
                        count: post.commentCount,
                        title: post.title,
                      })}
                    >
                      {t('posts.list.commentCount', { count: post.commentCount })}
                    </PostLink>
                  </p>
                )}
              </article>
            ))}
          </section>
        );
      })}
    </div>
  );
}
