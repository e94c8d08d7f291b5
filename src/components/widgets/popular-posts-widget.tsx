import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useBlogQueries } from '../../api/blog-api-context';
import type { PostSummary } from '../../api/types';
import { useT } from '../../i18n/language-context';
import { firstImage } from '../../lib/first-image';
import { PostLink } from '../post-link';
import { useSiteOrigin } from '../site-origin';
import './popular-posts-widget.css';

/** A post's first image, small, beside its title (asked for only when config.json turns thumbnails on). */
function Thumbnail({ post }: { post: PostSummary }) {
  const origin = useSiteOrigin();
  const { data } = useQuery(useBlogQueries().post(post));
  const image = data && !data.protected ? firstImage(data.html, origin) : null;
  if (!image) return null;
  return (
    <img
      className="popular-posts__thumb"
      src={image.url}
      alt=""
      width={72}
      height={72}
      loading="lazy"
      decoding="async"
    />
  );
}

/** Blogger's Popular Posts gadget: the backend's most-read posts, most-read first. */
export function PopularPostsWidget({ count, thumbnails = false }: { count?: number; thumbnails?: boolean }) {
  const t = useT();
  const { data: posts } = useSuspenseQuery(useBlogQueries().popularPosts(count));
  if (posts.length === 0) return <p>{t('gadgets.popular.empty')}</p>;
  return (
    <ol className={thumbnails ? 'popular-posts popular-posts--thumbs' : 'popular-posts'}>
      {posts.map((post) => (
        <li key={post.id} className="popular-posts__item">
          {thumbnails ? <Thumbnail post={post} /> : null}
          {/* The title isolated, not the item: an item of its own direction moves its number. */}
          <PostLink post={post}>
            <bdi>{post.title}</bdi>
          </PostLink>
        </li>
      ))}
    </ol>
  );
}
