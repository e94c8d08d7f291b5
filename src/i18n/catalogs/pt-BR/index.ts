import chrome from './chrome';
import posts from './posts';
import comments from './comments';
import gadgets from './gadgets';
import type { Catalog } from '../../en/index';

export default { ...chrome, ...posts, ...comments, ...gadgets } satisfies Catalog;
