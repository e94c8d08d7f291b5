import type { NativeBackendOptions } from '../backend/native-backend';
import { demoData } from '../data/index';
import { createLibreTranslateHandlers } from './libretranslate';
import { demoFeedLinks } from './feeds';
import { createNativeHandlers } from './native';

/**
 * The happy-path handlers shared by the dev worker and the tests: the demo blog on the native contract.
 * Each call makes a fresh in-memory backend, so comments written in one test never leak into another.
 */
export function createDemoHandlers(options: NativeBackendOptions = {}) {
  return [
    ...createNativeHandlers(demoData, '*/api', { ...options, feeds: demoFeedLinks }),
    // The Translate widget's demo provider: a pseudo-translating LibreTranslate at */demo-translate.
    ...createLibreTranslateHandlers(),
  ];
}
