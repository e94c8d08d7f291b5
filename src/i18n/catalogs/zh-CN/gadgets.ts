import type en from '../../en/gadgets';
import type { Messages } from '../../messages';

export default {} satisfies Messages<typeof en>;
