import { setupServer } from 'msw/node';
import { createDemoHandlers } from './handlers/demo';

/** msw/node server for tests: the same happy-path handlers as the browser worker. */
export const server = setupServer(...createDemoHandlers());
