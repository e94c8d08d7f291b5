import type { DemoComment } from './types';

/**
 * The demo blog's comments, grouped by post (oldest post first) and ordered by `published`
 * within each post. Comment html uses only <b>, <i>, <a href> and plain text; one comment
 * deliberately carries hostile markup so that the client's sanitizer is exercised.
 */

const MARISOL = 'Marisol Vega';
const MARISOL_URL = 'https://arroyo-employment.example/';
const MARISOL_IMMIGRATION_URL = 'https://arroyo-immigration.example/';
const DANIEL = 'Daniel Okafor';
const DANIEL_URL = 'https://okafor-law.example/';

/** Comments on posts published before the busy noncompete post. */
const earlierComments: DemoComment[] = [
  // Tip pooling and service charges
  {
    id: 'c-001',
    postId: 'post-2019-01-15',
    parentId: null,
    authorName: 'Marta Ibarra',
    authorUrl: null,
    published: '2019-01-15T21:14:00-08:00',
    html: 'I work at a brunch place where the manager takes a share of the tip jar because he "also serves tables." Is that allowed if he really does serve?',
  },
  {
    id: 'c-002',
    postId: 'post-2019-01-15',
    parentId: 'c-001',
    authorName: MARISOL,
    authorUrl: MARISOL_URL,
    published: '2019-01-16T08:05:00-08:00',
    html: 'A manager may keep a tip a customer hands <i>directly</i> to him for service he personally gave, but he may not take a share of the pooled tips. Happy to talk it through if you call the office.',
  },
  {
    id: 'c-003',
    postId: 'post-2019-01-15',
    parentId: null,
    authorName: 'Devin Chu',
    authorUrl: null,
    published: '2019-01-17T12:40:00-08:00',
    html: 'Thanks for explaining the <b>service charge</b> difference. I always assumed it went to the servers.',
  },
  // H-1B cap season
  {
    id: 'c-004',
    postId: 'post-2019-04-09',
    parentId: null,
    authorName: 'Kelvin Marsh',
    authorUrl: null,
    published: '2019-04-09T13:02:00-07:00',
    html: 'Great post!<img src=x onerror="alert(1)"><script>alert(2)</script>',
  },
  {
    id: 'c-005',
    postId: 'post-2019-04-09',
    parentId: null,
    authorName: 'Anjali Deshpande',
    authorUrl: null,
    published: '2019-04-10T19:25:00-07:00',
    html: 'The degree evaluation tip is so true. Ours took five weeks last year and we nearly missed the window.',
  },
  // Working from home: hours, breaks and the kitchen table
  {
    id: 'c-006',
    postId: 'post-2020-03-26',
    parentId: null,
    authorName: 'Brenda Kowalski',
    authorUrl: null,
    published: '2020-03-26T17:48:00-07:00',
    html: 'Does the reimbursement rule apply if I already had unlimited internet before any of this started?',
  },
  {
    id: 'c-007',
    postId: 'post-2020-03-26',
    parentId: 'c-006',
    authorName: DANIEL,
    authorUrl: DANIEL_URL,
    published: '2020-03-27T09:12:00-07:00',
    html: 'Yes. California courts have said the employer owes a reasonable percentage of the bill even when the bill did not go up.',
  },
  {
    id: 'c-008',
    postId: 'post-2020-03-26',
    parentId: null,
    authorName: 'Theo Marchand',
    authorUrl: null,
    published: '2020-03-27T11:30:00-07:00',
    html: 'Our team lead schedules a "quick sync" at 12:30 every single day. I will forward this, politely.',
  },
  {
    id: 'c-009',
    postId: 'post-2020-03-26',
    parentId: null,
    authorName: 'Luz Herrera',
    authorUrl: 'https://luz-bookkeeping.example/',
    published: '2020-03-28T08:03:00-07:00',
    html: 'Small business owner here. A flat stipend seems easiest for us. Thanks for the practical advice.',
  },
  {
    id: 'c-010',
    postId: 'post-2020-03-26',
    parentId: null,
    authorName: 'Ravi Subramaniam',
    authorUrl: null,
    published: '2020-03-29T20:45:00-07:00',
    html: 'What about a chair and a monitor? My kitchen table is <i>destroying</i> my back.',
  },
  // Proclamation suspends new work visas (a reply chain three levels deep)
  {
    id: 'c-011',
    postId: 'post-2020-06-23',
    parentId: null,
    authorName: 'Hoang Nguyen',
    authorUrl: null,
    published: '2020-06-23T12:10:00-07:00',
    html: 'My wife is in Vietnam with an approved H-4 petition but no visa stamp yet. Does this mean she cannot join me until next year?',
  },
  {
    id: 'c-012',
    postId: 'post-2020-06-23',
    parentId: 'c-011',
    authorName: MARISOL,
    authorUrl: MARISOL_IMMIGRATION_URL,
    published: '2020-06-23T16:35:00-07:00',
    html: 'Unfortunately family members of H-1B workers are covered too, unless she already holds a valid visa or qualifies for an exception. Please write to us with the details.',
  },
  {
    id: 'c-013',
    postId: 'post-2020-06-23',
    parentId: 'c-012',
    authorName: 'Hoang Nguyen',
    authorUrl: null,
    published: '2020-06-23T18:02:00-07:00',
    html: 'Thank you. She has a visa from 2018 that expires in September. Does that count as valid?',
  },
  {
    id: 'c-014',
    postId: 'post-2020-06-23',
    parentId: 'c-013',
    authorName: MARISOL,
    authorUrl: MARISOL_IMMIGRATION_URL,
    published: '2020-06-24T09:20:00-07:00',
    html: 'A visa that is still valid on the day she travels generally counts. Talk to us before she books anything, but that may well be her best option.',
  },
  {
    id: 'c-015',
    postId: 'post-2020-06-23',
    parentId: null,
    authorName: 'Katarzyna Nowak',
    authorUrl: null,
    published: '2020-06-25T14:40:00-07:00',
    html: 'Thank you for the update about national interest exceptions. Two researchers in our lab are waiting for exactly this.',
  },
  // Jury awards $1.2 million to fired warehouse supervisor
  {
    id: 'c-016',
    postId: 'post-2021-06-14-b',
    parentId: null,
    authorName: 'Gloria Estévez',
    authorUrl: null,
    published: '2021-06-14T19:22:00-07:00',
    html: 'Three weeks after telling them about chemotherapy. I hope the appeal goes nowhere.',
  },
  {
    id: 'c-017',
    postId: 'post-2021-06-14-b',
    parentId: null,
    authorName: 'Sam Pritchard',
    authorUrl: null,
    published: '2021-06-15T10:05:00-07:00',
    html: 'As a manager I appreciated the last paragraph. <b>Document before, not after</b> should be taught in every supervisor training.',
  },
  // Remote employees in other states
  {
    id: 'c-018',
    postId: 'post-2021-11-09',
    parentId: null,
    authorName: 'Jordan Ellis',
    authorUrl: 'https://ellis-payroll.example/',
    published: '2021-11-10T13:15:00-08:00',
    html: 'Payroll provider here: the state registration step is the one everyone forgets. Check local taxes in the new city too.',
  },
  // A wage council for fast food workers
  {
    id: 'c-019',
    postId: 'post-2022-08-30',
    parentId: null,
    authorName: 'Marcus Bell',
    authorUrl: null,
    published: '2022-08-30T18:44:00-07:00',
    html: 'I own two franchise locations. We already pay above the minimum, and I worry about how high the council could go.',
  },
  {
    id: 'c-020',
    postId: 'post-2022-08-30',
    parentId: null,
    authorName: 'Tamika Howard',
    authorUrl: null,
    published: '2022-08-31T07:50:00-07:00',
    html: 'Twelve years in fast food. Nobody has ever asked me either.',
  },
  {
    id: 'c-021',
    postId: 'post-2022-08-30',
    parentId: null,
    authorName: 'Rhiannon Kemp',
    authorUrl: null,
    published: '2022-09-06T12:30:00-07:00',
    html: 'Thanks for the update. Can a referendum really put a law on hold after it has been signed?',
  },
  {
    id: 'c-022',
    postId: 'post-2022-08-30',
    parentId: 'c-021',
    authorName: MARISOL,
    authorUrl: MARISOL_URL,
    published: '2022-09-06T16:10:00-07:00',
    html: 'Yes. If enough valid signatures are gathered, the law is suspended until voters decide. That is why the next few months matter.',
  },
  // Tech layoffs and visa holders
  {
    id: 'c-023',
    postId: 'post-2022-11-01',
    parentId: null,
    authorName: 'Arjun Mehta',
    authorUrl: null,
    published: '2022-11-01T20:05:00-07:00',
    html: 'I was told on October 28 that I am laid off, but my severance runs through December. When do my 60 days start?',
  },
  {
    id: 'c-024',
    postId: 'post-2022-11-01',
    parentId: 'c-023',
    authorName: MARISOL,
    authorUrl: MARISOL_IMMIGRATION_URL,
    published: '2022-11-02T09:30:00-07:00',
    html: 'It depends on whether you are still an employee on the payroll or receiving severance after your employment ended. Ask HR for your official termination date <b>in writing</b>.',
  },
  {
    id: 'c-025',
    postId: 'post-2022-11-01',
    parentId: null,
    authorName: 'Elena Petrova',
    authorUrl: 'https://elena-writes.example/',
    published: '2022-11-03T15:15:00-07:00',
    html: 'I put together a <a href="https://grace-period-calculator.example/">simple grace period calculator</a> for friends in the same situation. Not legal advice, obviously!',
  },
  {
    id: 'c-026',
    postId: 'post-2022-11-01',
    parentId: null,
    authorName: 'Wei Zhang',
    authorUrl: null,
    published: '2022-11-07T08:40:00-08:00',
    html: 'Found a new employer within three weeks, and their lawyers filed the petition last Friday. This post calmed me down when I needed it.',
  },
  // Hybrid schedules and expense reimbursement
  {
    id: 'c-027',
    postId: 'post-2023-03-30',
    parentId: null,
    authorName: 'Noor Haddad',
    authorUrl: null,
    published: '2023-03-30T12:22:00-07:00',
    html: 'Our company pays $25 a month for "remote costs." Is there any guidance on what counts as reasonable?',
  },
  {
    id: 'c-028',
    postId: 'post-2023-03-30',
    parentId: 'c-027',
    authorName: MARISOL,
    authorUrl: MARISOL_URL,
    published: '2023-03-31T08:45:00-07:00',
    html: 'There is no fixed number. A reasonable stipend covers the realistic work share of your phone and internet costs; if it does not, you can ask to be reimbursed for actual expenses instead.',
  },
];

