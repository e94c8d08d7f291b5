import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBackendId, useBlogQueries } from '../../api/blog-api-context';
import type { Comment, NewComment } from '../../api/types';
import type { Translate } from '../../i18n/translator';
import { clearDraft } from './comment-draft';
import { loadPendingComments, savePendingComments } from './pending-comments';

/**
 * Publishing a comment. While the request is in flight the form shows the comment from the mutation's
 * variables (optimistic, nothing to roll back); on success the server's version joins the cache, or, if it
 * awaits moderation, this browser's list of the reader's own pending comments. The draft is cleared only
 * here, once the server has accepted the comment, even if the reader has left the page meanwhile.
 */
export function usePublishComment(postId: string, password?: string) {
  const queries = useBlogQueries();
  const backendId = useBackendId();
  const queryClient = useQueryClient();
  // The comments' own key from the query factory, typed with their data: no key or type written here.
  const commentsKey = queries.comments(postId, password).queryKey;

  return useMutation({
    ...queries.createComment(postId),
    onSuccess: (comment: Comment) => {
      clearDraft(backendId, postId);
      if (comment.status === 'pending') {
        savePendingComments(backendId, postId, [...loadPendingComments(backendId, postId), comment]);
        return;
      }
      queryClient.setQueryData(commentsKey, (data) => {
        if (!data) return data;
        const pages = data.pages.map((page, index) =>
          index === data.pages.length - 1 ? { ...page, items: [...page.items, comment] } : page,
        );
        const first = pages[0];
        if (first && first.total !== undefined) pages[0] = { ...first, total: first.total + 1 };
        return { ...data, pages };
      });
      // Lists show comment counts: let them catch up when next shown.
      void queryClient.invalidateQueries({ queryKey: queries.allPostLists() });
    },
  });
}

/** The comment as it will look, shown while it is being sent. */
export function sendingComment(postId: string, input: NewComment, t: Translate): Comment {
  return {
    id: 'sending',
    postId,
    parentId: input.parentId,
    author: { name: input.authorName || t('comments.item.anonymous'), url: null },
    published: new Date().toISOString(),
    html: input.html,
    status: 'published',
  };
}
