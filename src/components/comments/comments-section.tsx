import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useBlogQueries } from '../../api/blog-api-context';
import { formatDateTime } from '../../lib/dates';
import { commentCountText } from '../comment-count';
import { SanitizedHtml } from '../sanitized-html';
import { useBlog } from '../use-blog';
import { threadComments, type CommentNode } from './comment-thread';

function CommentItem({ node }: { node: CommentNode }) {
  const blog = useBlog();
  const { comment } = node;
  return (
    <li className="comment" id={`c${comment.id}`}>
      <article aria-label={`Comment by ${comment.author.name}`}>
        <p className="comment__author">
          {comment.author.url ? (
            <a href={comment.author.url} rel="nofollow ugc noopener">
              {comment.author.name}
            </a>
          ) : (
            <strong>{comment.author.name}</strong>
          )}{' '}
          <time className="comment__date" dateTime={comment.published}>
            {formatDateTime(comment.published, blog.locale, blog.timeZone)}
          </time>
        </p>
        <SanitizedHtml className="comment__body" kind="comment" html={comment.html} />
      </article>
      {node.replies.length > 0 ? (
        <ol className="comment-replies">
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** Blogger's comments block: "No comments:", "1 comment:", "N comments:", then the thread. */
export function CommentsSection({ postId, commentCount }: { postId: string; commentCount: number }) {
  const blog = useBlog();
  const query = useSuspenseInfiniteQuery(useBlogQueries().comments(postId));
  const comments = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? commentCount;
  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{commentCountText(total, blog.locale)}:</h2>
      {comments.length > 0 ? (
        <ol className="comment-list">
          {threadComments(comments).map((node) => (
            <CommentItem key={node.comment.id} node={node} />
          ))}
        </ol>
      ) : null}
      {query.hasNextPage ? (
        <button
          type="button"
          className="load-more"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? 'Loading comments…' : 'Load more comments'}
        </button>
      ) : null}
      {query.isFetchNextPageError ? <p role="alert">More comments could not be loaded. Try again.</p> : null}
    </section>
  );
}
