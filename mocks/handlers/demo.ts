import { demoData } from '../data/index';
import { createNativeHandlers } from './native';

/** The happy-path handlers shared by the dev worker and the tests: the demo blog on the native contract. */
export function createDemoHandlers() {
  return createNativeHandlers(demoData);
}
