import type { DemoStaticPage } from './types';

/** The demo blog's static pages. */
export const demoPages: DemoStaticPage[] = [
  {
    slug: 'about',
    title: 'About this practice',
    html: `<p>The Arroyo Docket is the blog of a small labor, employment and immigration law practice in Pasadena, California. We represent employees, families and small businesses: wage claims, discrimination and retaliation cases, workplace safety complaints, union matters, work visas and green cards.</p>
<p>Marisol Vega founded the practice after years as a wage-claim advocate; Daniel Okafor joined from a union-side labor practice in Long Beach. Between us we speak English, Spanish and a little Igbo.</p>
<blockquote><p>Most people meet employment or immigration law at the worst moment of their working lives. We try to explain it before that moment comes.</p></blockquote>
<p>The posts here are general information, not legal advice, and reading them does not create an attorney-client relationship. <em>This is a demonstration blog: the practice, its lawyers, the companies and the cases described are fictional.</em></p>`,
  },
  {
    slug: 'contact',
    title: 'Contact us',
    html: `<p>We answer calls Monday to Friday, 9 a.m. to 5:30 p.m. Pacific time, and we return voicemails within one business day.</p>
<ul>
<li>Marisol Vega: (626) 555-0147, <a href="mailto:marisol@vega-law.example">marisol@vega-law.example</a></li>
<li>Daniel Okafor: (562) 555-0183, <a href="mailto:daniel@okafor-law.example">daniel@okafor-law.example</a></li>
</ul>
<p>Our office is a short walk from the Lake Avenue station in Pasadena. Evening appointments are available on Tuesdays and Thursdays, and consultations can be held by video.</p>
<p>Please do not send confidential documents by email before we have agreed to represent you. For more information visit <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a> or <a href="https://arroyo-employment.example/">arroyo-employment.example</a>.</p>`,
  },
];
