import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import type { PostPath } from '../api/types';
import { postUrl } from '../lib/paths';

type PostLinkProps = {
  post: PostPath;
  children: ReactNode;
  className?: string;
  rel?: string;
  'aria-label'?: string;
  /** `auto` where the link's whole content is a title written by people (its own direction). */
  dir?: 'auto';
  hash?: string;
};

let hoverless: MediaQueryList | undefined;
/** One live query for every link: matchMedia per mounted link cost a long list real time. */
function touchOnly(): boolean {
  // Only effects ask, and effects run in the browser; the guard keeps a server render safe all the same.
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  hoverless ??= window.matchMedia('(hover: none)');
  return hoverless.matches;
}

/**
 * A link to a post that fetches the post's data before the click: on hover or keyboard focus, and on
 * touch screens (no hover) when the link scrolls into view. The click then renders from the cache.
 */
export function PostLink({ post, children, hash = '', ...rest }: PostLinkProps) {
  const queryClient = useQueryClient();
  const queries = useBlogQueries();
  const ref = useRef<HTMLAnchorElement>(null);
  const { year, month, slug } = post;

  function prefetch() {
    // Errors are left for the page itself to show if the reader does follow the link.
    void queryClient.query(queries.post({ year, month, slug })).catch(() => undefined);
  }

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined' || !touchOnly()) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void queryClient.query(queries.post({ year, month, slug })).catch(() => undefined);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [queryClient, queries, year, month, slug]);

  return (
    <Link ref={ref} to={`${postUrl(post)}${hash}`} onMouseEnter={prefetch} onFocus={prefetch} {...rest}>
      {children}
    </Link>
  );
}