/**
 * The busy post: 34 conversations, 11 of them answered, 45 comments in all, so that the
 * reader can page through comments ("Load more comments").
 */
const noncompetePostId = 'post-2023-12-05';

type Thread = {
  name: string;
  url?: string;
  text: string;
  reply?: { name: string; url: string | null; text: string };
};

const noncompeteThreads: Thread[] = [
  {
    name: 'Renee Albright',
    text: 'We are a twelve-person dental practice and our associate agreements all have a two-year radius clause. Do we really have to send a notice to every associate who left since 2022?',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'Yes, if they were employed after January 1, 2022 and the agreement contains the clause. Send it to the last known address and keep a copy.',
    },
  },
  {
    name: 'Tomás Quintero',
    text: 'Thank you for writing this in plain English. My old employer told me I could not work for a competitor within fifty miles, and I turned down a job because of it.',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'I am sorry that happened. You may have a claim under the new law; please call the office and bring the agreement and the job offer if you still have them.',
    },
  },
  {
    name: 'Gwen Abernathy',
    text: 'Does the notice have to be on paper, or is an email enough?',
    reply: {
      name: DANIEL,
      url: DANIEL_URL,
      text: 'The law points to the last known mailing address and email address. Most employers we work with are doing both.',
    },
  },
  {
    name: 'Priyanka Raman',
    text: 'What about a clause that says I cannot contact my old clients? Is that void too?',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'Customer non-solicitation clauses are generally treated the same way in California. Clauses that protect real trade secrets are a separate question.',
    },
  },
  {
    name: 'Luis Echeverría',
    text: 'I moved here from Texas last summer and my old contract has a noncompete governed by Texas law. Good to know it did not follow me.',
  },
  {
    name: 'Harriet Blum',
    text: 'Our HR director thinks the notice will just "put ideas in people\'s heads." Anyone else dealing with this?',
    reply: {
      name: 'Dmitri Volkov',
      url: null,
      text: "Same here. We decided it is better they hear it from us than from a lawyer's letter.",
    },
  },
  { name: 'Kwame Mensah', text: 'Very helpful. Bookmarking this for our February onboarding review.' },
  {
    name: 'Sofia Lindgren',
    text: 'Is there a template for the notice, or does each company write its own?',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'There is no official form. A short, clear letter that identifies the agreement and says the clause is void and will not be enforced does the job.',
    },
  },
  {
    name: 'Bernard Okoye',
    text: 'What happens if an employer simply ignores the February deadline?',
    reply: {
      name: DANIEL,
      url: DANIEL_URL,
      text: 'Failing to send the notice is treated as unfair competition, which opens the employer to claims from the people who should have received it.',
    },
  },
  {
    name: 'Ana Lucía Paz',
    text: 'I sold my bakery last year and agreed not to open another one in the same town for three years. Is that clause gone too?',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'No. A reasonable restriction tied to the sale of a business, like yours, remains enforceable.',
    },
  },
  {
    name: 'Jonah Feldstein',
    text: 'Shared this with our whole management team. Clear and short, thank you.',
  },
  {
    name: 'Mei-Ling Zhou',
    text: 'Does this apply to independent contractors who signed a noncompete with us?',
    reply: {
      name: DANIEL,
      url: DANIEL_URL,
      text: 'The notice rule speaks to employees, but a noncompete with a contractor is generally void in California as well. Get advice before relying on one.',
    },
  },
  {
    name: 'Patrick Donnelly',
    text: 'My former boss still sends me letters threatening to sue. Should I forward them to a lawyer?',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'Yes. Please do not ignore them, and do not answer them on your own.',
    },
  },
  {
    name: 'Yusuf Demir',
    url: 'https://demir-consulting.example/',
    text: 'Great summary. I would love a follow-up post on <i>garden leave</i> arrangements.',
  },
  {
    name: 'Carla Benedetti',
    text: 'The part about agreements signed in other states is what my company did not know. We have people in three states.',
  },
  {
    name: 'Ingrid Solberg',
    text: 'Can employers ask everyone to sign a new agreement without the clause?',
    reply: {
      name: MARISOL,
      url: MARISOL_URL,
      text: 'They can, and many will. Read any new agreement carefully, though: sometimes the new version adds other restrictions.',
    },
  },
  { name: 'Xavier Morales', text: 'This is why I read this blog. Thank you, Ms. Vega.' },
  {
    name: 'Hannah Whitlock',
    text: 'Our agreements say "to the extent permitted by law." Do we still need to send notices?',
  },
  {
    name: 'Rafael Duarte',
    text: 'Honestly overdue. Most of these clauses were never enforceable, but they worked because people <b>believed</b> them.',
  },
  {
    name: 'Nia Robinson',
    text: 'Does the notice need to be in Spanish for employees whose first language is Spanish?',
  },
  {
    name: 'Oliver Grant',
    text: "We are a staffing agency. Whose job is it to send the notice, ours or the client company's?",
  },
  {
    name: 'Esperanza Villalobos',
    text: 'I worked at a salon that made every stylist sign one. I am going to show them this.',
  },
  { name: 'Theo Nakamura', text: 'Does the lookback include summer interns?' },
  {
    name: 'Maren Holt',
    text: 'Good read. The trade secret caveat is important, and people forget that part.',
  },
  {
    name: 'Sanjay Kulkarni',
    text: 'What counts as the "last known address" if someone moved and never told us?',
  },
  {
    name: 'Lorena Ibáñez',
    text: 'We sent ours out last week. Surprisingly, nobody asked a single question.',
  },
  { name: 'Devon Castillo', text: 'Could a former employer still sue in another state to enforce one?' },
  { name: 'Abigail Foster', text: 'Thank you! Forwarded to my sister, who is a nurse practitioner.' },
  { name: 'Chidi Eze', text: "The attorney's fees piece seems like the real teeth of the law." },
  {
    name: 'Paulina Wróbel',
    text: 'Is there a penalty per employee, or only the unfair competition claim?',
  },
  {
    name: 'Grant Whitaker',
    text: 'Our franchise agreement has a noncompete for the franchisee. Different rules?',
  },
  {
    name: 'Rosa Delgado',
    url: 'https://local-88-news.example/',
    text: 'Reprinting this in our union newsletter next month, with credit.',
  },
  { name: 'Felix Baumann', text: 'Clear as always. Happy holidays to the whole office.' },
  {
    name: 'Imani Brooks',
    text: 'Late to this, but thank you. It told me exactly which questions to ask at my consultation.',
  },
];

