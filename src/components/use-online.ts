import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const onLine = () => navigator.onLine;
// A server render cannot know the reader's connection; the hydrating render says the same, then the browser's.
const serverOnLine = () => true;

/**
 * navigator.onLine rather than React Query's onlineManager: the latter assumes "online" until an event
 * says otherwise, so a page opened offline (from the service worker's copies) would not know.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, onLine, serverOnLine);
}
