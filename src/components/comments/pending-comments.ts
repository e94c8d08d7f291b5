import { isRecord } from '../../api/decode';
import type { Comment } from '../../api/types';
import { readStored, writeStored } from '../../lib/local-store';

/**
 * Comments this reader wrote that await moderation. The server does not list them yet, so they are
 * kept in this browser and shown to their author only, until the server's list includes them.
 */

function isComment(value: unknown): value is Comment {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.postId === 'string' &&
    typeof value.html === 'string' &&
    typeof value.published === 'string' &&
    isRecord(value.author) &&
    typeof value.author.name === 'string'
  );
}

function isCommentList(value: unknown): value is Comment[] {
  return Array.isArray(value) && value.every(isComment);
}

function key(backendId: string, postId: string): string {
  return `lectern:pending-comments:${backendId}:${postId}`;
}

export function loadPendingComments(backendId: string, postId: string): Comment[] {
  return readStored(key(backendId, postId), isCommentList) ?? [];
}

export function savePendingComments(backendId: string, postId: string, comments: Comment[]): void {
  writeStored(key(backendId, postId), comments);
}
