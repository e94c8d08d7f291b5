// Feature detection, apart from the provider (browser.ts): it runs at start-up, the provider only on demand.
import type { BrowserTranslationApi, LanguageDetectorStatic, TranslatorStatic } from './browser-api';

function hasStatics(value: unknown): boolean {
  return (
    (typeof value === 'function' || (typeof value === 'object' && value !== null)) &&
    typeof (value as Record<string, unknown>).availability === 'function' &&
    typeof (value as Record<string, unknown>).create === 'function'
  );
}

/** The on-device API when this browser has it, else null. */
export function detectBrowserTranslation(scope: object = globalThis): BrowserTranslationApi | null {
  const { Translator, LanguageDetector } = scope as Record<string, unknown>;
  if (!hasStatics(Translator)) return null;
  return {
    Translator: Translator as TranslatorStatic,
    LanguageDetector: hasStatics(LanguageDetector) ? (LanguageDetector as LanguageDetectorStatic) : null,
  };
}
