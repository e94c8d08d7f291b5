import { describe, expect, it } from 'vitest';
import { baseLanguage, languageTag, ownLanguageName, textDirection } from '../../src/translate/languages';

describe('languages', () => {
  it('names each language in itself', () => {
    expect(ownLanguageName('fr')).toBe('Français');
    expect(ownLanguageName('de')).toBe('Deutsch');
    expect(ownLanguageName('ja')).toBe('日本語');
    expect(ownLanguageName('zt')).toBe('繁體中文');
    expect(ownLanguageName('xx-invalid-', 'Klingon')).toBe('Klingon');
  });

  it('writes Arabic, Hebrew, Persian and Urdu right to left, and Latin scripts left to right', () => {
    for (const code of ['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ckb', 'pa-Arab']) {
      expect(textDirection(code), code).toBe('rtl');
    }
    for (const code of ['en', 'fr', 'zh', 'ja', 'hi', 'ku', 'uz', 'sd-Deva']) {
      expect(textDirection(code), code).toBe('ltr');
    }
  });

  it('turns provider codes into BCP 47 tags', () => {
    expect(languageTag('zt')).toBe('zh-Hant');
    expect(languageTag('iw')).toBe('he');
    expect(languageTag('pt-br')).toBe('pt-BR');
    expect(baseLanguage('en-US')).toBe('en');
    expect(baseLanguage('und')).toBeNull();
    expect(baseLanguage('not a tag')).toBeNull();
  });
});
