import type { DemoAuthor } from './types';

/** The demo blog's two (fictional) authors; the first one is the blog's main author. */
export const demoAuthors: DemoAuthor[] = [
  {
    id: 'marisol-vega',
    displayName: 'Marisol Vega',
    photo: {
      url: '/demo/authors/marisol-vega.svg',
      width: 96,
      height: 96,
      alt: 'Photo of Marisol Vega',
    },
    location: 'Pasadena, California, United States',
    about:
      'Marisol Vega is a labor, employment and immigration lawyer who has represented workers, ' +
      'families and small employers in the San Gabriel Valley for more than twenty years. ' +
      'She started out as a wage-claim advocate at a community legal clinic before opening her own practice on Colorado Boulevard. ' +
      'She writes this blog to explain new rules and court decisions in plain language, and she teaches a night seminar on workplace law for small-business owners. ' +
      'Telephone (626) 555-0147; marisol@vega-law.example. ' +
      'For more information, visit arroyo-immigration.example and arroyo-employment.example',
    email: 'marisol@vega-law.example',
    phone: '(626) 555-0147',
    links: [
      { title: 'Arroyo Immigration Law', url: 'https://arroyo-immigration.example/' },
      { title: 'Arroyo Employment Law', url: 'https://arroyo-employment.example/' },
    ],
    interests: ['Wage and hour law', 'Employment-based immigration', 'Mediation', 'Community gardening'],
  },
  {
    id: 'daniel-okafor',
    displayName: 'Daniel Okafor',
    photo: {
      url: '/demo/authors/daniel-okafor.svg',
      width: 96,
      height: 96,
      alt: 'Photo of Daniel Okafor',
    },
    location: 'Long Beach, California, United States',
    about:
      'Daniel Okafor is an employment lawyer who joined the practice after a decade representing union members in arbitration and before the labor board. ' +
      'He handles discrimination, retaliation and workplace safety cases, and he advises worker centers on organizing campaigns. ' +
      'He grew up near the harbor and still bikes to the office most mornings. ' +
      'Telephone (562) 555-0183; daniel@okafor-law.example. ' +
      'For more information, visit okafor-law.example and harbor-workers-rights.example',
    email: 'daniel@okafor-law.example',
    phone: '(562) 555-0183',
    links: [
      { title: 'Okafor Employment Law', url: 'https://okafor-law.example/' },
      { title: 'Harbor Workers’ Rights Guide', url: 'https://harbor-workers-rights.example/' },
    ],
    interests: ['Labor arbitration', 'Workplace safety', 'Discrimination law', 'Cycling', 'Jazz'],
  },
];
