/**
 * Old addresses a blog's readers and search engines still hold, answered with a 301 to Lectern's own.
 * Blogger's mobile switch `?m=1` / `?m=0` names the same page.
 */
export function legacyRedirect(url: URL): string | null {
  if (url.searchParams.has('m')) {
    const target = new URL(url);
    target.searchParams.delete('m');
    return target.href;
  }
  return null;
}
