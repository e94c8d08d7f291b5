// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalLocale, catalogLocaleFor, textDirection } from '../../src/i18n/locales';

describe('the blog’s language', () => {
  it('finds the closest catalog: the same tag, else the same language, else English', () => {
    expect(catalogLocaleFor('pt-BR')).toBe('pt-BR');
    expect(catalogLocaleFor('pt-PT')).toBe('pt-BR');
    expect(catalogLocaleFor('de-AT')).toBe('de');
    expect(catalogLocaleFor('de_CH')).toBe('de');
    expect(catalogLocaleFor('zh-TW')).toBe('zh-CN');
    expect(catalogLocaleFor('FR-ca')).toBe('fr');
    expect(catalogLocaleFor('ja-JP')).toBe('ja');
    expect(catalogLocaleFor('sv-SE')).toBe('en');
    expect(catalogLocaleFor('')).toBe('en');
    expect(catalogLocaleFor('not a tag!')).toBe('en');
    expect(catalogLocaleFor(null)).toBe('en');
  });

  it('reads the old codes backends still send (Blogger’s Hebrew is iw)', () => {
    expect(canonicalLocale('iw')).toBe('he');
    expect(catalogLocaleFor('iw-IL')).toBe('he');
    expect(canonicalLocale('en_us')).toBe('en-US');
  });

  it('says which languages are written right to left, a script subtag first', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'iw', 'fa-IR', 'ur', 'ps', 'yi'])
      expect(textDirection(tag)).toBe('rtl');
    for (const tag of ['en', 'de-AT', 'ja', 'zh-CN', 'tr', 'az-Latn', 'pa-Guru'])
      expect(textDirection(tag)).toBe('ltr');
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('ku-Latn')).toBe('ltr');
    expect(textDirection('not a tag!')).toBe('ltr');
  });
});
