import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useBackendId, useBlogQueries, useCapabilities } from '../../api/blog-api-context';
import type { Comment } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { commentCountText } from '../comment-count';
import { SanitizedHtml } from '../sanitized-html';
import { useBlog } from '../use-blog';
import { loadDraft, saveDraft, type CommentDraft } from './comment-draft';
import { CommentForm } from './comment-form';
import { commentHtml } from './comment-text';
import { threadComments, type CommentNode } from './comment-thread';
import { loadPendingComments } from './pending-comments';
import { sendingComment, usePublishComment } from './use-publish-comment';

type Marker = 'sending' | 'pending';

type ThreadProps = {
  markers: Map<string, Marker>;
  targetId: string | null;
  onReply: ((comment: Comment) => void) | null;
  /** What to show right under a comment (the reply form, when replying to it). */
  after: (commentId: string) => ReactNode;
};

function CommentItem({ node, thread }: { node: CommentNode; thread: ThreadProps }) {
  const blog = useBlog();
  const { comment } = node;
  const marker = thread.markers.get(comment.id);
  const targeted = thread.targetId === comment.id;
  return (
    <li
      className={`comment${targeted ? ' comment--target' : ''}`}
      id={`c${comment.id}`}
      tabIndex={targeted ? -1 : undefined}
    >
      <article aria-label={`Comment by ${comment.author.name}`} aria-busy={marker === 'sending' || undefined}>
        <p className="comment__author">
          {comment.author.url ? (
            <a href={comment.author.url} rel="nofollow ugc noopener">
              {comment.author.name}
            </a>
          ) : (
            <strong>{comment.author.name}</strong>
          )}{' '}
          <a className="comment__date" href={`#c${comment.id}`}>
            <time dateTime={comment.published}>
              {formatDateTime(comment.published, blog.locale, blog.timeZone)}
            </time>
          </a>
          {marker === 'sending' ? <span className="comment__marker"> Publishing…</span> : null}
          {marker === 'pending' ? (
            <span className="comment__marker"> Awaiting approval, visible only to you</span>
          ) : null}
        </p>
        <SanitizedHtml className="comment__body" kind="comment" html={comment.html} />
        {thread.onReply && !marker ? (
          <button
            type="button"
            className="comment__reply"
            aria-label={`Reply to ${comment.author.name}`}
            onClick={() => thread.onReply?.(comment)}
          >
            Reply
          </button>
        ) : null}
      </article>
      {thread.after(comment.id)}
      {node.replies.length > 0 ? (
        <ol className="comment-replies">
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} thread={thread} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** A comment the reader just wrote can come back again in a later page: show it once. */
function uniqueById(comments: Comment[]): Comment[] {
  return [...new Map(comments.map((c) => [c.id, c])).values()];
}

/** When the address names a comment (#c<id>), bring it into view once it has loaded. */
function useCommentTarget(ids: string[]): string | null {
  const { hash } = useLocation();
  const targetId = hash.startsWith('#c') ? decodeURIComponent(hash.slice(2)) : null;
  const present = targetId !== null && ids.includes(targetId);
  useEffect(() => {
    if (!present || targetId === null) return;
    const element = document.getElementById(`c${targetId}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [present, targetId]);
  return present ? targetId : null;
}

/** Blogger's comments block: "No comments:", "1 comment:", "N comments:", the thread, and the form. */
export function CommentsSection({ postId, commentCount }: { postId: string; commentCount: number }) {
  const blog = useBlog();
  const backendId = useBackendId();
  const canWrite = useCapabilities().comments === 'write';
  const query = useSuspenseInfiniteQuery(useBlogQueries().comments(postId));
  const publish = usePublishComment(postId);

  const [draft, setDraftState] = useState<CommentDraft>(() => loadDraft(backendId, postId));
  const [pending, setPending] = useState<Comment[]>(() => loadPendingComments(backendId, postId));
  const [notice, setNotice] = useState<string | null>(null);
  const [formMoved, setFormMoved] = useState(false);

  function setDraft(next: CommentDraft) {
    setDraftState(next);
    saveDraft(backendId, postId, next);
  }

  const serverComments = uniqueById(query.data.pages.flatMap((page) => page.items));
  const serverIds = new Set(serverComments.map((c) => c.id));
  const ownPending = pending.filter((c) => !serverIds.has(c.id));
  const sending = publish.isPending ? sendingComment(postId, publish.variables) : null;
  const shown = [...serverComments, ...ownPending, ...(sending ? [sending] : [])];
  const markers = new Map<string, Marker>(ownPending.map((c) => [c.id, 'pending']));
  if (sending) markers.set(sending.id, 'sending');
  const total = query.data.pages[0]?.total ?? commentCount;
  const targetId = useCommentTarget(shown.map((c) => c.id));

  const replyParent = draft.parentId ? shown.find((c) => c.id === draft.parentId) : undefined;

  function publishDraft() {
    setNotice(null);
    const input = { parentId: draft.parentId, authorName: draft.name.trim(), html: commentHtml(draft.text) };
    publish.mutate(input, {
      onSuccess: (comment) => {
        setDraftState({ text: '', name: draft.name, parentId: null });
        if (comment.status === 'pending') {
          setPending(loadPendingComments(backendId, postId));
          setNotice('Your comment will be visible after approval.');
        } else {
          setNotice('Your comment has been published.');
        }
      },
    });
  }

  const form = canWrite ? (
    <CommentForm
      key={draft.parentId ?? 'top'}
      draft={draft}
      onDraftChange={setDraft}
      onPublish={publishDraft}
      publishing={publish.isPending}
      error={publish.isError ? publish.error : null}
      notice={notice}
      replyingTo={replyParent ? replyParent.author.name : draft.parentId ? 'a comment' : null}
      onCancelReply={() => {
        setFormMoved(true);
        setDraft({ ...draft, parentId: null });
      }}
      locale={blog.locale}
      focusOnMount={formMoved}
    />
  ) : null;

  const thread: ThreadProps = {
    markers,
    targetId,
    onReply: canWrite
      ? (comment) => {
          setFormMoved(true);
          setNotice(null);
          setDraft({ ...draft, parentId: comment.id });
        }
      : null,
    after: (commentId) => (replyParent && commentId === replyParent.id ? form : null),
  };

  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{commentCountText(total, blog.locale)}:</h2>
      {shown.length > 0 ? (
        <ol className="comment-list">
          {threadComments(shown).map((node) => (
            <CommentItem key={node.comment.id} node={node} thread={thread} />
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
      {replyParent ? null : form}
    </section>
  );
}
