import { isRecord } from '../../api/decode';
import { readStored, removeStored, writeStored } from '../../lib/local-store';

/**
 * What a reader is writing, saved per post on every keystroke so a reload, a failed submit, a dropped
 * network or a crashed tab loses nothing. Cleared only when the server has accepted the comment.
 */
export type CommentDraft = {
  text: string;
  name: string;
  /** Only where the backend asks for one; kept in this browser, never shown. */
  email: string;
  /** The comment being replied to, or null for a top-level comment. */
  parentId: string | null;
};

export const EMPTY_DRAFT: CommentDraft = { text: '', name: '', email: '', parentId: null };

function isDraft(value: unknown): value is CommentDraft {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    typeof value.name === 'string' &&
    (value.email === undefined || typeof value.email === 'string') &&
    (value.parentId === null || typeof value.parentId === 'string')
  );
}

function draftKey(backendId: string, postId: string): string {
  return `lectern:comment-draft:${backendId}:${postId}`;
}

/** The reader's name and email carry over between posts: they should not have to type them twice. */
const NAME_KEY = 'lectern:comment-name';
const EMAIL_KEY = 'lectern:comment-email';

const isString = (v: unknown): v is string => typeof v === 'string';

export function loadDraft(backendId: string, postId: string): CommentDraft {
  const saved = readStored(draftKey(backendId, postId), isDraft);
  const email = readStored(EMAIL_KEY, isString) ?? '';
  if (saved) return { ...saved, email: saved.email ?? email };
  const name = readStored(NAME_KEY, isString) ?? '';
  return { ...EMPTY_DRAFT, name, email };
}

export function saveDraft(backendId: string, postId: string, draft: CommentDraft): void {
  if (draft.text === '' && draft.parentId === null) removeStored(draftKey(backendId, postId));
  else writeStored(draftKey(backendId, postId), draft);
  writeStored(NAME_KEY, draft.name);
  writeStored(EMAIL_KEY, draft.email);
}

export function clearDraft(backendId: string, postId: string): void {
  removeStored(draftKey(backendId, postId));
}
