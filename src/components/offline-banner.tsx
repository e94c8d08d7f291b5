import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/language-context';
import { useOnline } from './use-online';
import './offline-banner.css';

/** How long "Back online." stays before the bar goes away. */
const BACK_ONLINE_MS = 5000;

/**
 * Says when the reader is offline, and that what is shown may be a saved, older copy; says "Back online."
 * when the connection returns and then fetches everything on screen afresh, since it may have come from
 * the saved copies. The status region is always there (empty when all is well) so the change is announced.
 */
export function OfflineBanner() {
  const t = useT();
  const online = useOnline();
  const queryClient = useQueryClient();
  const [backOnline, setBackOnline] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    function onOnline() {
      setBackOnline(true);
      void queryClient.invalidateQueries();
      clearTimeout(timer);
      timer = setTimeout(() => setBackOnline(false), BACK_ONLINE_MS);
    }
    function onOffline() {
      clearTimeout(timer);
      setBackOnline(false);
    }
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [queryClient]);

  const message = !online ? t('chrome.offline.offline') : backOnline ? t('chrome.offline.back') : '';
  return (
    <div
      className="offline-banner"
      role="status"
      data-state={!online ? 'offline' : backOnline ? 'back' : 'online'}
    >
      {message}
    </div>
  );
}
