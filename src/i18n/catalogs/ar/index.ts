import chrome from './chrome';
import errors from './errors';
import posts from './posts';
import comments from './comments';
import gadgets from './gadgets';
import type { Catalog } from '../../en/index';

export default { ...chrome, ...errors, ...posts, ...comments, ...gadgets } satisfies Catalog;
