import type en from '../../en/comments';
import type { Messages } from '../../messages';

export default {} satisfies Messages<typeof en>;
