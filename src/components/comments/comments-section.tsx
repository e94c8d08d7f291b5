import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useBackendId, useBlogQueries, useCapabilities } from '../../api/blog-api-context';
import type { Comment } from '../../api/types';
import { useT } from '../../i18n/language-context';
import { formatDateTime } from '../../lib/dates';
import { safeHttpUrl } from '../../lib/safe-url';
import { useRestoredState } from '../../lib/hydration';
import { useTranslateComments } from '../../translate/translation-context';
import { useBlog } from '../use-blog';
import { Skeleton } from '../widget-boundary';
import { loadDraft, saveDraft } from './comment-draft';
import { CommentForm, type CommentInput } from './comment-form';
import { CommentItem, ReplyFormContext, type Marker, type ThreadContext } from './comment-item';
import { commentHtml } from './comment-text';
import { COMMENT_HELD_PARAM, REPLY_PARAM, replyHref } from './posted-comment';
import { threadComments } from './comment-thread';
import { loadPendingComments } from './pending-comments';
import { sendingComment, usePublishComment } from './use-publish-comment';

const NO_COMMENTS: Comment[] = [];

/** What the live region says after a comment was accepted. */
type Notice = 'comments.section.held' | 'comments.section.published';

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

type CommentsProps = {
  postId: string;
  commentCount: number;
  /** False when the post takes no new comments: "Comments are closed." instead of the form. */
  open?: boolean;
  /** A password-protected post's password, which its comments need too. */
  password?: string;
};

function useComments(postId: string, password?: string) {
  return useInfiniteQuery({
    ...useBlogQueries().comments(postId, password),
    throwOnError: (_error, query) => query.state.data === undefined,
  });
}

type CommentsQuery = ReturnType<typeof useComments>;
type CommentPages = NonNullable<CommentsQuery['data']>['pages'];

/**
 * Blogger's comments block. Waits for the first comments with its own skeleton instead of suspending:
 * React reveals a Suspense boundary's content no sooner than 300 ms after the page's last fallback, and
 * a post's first render shows a few, so the comments came a third of a second after their data. A
 * failure with nothing to show still reaches the post's boundary, with its "Try again".
 */
export function CommentsSection(props: CommentsProps) {
  const t = useT();
  const query = useComments(props.postId, props.password);
  if (!query.data) return <Skeleton label={t('comments.section.loading')} />;
  return <CommentsThread {...props} query={query} pages={query.data.pages} />;
}

