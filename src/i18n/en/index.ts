import chrome from './chrome';
import comments from './comments';
import errors from './errors';
import gadgets from './gadgets';
import posts from './posts';

/** English, the source catalog and the fallback: always in the bundle. Keys are `area.what`. */
export const en = { ...chrome, ...errors, ...posts, ...comments, ...gadgets };

export type MessageKey = keyof typeof en;
export type Catalog = { readonly [K in MessageKey]: string };
