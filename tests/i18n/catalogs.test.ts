// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en/index';
import { describeMessage } from '../../src/i18n/format';
import { loadCatalog } from '../../src/i18n/load-catalog';
import { CATALOG_LOCALES } from '../../src/i18n/locales';

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const others = CATALOG_LOCALES.filter((locale) => locale !== 'en');
const englishKeys = Object.keys(en).sort();

describe('the English catalog, the source', () => {
  it('parses, and has a plural branch for each of English’s categories', () => {
    for (const [key, message] of Object.entries(en)) {
      const { plurals } = describeMessage(message);
      for (const branches of plurals) expect(branches, key).toEqual(expect.arrayContaining(['one', 'other']));
    }
  });
});

describe.each(others)('the %s catalog', (locale) => {
  it('has every key of the English catalog and no other', async () => {
    const catalog = await loadCatalog(locale);
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it('uses the same values as the English message, each one', async () => {
    const catalog = await loadCatalog(locale);
    for (const key of englishKeys as MessageKey[]) {
      const { args } = describeMessage(catalog[key]);
      expect([...args].sort(), `${locale} ${key}`).toEqual([...describeMessage(en[key]).args].sort());
    }
  });

  it('gives every plural a branch for each of the language’s plural forms', async () => {
    const catalog = await loadCatalog(locale);
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of englishKeys as MessageKey[]) {
      for (const branches of describeMessage(catalog[key]).plurals) {
        expect(branches, `${locale} ${key}`).toEqual(expect.arrayContaining(needed));
        for (const branch of branches) {
          expect(CATEGORIES.has(branch) || /^=\d+$/.test(branch), `${locale} ${key}: ${branch}`).toBe(true);
        }
      }
    }
  });

  it('is translated: most messages differ from the English', async () => {
    const catalog = await loadCatalog(locale);
    const same = (englishKeys as MessageKey[]).filter((key) => catalog[key] === en[key]);
    // Formats, names and symbols may stay as they are ("{title} ({format})", "RSS"); words may not.
    expect(same.length / englishKeys.length, same.join(', ')).toBeLessThan(0.15);
  });
});