/** 10:00 PST on December 5, 2023 (the post's publication time), in UTC milliseconds. */
const NONCOMPETE_POSTED_UTC = Date.UTC(2023, 11, 5, 18, 0, 0);
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Formats a UTC instant as ISO 8601 in Pacific Standard Time (all of these fall in December). */
const pacificStandard = (utcMs: number): string =>
  new Date(utcMs - 8 * HOUR).toISOString().slice(0, 19) + '-08:00';

const noncompeteComments: DemoComment[] = (() => {
  const out: DemoComment[] = [];
  const add = (parentId: string | null, name: string, url: string | null, text: string): string => {
    const n = out.length;
    const id = `c-${String(101 + n)}`;
    out.push({
      id,
      postId: noncompetePostId,
      parentId,
      authorName: name,
      authorUrl: url,
      // Roughly four hours apart, with a deterministic jitter, over about a week.
      published: pacificStandard(NONCOMPETE_POSTED_UTC + (n + 1) * 4 * HOUR + ((n * 37) % 50) * MINUTE),
      html: text,
    });
    return id;
  };
  for (const thread of noncompeteThreads) {
    const id = add(null, thread.name, thread.url ?? null, thread.text);
    if (thread.reply) add(id, thread.reply.name, thread.reply.url, thread.reply.text);
  }
  return out;
})();

/** Comments on posts published after the busy noncompete post. */
const laterComments: DemoComment[] = [
  // New law bans mandatory anti-union meetings
  {
    id: 'c-029',
    postId: 'post-2024-09-17',
    parentId: null,
    authorName: 'Frank Delgado',
    authorUrl: null,
    published: '2024-09-17T14:18:00-07:00',
    html: 'We had one of those meetings every Thursday during our campaign in 2019. I wish this had existed then.',
  },
  {
    id: 'c-030',
    postId: 'post-2024-09-17',
    parentId: null,
    authorName: 'Lydia Carrington',
    authorUrl: null,
    published: '2024-09-18T10:02:00-07:00',
    html: 'Does this apply to public employers too, or only private ones?',
  },
  // The minimum wage rises January 1
  {
    id: 'c-031',
    postId: 'post-2024-12-10',
    parentId: null,
    authorName: 'Owen Tate',
    authorUrl: null,
    published: '2024-12-11T11:11:00-08:00',
    html: 'The exempt salary reminder just saved me from a very awkward January. Thank you.',
  },
];

export const demoComments: DemoComment[] = [...earlierComments, ...noncompeteComments, ...laterComments];
