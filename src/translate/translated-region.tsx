import type { ReactNode } from 'react';
import { languageTag, textDirection } from './languages';
import type { Translation } from './translation-store';

/**
 * Wraps content that may be shown translated. Translated, it carries the language's `lang` and `dir`
 * so it is read (and spoken) correctly, right to left where the language is written that way. The
 * wrapper is always there, so switching languages never remounts what is inside.
 */
export function TranslatedRegion({
  translation,
  children,
}: {
  translation: Pick<Translation, 'language'> | null | undefined;
  children: ReactNode;
}) {
  const language = translation?.language;
  return (
    <div
      className="translated-region"
      lang={language ? languageTag(language) : undefined}
      dir={language ? textDirection(language) : undefined}
      data-translated={language ? '' : undefined}
    >
      {children}
    </div>
  );
}
