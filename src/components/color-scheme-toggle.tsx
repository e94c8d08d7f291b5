import { useEffect, useId, useLayoutEffect, useState } from 'react';
import {
  COLOR_SCHEME_KEY,
  COLOR_SCHEMES,
  applyColorScheme,
  readColorScheme,
  saveColorScheme,
  type ColorScheme,
} from '../lib/color-scheme';
import './color-scheme-toggle.css';

const LABELS: Record<ColorScheme, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };

/**
 * "Theme: Auto / Light / Dark" as a radio group: arrow keys move between the choices and screen
 * readers say which one is selected, with nothing custom to get wrong.
 */
export function ColorSchemeToggle() {
  const [scheme, setScheme] = useState<ColorScheme>(readColorScheme);
  const name = useId();

  // Before the browser paints: a passive effect could leave a frame, or a test, seeing the old scheme.
  useLayoutEffect(() => {
    applyColorScheme(scheme);
  }, [scheme]);

  // Another tab changed the choice: follow it, so two open tabs never disagree.
  useEffect(() => {
    function onStorage(event: StorageEvent) {
      if (event.key === COLOR_SCHEME_KEY || event.key === null) setScheme(readColorScheme());
    }
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  function choose(next: ColorScheme) {
    saveColorScheme(next);
    setScheme(next);
  }

  return (
    <fieldset className="scheme-toggle">
      <legend className="scheme-toggle__legend">Theme</legend>
      {COLOR_SCHEMES.map((option) => (
        <label key={option} className="scheme-toggle__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={scheme === option}
            onChange={() => choose(option)}
          />
          <span>{LABELS[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
