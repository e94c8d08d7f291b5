/**
 * `npm run prerender`'s entry (server/prerender/cli.ts does the work). As server/main.ts: React and
 * React Router pick their production builds only if NODE_ENV says so before they are first imported.
 */
import { fileURLToPath } from 'node:url';

// Bracket access: a build-time define of process.env.NODE_ENV must not rewrite this assignment.
process.env['NODE_ENV'] ??= 'production';
// The client build beside this bundle (dist-server/prerender.js → dist/), unless told otherwise.
process.env['LECTERN_DIST'] ??= fileURLToPath(new URL('../dist', import.meta.url));
await import('./cli');
