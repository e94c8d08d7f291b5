import { useMemo } from 'react';
import { sanitizeCommentHtml, sanitizePostHtml } from '../lib/sanitize-html';
import { useSiteOrigin } from './site-origin';

type SanitizedHtmlProps = {
  html: string;
  /**
   * Which allow-list applies: a post body or static page (rich; its first image is loaded first, as the
   * likely largest paint), a sidebar gadget's HTML from config.json (the post's allow-list, images
   * lazy) or a reader's comment (b, i, a).
   */
  kind: 'post' | 'comment' | 'gadget';
  className?: string;
};

/**
 * Renders untrusted HTML, always through src/lib/sanitize-html.ts. The only dangerouslySetInnerHTML in
 * the app: what it receives is TrustedHTML where the browser enforces Trusted Types, and React 19 hands
 * it to innerHTML as it is.
 */
export function SanitizedHtml({ html, kind, className }: SanitizedHtmlProps) {
  // Sanitizing is the costly part of showing a long thread: done once per HTML, not on every re-render.
  const origin = useSiteOrigin();
  const clean = useMemo(
    () =>
      kind === 'comment'
        ? sanitizeCommentHtml(html)
        : sanitizePostHtml(html, { priorityFirstImage: kind === 'post', origin }),
    [html, kind, origin],
  );
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
