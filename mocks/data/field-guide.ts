import type { DemoComment, DemoPost } from './types';

/**
 * A post written the way a WordPress block editor writes one: an aligned image with a caption, a wide
 * table, a code block, a verse block (a <pre> poem), a pullquote, two columns, a separator and a button,
 * under a title with a long unbroken hashtag. Its comment thread goes ten levels deep. Together they
 * exercise the reader's narrow-screen layout and the post body's theme styles on the demo blog.
 * Original, fictional writing, like the rest of the demo blog; nothing in it is legal advice.
 */

const POST_ID = 'post-2023-11-14';

export const fieldGuidePost: DemoPost = {
  id: POST_ID,
  slug: 'field-guide-to-the-regular-rate',
  title: 'A field guide to overtime on a bonus week, or #YourOvertimeRateIsNotYourHourlyRate',
  published: '2023-11-14T09:30:00-08:00',
  authorId: 'daniel-okafor',
  labels: ['Wage and Hour'],
  html: `<p class="byline">by Daniel Okafor</p>
<figure><img src="/demo/images/documents.svg" alt="Wage tables printed on a stack of paper, with a pen" width="800" height="450"><figcaption>© Lectern Demo Illustrations</figcaption></figure>
<p>Warehouse season is here, and with it the production bonus. Workers who earn one in a week with overtime are often paid time and a half on their hourly wage alone. That is usually wrong: overtime is owed on the regular rate, and the regular rate includes the bonus.</p>
<figure class="wp-block-image alignright size-medium"><img src="/demo/images/calendar.svg" alt="A wall calendar with one week marked" width="400" height="225"><figcaption>Count the workweek the way the employer defines it, Sunday to Saturday here.</figcaption></figure>
<p>Here is one packer's week, paid $20.00 an hour with a $156.00 production bonus.</p>
<figure class="wp-block-table"><table><thead><tr><th>Hours</th><th>Sun</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th><th>Week</th></tr></thead><tbody><tr><th>Worked</th><td>0</td><td>10</td><td>9</td><td>8</td><td>11</td><td>10</td><td>4</td><td>52</td></tr><tr><th>Straight time</th><td>0</td><td>8</td><td>8</td><td>8</td><td>8</td><td>8</td><td>0</td><td>40</td></tr><tr><th>Daily overtime</th><td>0</td><td>2</td><td>1</td><td>0</td><td>3</td><td>2</td><td>0</td><td>8</td></tr><tr><th>Weekly overtime</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td><td>4</td></tr></tbody></table><figcaption>One workweek: twelve hours of overtime.</figcaption></figure>
<p>The arithmetic fits in four lines:</p>
<pre class="wp-block-code"><code>regular rate  = ($20.00 × 52 hours + $156.00 bonus) ÷ 52 hours = $23.00
overtime half = $23.00 × 0.5 × 12 overtime hours               = $138.00
owed          = $20.00 × 52 + $156.00 + $138.00                = $1,334.00
paid          = $20.00 × 40 + $30.00 × 12 + $156.00            = $1,316.00</code></pre>
<p>Eighteen dollars a week looks small until it is multiplied by a season and a whole shift. California treats flat attendance bonuses a little differently, so ask before you do this math for one.</p>
<figure class="wp-block-pullquote"><blockquote><p>For overtime, a bonus is not a gift on top of the wage. It is part of the wage.</p><cite>Daniel Okafor</cite></blockquote></figure>
<div class="wp-block-columns"><div class="wp-block-column"><h2>Usually counted</h2><ul><li>production and piece-rate bonuses</li><li>shift differentials</li><li>commissions</li></ul></div><div class="wp-block-column"><h2>Usually left out</h2><ul><li>true holiday gifts</li><li>expense reimbursements</li><li>vacation and sick pay</li></ul></div></div>
<p>A packer in Ontario sent us these lines with her timecards, and let us share them:</p>
<pre class="wp-block-verse">Monday ran long, and the lead said that's fine,
        Tuesday ran long, and nobody wrote it down.
Thursday the belt stopped, started, stopped again,
        and Friday the bonus came folded small as a receipt.
Tell me what an hour is worth
        once the week has already spent it.</pre>
<hr class="wp-block-separator has-alpha-channel-opacity">
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://okafor-law.example/">Ask us to check a pay stub</a></div></div>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
};

const DANIEL = 'Daniel Okafor';
const DANIEL_URL = 'https://okafor-law.example/';

/** Who says what, in order: each comment answers the one before it, ten levels deep. */
const thread: { name: string; url?: string; at: string; html: string }[] = [
  {
    name: 'Rosalind Achterberg',
    at: '2023-11-14T12:05:00-08:00',
    html: 'My bonus is paid monthly, not weekly. Does the same math work, or does it get spread out somehow?',
  },
  {
    name: DANIEL,
    url: DANIEL_URL,
    at: '2023-11-14T14:40:00-08:00',
    html: 'It gets spread out. A monthly bonus is divided across the workweeks it was earned in, and each week with overtime gets its own small top-up.',
  },
  {
    name: 'Rosalind Achterberg',
    at: '2023-11-14T16:22:00-08:00',
    html: 'So the top-up shows up later than the overtime itself? That seems easy to miss.',
  },
  {
    name: 'PayrollClerkFromPomonaWhoReadsEveryWageOrder',
    at: '2023-11-14T19:48:00-08:00',
    html: 'Very easy. Ours shows on the stub as <i>OT adj</i> the month after, with no explanation. Most people think it is a mistake and ignore it.',
  },
  {
    name: 'Rosalind Achterberg',
    at: '2023-11-15T07:31:00-08:00',
    html: 'I just found three <b>OT adj</b> lines from last spring. They are tiny. Should they be bigger?',
  },
  {
    name: DANIEL,
    url: DANIEL_URL,
    at: '2023-11-15T09:15:00-08:00',
    html: 'Maybe not. Small is normal when the bonus is small or the overtime is short. Compare each one with the weeks it covers before you worry.',
  },
  {
    name: 'Tomasz Wierzbicki',
    at: '2023-11-15T13:02:00-08:00',
    html: 'Is there a worksheet for that? Doing it by hand for twelve weeks sounds miserable.',
  },
  {
    name: 'PayrollClerkFromPomonaWhoReadsEveryWageOrder',
    at: '2023-11-15T18:44:00-08:00',
    html: 'I keep a spreadsheet for my own stubs, column per week. The state has a guide too, at https://labor-commissioner.example/wage-claims/how-to-work-out-the-regular-rate-of-pay-when-a-bonus-is-paid-monthly',
  },
  {
    name: 'Tomasz Wierzbicki',
    at: '2023-11-16T08:20:00-08:00',
    html: 'Found it, thank you. Thirteen weeks, supercalifragilisticexpialidociousandthensomeovertime, as my daughter put it.',
  },
  {
    name: DANIEL,
    url: DANIEL_URL,
    at: '2023-11-16T10:55:00-08:00',
    html: 'That is the right spirit. If the numbers still look short after all that, bring the spreadsheet in and we will go through it together.',
  },
];

function threadComments(): DemoComment[] {
  const comments: DemoComment[] = [];
  for (const [index, entry] of thread.entries()) {
    comments.push({
      id: `c-fg-${String(index + 1).padStart(2, '0')}`,
      postId: POST_ID,
      parentId: comments.at(-1)?.id ?? null,
      authorName: entry.name,
      authorUrl: entry.url ?? null,
      published: entry.at,
      html: entry.html,
    });
  }
  return comments;
}

export const fieldGuideComments: DemoComment[] = [
  ...threadComments(),
  {
    id: 'c-fg-11',
    postId: POST_ID,
    parentId: null,
    authorName: 'Imelda Saucedo',
    authorUrl: null,
    published: '2023-11-17T15:10:00-08:00',
    html: 'Sharing this with everyone on the night shift. The table made it click for me.',
  },
];

/** The demo posts with this one in its place (newest first), and the comments with its thread. */
export function withFieldGuide(
  posts: DemoPost[],
  comments: DemoComment[],
): { posts: DemoPost[]; comments: DemoComment[] } {
  const at = posts.findIndex((post) => Date.parse(post.published) < Date.parse(fieldGuidePost.published));
  return {
    posts: at === -1 ? [...posts, fieldGuidePost] : posts.toSpliced(at, 0, fieldGuidePost),
    comments: [...comments, ...fieldGuideComments],
  };
}
