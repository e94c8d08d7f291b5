import type { DemoBlog } from './types';

/** The demo blog: a fictional labor, employment and immigration law practice in Pasadena. */
export const demoBlog: DemoBlog = {
  title: 'The Arroyo Docket',
  description:
    'News and plain-language commentary on labor, employment and immigration law from a small Pasadena practice.',
  locale: 'en-US',
  timeZone: 'America/Los_Angeles',
  mainAuthorId: 'marisol-vega',
};
