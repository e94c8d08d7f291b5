import { useSuspenseQuery } from '@tanstack/react-query';
import { useBlogQueries } from '../../api/blog-api-context';
import { PostLink } from '../post-link';
import './popular-posts-widget.css';

/** Blogger's Popular Posts gadget: the backend's most-read posts, most-read first. */
export function PopularPostsWidget() {
  const { data: posts } = useSuspenseQuery(useBlogQueries().popularPosts());
  if (posts.length === 0) return <p>No posts yet.</p>;
  return (
    <ol className="popular-posts">
      {posts.map((post) => (
        <li key={post.id} className="popular-posts__item">
          <PostLink post={post}>{post.title}</PostLink>
        </li>
      ))}
    </ol>
  );
}
