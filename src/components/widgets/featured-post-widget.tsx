import { useSuspenseQuery } from '@tanstack/react-query';
import { useBlogQueries } from '../../api/blog-api-context';
import { useT } from '../../i18n/language-context';
import { safeHttpUrl } from '../../lib/safe-url';
import { PostLink } from '../post-link';
import { PROTECTED_NOTICE_KEY } from '../protected-post';
import './featured-post-widget.css';

/**
 * Blogger's Featured Post gadget: the newest post the blog marks as featured (WordPress's sticky posts,
 * Ghost's and the native contract's `featured`), with its title, first image, snippet and a link. The
 * sidebar only shows it when there is such a post.
 */
export function FeaturedPostWidget() {
  const t = useT();
  const { data: featured } = useSuspenseQuery(useBlogQueries().featuredPost());
  if (!featured) return null;
  const { post, image } = featured;
  // Relative addresses (the demo blog's own images) are kept; anything but http(s) is not shown.
  const src = image && (image.url.startsWith('/') ? image.url : safeHttpUrl(image.url));
  return (
    <article className="featured-post" aria-labelledby="featured-post-title">
      <h3 id="featured-post-title" className="featured-post__title" dir="auto">
        <PostLink post={post}>{post.title}</PostLink>
      </h3>
      {src ? (
        <div className="featured-post__image">
          <img src={src} alt={image.alt} loading="lazy" decoding="async" />
        </div>
      ) : null}
      {post.protected ? (
        <p className="featured-post__snippet">{t(PROTECTED_NOTICE_KEY)}</p>
      ) : (
        <p className="featured-post__snippet" dir="auto">
          {post.excerpt}
        </p>
      )}
      <p className="featured-post__more">
        <PostLink post={post} aria-label={t('gadgets.featured.readMoreLabel', { title: post.title })}>
          {t('gadgets.featured.readMore')}
        </PostLink>
      </p>
    </article>
  );
}
