import { createContext, useContext } from 'react';

/*
 * The origin the reader's address bar shows (https://blog.example.org), for absolute URLs (canonical,
 * og:url, share links) and for telling a post's external links from its own. The server renders
 * without a window, so it provides the origin it served; the browser hydrating that page provides the
 * same one, so both draw the same URLs. A page the browser draws alone reads its own location.
 */
const SiteOriginContext = createContext<string | null>(null);

export const SiteOriginProvider = SiteOriginContext.Provider;

export function useSiteOrigin(): string {
  return useContext(SiteOriginContext) ?? window.location.origin;
}
