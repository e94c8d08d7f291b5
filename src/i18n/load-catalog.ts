import { en, type Catalog } from './en/index';
import type { CatalogLocale } from './locales';

type CatalogModule = Promise<{ default: Catalog }>;

// One chunk per language, downloaded only for a blog written in it (docs/i18n.md).
const loaders: Record<Exclude<CatalogLocale, 'en'>, () => CatalogModule> = {
  de: () => import('./catalogs/de/index'),
  fr: () => import('./catalogs/fr/index'),
  es: () => import('./catalogs/es/index'),
  'pt-BR': () => import('./catalogs/pt-BR/index'),
  it: () => import('./catalogs/it/index'),
  nl: () => import('./catalogs/nl/index'),
  pl: () => import('./catalogs/pl/index'),
  ru: () => import('./catalogs/ru/index'),
  tr: () => import('./catalogs/tr/index'),
  ja: () => import('./catalogs/ja/index'),
  'zh-CN': () => import('./catalogs/zh-CN/index'),
  ar: () => import('./catalogs/ar/index'),
  he: () => import('./catalogs/he/index'),
  fa: () => import('./catalogs/fa/index'),
};

export async function loadCatalog(locale: CatalogLocale): Promise<Catalog> {
  return locale === 'en' ? en : (await loaders[locale]()).default;
}
