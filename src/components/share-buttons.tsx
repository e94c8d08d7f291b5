import { useId, useRef, useState } from 'react';
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
    <section className="share" aria-label="Share this post">
      <p className="share__heading" aria-hidden="true">
        Share:
      </p>
      <ul className="share__actions">
        <li>
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>
        </li>
        <li>
          <a className="share__email" href={mailto}>
            Email
          </a>
        </li>
        {nativeShare ? (
          <li>
            <button type="button" onClick={() => void share()}>
              Share…
            </button>
          </li>
        ) : null}
      </ul>
      {status.kind === 'copy-by-hand' ? (
        <p className="share__fallback">
          <label htmlFor={fieldId}>Link to this post</label>
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
          ? 'Link copied'
          : status.kind === 'copy-by-hand'
            ? 'Your browser did not let Lectern copy the link: it is selected in the “Link to this post” field, copy it from there.'
            : status.kind === 'share-failed'
              ? 'Sharing did not work. Copy the link or send it by email instead.'
              : ''}
      </p>
    </section>
  );
}
