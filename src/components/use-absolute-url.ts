import { useHref } from 'react-router';
import { useSiteOrigin } from './site-origin';

/**
 * The absolute address of an app path on the site the reader is on, router base path included:
 * what a shared link, a canonical link or og:url must hold (crawlers and share targets need absolute URLs).
 */
export function useAbsoluteUrl(path: string): string {
  const href = useHref(path);
  return new URL(href, useSiteOrigin()).href;
}
