import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/language-context';
import { useBrowserValue } from '../lib/hydration';
import { useAbsoluteUrl } from './use-absolute-url';
import './share-buttons.css';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'copy-by-hand' } | { kind: 'share-failed' };

function canShareNatively(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Copy link, email, and the system share sheet where there is one. Nothing third-party: no share
 * widgets, scripts or trackers; the reader's own mail app and share sheet do the rest.
 */
export function ShareButtons({ title, path }: { title: string; path: string }) {
  const t = useT();
  const url = useAbsoluteUrl(path);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  // The server has no share sheet to ask about: it, and so the hydrating render, draw no Share… button;
  // the next render adds it where the browser has one. A browser does not gain or lose one during a visit.
  const nativeShare = useBrowserValue(canShareNatively, false);

  function showField() {
    setStatus({ kind: 'copy-by-hand' });
    // The field renders with this update; select its text on the next frame so copying is one keystroke.
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.select();
    });
  }

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      // Unavailable (insecure origin, old browser) or refused (permission): the reader copies it.
      showField();
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
      setStatus({ kind: 'idle' });
    } catch (error) {
      // The reader closed the share sheet: that is a choice, not an error.
      if (isAbort(error)) return;
      setStatus({ kind: 'share-failed' });
    }
  }

  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`;

  return (
    <section className="share" aria-label={t('posts.share.region')}>
      <p className="share__heading" aria-hidden="true">
        {t('posts.share.heading')}
      </p>
      <ul className="share__actions">
        <li>
          <button type="button" onClick={() => void copy()}>
            {t('posts.share.copy')}
          </button>
        </li>
        <li>
          <a className="share__email" href={mailto}>
            {t('posts.share.email')}
          </a>
        </li>
        {nativeShare ? (
          <li>
            <button type="button" onClick={() => void share()}>
              {t('posts.share.native')}
            </button>
          </li>
        ) : null}
      </ul>
      {status.kind === 'copy-by-hand' ? (
        <p className="share__fallback">
          <label htmlFor={fieldId}>{t('posts.share.field')}</label>
          <input
            ref={field}
            id={fieldId}
            type="url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      ) : null}
      <p className="share__status" role="status">
        {status.kind === 'copied'
          ? t('posts.share.copied')
          : status.kind === 'copy-by-hand'
            ? t('posts.share.copyByHand')
            : status.kind === 'share-failed'
              ? t('posts.share.failed')
              : ''}
      </p>
    </section>
  );
}
