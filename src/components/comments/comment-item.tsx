import { createContext, memo, useContext, type ReactNode } from 'react';
import type { Comment } from '../../api/types';
import { useT } from '../../i18n/language-context';
import { TranslatedRegion } from '../../translate/translated-region';
import { useCommentTranslation } from '../../translate/translation-context';
import { SanitizedHtml } from '../sanitized-html';
import type { CommentNode } from './comment-thread';
import { safeHttpUrl } from '../../lib/safe-url';
import { isPlainClick } from './posted-comment';
import './comment-avatar.css';

export type Marker = 'sending' | 'pending';

/** What every comment of a thread shares. Kept stable across renders so unchanged comments are skipped. */
export type ThreadContext = {
  /** Formats a date in the blog's zone (one formatter for the thread, not one query per comment). */
  formatDate: (iso: string) => string;
  /** Comments that are being sent, or await moderation (shown to their author only). */
  markers: ReadonlyMap<string, Marker>;
  /** The comment the address names (#c<id>). */
  targetId: string | null;
  onReply: ((comment: Comment) => void) | null;
  /** The address that opens the form under a comment, for a reader without JavaScript. */
  replyHref: (commentId: string) => string;
};

/**
 * The reply form moves under the comment being replied to. It reaches there through context, so opening
 * it, or typing in it, re-renders that one slot and not the other comments of a long thread.
 */
export const ReplyFormContext = createContext<{ parentId: string | null; form: ReactNode }>({
  parentId: null,
  form: null,
});

function ReplyFormSlot({ commentId }: { commentId: string }) {
  const { parentId, form } = useContext(ReplyFormContext);
  return parentId === commentId ? form : null;
}

function sameSubtree(a: CommentNode, b: CommentNode): boolean {
  return (
    a.comment === b.comment &&
    a.replies.length === b.replies.length &&
    a.replies.every((reply, i) => {
      const other = b.replies[i];
      return other !== undefined && sameSubtree(reply, other);
    })
  );
}

type CommentItemProps = { node: CommentNode; thread: ThreadContext };

function CommentItemView({ node, thread }: CommentItemProps) {
  const t = useT();
  const { comment } = node;
  const marker = thread.markers.get(comment.id);
  const targeted = thread.targetId === comment.id;
  // Translate widget: subscribes to this comment's translation only, so memo still skips the others.
  const translation = useCommentTranslation(comment);
  const avatar = safeHttpUrl(comment.author.avatarUrl ?? null);
  return (
    <li
      className={`comment${targeted ? ' comment--target' : ''}`}
      id={`c${comment.id}`}
      tabIndex={targeted ? -1 : undefined}
    >
      <article
        aria-label={t('comments.item.label', { name: comment.author.name })}
        aria-busy={marker === 'sending' || undefined}
      >
        <p className="comment__author">
          {avatar ? (
            // Decorative (the name follows), lazy, and in a box of its own size so nothing shifts.
            <span className="comment__avatar">
              <img src={avatar} alt="" width={48} height={48} loading="lazy" decoding="async" />
            </span>
          ) : null}
          {safeHttpUrl(comment.author.url) ? (
            <a href={safeHttpUrl(comment.author.url) ?? undefined} rel="nofollow ugc noopener" dir="auto">
              {comment.author.name}
            </a>
          ) : (
            <strong dir="auto">{comment.author.name}</strong>
          )}{' '}
          <a className="comment__date" href={`#c${comment.id}`}>
            <time dateTime={comment.published}>{thread.formatDate(comment.published)}</time>
          </a>
          {marker === 'sending' ? (
            <span className="comment__marker"> {t('comments.item.publishing')}</span>
          ) : null}
          {marker === 'pending' ? (
            <span className="comment__marker"> {t('comments.item.pending')}</span>
          ) : null}
        </p>
        <TranslatedRegion translation={translation}>
          <SanitizedHtml className="comment__body" kind="comment" html={translation?.text ?? comment.html} />
        </TranslatedRegion>
        {thread.onReply && !marker ? (
          // A link, as WordPress's: it works before (and without) JavaScript, and nofollow keeps crawlers
          // from fetching a copy of the page per comment.
          <a
            className="comment__reply"
            href={thread.replyHref(comment.id)}
            rel="nofollow"
            aria-label={t('comments.item.replyLabel', { name: comment.author.name })}
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              thread.onReply?.(comment);
            }}
          >
            {t('comments.item.reply')}
          </a>
        ) : null}
      </article>
      <ReplyFormSlot commentId={comment.id} />
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

/** One comment and its replies; skipped on re-render when neither it, its replies nor the thread changed. */
export const CommentItem = memo(
  CommentItemView,
  (prev, next) => prev.thread === next.thread && sameSubtree(prev.node, next.node),
);