/** Pingbacks and trackbacks: a link to the page that mentions the post, with its date. */
function Linkbacks({ linkbacks, formatDate }: { linkbacks: Comment[]; formatDate: (iso: string) => string }) {
  const t = useT();
  return (
    <section className="linkbacks" aria-labelledby="linkbacks-heading">
      <h3 id="linkbacks-heading">{t('comments.linkbacks.heading')}</h3>
      <ul>
        {linkbacks.map((linkback) => {
          const href = safeHttpUrl(linkback.author.url);
          return (
            <li key={linkback.id} id={`c${linkback.id}`}>
              {href ? (
                <a href={href} rel="nofollow ugc noopener" dir="auto">
                  {linkback.author.name}
                </a>
              ) : (
                <bdi>{linkback.author.name}</bdi>
              )}{' '}
              <time dateTime={linkback.published}>{formatDate(linkback.published)}</time>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "No comments:", "1 comment:", "N comments:", the thread, and the form. */
function CommentsThread({
  postId,
  commentCount,
  open = true,
  password,
  query,
  pages,
}: CommentsProps & { query: CommentsQuery; pages: CommentPages }) {
  const t = useT();
  const blog = useBlog();
  const backendId = useBackendId();
  const capabilities = useCapabilities();
  const canWrite = capabilities.comments === 'write' && open;
  const identityRequired = capabilities.commentIdentity === 'name-and-email';
  const publish = usePublishComment(postId, password);

  const [searchParams] = useSearchParams();
  const location = useLocation();
  // Which comment the form replies to; the text itself lives in the form (see CommentForm). The address
  // can name it (a Reply link followed without JavaScript), and the server draws that; else it is kept
  // in this browser only, with the reader's comments awaiting approval: the server, and so the hydrating
  // render, draw neither; the render just after hydration reopens the reply and shows them.
  const replyInAddress = searchParams.get(REPLY_PARAM);
  const [replyTo, setReplyToState] = useRestoredState<string | null>(
    () => replyInAddress ?? loadDraft(backendId, postId).parentId,
    replyInAddress,
  );
  const [pending, setPending] = useRestoredState<Comment[]>(
    () => loadPendingComments(backendId, postId),
    NO_COMMENTS,
  );
  // A comment posted without JavaScript and held for moderation: the server's redirect says so.
  const [notice, setNotice] = useState<Notice | null>(() =>
    searchParams.get(COMMENT_HELD_PARAM) === 'held' ? 'comments.section.held' : null,
  );
  const [formMoved, setFormMoved] = useState(false);
  // A new form (empty, from the cleared draft) after each accepted comment.
  const [generation, setGeneration] = useState(0);

  const setReplyTo = useCallback(
    (parentId: string | null) => {
      setFormMoved(true);
      setNotice(null);
      setReplyToState(parentId);
      saveDraft(backendId, postId, { ...loadDraft(backendId, postId), parentId });
    },
    [backendId, postId, setReplyToState],
  );

  // Pingbacks and trackbacks (other sites linking here) are listed apart, after the readers' thread.
  const [serverComments, linkbacks] = useMemo(() => {
    const all = uniqueById(pages.flatMap((page) => page.items));
    return [all.filter((c) => !c.kind), all.filter((c) => c.kind)];
  }, [pages]);
  const ownPending = useMemo(() => {
    const serverIds = new Set(serverComments.map((c) => c.id));
    return pending.filter((c) => !serverIds.has(c.id));
  }, [serverComments, pending]);
  const sending = useMemo(
    () => (publish.isPending ? sendingComment(postId, publish.variables, t) : null),
    [publish.isPending, publish.variables, postId, t],
  );
  const shown = useMemo(
    () => [...serverComments, ...ownPending, ...(sending ? [sending] : [])],
    [serverComments, ownPending, sending],
  );
  const roots = useMemo(() => threadComments(shown), [shown]);
  // Translate widget: translates the shown comments; each CommentItem reads its own translation.
  useTranslateComments(postId, shown, blog.locale);
  const total = pages[0]?.total ?? commentCount;
  const targetId = useCommentTarget(shown.map((c) => c.id));
  const replyParent = replyTo ? shown.find((c) => c.id === replyTo) : undefined;

  const thread = useMemo<ThreadContext>(() => {
    const markers = new Map<string, Marker>(ownPending.map((c) => [c.id, 'pending']));
    if (sending) markers.set(sending.id, 'sending');
    return {
      formatDate: (iso) => formatDateTime(iso, blog.locale, blog.timeZone),
      markers,
      targetId,
      onReply: canWrite ? (comment) => setReplyTo(comment.id) : null,
      replyHref: (commentId) => replyHref(location, commentId),
    };
  }, [ownPending, sending, blog.locale, blog.timeZone, targetId, canWrite, setReplyTo, location]);

  function publishDraft({ text, name, email }: CommentInput) {
    setNotice(null);
    const input = {
      parentId: replyTo,
      authorName: name.trim(),
      html: commentHtml(text),
      ...(identityRequired ? { email: email.trim() } : {}),
      ...(password ? { password } : {}),
    };
    publish.mutate(input, {
      onSuccess: (comment) => {
        setReplyToState(null);
        setGeneration((g) => g + 1);
        if (comment.status === 'pending') {
          setPending(loadPendingComments(backendId, postId));
          setNotice('comments.section.held');
        } else {
          setNotice('comments.section.published');
        }
      },
    });
  }

  const form = canWrite ? (
    <CommentForm
      key={`${replyTo ?? 'top'}-${generation}`}
      backendId={backendId}
      postId={postId}
      parentId={replyTo}
      onPublish={publishDraft}
      publishing={publish.isPending}
      error={publish.isError ? publish.error : null}
      replyingTo={replyParent ? { name: replyParent.author.name } : replyTo ? { name: null } : null}
      onCancelReply={() => setReplyTo(null)}
      focusOnMount={formMoved}
      identityRequired={identityRequired}
    />
  ) : null;

  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.section.heading', { count: total })}</h2>
      <ReplyFormContext.Provider value={{ parentId: replyParent ? replyParent.id : null, form }}>
        {roots.length > 0 ? (
          <ol className="comment-list">
            {roots.map((node) => (
              <CommentItem key={node.comment.id} node={node} thread={thread} />
            ))}
          </ol>
        ) : null}
      </ReplyFormContext.Provider>
      {query.hasNextPage ? (
        <button
          type="button"
          className="load-more"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? t('comments.section.loadingMore') : t('comments.section.loadMore')}
        </button>
      ) : null}
      {query.isFetchNextPageError ? <p role="alert">{t('comments.section.loadMoreFailed')}</p> : null}
      {linkbacks.length > 0 ? <Linkbacks linkbacks={linkbacks} formatDate={thread.formatDate} /> : null}
      {replyParent ? null : form}
      {!open ? <p className="comments__closed">{t('comments.section.closed')}</p> : null}
      {/* Outside the form, which mounts anew after each accepted comment: a live region has to be in the
          page before its message arrives, or screen readers may not announce it. */}
      {canWrite ? (
        <p role="status" className="comment-form__status">
          {notice ? t(notice) : null}
        </p>
      ) : null}
    </section>
  );
}
