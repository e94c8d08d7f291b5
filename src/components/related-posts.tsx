import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useBlogQueries, useCapabilities } from '../api/blog-api-context';
import type { RelatedTo } from '../api/related-posts';
import { useT } from '../i18n/language-context';
import { formatDateHeader } from '../lib/dates';
import { PostLink } from './post-link';
import { useBlog } from './use-blog';
import { WidgetBoundary } from './widget-boundary';
import './related-posts.css';

function RelatedList({ post }: { post: RelatedTo }) {
  const t = useT();
  const blog = useBlog();
  const headingId = useId();
  const { data: related } = useSuspenseQuery(useBlogQueries().relatedPosts(post));
  // Nothing shares a label: no empty heading.
  if (related.length === 0) return null;
  return (
    <section className="related-posts" aria-labelledby={headingId}>
      <h2 id={headingId} className="related-posts__title">
        {t('posts.related.heading')}
      </h2>
      <ul className="related-posts__list">
        {related.map((item) => (
          <li key={item.id} className="related-posts__item">
            <PostLink post={item} className="related-posts__link" dir="auto">
              {item.title}
            </PostLink>
            <time className="related-posts__date" dateTime={item.published}>
              {formatDateHeader(item.published, blog.locale, blog.timeZone)}
            </time>
            {item.excerpt ? <p className="related-posts__excerpt">{item.excerpt}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Read more" at the end of a post: up to three other posts sharing its labels. Below the fold and
 * optional, so it waits quietly (no skeleton) and a failure only says so in its place.
 */
export function RelatedPosts({ post }: { post: RelatedTo }) {
  const { labels } = useCapabilities();
  if (!labels || post.labels.length === 0) return null;
  return (
    <WidgetBoundary loading={null}>
      <RelatedList post={post} />
    </WidgetBoundary>
  );
}
