/**
 * config.json's `layout` (docs/configuration.md#layout): Blogger's Layout screen as data, the sidebar's
 * gadgets in order with their settings, and how many posts a list shows. The types, defaults and titles
 * the UI needs; the decoders are in layout-decoders.ts, downloaded only for a config.json that has a
 * layout or a theme (src/config-extras.ts).
 */

import type { MessageKey } from './i18n/en/index';
import { ENGLISH, type Translate } from './i18n/translator';

export type GadgetType =
  | 'profile'
  | 'translate'
  | 'featured-post'
  | 'popular-posts'
  | 'archive'
  | 'labels'
  | 'search'
  | 'pages'
  | 'link-list'
  | 'text'
  | 'subscribe'
  | 'attribution';

/**
 * Each gadget's title when config.json gives none: Blogger's names, in the message catalog
 * (`gadgets.title.<type>`, src/i18n/en/gadgets.ts). The Profile gadget is "Contributors" when it lists
 * several authors.
 */
export const GADGET_TITLE_KEYS = {
  profile: 'gadgets.title.profile',
  contributors: 'gadgets.title.contributors',
  translate: 'gadgets.title.translate',
  'featured-post': 'gadgets.title.featured-post',
  'popular-posts': 'gadgets.title.popular-posts',
  archive: 'gadgets.title.archive',
  labels: 'gadgets.title.labels',
  search: 'gadgets.title.search',
  pages: 'gadgets.title.pages',
  'link-list': 'gadgets.title.link-list',
  text: 'gadgets.title.text',
  subscribe: 'gadgets.title.subscribe',
  attribution: 'gadgets.title.attribution',
} as const satisfies Record<GadgetType | 'contributors', MessageKey>;

type Titled = { title?: string | undefined };

export type GadgetConfig = Titled &
  (
    | { type: 'profile'; authors?: string[] | undefined }
    | { type: 'translate' }
    | { type: 'featured-post' }
    | { type: 'popular-posts'; count: number; thumbnails: boolean }
    | {
        type: 'archive';
        style?: 'hierarchy' | 'flat' | 'menu' | undefined;
        order?: 'newest' | 'oldest' | undefined;
        frequency: 'monthly' | 'yearly';
      }
    | {
        type: 'labels';
        display: 'list' | 'cloud';
        sort: 'alphabetical' | 'frequency';
        counts: boolean;
        labels?: string[] | undefined;
      }
    | { type: 'search' }
    | { type: 'pages'; pages: { slug: string; title: string }[]; home: boolean }
    | { type: 'link-list'; links: { title: string; url: string }[] }
    | { type: 'text'; html: string }
    | { type: 'subscribe' }
    | { type: 'attribution'; text?: string | undefined }
  );

export type PostsLayout = {
  /** Posts per list page: Blogger's "Show at most N posts on the main page". */
  count: number;
  /** The home page's posts: snippets (the excerpt), or the body up to its jump break. */
  home: 'snippets' | 'full';
};

export type LayoutConfig = { sidebar: GadgetConfig[]; posts: PostsLayout };

/** Today's Blogger-like sidebar; each gadget still shows only where the backend can fill it. */
export const DEFAULT_SIDEBAR: GadgetConfig[] = [
  { type: 'profile' },
  { type: 'translate' },
  { type: 'featured-post' },
  { type: 'popular-posts', count: 5, thumbnails: false },
  { type: 'archive', frequency: 'monthly' },
  { type: 'labels', display: 'list', sort: 'alphabetical', counts: true },
  { type: 'search' },
];

export const DEFAULT_POSTS: PostsLayout = { count: 10, home: 'snippets' };
export const DEFAULT_LAYOUT: LayoutConfig = { sidebar: DEFAULT_SIDEBAR, posts: DEFAULT_POSTS };

/**
 * The gadget's heading: config.json's title as the owner wrote it, else its default in the blog's
 * language (`t`; English when none is given).
 */
export function gadgetTitle(gadget: GadgetConfig, t: Translate = ENGLISH.t): string {
  if (gadget.title) return gadget.title;
  if (gadget.type === 'profile' && (gadget.authors?.length ?? 0) > 1) {
    return t(GADGET_TITLE_KEYS.contributors);
  }
  return t(GADGET_TITLE_KEYS[gadget.type]);
}
