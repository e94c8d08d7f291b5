import '@testing-library/jest-dom/vitest';
import { onlineManager } from '@tanstack/react-query';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDemoHandlers } from '../../mocks/handlers/demo';
import { server } from '../../mocks/node';

// Route-level tests render the whole app; on a loaded 2-core machine a page can take longer than
// Testing Library's 1 s default to appear. Waiting longer costs nothing when it is fast.
configure({ asyncUtilTimeout: 5000 });

// A file may opt out of jsdom with `// @vitest-environment node` (tests/server/): no DOM, no storage.
const hasDom = typeof window !== 'undefined';

// jsdom does no layout: it has no scrollIntoView (used to bring a linked comment into view) and its
// scrollTo (used by scroll restoration) only logs "not implemented". Scrolling is tested in Chromium.
if (hasDom) {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  window.scrollTo = function scrollTo() {};
}

// Every request must be answered by a handler: an unexpected one fails the test instead of leaking out.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  // A fresh demo backend per test: comments one test writes are gone for the next.
  server.resetHandlers(...createDemoHandlers());
  if (hasDom) {
    localStorage.clear();
    sessionStorage.clear();
  }
  // React Query's online state is global: a test that ends offline must not pause the next one's queries.
  onlineManager.setOnline(true);
});
afterAll(() => server.close());
