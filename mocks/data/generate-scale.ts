import type { DemoData } from '../backend/native-backend';
import { demoAuthors } from './authors';
import { demoBlog } from './blog';
import { demoPages } from './pages';
import type { DemoComment, DemoPost } from './types';
import { seededRandom } from '../seeded-random';

/**
 * A large blog for the scale benchmark (issue 8, target 5): 10,000 posts over 20 years (2005–2024),
 * 500 labels, and one post with 2,000 comments. Generated at server start from a fixed seed, so every
 * run serves the same blog and nothing large is committed. The words are placeholders on the demo
 * blog's themes; only the shape and the amount matter here.
 */

export const SCALE = {
  posts: 10_000,
  firstYear: 2005,
  years: 20,
  labels: 500,
  comments: 2_000,
} as const;

/** The post carrying the 2,000 comments: the newest one, so it is one click from home. */
export const SCALE_COMMENTED_POST_ID = 'scale-post-09999';

const TOPICS = [
  'wage',
  'overtime',
  'visa',
  'union',
  'contract',
  'notice',
  'leave',
  'safety',
  'claim',
  'hearing',
  'permit',
  'benefit',
  'payroll',
  'strike',
  'appeal',
  'policy',
  'audit',
  'training',
  'shift',
  'tip',
];
const QUALIFIERS = [
  'seasonal',
  'remote',
  'federal',
  'county',
  'retail',
  'warehouse',
  'hospital',
  'harbor',
  'farm',
  'school',
  'transit',
  'restaurant',
  'startup',
  'nonprofit',
  'construction',
  'delivery',
  'hotel',
  'studio',
  'clinic',
  'municipal',
  'family',
  'student',
  'veteran',
  'temporary',
  'night',
];
const VERBS = ['changes', 'tightens', 'clarifies', 'expands', 'limits', 'revisits', 'settles', 'delays'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** 500 distinct names: every qualifier with every topic gives 25 × 20 = 500. */
function labelNames(): string[] {
  return QUALIFIERS.flatMap((qualifier) => TOPICS.map((topic) => `${capitalise(qualifier)} ${topic}s`));
}

/** Pacific time is close enough for spreading posts; the archive derives months in the blog's zone. */
function isoAt(ms: number): string {
  return `${new Date(ms - 8 * 3_600_000).toISOString().slice(0, 19)}-08:00`;
}

function body(random: () => number, title: string, author: string): string {
  const sentence = () =>
    `The ${pick(random, QUALIFIERS)} ${pick(random, TOPICS)} rule ${pick(random, VERBS)} what employers owe, and the ${pick(random, TOPICS)} question follows from it.`;
  const paragraph = () => `<p>${Array.from({ length: 4 }, sentence).join(' ')}</p>`;
  return [
    `<p class="byline">by ${author}</p>`,
    `<p>${title}: a generated note for the scale benchmark.</p>`,
    paragraph(),
    `<blockquote><p>${sentence()}</p></blockquote>`,
    paragraph(),
    paragraph(),
  ].join('\n');
}

function posts(random: () => number, labels: string[]): DemoPost[] {
  const start = Date.UTC(SCALE.firstYear, 0, 1, 16);
  const end = Date.UTC(SCALE.firstYear + SCALE.years - 1, 11, 28, 16);
  const step = (end - start) / (SCALE.posts - 1);
  return Array.from({ length: SCALE.posts }, (_, i) => {
    const author = i % 3 === 0 ? demoAuthors[1] : demoAuthors[0];
    if (!author) throw new Error('the demo blog has no authors');
    const topic = pick(random, TOPICS);
    const qualifier = pick(random, QUALIFIERS);
    const title = `${capitalise(qualifier)} ${topic} ${pick(random, VERBS)}, note ${i + 1}`;
    // Popular labels come up far more often than rare ones, as on a real blog.
    const count = 1 + Math.floor(random() * 3);
    const postLabels = new Set<string>();
    while (postLabels.size < count) {
      postLabels.add(labels[Math.floor(random() ** 2 * labels.length)] ?? 'Misc');
    }
    return {
      id: `scale-post-${String(i).padStart(5, '0')}`,
      // Unique within its month because the number is unique in the blog.
      slug: `${qualifier}-${topic}-note-${i + 1}`,
      title,
      published: isoAt(Math.round(start + i * step + random() * 3_600_000)),
      authorId: author.id,
      labels: [...postLabels],
      html: body(random, title, author.displayName),
    };
  });
}

function comments(random: () => number, post: DemoPost): DemoComment[] {
  const start = Date.parse(post.published) + 3_600_000;
  return Array.from({ length: SCALE.comments }, (_, i) => ({
    id: `scale-c-${i}`,
    postId: post.id,
    // Every fourth answers the one before, so the thread has depth.
    parentId: i % 4 === 3 ? `scale-c-${i - 1}` : null,
    authorName: `Reader ${i}`,
    authorUrl: null,
    published: new Date(start + i * 60_000).toISOString(),
    html: `Comment ${i}: the <b>${pick(random, TOPICS)}</b> rule and the <i>${pick(random, QUALIFIERS)}</i> exception.`,
  }));
}

export function generateScaleBlog(seed = 8): DemoData {
  const random = seededRandom(seed);
  const labels = labelNames();
  const all = posts(random, labels);
  const commented = all.find((post) => post.id === SCALE_COMMENTED_POST_ID);
  if (!commented) throw new Error(`no post ${SCALE_COMMENTED_POST_ID}`);
  return {
    blog: { ...demoBlog, title: 'The Arroyo Docket (scale test)' },
    authors: demoAuthors,
    posts: all,
    comments: comments(random, commented),
    pages: demoPages,
  };
}
