import { useId, useLayoutEffect, useSyncExternalStore } from 'react';
import {
  COLOR_SCHEMES,
  applyColorScheme,
  chooseColorScheme,
  currentColorScheme,
  subscribeToColorScheme,
  type ColorScheme,
} from '../lib/color-scheme';
import type { MessageKey } from '../i18n/en/index';
import { useT } from '../i18n/language-context';
import { useHydrated } from '../lib/hydration';
import './color-scheme-toggle.css';

const LABELS = {
  auto: 'chrome.scheme.auto',
  light: 'chrome.scheme.light',
  dark: 'chrome.scheme.dark',
} as const satisfies Record<ColorScheme, MessageKey>;

const serverScheme = (): ColorScheme => 'auto';

/**
 * "Theme: Auto / Light / Dark" as a radio group: arrow keys move between the choices and screen
 * readers say which one is selected, with nothing custom to get wrong.
 */
export function ColorSchemeToggle() {
  // The server cannot read the stored choice: it, and so the hydrating render, check Auto; the render
  // just after hydration checks the reader's choice. Another tab's choice is followed too.
  const scheme = useSyncExternalStore(subscribeToColorScheme, currentColorScheme, serverScheme);
  const hydrated = useHydrated();
  const name = useId();
  const t = useT();

  // Before the browser paints: a passive effect could leave a frame, or a test, seeing the old scheme.
  // Not while hydrating: that render's Auto is the server's guess, and public/color-scheme.js has
  // already applied the stored choice before first paint; applying Auto would flash the other scheme.
  useLayoutEffect(() => {
    if (hydrated) applyColorScheme(scheme);
  }, [scheme, hydrated]);

  return (
    <fieldset className="scheme-toggle">
      <legend className="scheme-toggle__legend">{t('chrome.scheme.legend')}</legend>
      {COLOR_SCHEMES.map((option) => (
        <label key={option} className="scheme-toggle__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={scheme === option}
            onChange={() => chooseColorScheme(option)}
          />
          <span>{t(LABELS[option])}</span>
        </label>
      ))}
    </fieldset>
  );
}
