import type en from '../../en/posts';
import type { Messages } from '../../messages';

export default {} satisfies Messages<typeof en>;
