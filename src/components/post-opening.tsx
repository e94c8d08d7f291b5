import { useSuspenseQuery } from '@tanstack/react-query';
import { useBlogQueries } from '../api/blog-api-context';
import { splitPost } from '../api/post-pages';
import type { PostSummary } from '../api/types';
import { useT } from '../i18n/language-context';
import { PostLink } from './post-link';
import { SanitizedHtml } from './sanitized-html';

/** A post's body up to its jump break (all of it without one), then "Read more »" to the rest. */
export function PostOpening({ post }: { post: PostSummary }) {
  const t = useT();
  const { data } = useSuspenseQuery(useBlogQueries().post(post));
  const { teaser, pages } = splitPost(data.html);
  return (
    <>
      <SanitizedHtml className="post__body post-summary__body" kind="post" html={teaser ?? pages[0] ?? ''} />
      {teaser || pages.length > 1 ? (
        <p>
          <PostLink
            className="post-summary__more"
            post={post}
            aria-label={t('posts.list.readMoreLabel', { title: post.title })}
          >
            {t('posts.list.readMore')}
          </PostLink>
        </p>
      ) : null}
    </>
  );
}

/** `level` is the date headers' heading level; post titles sit one below. */
