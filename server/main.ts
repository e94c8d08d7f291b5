/**
 * `npm start`'s entry (server/serve.ts does the work). React, React DOM and React Router are packages
 * the server loads at run time, and each picks its production or development build by NODE_ENV when
 * first imported: unset, they ran their development builds, at about half the speed. So NODE_ENV is
 * production unless the environment says otherwise, set before anything imports them.
 */
import { fileURLToPath } from 'node:url';

// Bracket access: a build-time define of process.env.NODE_ENV must not rewrite this assignment.
process.env['NODE_ENV'] ??= 'production';
// The client build beside this bundle (dist-server/main.js → dist/), unless told otherwise.
process.env['LECTERN_DIST'] ??= fileURLToPath(new URL('../dist', import.meta.url));
await import('./serve');
