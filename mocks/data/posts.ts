import type { DemoPost } from './types';

/**
 * The demo blog's posts, newest first. Everything here is original, fictional writing: the
 * companies, people and cases are invented, and nothing in it is legal advice.
 */

/** The illustration block every post body carries, as in the reference page. */
const figure = (image: string, alt: string): string =>
  `<figure><img src="/demo/images/${image}.svg" alt="${alt}" width="800" height="450"><figcaption>© Lectern Demo Illustrations</figcaption></figure>`;

export const demoPosts: DemoPost[] = [
  // ---------------------------------------------------------------- 2024
  {
    id: 'post-2024-12-10',
    slug: 'minimum-wage-rises-january-1',
    title: 'The minimum wage rises January 1: check the numbers chained to it',
    published: '2024-12-10T08:45:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Wage and Hour', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('calendar', 'A wall calendar with one day circled in orange')}
<p>Every December our phones fill up with the same question from restaurant owners, nail salon managers and home care agencies: what do we have to pay on January 1? The short answer is that the statewide hourly minimum goes up again, and a long list of cities in Los Angeles County go up with it, most of them by more than the state.</p>
<p>The longer answer is that the minimum wage is not one number. Exempt salaried employees must earn at least twice the state minimum for full-time work, so a manager who was safely exempt in December can be owed overtime in January if nobody adjusts the salary. Commissioned sales staff, tool allowances for mechanics and the credits some employers take for meals and lodging are all tied to the same figure.</p>
<blockquote><p>If you change one number on January 1, check the five other numbers that are quietly chained to it.</p></blockquote>
<p>We suggest a short checklist before the first payroll of the year:</p>
<ul><li>confirm the rate for each city where an employee actually works, not where the company is registered;</li><li>recalculate the exempt salary threshold and review every exempt job title;</li><li>update the wage notice given to new hires and the posters on the break room wall.</li></ul>
<p>Employees who are paid late or short can file a claim with the Labor Commissioner, and waiting-time penalties add up quickly for workers who have already left.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2024-11-12',
    slug: 'planning-memo-for-visa-employers',
    title: 'After the election: a planning memo for employers of visa holders',
    published: '2024-11-12T10:20:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'H-1B Visas'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('documents', 'A stack of forms with a pen resting beside them')}
<p>Since last Tuesday we have heard from a dozen employers who sponsor workers on H-1B, L-1 and O-1 visas. None of them are panicking, but all of them want to know what to do before the new administration takes office in January. Our honest answer is that no one knows yet which policies will change, so the best plan is one that works under several outcomes.</p>
<p>Start with the calendar. Any extension, amendment or green card step that can be filed now under the current rules and fees should be filed now, not in February. Processing times tend to grow when policies shift, and a case that is already pending is on firmer ground than one that is still in a drawer.</p>
<blockquote><p>"The filing you postpone to see what happens is the filing that ends up caught in whatever happens," one in-house recruiter told us, and we agree.</p></blockquote>
<p>Next, look at travel. Employees whose visa stamps have expired should think carefully about international trips in the first months of the year, when consular practice can change with little notice.</p>
<p>Finally, talk to your people. Foreign national employees are reading the same headlines you are, and a short, calm message from HR saying that the company is watching developments and will help with documentation goes a long way.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2024-09-17',
    slug: 'new-law-bans-mandatory-anti-union-meetings',
    title: 'New law bans mandatory anti-union meetings',
    published: '2024-09-17T09:05:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Labor Unions', 'Employment Law'],
    html: `<p class="byline">by Hollis Drummond</p>
${figure('megaphone', 'A red megaphone between two picket signs')}
<p>Employers in California will soon lose one of the most familiar tools of a union campaign: the mandatory meeting where managers explain, on the clock and with attendance taken, why employees should vote no. A bill signed this month makes it unlawful to discipline or fire a worker for refusing to attend a meeting whose main purpose is to share the employer's opinion on religious or political matters, and it counts union organizing as a political matter.</p>
<p>The law does not stop an employer from speaking. Managers can still send letters, hold voluntary sessions and answer questions. What changes is the word <em>mandatory</em>. An employee who stands up and leaves a meeting like that cannot be punished for it, and a worker who is punished can sue for a civil penalty for each violation.</p>
<blockquote><p>"The message can still be delivered. It just can't be delivered to a locked room," said Celia Brandt, an organizer with a hospital workers' local in the Inland Empire.</p></blockquote>
<p>Employer groups have already promised a legal challenge, arguing that federal labor law leaves no room for states to regulate campaign speech. Until a court rules, we are advising clients to make any such meetings clearly voluntary, in writing, and to keep a record showing that no one was paid differently for leaving.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2024-07-30',
    slug: 'indoor-heat-rule-takes-effect',
    title: 'Indoor heat rule takes effect for warehouses and kitchens',
    published: '2024-07-30T07:50:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('factory', 'A brick factory with two smokestacks under an orange sun')}
<p>For years, the workers who called us about heat were mostly outdoors: farmworkers, roofers, landscapers. Lately the calls come from inside. A packer in an Ontario distribution center told us the thermometer near her line read 94 degrees at two in the afternoon. A line cook in Alhambra described a kitchen where the hood fans had been broken since spring.</p>
<p>The state's new indoor heat standard, which took effect this summer, finally gives those workers something concrete to point to. When indoor temperatures reach 82 degrees, employers must provide cool water, a cool-down area and close observation of new workers during their first weeks. At 87 degrees, or 82 in places where workers wear heavy protective clothing, the employer has to take real measures to bring the heat down: ventilation, cooling, schedule changes or more rest.</p>
<blockquote><p>Water and a break are not perks. Under the new rule they are the floor.</p></blockquote>
<p>Employers need a written plan, and the plan has to exist before a worker collapses, not after. If you work somewhere hot and have never seen one, ask for it. Retaliating against an employee who raises a safety complaint is itself unlawful, and complaints can be made to the state safety agency without giving a name.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2024-06-04',
    slug: 'parole-in-place-for-spouses',
    title: 'Parole in place for spouses: a cautious first look',
    published: '2024-06-04T11:30:00-07:00',
    updated: '2024-06-20T14:10:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'Green Cards'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('passport', 'A blue passport next to a boarding pass')}
<p>Few subjects generate more hope, or more bad advice, than the idea of a program that would let undocumented spouses of U.S. citizens apply for green cards without leaving the country. This week's reports that federal officials are drafting such a program have already filled our voicemail. Here is what we can say responsibly today.</p>
<p>Under current law, many people who entered without inspection cannot adjust status inside the United States. They must leave, attend an interview at a consulate abroad and, in many cases, ask for a waiver of a bar triggered by their own departure. The process separates families for months and sometimes years. A grant of parole inside the country would change the starting point of that analysis for those who qualify.</p>
<blockquote><p>Nothing has been published, nothing can be filed, and anyone charging a fee to "reserve a place in line" is not your friend.</p></blockquote>
<p>If you think you might qualify, do three things now: gather proof of your marriage, gather proof of how long you have lived here, and make sure any past arrests are documented with court records. Those are likely to matter under almost any version of the rule.</p>
<p><strong>Update, June 20:</strong> the program has now been formally announced, with an application form promised later this summer. Our advice above has not changed.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2024-04-23',
    slug: 'remote-first-company-orders-staff-back',
    title: 'Remote-first company orders staff back four days a week',
    published: '2024-04-23T13:15:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Remote Work', 'Employment Law'],
    html: `<p class="byline">by Ines Marchetti</p>
${figure('laptop', 'A laptop showing a video call on a kitchen table')}
<p>Quillfeather Software, a Burbank maker of scheduling tools that called itself "remote-first, forever" in job postings as recently as last year, told its 340 employees on Monday that they must work from its offices four days a week beginning in September.</p>
<p>The memo, signed by chief executive Rowan Askew, said the company had "lost some of the spontaneity that built our products" and promised a relocation stipend for employees who live more than fifty miles away. Several employees said they had been hired from other states and had never been told an office requirement was possible.</p>
<blockquote><p>"My offer letter literally says the role is remote. I bought a house two hundred miles from Burbank because of that sentence," one engineer said.</p></blockquote>
<p>Whether those employees have a claim depends on the paperwork. California employment is generally at will, and an employer can usually change the place of work going forward. But a written promise of permanent remote work can sometimes be enforced as a contract, and an employee who needs to work from home because of a disability is entitled to ask for an accommodation regardless of company policy.</p>
<p>Employees who are thinking of refusing should ask for the new requirement in writing, respond in writing, and avoid resigning before talking to a lawyer.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2024-04-16',
    slug: 'paga-overhaul-what-changes-for-employees',
    title: 'PAGA overhaul: what changes for employees',
    published: '2024-04-16T16:05:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Wage and Hour', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('scales', 'Golden scales of justice on a dark background')}
<p>The Private Attorneys General Act lets an employee sue on behalf of the state for labor code violations affecting them and their coworkers. Employers have disliked it for twenty years; workers' advocates call it the only enforcement that reaches companies the state never gets around to inspecting. This month a negotiated package of amendments moved forward that changes the law in ways both sides can live with, more or less.</p>
<p>The main changes for employees:</p>
<ul><li>the employee bringing the case must have personally suffered the violations alleged;</li><li>penalties are lower for employers who fix problems quickly, and higher for those who acted maliciously or fraudulently;</li><li>a larger share of the penalties goes to the affected workers instead of the state.</li></ul>
<blockquote><p>"A law that is reformed by the people it covers is harder to repeal at the ballot box," said Amara Delacroix, a plaintiffs' lawyer who took part in the talks.</p></blockquote>
<p>For workers, the practical advice has not changed: keep your pay stubs, write down missed meal periods as they happen, and do not wait to raise a problem. The filing deadlines are short, and notice to the state must come first.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2024-03-12',
    slug: 'h-1b-registration-moves-to-company-accounts',
    title: 'H-1B registration moves to company accounts',
    published: '2024-03-12T08:40:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A calendar page with a deadline marked')}
<p>The annual H-1B registration window opens later this month, and for the first time employers will register through an organizational account that several people at the company can share, instead of each lawyer or paralegal holding a separate login. For a firm like ours, which files for a handful of small employers each year, the change is mostly welcome. It is also one more thing to get wrong in a very short window.</p>
<p>The other big change is selection by beneficiary. Each person is entered into the lottery once, no matter how many employers register for them. That removes the advantage some candidates gained by lining up several job offers, and it should make the odds fairer for everyone else.</p>
<blockquote><p>Set up the account this week. Do not discover on the last afternoon that the person with the password is on vacation.</p></blockquote>
<p>Employers should also confirm the passport details of each candidate. Registrations are now tied to a valid passport or travel document, and a number that does not match the one used later in the petition can cause problems months down the line.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2024-02-06',
    slug: 'new-filing-fees-file-now-or-wait',
    title: 'New immigration filing fees: file now or wait?',
    published: '2024-02-06T10:00:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'Green Cards'],
    html: `<p class="byline">by Tobias Wren</p>
${figure('passport', 'A passport with a gold emblem beside a travel ticket')}
<p>A new schedule of immigration filing fees takes effect on April 1, and for many families the increases are steep. Applications that used to be bundled together for a single price, like the work permit and travel permit filed alongside a green card application, will now carry separate charges. Employers filing H-1B petitions will also pay an additional fee that helps fund the asylum system.</p>
<p>Not everything goes up. Some naturalization applicants will pay slightly less if they file online, and a reduced fee remains for low-income applicants who can document their household income.</p>
<blockquote><p>"For a family of four adjusting status together, the difference can be more than a month's rent," said Marisol Vega, who has been calling clients with cases in preparation to discuss timing.</p></blockquote>
<p>Our advice is simple. If an application is ready and the client is eligible, file it well before April 1, because the fee that applies is the one in force on the day the package is received, not the day it is mailed. If an application is not ready, do not rush it: a rejected or denied filing costs more than any fee increase.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2024-01-09',
    slug: 'workplace-violence-plans-due-july',
    title: 'Workplace violence prevention plans are due by July 1',
    published: '2024-01-09T09:10:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('hardhat', 'A yellow hard hat and an orange safety cone')}
<p>Last spring we wrote about a draft standard on workplace violence. It is no longer a draft. Nearly every employer in California must have a written workplace violence prevention plan in place by July 1, train employees on it, and keep a log of every violent incident, including threats that never turn physical.</p>
<p>The plan has to be specific to the workplace. A dental office, a liquor store that stays open until two in the morning and a warehouse with three shifts face very different risks, and a template downloaded from the internet and never adapted will not satisfy an inspector. Employees must be involved in identifying hazards, and they must know how to report a concern without fear of retaliation.</p>
<blockquote><p>The best plans we have seen were written by the people who lock up at night, not by the people who leave at five.</p></blockquote>
<p>There are narrow exceptions for small workplaces closed to the public and for employees working remotely, but most of our clients are covered. Incident records must be kept for five years.</p>
<p>Employees also gain a new option: in some cases a union may seek a restraining order on behalf of members who are being threatened at work.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  // ---------------------------------------------------------------- 2023
  {
    id: 'post-2023-12-05',
    slug: 'noncompete-notices-due-by-february',
    title: 'Noncompete agreements: notices are due by February 14',
    published: '2023-12-05T10:00:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Employment Law', 'Court Decisions'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('documents', 'A signed contract on top of a pile of papers')}
<p>California has refused to enforce most noncompete agreements for well over a century. What is new is that the state now wants employees to know it. Under a law taking effect January 1, employers who had current or recent employees sign a noncompete clause must send those people an individual written notice, by February 14, that the clause is void.</p>
<p>The notice requirement reaches back further than most employers expect. It covers current employees and anyone employed after January 1, 2022 whose agreement contains a noncompete clause, even if the person has since left. A second new law makes it clear that a noncompete signed in another state cannot be enforced against someone who now works here.</p>
<blockquote><p>A clause you never intended to enforce is still a clause your former employee may have read as a threat.</p></blockquote>
<p>Two things do not change. Agreements protecting genuine trade secrets remain enforceable, and so do narrow restrictions tied to the sale of a business. What an employer cannot do is keep a broad "you may not work for a competitor for two years" sentence in its offer letters.</p>
<p>Employees who receive a notice do not need to do anything. Employees who were told they could not take a job because of a noncompete should talk to a lawyer: the new law allows them to sue for damages and attorney's fees.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2023-10-24',
    slug: 'health-care-workers-minimum-wage',
    title: 'Health care workers get their own minimum wage',
    published: '2023-10-24T09:25:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Wage and Hour'],
    html: `<p class="byline">by Caleb Ferreira</p>
${figure('handshake', 'Two hands meeting in a handshake')}
<p>A new state law sets a separate, higher minimum wage for most people who work in health care facilities, from hospitals and dialysis clinics to large medical groups. The rate rises in steps over several years, and the schedule depends on the size and type of the employer: large health systems move first and fastest, rural and safety-net hospitals more slowly.</p>
<p>The law does not cover only nurses and doctors. It reaches the people who make a hospital run: janitors, cooks, gift shop clerks, billing staff and security guards employed by covered facilities, and in some cases workers employed by contractors who work on site.</p>
<blockquote><p>"The woman who cleans the operating room is as much a part of patient care as anyone in scrubs," said Beatriz Olmos, a housekeeper at a Pasadena hospital who testified in Sacramento.</p></blockquote>
<p>Employers are already asking about salaried staff. The law has its own, higher salary test for exempt employees in covered facilities, and that detail is likely to produce more questions, and more claims, than the hourly rates themselves.</p>
<p>We will post the rate table for each category of employer once the start date is confirmed.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2023-09-19',
    slug: 'leave-after-a-reproductive-loss',
    title: 'Five days of leave after a reproductive loss',
    published: '2023-09-19T15:30:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Employment Law', 'Discrimination'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('calendar', 'A calendar with several days set aside')}
<p>Starting next year, employers with five or more employees must give workers up to five days of leave after a miscarriage, a stillbirth, a failed adoption, a failed surrogacy or an unsuccessful assisted reproduction. The leave does not have to be paid, although employees may use sick time or vacation they have already earned.</p>
<p>The law was written with care. An employee does not have to explain which of those events happened, and employers must keep any information they do receive confidential. The days do not have to be taken consecutively, and they must be taken within three months of the loss.</p>
<blockquote><p>"I went back to work the day after, because I did not know I could do anything else," one of our clients told us. "Nobody should have to make that choice again."</p></blockquote>
<p>Retaliation against an employee who takes the leave is prohibited, as is interfering with a request for it. Managers should be trained now, before the first request arrives. The right reaction to an employee who asks is short: "Of course. Take the time you need, and tell us if there is anything else we can do."</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2023-08-15',
    slug: 'citizenship-applications-small-mistakes-long-delays',
    title: 'Citizenship applications: small mistakes, long delays',
    published: '2023-08-15T10:45:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'Green Cards'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('map', 'A folded map with a dotted route ending at a red pin')}
<p>Summer is naturalization season in our office. Green card holders who have waited the required three or five years tend to file once the school year ends, and we spend July and August catching the same avoidable mistakes.</p>
<ul><li><strong>Counting from the wrong date.</strong> The waiting period starts on the date printed on the green card, and you may file up to 90 days early, not a day more.</li><li><strong>Forgetting trips.</strong> Every trip outside the country of more than 24 hours must be listed, including the weekend in Tijuana.</li><li><strong>Leaving out old arrests</strong> because "the case was dismissed." A dismissed case still has to be disclosed, with the court record attached.</li></ul>
<blockquote><p>The officer already knows about the arrest. What the interview tests is whether you told the truth about it.</p></blockquote>
<p>A long trip abroad of six months or more can also break the continuous residence the law requires, even if the green card remains valid. Applicants who spent long periods caring for relatives overseas during the pandemic should talk to a lawyer before filing.</p>
<p>Finally, bring the originals. Interviews are routinely rescheduled because an applicant brought photocopies of a marriage certificate, or tax returns that were never actually filed.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2023-06-27',
    slug: 'appeals-court-revives-rest-break-class-action',
    title: 'Appeals court revives security guards’ rest break class action',
    published: '2023-06-27T14:20:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Court Decisions', 'Wage and Hour'],
    html: `<p class="byline">by Hollis Drummond</p>
${figure('courthouse', 'A courthouse with five white columns')}
<p>A state appeals court has revived a class action by about 1,100 security guards who say their employer, Sentinel Crest Protective Services, never gave them a real rest break. The trial court had refused to certify the class, reasoning that each guard's experience depended on the site where he or she was posted.</p>
<p>The appellate panel disagreed. The company's written policy required guards to keep their radios on and remain at their posts during breaks, the court noted, and a policy that applies to everyone can be judged for everyone at once.</p>
<blockquote><p>"A break during which the employee must stay at the post and answer the radio is not a break; it is a quieter part of the shift," the opinion said.</p></blockquote>
<p>The case now returns to the trial court. Sentinel Crest did not respond to requests for comment. Gareth Lind, who represents the guards, said the ruling "confirms what guards have been saying for years."</p>
<p>For employers, the lesson is familiar but worth repeating: rest periods must be duty-free. If the job truly cannot be left unattended, the employer must pay an extra hour of wages for each missed break, and the law treats that payment as wages, not as a penalty.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2023-05-23',
    slug: 'on-strike-and-on-a-visa',
    title: 'On strike and on a visa: what happens to your status?',
    published: '2023-05-23T11:10:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Labor Unions', 'Immigration', 'H-1B Visas'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('megaphone', 'A megaphone raised between picket signs')}
<p>With picket lines outside several studios in Burbank and Culver City this month, we have been asked the same question by writers, editors and animators who are in the country on work visas: if I walk out with my coworkers, am I putting my immigration status at risk?</p>
<p>The answer is more reassuring than many expect. Federal labor law protects the right to strike regardless of citizenship, and the immigration rules generally treat a worker on a temporary work visa who takes part in a lawful strike as still employed. Status usually continues as long as the employment relationship continues, even while no wages are being paid.</p>
<blockquote><p>A strike pauses the paycheck. It does not end the job, and it does not end the visa.</p></blockquote>
<p>There are wrinkles. A worker whose approved period of stay expires during the strike may have trouble filing an extension, and travel abroad during a strike can lead to awkward questions at a consulate. Workers who are fired or permanently replaced should speak to both an immigration lawyer and their union immediately, because the grace period to find a new sponsor is short.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2023-03-30',
    slug: 'hybrid-schedules-and-expense-reimbursement',
    title: 'Hybrid schedules and expense reimbursement',
    published: '2023-03-30T09:00:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Remote Work', 'Wage and Hour'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('laptop', 'A laptop and a coffee mug on a wooden table')}
<p>Three years after the office closures of 2020, most of our employer clients have settled on some kind of hybrid schedule: two days in, three days home, or the reverse. What many have not settled is who pays for the home half.</p>
<p>California requires employers to reimburse employees for necessary expenses they incur in doing their jobs. If an employee must use a personal phone, home internet or a home printer for work, the employer owes a reasonable share of the cost, even if the employee would have paid the same bill anyway.</p>
<blockquote><p>"Optional" remote work is still work. If the job gets done on the employee's router, some of the router bill belongs to the employer.</p></blockquote>
<p>There is one real gray area. When an employer offers a fully equipped desk at the office and the employee chooses to work from home for personal reasons, the home expenses may not be "necessary." Courts have not settled how far that argument goes, and an employer who quietly stops reimbursing because it reopened the office is taking a risk.</p>
<p>The simplest solution is a flat monthly stipend, set at a level that plausibly covers the real costs, with a way for employees to claim more if theirs are higher.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2023-03-21',
    slug: 'first-draft-workplace-violence-standard',
    title: 'A first draft of a workplace violence standard',
    published: '2023-03-21T16:45:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('hardhat', 'A hard hat, a safety vest and a warning cone')}
<p>Two weeks ago a clerk at a convenience store in Pomona was threatened with a knife by a customer who had been banned from the store twice before. She had told her manager about the man. Nothing was written down, and nobody told the night shift.</p>
<p>Stories like hers are behind a draft workplace violence standard that state safety regulators released for public comment this month. Health care employers have lived under a similar rule for years. The draft would extend the basic idea to almost everyone: identify the risks specific to your workplace, write down how you will respond to them, train employees, and record every incident.</p>
<blockquote><p>"Most of what the draft asks for is what a careful manager already does. The difference is that it makes the careful manager the minimum," said Rosa Villaseñor, a safety consultant who has advised retailers for twenty years.</p></blockquote>
<p>Business groups have objected to the record-keeping requirements, which they say will be hard for small employers to meet. Worker advocates want stronger language on staffing, especially for employees who work alone at night.</p>
<p>Comments are due next month. We plan to submit a short letter drawing on what our clients in retail and hospitality have told us, and we would like to hear from readers with experience of their own.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2023-03-14',
    slug: 'duplicate-registrations-and-the-lottery',
    title: 'Duplicate registrations and the H-1B lottery',
    published: '2023-03-14T08:30:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('scales', 'Balanced golden scales on a navy background')}
<p>Every spring the H-1B lottery gets a little more crowded, and every spring someone tries to game it. This year the immigration agency has said it found a large number of registrations that appear to have been filed by related companies for the same workers, multiplying each worker's chances of selection.</p>
<p>The rules already prohibit an employer, or a group of related employers, from registering the same person more than once in a season. What is new is the tone. The agency has said it will deny or revoke petitions tied to coordinated filings and may refer cases for criminal investigation.</p>
<blockquote><p>If a recruiter tells you that your odds are better with three "partner companies" filing for you, you are being sold a problem, not a shortcut.</p></blockquote>
<p>Honest applicants are the ones who pay for this. Every improper entry pushes down the chances of a student finishing a master's degree in Long Beach, or a nurse educator with one real job offer.</p>
<p>Employers registering this month should confirm that no affiliate, staffing partner or parent company is also registering the same candidate, and should keep a record of how each candidate was chosen.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2023-03-07',
    slug: 'visa-bulletin-retrogression-what-to-do',
    title: 'Visa bulletin retrogression: what skilled worker applicants can do',
    published: '2023-03-07T10:15:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Green Cards', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A wall calendar with a date circled')}
<p>The monthly visa bulletin is a dry document, a table of dates and country codes, but for some of our clients this month's edition was devastating. Cut-off dates for skilled workers and professionals in the third employment-based category moved backward by more than a year for most countries, which means people who were about to receive green cards will now wait.</p>
<p>Retrogression happens when demand for green cards in a category outpaces the number available under the annual limits. It is not a judgment about any individual case, and it does not cancel anything. Applications already on file remain pending, and applicants who have filed to adjust status in the United States can generally keep renewing their work and travel permits while they wait.</p>
<blockquote><p>A retrogressed date is a delay, not a denial. The worst reaction is to let a pending case lapse out of frustration.</p></blockquote>
<p>Applicants who have not yet filed should keep their documents current, especially passports, and should not change jobs without advice. Those with pending adjustment applications may be able to move to a new, similar job once the application has been pending for 180 days, but the new position must fit the original category.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2023-02-14',
    slug: 'hotel-must-install-panic-buttons',
    title: 'Hotel must give housekeepers panic buttons, judge rules',
    published: '2023-02-14T12:00:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety', 'Court Decisions'],
    html: `<p class="byline">by Caleb Ferreira</p>
${figure('courthouse', 'A columned courthouse under a pale sun')}
<p>A Los Angeles County judge has ordered the Marlowe Grand Hotel in Santa Monica to give every housekeeper a working panic button, rejecting the hotel's argument that a city ordinance requiring the devices was preempted by state law.</p>
<p>The ordinance requires hotels to provide room attendants who work alone in guest rooms with a device that can summon security immediately. The Marlowe had issued buttons to some employees but not others, and workers testified that several of the devices had dead batteries for months.</p>
<blockquote><p>"You are alone in a room with a stranger's belongings and sometimes the stranger. The button is the one thing between you and nobody knowing," said Lucía Paredes, who has cleaned rooms at the hotel for eleven years.</p></blockquote>
<p>Judge Harriet Castellanos wrote that the city "acted well within its authority to protect people working inside its borders," and that nothing in state safety law prevents local governments from adding protections of their own.</p>
<p>The hotel has thirty days to comply. A spokesperson said it was reviewing the decision. The housekeepers' union, which brought the suit together with three individual employees, said it would monitor compliance floor by floor.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2023-01-10',
    slug: 'five-california-employment-changes-for-2023',
    title: 'Five California employment changes for 2023',
    published: '2023-01-10T09:00:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Employment Law', 'Discrimination'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('documents', 'A stack of handbooks and forms')}
<p>The new year brought its usual pile of new workplace rules. These are the five our clients have asked about most in the first week of January.</p>
<ul><li><strong>Salary ranges in job postings.</strong> Employers with fifteen or more employees must include a good-faith pay range in every job posting.</li><li><strong>Bereavement leave.</strong> Employers with five or more employees must provide up to five days of leave after the death of a close family member.</li><li><strong>Leave for a "designated person."</strong> Employees may now take protected leave to care for someone they are not related to but who is like family.</li><li><strong>Emergency conditions.</strong> Employees may not be punished for refusing to report to, or for leaving, a workplace they reasonably believe is unsafe during a fire, flood or similar emergency.</li><li><strong>A higher minimum wage</strong>, and with it a higher salary threshold for exempt employees.</li></ul>
<blockquote><p>None of these laws is complicated on its own. The trouble is that they all landed on the same handbook at once.</p></blockquote>
<p>We recommend a handbook review in the first quarter, followed by a short training for anyone who interviews or supervises. Most of the claims we see under new laws come from managers who simply have not heard about them.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  // ---------------------------------------------------------------- 2022
  {
    id: 'post-2022-12-13',
    slug: 'off-duty-cannabis-use-protection',
    title: 'Off-duty cannabis use: a new protection, a year away',
    published: '2022-12-13T11:40:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Discrimination', 'Employment Law'],
    html: `<p class="byline">by Ines Marchetti</p>
${figure('scales', 'Scales of justice, evenly balanced')}
<p>A law signed this fall will make California one of a handful of states that protect employees who use cannabis legally on their own time. Starting January 1, 2024, most employers may not refuse to hire, fire or otherwise penalize a person for off-duty, off-site use, or for a drug test that finds only the inactive metabolites that linger in the body for weeks.</p>
<p>The law does not give anyone a right to be impaired at work. Employers can still prohibit possession and use on the job and can still act on real evidence of impairment. Tests that detect active THC, such as some saliva and blood tests, remain permitted.</p>
<blockquote><p>"For years the urine test has been a test of what someone did last weekend, not whether they can do their job today," said Marisol Vega, who has represented several workers fired after positive tests.</p></blockquote>
<p>There are exceptions for workers in the building and construction trades, for jobs that require a federal background check or security clearance, and for employers that federal contracts or regulations require to test, such as trucking companies subject to transportation rules.</p>
<p>Employers have a year to update their testing policies. Lawmakers are expected to consider a companion bill next year that would also stop most employers from asking applicants about past cannabis use.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2022-11-01',
    slug: 'tech-layoffs-and-visa-holders',
    title: 'Tech layoffs and visa holders: the sixty days that matter',
    published: '2022-11-01T08:20:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('map', 'A map with a route marked in red')}
<p>The wave of layoffs at large technology companies this fall has reached Southern California, and with it a flood of calls from engineers and analysts on H-1B visas who have just been told their last day. Most of them ask the same question first: how long do I have?</p>
<p>The rule is a grace period of up to 60 days after employment ends, or until the end of the approved stay if that comes sooner. During that window a worker can remain in the United States while doing one of several things:</p>
<ul><li>find a new employer that files an H-1B petition for them, which generally allows them to start work once it is filed;</li><li>apply to change to another status, such as a visitor, a dependent or a student;</li><li>in limited circumstances, apply for a work permit based on compelling circumstances;</li><li>prepare to depart in an orderly way.</li></ul>
<blockquote><p>The sixty days begin on the last day of employment, not the day you received the notice, and not the last day of severance pay.</p></blockquote>
<p>That distinction matters. Some employers keep laid-off workers on the payroll for weeks with no duties, and whether that counts as continued employment depends on the details; get the answer in writing. Workers with a pending green card case should also ask what happens to it: an approved petition may still be useful with a new employer.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2022-09-13',
    slug: 'salary-ranges-in-job-postings',
    title: 'Salary ranges in job postings: the new rules',
    published: '2022-09-13T10:30:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Discrimination', 'Employment Law', 'Wage and Hour'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('documents', 'A job posting printed on a sheet of paper, with a pen')}
<p>A pay transparency bill signed this month will require employers with fifteen or more employees to include a pay scale in every job posting, starting January 1. Employers will also have to give current employees the pay range for their own position on request, and larger employers will report more detailed pay data to the state, broken down by race, ethnicity and sex.</p>
<p>The theory behind the law is straightforward. Pay gaps persist partly because people negotiate in the dark. When one applicant knows a role pays between $70,000 and $90,000 and another does not, the second applicant is more likely to ask for too little, and the gap follows them for the rest of their career.</p>
<blockquote><p>"Women in our office kept finding out about the gap by accident, from a misdirected spreadsheet or a friendly coworker. Now the number will be on the posting," said Nkechi Adeyemi, an accountant who testified in support of the bill.</p></blockquote>
<p>The range must be the one the employer reasonably expects to pay, not an absurdly wide band. A posting that says "$40,000 to $400,000" is unlikely to satisfy anyone.</p>
<p>Employers who use recruiters or job boards are responsible for making sure the range reaches the public posting too.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2022-08-30',
    slug: 'wage-council-for-fast-food-workers',
    title: 'A wage council for fast food workers',
    published: '2022-08-30T13:00:00-07:00',
    updated: '2022-09-06T09:15:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Wage and Hour', 'Labor Unions'],
    html: `<p class="byline">by Teodora Lindqvist</p>
${figure('handshake', 'Two hands shaking across a table')}
<p>Lawmakers have sent the governor a bill that would create a state council, made up of worker representatives, franchise owners, corporate franchisors and state officials, with power to set minimum wages and working standards for fast food restaurants that belong to national chains.</p>
<p>Supporters say the council would give the state's half a million fast food workers something they have never had: a seat at the table where their pay is decided, in an industry where unionizing one restaurant at a time has proven nearly impossible. Franchise owners warn that higher labor costs will mean fewer jobs and higher prices.</p>
<blockquote><p>"I have worked at the same drive-through for six years and I have never once been asked what I think the job is worth," said Tomasz Reyes-Kowal, a shift lead in Covina.</p></blockquote>
<p>The council could raise the minimum wage for covered restaurants above the statewide level, with annual increases capped. It could also recommend standards on safety, scheduling and training.</p>
<p><strong>Update, September 6:</strong> the bill was signed on Labor Day. Restaurant industry groups have announced that they will try to put a referendum on the ballot to overturn it, which would put the law on hold until voters decide.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2022-06-21',
    slug: 'green-card-interview-waived',
    title: 'Green card interview waived? Read the fine print',
    published: '2022-06-21T09:50:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Green Cards', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('passport', 'A passport and a boarding pass on a beige background')}
<p>Over the last year, a growing number of our clients applying for green cards from inside the United States have been approved without ever sitting for an interview. For an employment-based applicant with a clean record, that is good news. For a family-based applicant, it can be a mixed blessing.</p>
<p>Interviews are where officers resolve doubts. When a case is decided on paper alone, the file has to do all the work: the marriage certificate, the joint lease, the photographs, the tax returns filed together. If something is missing, the officer's next step is usually a written request for evidence, and the response clock starts running.</p>
<blockquote><p>Write every application as if no one will ever meet you, because increasingly no one will.</p></blockquote>
<p>An approval without an interview also does not end the story. The card arrives by mail, and clients should check every detail on it: the spelling of the name, the date of birth and the category code. Mistakes made by the agency can be corrected without a new fee, but only if they are reported.</p>
<p>Finally, remember that a conditional green card based on a recent marriage lasts two years. Put a reminder in your calendar now for the petition to remove conditions, which must be filed in the 90 days before the card expires.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2022-05-17',
    slug: 'arbitration-agreements-after-a-new-ruling',
    title: 'One-sided arbitration agreements after a new ruling',
    published: '2022-05-17T15:15:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Court Decisions', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('scales', 'Golden scales of justice')}
<p>A state appeals court last week refused to send a sexual harassment case to arbitration, holding that an arbitration agreement buried in a 41-page onboarding packet was unconscionable. The employee, a dispatcher for Ridgeline Freight in San Bernardino, had signed the packet electronically on her first morning, along with tax forms and a parking permit request.</p>
<p>The court pointed to several features of the agreement: it required the employee, but not the company, to arbitrate her claims; it shortened the time to bring claims to six months; and it barred her from recovering attorney's fees that the law would otherwise allow.</p>
<blockquote><p>"An agreement that takes away the employee's statutory remedies while leaving the employer's untouched is not a choice of forum; it is a waiver dressed as one," the panel wrote.</p></blockquote>
<p>The decision fits a trend we have noticed for some time. Courts still enforce fair arbitration agreements, but they look closely at one-sided ones, and they are less willing to strike the offending clauses and enforce the rest. Federal law also now allows employees to take claims of sexual harassment and sexual assault to court regardless of any arbitration agreement.</p>
<p>If you signed an arbitration agreement and believe you have a claim, do not assume you are barred from court. Bring a copy of everything you signed.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2022-03-29',
    slug: 'h-1b-lottery-results-what-numbers-mean',
    title: 'H-1B lottery results: what the numbers mean',
    published: '2022-03-29T17:05:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A calendar with the first of the month circled')}
<p>Selection notices for this year's H-1B lottery began arriving in employers' online accounts late last week. Of the six candidates we registered for small employers this year, two were selected. That is roughly in line with the odds others in the field are reporting, and it means that most applicants, once again, were not chosen.</p>
<p>For those selected, the work starts now. Petitions may be filed from April 1, and the filing window lasts ninety days. A selection is only a ticket to file; the petition must still show a qualifying specialty occupation, the required degree and a labor condition application certified by the Department of Labor.</p>
<blockquote><p>Selected in March is not approved in October. Most denials we see are for problems that were visible the day the registration was made.</p></blockquote>
<p>For those not selected, there may be a second chance. In recent years the agency has run additional selection rounds when not enough selected employers filed petitions. Candidates in student status should check how their practical training dates interact with a possible second round, and should not let a work authorization lapse while hoping.</p>
<p>Employers of candidates who were not selected should also ask whether another route fits: the O-1 for people of extraordinary ability, or employment with a university or nonprofit research organization that is exempt from the annual cap.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2022-03-08',
    slug: 'missed-meal-breaks-premium-pay',
    title: 'Missed meal breaks: the premium is wages, court says again',
    published: '2022-03-08T09:35:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Wage and Hour', 'Court Decisions'],
    html: `<p class="byline">by Hollis Drummond</p>
${figure('courthouse', 'A courthouse facade with white columns')}
<p>When an employer in California fails to provide a meal or rest break, it owes the employee one additional hour of pay at the regular rate. For years employers argued that this "premium" was a penalty, which mattered because penalties are not subject to the same rules about pay stubs and timely payment as wages are.</p>
<p>A state appeals court has now rejected that argument again, in a case brought by forklift drivers at Harbor View Packing in Wilmington. The drivers said supervisors routinely radioed them back to work halfway through lunch. The company paid the premiums, eventually, but never listed them on pay stubs and never paid them to workers who quit.</p>
<blockquote><p>"An hour's pay is still an hour's pay when it is earned by a missed lunch," the court wrote. "It belongs on the wage statement, and it is due when the employee leaves."</p></blockquote>
<p>The ruling means that unpaid break premiums can support claims for inaccurate wage statements and for waiting-time penalties of up to thirty days' wages for departed employees. For a workforce of a few hundred people, those additional claims can dwarf the premiums themselves.</p>
<p>Employers should make sure premiums are coded as wages in their payroll systems and shown on every pay stub. Employees should keep their own notes of interrupted breaks; memories fade, and time records sometimes do too.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2022-02-08',
    slug: 'baristas-file-for-union-election',
    title: 'Baristas at three Pasadena cafes file for union elections',
    published: '2022-02-08T14:25:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Labor Unions'],
    html: `<p class="byline">by Teodora Lindqvist</p>
${figure('megaphone', 'A megaphone and two hand-lettered signs')}
<p>Workers at three Pasadena locations of Copperleaf Coffee, a regional chain with twenty-two stores, filed petitions with the National Labor Relations Board on Monday asking for union elections. The baristas said they were seeking a voice on scheduling, staffing levels and the chain's practice of cutting hours during slow weeks with a day's notice.</p>
<p>The petitions ask for separate elections at each store, a strategy that has become common in the industry. Small, store-by-store units are easier to organize, though they also leave workers to bargain one store at a time.</p>
<blockquote><p>"We're not against the company. We just want the schedule to come out more than a day ahead, and we want someone to call when the espresso machine leaks on us again," said Priya Sandoval, a shift supervisor at the Lake Avenue store.</p></blockquote>
<p>Copperleaf's founder, Desmond Hale, said in an email to staff that the company "respects every employee's right to decide" but believes it can "solve problems together without a third party." The company has hired an outside labor consultant.</p>
<p>Daniel Okafor, who represented workers in similar campaigns before joining this practice, noted that employers may share their views but may not threaten, interrogate or promise benefits to influence the vote, and may not change schedules to punish organizers.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  // ---------------------------------------------------------------- 2021
  {
    id: 'post-2021-12-14',
    slug: 'year-end-bonuses-and-overtime',
    title: 'Year-end bonuses and the overtime math',
    published: '2021-12-14T10:05:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Wage and Hour'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A December calendar with the last payday marked')}
<p>Here is a question that trips up even careful payroll departments: if you give hourly employees a holiday bonus, do you owe them more overtime?</p>
<p>It depends on the bonus. A truly discretionary gift, one the employee had no reason to expect and that is not tied to hours, production or attendance, generally does not affect the overtime rate. But a bonus promised in advance, or one calculated on performance, attendance or productivity, is part of the employee's regular rate of pay. When that bonus covers a period in which the employee worked overtime, the overtime for that period must be recalculated.</p>
<blockquote><p>"Thank you for a great year, here is $200" is a gift. "Everyone with perfect attendance gets $200" is wages.</p></blockquote>
<p>In California, a flat-sum bonus must be divided by the straight-time hours worked in the period, not by total hours, which produces a larger adjustment than federal law requires. The difference is small for a single employee and a single bonus, but it adds up across a workforce and across years.</p>
<p>Our suggestion for small employers: if you want a bonus to be a gift, announce it only when you pay it, do not tie it to any metric, and do not pay it every year on the same terms.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2021-11-09',
    slug: 'remote-employees-in-other-states',
    title: 'Remote employees in other states: whose law applies?',
    published: '2021-11-09T09:40:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Remote Work', 'Employment Law'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('map', 'A folded road map with a dotted line crossing it')}
<p>When the pandemic sent everyone home, some of our clients' employees went much further than home. A designer moved to Boise. A bookkeeper moved back to her parents' house in Tucson. A project manager now works from a cabin in Oregon. The employers, all based in Los Angeles County, want to know which state's employment law now applies.</p>
<p>The general rule is that the law of the place where the work is performed governs most wage and hour questions. An employee who works all day, every day in Idaho is generally covered by Idaho's minimum wage, overtime and leave rules, not California's, even if the paychecks come from Pasadena.</p>
<blockquote><p>Your employees took their laptops with them. They also took a new set of labor laws.</p></blockquote>
<p>That shift has practical consequences:</p>
<ul><li>the employer may need to register with the new state for payroll taxes and unemployment insurance;</li><li>paid sick leave rules, final pay deadlines and pay stub requirements may differ;</li><li>workers' compensation coverage must extend to the new state.</li></ul>
<p>Employees who work partly in California and partly elsewhere are harder cases, and some California protections follow employees based here even on short trips. Employers should keep a current list of where every employee actually works, and update it when someone moves.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2021-10-05',
    slug: 'port-truck-drivers-contractor-question',
    title: 'Port truck drivers and the contractor question',
    published: '2021-10-05T07:55:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Employment Law', 'Labor Unions'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('factory', 'Warehouses and smokestacks at the edge of a port')}
<p>With container ships anchored off the coast waiting for a berth, there has been new attention on the drivers who haul boxes from the ports of Los Angeles and Long Beach to warehouses inland. Most of them are classified as independent contractors. Many of them, by their own account and by the findings of state labor officials, should not be.</p>
<p>Under California's test, a worker is presumed to be an employee unless the company can show that the worker is free from its control, performs work outside the usual course of its business, and runs an independent business of their own. A trucking company whose only business is moving freight will struggle to show that a driver who moves its freight is doing something outside its usual course.</p>
<blockquote><p>"They tell me I'm my own boss, but they tell me which load, which terminal, which warehouse and which day," said Arturo Benavides, who has driven port routes for fourteen years. "And then they take the lease payment for the truck out of my check."</p></blockquote>
<p>That last part, deductions for truck leases, insurance and fuel, is often where the money is. If a driver is an employee, those costs are business expenses the employer must bear, and years of deductions can be recovered.</p>
<p>Drivers have organized around this issue for years, and several companies have converted drivers to employees after losing cases. Drivers who want to know where they stand should collect their settlement statements and lease agreements and talk to a lawyer.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2021-09-14',
    slug: 'daca-after-the-latest-court-ruling',
    title: 'DACA after the latest court ruling',
    published: '2021-09-14T11:20:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'Court Decisions'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('courthouse', 'A federal courthouse with tall columns')}
<p>This summer a federal judge in Texas ruled that the Deferred Action for Childhood Arrivals program was unlawfully created, and barred the government from approving new applications. The ruling is on appeal, and it left a great deal of confusion behind it. Our phone has not stopped ringing since.</p>
<p>Here is where things stand for the people we represent:</p>
<ul><li><strong>Current recipients</strong> keep their deferred action and work permits, and renewals continue to be processed.</li><li><strong>First-time applicants</strong> may still file, but their applications will not be approved while the order remains in place.</li><li><strong>Advance parole</strong> for travel remains available to current recipients in limited situations, but travel carries real risk and should never be undertaken without advice.</li></ul>
<blockquote><p>If you have DACA, renew on time. The safest status is the one you never let lapse.</p></blockquote>
<p>We recommend filing renewals between 150 and 120 days before the current work permit expires. Employers should also know that a DACA recipient's renewed work permit is valid proof of work authorization, and that treating those employees differently because of uncertainty about the program's future can be unlawful discrimination.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2021-07-20',
    slug: 'heat-illness-season-water-shade-rest',
    title: 'Heat illness season: water, shade, rest',
    published: '2021-07-20T08:05:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('hardhat', 'A hard hat and a traffic cone on a hot afternoon')}
<p>Last week's heat wave pushed temperatures above 110 degrees in parts of the Inland Empire and the Antelope Valley, and the calls started coming before noon on Monday: a landscaping crew without shade, a roofing company that told workers to bring their own water, a farm where the only break was lunch.</p>
<p>California's outdoor heat illness rule is one of the oldest in the country, and its core is simple. Employers must provide enough fresh, cool water for each worker to drink a quart an hour, shade for anyone on a break once temperatures pass 80 degrees, and a cool-down rest whenever a worker asks for one. At 95 degrees, additional high-heat procedures kick in, including regular check-ins and mandatory rest in some industries.</p>
<blockquote><p>A worker who asks for a cool-down break is doing the employer a favor. The alternative is an ambulance.</p></blockquote>
<p>New workers are at the greatest risk. Many serious heat illnesses happen in the first few days on the job, before the body adapts, and the rule requires close observation of new employees during a heat wave.</p>
<p>Retaliation for complaining about heat, or for taking a cool-down rest, is prohibited. Workers can report conditions to the state safety agency without giving their names.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2021-06-14-b',
    slug: 'jury-awards-fired-warehouse-supervisor',
    title: 'Jury awards $1.2 million to fired warehouse supervisor',
    published: '2021-06-14T16:40:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Court Decisions', 'Discrimination'],
    html: `<p class="byline">by Caleb Ferreira</p>
${figure('scales', 'Scales of justice tipped slightly to one side')}
<p>A Los Angeles jury on Friday awarded $1.2 million to a former warehouse supervisor who said he was fired three weeks after telling his manager he needed time off for cancer treatment.</p>
<p>Marcus Whitfield, 54, had worked for eleven years at a Commerce distribution center operated by Tern Valley Logistics. He testified that after he disclosed his diagnosis, his manager began documenting minor mistakes that had gone unremarked for a decade, and that he was terminated for "performance" before his first chemotherapy appointment.</p>
<blockquote><p>"Eleven years of good reviews and then three weeks of write-ups. The jury could do that arithmetic," said his lawyer, Nadia Farrokh.</p></blockquote>
<p>The verdict included $900,000 for emotional distress and $300,000 in lost wages. Jurors declined to award punitive damages. Tern Valley said in a statement that it "disagrees with the verdict and is evaluating its options."</p>
<p>Timing alone rarely wins a case like this, but timing combined with a sudden change in how an employee is treated is powerful evidence. Employers who receive a request for medical leave or accommodation should be especially careful about any discipline that follows, and should document legitimate concerns before the request, not after it.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2021-06-14-a',
    slug: 'back-to-the-office-accommodation-requests',
    title: 'Back to the office: the accommodation requests begin',
    published: '2021-06-14T08:15:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Remote Work', 'Discrimination'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('laptop', 'A laptop on a kitchen table beside a window')}
<p>With the state's broad reopening set for tomorrow, many of our employer clients have announced return-to-office dates for the summer. In the same week, several of them received their first written requests from employees asking to keep working from home because of a medical condition.</p>
<p>These requests must be taken seriously. Disability law requires employers to engage in a timely, good-faith interactive process with an employee who asks for an accommodation, and working from home can be a reasonable accommodation when the essential functions of the job can be done remotely.</p>
<blockquote><p>The last fifteen months are evidence. An employer who says a job cannot be done from home will be asked how it was done from home since March of last year.</p></blockquote>
<p>That does not mean every request must be granted. An employer may show that some duties really did suffer, or that a temporary arrangement in an emergency is different from a permanent one. It may ask for reasonable medical documentation. It may offer an alternative accommodation that is effective, even if it is not the employee's first choice.</p>
<p>What employers should not do is respond with a blanket policy. Each request deserves a conversation, a written record of the options considered, and a decision explained to the employee.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2021-04-27',
    slug: 'answering-an-h-1b-request-for-evidence',
    title: 'Answering an H-1B request for evidence',
    published: '2021-04-27T12:30:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('documents', 'A thick stack of papers with a signature on top')}
<p>Petitions for workers selected in this year's H-1B lottery are being filed this month, and we already know from experience what comes next for some of them: a request for evidence, usually called an RFE. It arrives by mail, runs several pages, and gives the employer a fixed period, typically no more than twelve weeks, to respond.</p>
<p>An RFE is not a denial. It is the officer telling you what is missing. In our practice the most common requests ask the employer to prove that the position really is a specialty occupation, one that normally requires a bachelor's degree in a specific field.</p>
<blockquote><p>The best answer to an RFE is the one you could have filed with the petition in the first place.</p></blockquote>
<p>Helpful evidence includes:</p>
<ul><li>job postings by similar employers requiring the same degree;</li><li>a detailed breakdown of the duties, with the share of time spent on each;</li><li>an expert opinion from a professor in the field that addresses this job, not a generic one;</li><li>organizational charts showing where the role sits.</li></ul>
<p>Respond once, completely, and early. There is no second chance to add documents after the response is filed.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2021-04-06',
    slug: 'supplemental-paid-sick-leave-returns',
    title: 'Supplemental paid sick leave returns, retroactively',
    published: '2021-04-06T10:10:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Wage and Hour', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('calendar', 'A calendar with several weeks highlighted')}
<p>California has brought back supplemental paid sick leave for COVID-19, and this version reaches further than last year's. Employers with more than twenty-five employees must provide up to 80 hours of additional paid leave to full-time workers, with a prorated amount for part-timers, through the end of September.</p>
<p>The leave can be used when an employee is sick or quarantining, caring for a family member who is, caring for a child whose school or daycare is closed for COVID-19 reasons, or attending a vaccine appointment or recovering from its side effects.</p>
<blockquote><p>The new law is retroactive to January 1. An employee who took unpaid time off in January for a positive test can ask to be paid for it now.</p></blockquote>
<p>Employees must make that request, but once they do, the employer must pay the retroactive amount by the next full pay period. Employers cannot require employees to use their regular paid sick leave first, and the supplemental balance must appear on each pay stub.</p>
<p>Many employers have not yet updated their pay stubs. If yours does not show a supplemental leave balance, it may be worth a polite question to payroll.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2021-02-23',
    slug: 'why-the-priority-date-barely-moves',
    title: 'Green card backlogs: why the priority date barely moves',
    published: '2021-02-23T09:20:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Green Cards', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('passport', 'A passport waiting on a desk beside a ticket')}
<p>Clients who are waiting for family-based green cards often bring us a printout of the visa bulletin with their priority date circled, and ask why it has barely moved in a year. It is a reasonable question with an unsatisfying answer: the law limits how many green cards are issued each year in each family category, and no single country may use more than a small share of them.</p>
<p>For applicants from countries with heavy demand, the result is a line that moves by weeks each year while the calendar moves by months. A brother or sister of a U.S. citizen from Mexico or the Philippines can wait more than twenty years.</p>
<blockquote><p>The priority date is your place in line. Protect it: it is often the most valuable thing in the file.</p></blockquote>
<p>A few things are worth knowing while you wait:</p>
<ul><li>if the petitioner becomes a citizen, a spouse or child of a permanent resident may move into a faster category;</li><li>a child who turns 21 may be protected by a formula in the law that subtracts the time the petition was pending;</li><li>if the petitioner dies, the case does not always die with them.</li></ul>
<p>Keep your address current with the agency and the consulate, and keep copies of every notice. We see too many cases stall because a letter went to an old apartment.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2021-01-19',
    slug: 'can-an-employer-require-the-vaccine',
    title: 'Can an employer require the COVID-19 vaccine?',
    published: '2021-01-19T08:50:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Workplace Safety', 'Employment Law'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('handshake', 'Two hands clasped in agreement')}
<p>Vaccines are reaching health care workers and nursing home residents, and employers in every industry are starting to ask us the same question: once vaccines are available to everyone, can we require our employees to get one?</p>
<p>The short answer, based on guidance from the federal agency that enforces job discrimination laws, is that employers may generally require vaccination, subject to two important exceptions. Employees with a disability that prevents vaccination may be entitled to a reasonable accommodation, and so may employees whose sincerely held religious beliefs conflict with it.</p>
<blockquote><p>A mandate without an accommodation process is an invitation to a lawsuit. A mandate with a fair process is, for now, a defensible business decision.</p></blockquote>
<p>Accommodations might include continued remote work, a mask and distancing, a transfer to a role with less contact, or unpaid leave. The employer must consider them in good faith, and can refuse only if none would work without undue hardship.</p>
<p>Employers should also be careful with the questions they ask. Asking whether an employee is vaccinated is generally permitted; asking why not can stray into medical inquiries. And the time employees spend getting vaccinated at the employer's request may be compensable work time.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  // ---------------------------------------------------------------- 2020
  {
    id: 'post-2020-12-08',
    slug: 'warehouse-union-vote-mail-ballots',
    title: 'Warehouse union vote will be held by mail',
    published: '2020-12-08T11:00:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Labor Unions'],
    html: `<p class="byline">by Tobias Wren</p>
${figure('factory', 'A long warehouse with lit windows')}
<p>A union election at a 600-worker distribution center in Fontana will be held entirely by mail, a regional director of the National Labor Relations Board ruled last week, rejecting the employer's request for an in-person vote in a tent in the facility's parking lot.</p>
<p>The workers, who load and sort packages for Bluegate Fulfillment, are seeking to join a regional warehouse workers' union. The company argued that mail ballots would lower turnout and invite pressure from organizers. The director cited the county's rising COVID-19 case numbers and said an in-person election "would require hundreds of employees to gather during the worst weeks of the pandemic."</p>
<blockquote><p>"Half of us carpool and we all share one break room. They wanted us to stand in line in a tent to vote," said Delia Ochoa, a picker on the night shift.</p></blockquote>
<p>Ballots go out in January, and the count is scheduled for early February. Bluegate said it would ask the full board to review the decision.</p>
<p>Mail ballot elections have become the norm this year. Both sides now campaign on making sure every eligible worker actually receives a ballot and sends it back; a surprising number of elections have turned on a few ballots that arrived late or went to an old address.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2020-10-20',
    slug: 'time-off-to-vote',
    title: 'Time off to vote: two hours, with pay',
    published: '2020-10-20T09:15:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Employment Law'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A calendar with the first Tuesday of November circled')}
<p>Election Day is two weeks away, and with record mail voting this year many people will never set foot in a polling place. For those who do, California law gives employees a right to take time off to vote if they do not have enough time outside working hours.</p>
<p>The rule is specific. An employee may take up to two hours off with pay, at the beginning or end of the shift unless the employer agrees otherwise, if they cannot otherwise get to the polls. The employee should give at least two working days' notice if they know in advance that they will need the time.</p>
<blockquote><p>Two hours, paid, at the start or end of the shift. It fits on an index card, and it should be on the break room wall.</p></blockquote>
<p>That last point is not a figure of speech. Employers must post a notice of the voting leave right, where employees can see it, at least ten days before a statewide election.</p>
<p>Employers also may not threaten, discipline or reward employees based on how they vote, and may not pressure them to support or oppose a candidate or ballot measure. That includes subtle pressure, such as a manager's "reminder" of which proposition would be good for the company.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2020-10-06',
    slug: 'higher-wage-floors-for-h-1b-jobs',
    title: 'Higher wage floors for H-1B jobs, overnight',
    published: '2020-10-06T18:10:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas', 'Wage and Hour'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('documents', 'Wage tables printed on a stack of paper')}
<p>Employers who sponsor H-1B workers woke up to an unwelcome surprise today. An interim rule from the Department of Labor, effective almost immediately and without the usual public comment period, sharply raises the minimum wages employers must offer for sponsored positions. For some entry-level jobs, the required wage jumps by a third or more.</p>
<p>The required wage is based on a survey of pay for the occupation in the local area, divided into four levels by experience. The rule moves every level up. A position that required $72,000 last week may require $98,000 by next week.</p>
<blockquote><p>A rule that takes effect as soon as it is published leaves employers with petitions half-prepared and no time to adjust.</p></blockquote>
<p>Lawsuits challenging the rule are already being prepared, on the ground that it skipped the required notice-and-comment process. Until a court rules, labor condition applications filed from now on must use the new wages.</p>
<p>Our advice to clients: if a labor condition application was certified before the rule took effect, use it. If not, review the budget for each pending case, and talk to us before reducing duties or changing job titles to fit a lower level; the job described must be the job the employee will actually do.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2020-09-25',
    slug: 'software-maker-drops-detention-contract',
    title: 'Software maker drops detention contract after staff protest',
    published: '2020-09-25T09:30:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'Employment Law'],
    html: `<p class="byline">by Amara Delacroix</p>
${figure('documents', 'A signed contract lying on a stack of papers')}
<p>Tallowbrook Systems, a Seattle maker of staff scheduling software, said Thursday that it will cancel a contract to supply its product to a federal immigration detention program, two days after an employee posted details of the deal on social media.</p>
<p>Chief executive Corinne Haldane said in a message to employees, later shared publicly, that the company had followed its usual review process before signing, but that the reaction inside the company "showed us that the process was missing something important."</p>
<blockquote><p>"Many of you told us this contract contradicts the values we ask you to live by every day. Several of you told us about your own families. We listened, and we are not going forward with it," Haldane wrote.</p></blockquote>
<p>The two-year contract, worth about $612,000, was signed on September 14 and would have provided scheduling tools for guards and medical staff at detention facilities run by private operators. It had not yet appeared in federal procurement records.</p>
<p>Malik Osei-Brandt, a support engineer in the company's Phoenix office, first described the contract in a post on Tuesday. "I took this job because the company said it builds tools that make work more humane," he wrote. "I don't know how to square that with this."</p>
<p>More than 700 people, including dozens of current employees, signed a petition calling on Tallowbrook to withdraw, and several customers said publicly that they would look for other vendors. Employees who speak out together about their employer's conduct may be protected from retaliation, a point Osei-Brandt's colleagues made in an open letter.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2020-08-18',
    slug: 'masks-at-work-can-an-employer-insist',
    title: 'Masks at work: can an employer insist?',
    published: '2020-08-18T10:40:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('hardhat', 'Safety gear: a hard hat, a vest and a cone')}
<p>Since the state's face covering order took effect in June, we have heard from both sides of the mask argument: employees disciplined for refusing to wear one, and employees worried that their employer is not enforcing the rule against customers or coworkers.</p>
<p>On the first question the law is fairly clear. An employer may require employees to wear face coverings at work, and in most workplaces the state order requires it. An employee who cannot wear a mask because of a medical condition or disability is entitled to an interactive process and, where possible, an alternative such as a face shield with a drape, a different post, or remote work.</p>
<blockquote><p>"I just don't like it" is not a medical exemption. "My doctor says I can't, and here is a note" starts a conversation the employer must have.</p></blockquote>
<p>On the second question, employees have more tools than they may realize. Raising a safety complaint with a supervisor, or with coworkers, is protected activity. Employees can file a complaint with the state safety agency, and a group of employees who act together over conditions they reasonably believe are dangerous may be protected under federal labor law even without a union.</p>
<p>Employers should write down their mask policy, apply it evenly, and make sure managers follow it too. Nothing undermines a safety rule faster than a supervisor who wears his mask on his chin.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2020-07-08',
    slug: 'lgbtq-workers-after-last-months-ruling',
    title: "LGBTQ workers and federal law after last month's ruling",
    published: '2020-07-08T13:35:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Discrimination', 'Court Decisions'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('scales', 'Scales of justice in gold')}
<p>Last month the U.S. Supreme Court held that the federal law against sex discrimination in employment protects gay and transgender workers. In California, state law has prohibited discrimination based on sexual orientation and gender identity for years, so some employers here have shrugged. They should not.</p>
<p>The ruling matters in California in at least three ways. Federal claims can be brought in federal court, with their own procedures and remedies. Employees of companies with operations in several states now share a single national floor of protection. And the court's reasoning, that you cannot discriminate against someone for being gay or transgender without taking their sex into account, will shape how many other questions are argued.</p>
<blockquote><p>"An employer who fires a man for loving men, but would not fire a woman for loving men, has discriminated because of sex," one of our clients said, summing up the logic better than we could.</p></blockquote>
<p>Open questions remain, about religious employers, dress codes, restrooms and locker rooms. Those will be litigated for years.</p>
<p>For now, employers should review their policies and training, make sure complaints about harassment based on orientation or gender identity are handled like any other harassment complaint, and remember that using an employee's correct name and pronouns is part of a harassment-free workplace under California law.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2020-06-23',
    slug: 'proclamation-suspends-new-work-visas',
    title: 'Proclamation suspends new work visas: first questions',
    published: '2020-06-23T08:00:00-07:00',
    updated: '2020-06-25T11:05:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('passport', 'A closed passport beside a boarding pass')}
<p>A presidential proclamation signed yesterday suspends the entry of many new temporary workers into the United States through the end of the year, including people coming on H-1B, H-2B, L-1 and certain J-1 visas, along with their family members. Our inbox filled overnight. These are the first answers we can give.</p>
<ul><li>The suspension applies to people who are <em>outside</em> the United States and do not already hold a valid visa stamp. Workers already here are not directly affected.</li><li>It does not cancel approved petitions. It blocks the visa stamp needed to travel on them.</li><li>Extensions and changes of employer for people inside the country can still be filed.</li></ul>
<blockquote><p>If you are in the United States in valid status, the most important advice is this: do not travel abroad this year unless you have to.</p></blockquote>
<p>The proclamation contains an exception for entries found to be in the national interest, but it does not yet say how that will be decided. Consulates were already closed for most routine visa appointments because of the pandemic, so for many families the practical situation changes less than the headlines suggest.</p>
<p><strong>Update, June 25:</strong> several consulates have begun posting guidance on national interest exceptions for certain health care and research workers. We are tracking the details and contacting affected clients directly.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2020-05-12',
    slug: 'grocery-workers-ask-for-hazard-pay',
    title: 'Grocery workers ask for hazard pay to continue',
    published: '2020-05-12T14:50:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Workplace Safety', 'Labor Unions'],
    html: `<p class="byline">by Hollis Drummond</p>
${figure('megaphone', 'A megaphone and protest signs in a parking lot')}
<p>Cashiers, stockers and deli clerks at Sunmeadow Markets, a chain of fourteen grocery stores in the San Gabriel Valley, rallied outside the company's Alhambra headquarters on Monday to demand that a temporary $2-an-hour "hero pay" bonus be extended beyond the end of the month.</p>
<p>The workers, who are represented by a regional food and commercial workers' local, said the pandemic is far from over inside the stores, where lines remain long and not every customer wears a mask. They also asked for paid time off for employees who must quarantine and a limit on how many shoppers are allowed inside at once.</p>
<blockquote><p>"In March they called us essential. In June they want to call us ordinary again. Nothing about this job is ordinary right now," said Ofelia Garza, a cashier with nineteen years at the chain.</p></blockquote>
<p>Sunmeadow said in a statement that the bonus had always been described as temporary and that it had spent more than a million dollars on plexiglass barriers, sanitizer and extra cleaning.</p>
<p>The union's contract does not expire until next year, and it limits strikes over wages until then. But Daniel Okafor noted that concerted activity like Monday's rally is protected, and that safety issues such as capacity limits can be raised with state regulators at any time.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2020-03-31',
    slug: 'cutting-hours-for-h-1b-workers',
    title: 'Cutting hours for H-1B workers: what the law allows',
    published: '2020-03-31T12:00:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas', 'Wage and Hour'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('documents', 'A petition file with a pen laid across it')}
<p>In the last two weeks we have heard from many small employers facing the same painful choice: business has collapsed, and they need to cut hours or pay. For employees on H-1B visas, that choice comes with rules that do not apply to anyone else.</p>
<p>An H-1B employer must pay at least the wage stated in the labor condition application it filed, for the full-time or part-time schedule approved in the petition. If the employer keeps the worker on but sends them home for lack of work, a practice known as benching, the wage is still owed. Reducing a full-time H-1B worker to part time generally requires an amended petition first.</p>
<blockquote><p>You cannot furlough an H-1B worker the way you furlough everyone else. The law treats an unpaid, benched H-1B employee as a wage violation.</p></blockquote>
<p>There are other options. An employee may request unpaid leave for their own reasons, which does not trigger back wages. Employers may also lawfully end the employment, in which case they must notify the agency and offer to pay the cost of the worker's return trip home.</p>
<p>None of these choices is pleasant, and each has consequences for the worker's status. We strongly suggest that employers call before acting, and that affected workers ask for every decision in writing.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2020-03-26',
    slug: 'working-from-home-hours-breaks-expenses',
    title: 'Working from home: hours, breaks and the kitchen table',
    published: '2020-03-26T15:20:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Remote Work', 'Wage and Hour'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('laptop', 'A laptop set up on a kitchen table')}
<p>Ten days ago most of the employees we represent had never worked a day from home. Now tens of thousands of people in Los Angeles County are answering customer emails from their couches and holding meetings from their kitchens, and the wage and hour rules did not stay behind at the office.</p>
<p>Three rules to keep in mind:</p>
<ul><li><strong>Hours.</strong> Non-exempt employees must record all time worked, including the quick email at 9 p.m. An employer who knows work is happening must pay for it.</li><li><strong>Breaks.</strong> Meal and rest periods still apply. Employees should take them, and employers should not schedule calls over them.</li><li><strong>Expenses.</strong> If an employee must use a personal phone, internet connection or printer for work, the employer must reimburse a reasonable share of the cost.</li></ul>
<blockquote><p>The office moved into the living room, but the labor code came with it.</p></blockquote>
<p>We know many small employers are struggling to keep their doors open, and nobody planned for this. Flexibility on both sides will help. But a simple written policy now, telling employees how to log time, when to take breaks and how to claim expenses, will prevent a stack of claims next year.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2020-03-24',
    slug: 'consulates-suspend-routine-visa-appointments',
    title: 'Consulates suspend routine visa appointments',
    published: '2020-03-24T09:10:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('map', 'A world map with a travel route that stops short of its pin')}
<p>U.S. embassies and consulates around the world have suspended routine visa appointments because of the pandemic. Interviews that clients waited months for, in Ciudad Juárez, Manila, Mumbai and elsewhere, have been cancelled with no new date.</p>
<p>For families waiting for immigrant visas, this is a painful delay at the very end of a very long process. For workers and students who were planning to travel for visa stamps this spring, it is a reason to stay put.</p>
<blockquote><p>If you are in the United States and your status allows you to stay, stay. Leaving now may mean waiting abroad for months.</p></blockquote>
<p>A few practical notes:</p>
<ul><li>cancelled appointments will generally be rescheduled, but the consulates have not said when, so keep your contact information current;</li><li>emergency appointments may be available for urgent humanitarian or medical travel, and for some medical professionals;</li><li>if your authorized stay is about to expire and you cannot leave, an extension or change of status may be possible, but it must be filed before the stay ends.</li></ul>
<p>We are checking the status of each client with a pending consular case and will be in touch individually.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2020-03-17',
    slug: 'closing-the-office-what-employers-owe',
    title: 'Closing the office: what employers still owe',
    published: '2020-03-17T19:30:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Employment Law', 'Wage and Hour', 'Remote Work'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A calendar with the rest of the month blank')}
<p>Public health orders this week have closed dining rooms, gyms and many offices across the county, and today many of our clients locked their doors. We have spent the day on the phone with owners of restaurants, salons, dental offices and shops who all asked a version of the same question: what do I owe my employees now?</p>
<p>The answers depend on what happens next, but a few rules apply right away. Employees who are let go, even temporarily, must be paid all final wages, including accrued vacation, immediately. An employee who reported for work and was sent home may be owed reporting time pay. Employees who are sick, or caring for a sick family member, may use their accrued paid sick leave.</p>
<blockquote><p>If you can keep people on the payroll working from home, do. If you cannot, be honest with them, and pay them everything they have earned on the last day.</p></blockquote>
<p>Employees who lose work should apply for unemployment insurance right away; the state has waived the usual one-week waiting period. Those with reduced hours may qualify for partial benefits, and employers can consider the state's work sharing program instead of layoffs.</p>
<p>Congress is debating emergency paid leave legislation this week. We will write again when it passes.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2020-02-11',
    slug: 'what-to-bring-to-green-card-interview',
    title: 'What to bring to a green card interview',
    published: '2020-02-11T10:30:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Green Cards', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('passport', 'A passport, a folder and a boarding pass')}
<p>The interview notice arrives by mail, usually a few weeks ahead, and it sets off a small panic in most households: what exactly do we bring? Here is the list we give clients preparing for a marriage-based green card interview at the Los Angeles field office.</p>
<ul><li>the interview notice itself, both spouses' passports, and the petitioner's proof of citizenship or green card;</li><li>originals of every civil document filed with the application: birth certificates, the marriage certificate, and divorce decrees from any earlier marriages;</li><li>updated evidence of the life you share: recent joint bank statements, a current lease or mortgage, insurance policies naming each other, photographs from the last year;</li><li>recent tax returns and a letter from the petitioner's employer.</li></ul>
<blockquote><p>Bring originals and copies. The officer keeps the copies and hands back the originals; bring only originals and you may lose a birth certificate to a file you will never see again.</p></blockquote>
<p>Arrive early, dress as you would for a job interview, and answer questions directly. If you do not know an answer, say so. Couples are sometimes asked ordinary questions about daily life, not to trick them, but because real couples answer them easily.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2020-01-14',
    slug: 'what-changed-on-january-1',
    title: 'What changed on January 1, 2020',
    published: '2020-01-14T09:45:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Employment Law', 'Discrimination'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A new calendar opened to January')}
<p>January is when our clients discover which new laws actually made it into their handbooks. This year's list is long. These are the changes we have spent the most time explaining in the first two weeks.</p>
<ul><li><strong>Independent contractors.</strong> The new three-part test for who counts as an employee is now law, with a long list of exemptions that will be argued about for years.</li><li><strong>Hairstyles.</strong> Discrimination based on hair texture and protective styles such as braids, locks and twists is now a form of race discrimination.</li><li><strong>Lactation.</strong> Employers must provide a lactation space that is not a bathroom, close to the work area, with a place to sit and access to electricity.</li><li><strong>More time to file.</strong> Employees now have three years, instead of one, to file a discrimination complaint with the state.</li><li><strong>Minimum wage.</strong> The statewide rate went up again, and with it the salary an employee must earn to be exempt from overtime.</li></ul>
<blockquote><p>Each of these laws is reasonable on its own. Together they mean that every handbook written before 2019 is out of date.</p></blockquote>
<p>A law that would have banned mandatory arbitration agreements as a condition of employment was also scheduled to take effect, but a federal court has temporarily blocked it. We will follow that case closely.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  // ---------------------------------------------------------------- 2019
  {
    id: 'post-2019-11-19',
    slug: 'salary-history-questions-refresher',
    title: 'Salary history questions: a refresher for hiring managers',
    published: '2019-11-19T10:10:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Discrimination', 'Employment Law'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('handshake', 'A handshake across an interview table')}
<p>For almost two years, California employers have been barred from asking job applicants what they earned at their last job. We still meet hiring managers who have never heard of the rule, usually when a rejected applicant calls us.</p>
<p>The law is short. An employer may not ask, directly or through a recruiter, about an applicant's salary history, including benefits. It may not rely on salary history as a factor in deciding whether to hire someone or how much to offer. And when an applicant asks for the pay scale for the position, the employer must provide it.</p>
<blockquote><p>The question "what are you making now?" carries the old pay gap into the new job. That is exactly why the law took it off the table.</p></blockquote>
<p>Applicants may volunteer the information, and if they do so without being prompted, employers may consider it in setting pay. Employers may also ask what an applicant expects to earn, which is a different question and often a more useful one.</p>
<p>Our suggestion for interviewers: remove the salary field from your application forms, brief your recruiters, and replace the old question with "What salary range are you looking for?"</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2019-10-22',
    slug: 'court-blocks-public-charge-rule',
    title: 'Courts block the public charge rule days before it starts',
    published: '2019-10-22T11:45:00-07:00',
    updated: '2019-10-24T16:20:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Immigration', 'Green Cards', 'Court Decisions'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('courthouse', 'A courthouse with a triangular pediment and columns')}
<p>Earlier this month, federal judges in several states blocked a new rule that would have made it much harder for many immigrants to get green cards if they had used, or were thought likely to use, certain public benefits such as food assistance, housing vouchers or non-emergency Medicaid. The rule had been scheduled to take effect on October 15.</p>
<p>The rule frightened many families into dropping benefits they are legally entitled to, including benefits that were never part of the test at all, such as school lunches for U.S. citizen children. We have spoken to parents who stopped taking their children to clinics out of fear.</p>
<blockquote><p>Do not cancel benefits your family needs based on rumors. Ask first. Most of our clients were never affected by the rule, even before it was blocked.</p></blockquote>
<p>For now, green card applications continue to be judged under the older, narrower guidance, which considers only cash assistance and long-term institutional care. The government has appealed, and the rule could take effect later if the orders are overturned.</p>
<p><strong>Update, October 24:</strong> several readers asked whether benefits used by other household members count against an applicant. Under the current guidance they generally do not, but each case is different, and we are happy to review individual situations.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2019-08-06',
    slug: 'contractor-bill-heads-toward-a-vote',
    title: 'The contractor bill heads toward a vote',
    published: '2019-08-06T09:00:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Employment Law', 'Wage and Hour'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('documents', 'A draft bill with notes in the margin')}
<p>A bill that would write last year's landmark contractor decision from the state supreme court into the labor code is moving through the legislature, and it has become the most argued-about employment bill in years. Ride-hailing and delivery companies are lobbying hard for an exemption. Unions, and the drivers who have organized in parking lots across Los Angeles, are lobbying just as hard against one.</p>
<p>The bill would apply a three-part test. A worker is an employee unless the hiring company proves that the worker is free from its control, does work outside the usual course of its business, and is customarily engaged in an independent trade or business.</p>
<blockquote><p>"For five years I have been told I am my own boss. My own boss would let me set my own prices," said Farid Nazari, who drives for two apps and has organized meetings of drivers in Koreatown.</p></blockquote>
<p>The bill already contains a long list of exemptions, for doctors, lawyers, real estate agents, hair stylists and others, and more may be added before the final vote. Each exemption sends those occupations back to the older, more flexible test.</p>
<p>If the bill passes, businesses that rely on contractors should start reviewing those relationships now. The test would apply to the wage orders, the labor code and unemployment insurance, and misclassification can be expensive.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2019-04-30',
    slug: 'glendale-nurses-vote-to-unionize',
    title: 'Nurses at a Glendale hospital vote to unionize',
    published: '2019-04-30T17:20:00-07:00',
    authorId: 'daniel-okafor',
    labels: ['Labor Unions'],
    html: `<p class="byline">by Teodora Lindqvist</p>
${figure('handshake', 'Two hands joined in a handshake')}
<p>Registered nurses at Verdugo Crest Medical Center in Glendale voted 412 to 261 last week to join a statewide nurses' union, ending a campaign that began two years ago with complaints about staffing on the hospital's telemetry unit.</p>
<p>The nurses said the vote was less about wages than about control over their shifts. Several described being assigned more patients than state ratios allow when colleagues called in sick, and being told to "make it work" when they objected.</p>
<blockquote><p>"We were not asking for a raise. We were asking for the right to say no when the assignment is unsafe, and to have someone behind us when we do," said Hyun-joo Park, a nurse on the telemetry unit for nine years.</p></blockquote>
<p>The hospital, which had urged nurses to vote no in a series of meetings and mailers, said it "respects the outcome" and would bargain in good faith. It has a week to file objections to the election with the labor board.</p>
<p>Reaching a first contract can take a year or more. During that time, the law requires the employer to keep wages and working conditions as they were unless it bargains with the union over changes, a rule that often surprises managers used to adjusting schedules freely.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2019-04-18',
    slug: 'warehouse-cited-over-blocked-exits',
    title: 'Warehouse cited over blocked exits and untrained forklift drivers',
    published: '2019-04-18T14:00:00-07:00',
    authorId: 'marisol-vega',
    labels: ['Workplace Safety'],
    html: `<p class="byline">by Caleb Ferreira</p>
${figure('factory', 'An industrial building with a sawtooth roof')}
<p>State safety inspectors have cited Rampart Home Goods, a furniture importer with a 300,000-square-foot warehouse in the City of Industry, for eleven violations, including blocked emergency exits and forklifts driven by workers who had never been trained to operate them. Proposed penalties total $186,300.</p>
<p>The inspection began in November after a forklift tipped while carrying a stack of sofas, pinning a worker's leg. The worker, a temporary employee supplied by a staffing agency, had been on the job for four days.</p>
<blockquote><p>"They handed me the keys on my second day and said watch the guy before you," the worker told inspectors, according to the citation documents. "That was the training."</p></blockquote>
<p>Both the warehouse operator and the staffing agency were cited. Under California law, a host employer and a staffing agency can both be responsible for the safety of a temporary worker, and both must make sure the worker is trained for the specific equipment used at the site.</p>
<p>Rampart has appealed the citations. A company representative said it had "implemented a comprehensive new training program" since the accident.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
  {
    id: 'post-2019-04-09',
    slug: 'h-1b-cap-season-first-week',
    title: 'H-1B cap season: lessons from the first week',
    published: '2019-04-09T08:35:00-07:00',
    authorId: 'marisol-vega',
    labels: ['H-1B Visas', 'Immigration'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('calendar', 'A calendar with the first week of April marked')}
<p>The filing window for this year's H-1B cap petitions closed last Friday, and as expected the agency received far more petitions than there are visas. A lottery will follow. For the first time, the order of the selection has been reversed: the general pool is drawn first, with holders of U.S. master's degrees included, and only then is the separate master's cap drawn from those left over. The change should modestly improve the chances of applicants with U.S. advanced degrees.</p>
<p>This year we filed complete petitions for seven clients, each one a stack of paper several inches thick, assembled in the last two weeks of March. Employers have been told that an electronic registration step will soon come first, so that only selected candidates will need full petitions.</p>
<blockquote><p>Seven petitions, seven overnight envelopes, and a receptionist who knows exactly what time the courier arrives.</p></blockquote>
<p>Lessons from this season:</p>
<ul><li>order evaluations of foreign degrees in January, not March;</li><li>start the labor condition application early, since it can take a week to be certified;</li><li>confirm that the candidate's student status and practical training will cover the gap until October 1.</li></ul>
<p>Receipt notices, or returned envelopes for those not selected, should arrive in the coming weeks.</p>
<p>For more information contact us at <a href="https://arroyo-immigration.example/">arroyo-immigration.example</a></p>`,
  },
  {
    id: 'post-2019-01-29',
    slug: 'after-the-shutdown-backlogs',
    title: 'After the shutdown: E-Verify and immigration court backlogs',
    published: '2019-01-29T13:05:00-08:00',
    authorId: 'daniel-okafor',
    labels: ['Immigration', 'Employment Law'],
    html: `<p class="byline">by Daniel Okafor</p>
${figure('courthouse', 'A government building with closed doors')}
<p>The longest federal government shutdown in the country's history ended on Friday, but its effects on the people we represent will last for months.</p>
<p>During the shutdown, the online system that employers use to confirm new hires' work authorization was unavailable. Employers could not open new cases, and employees who had received a mismatch notice could not resolve it. Now that the system is back, employers must create the cases they could not create during the shutdown, and the deadlines for employees to contest mismatches have been extended.</p>
<blockquote><p>No employer may fire or suspend a worker because a verification case could not be completed during the shutdown. That was true in December and it is true now.</p></blockquote>
<p>The immigration courts were hit harder. Hearings for people who are not in detention were cancelled across the country, including hundreds in Los Angeles. Those cases go to the back of dockets that were already years long. Some of our clients who had waited three years for a final hearing have been told to expect another two.</p>
<p>If you had a hearing scheduled during the shutdown, do not assume it was cancelled. Check the court's automated information line or ask your lawyer, and keep your address current with the court.</p>
<p>For more information contact us at <a href="https://okafor-law.example/">okafor-law.example</a></p>`,
  },
  {
    id: 'post-2019-01-15',
    slug: 'tip-pooling-and-service-charges',
    title: 'Tip pooling and service charges: where the money goes',
    published: '2019-01-15T09:30:00-08:00',
    authorId: 'marisol-vega',
    labels: ['Wage and Hour'],
    html: `<p class="byline">by Marisol Vega</p>
${figure('handshake', 'A handshake over a restaurant counter')}
<p>Restaurant workers ask us about tips more than any other wage question, and January, after the busiest month of the year, is when the questions peak. California's rules are stricter than federal law, and they are worth restating.</p>
<p>Tips belong to the employees who earn them. An employer, manager or supervisor may not take any part of a tip, and may not deduct credit card processing fees from tips left on a card. Employers may require a tip pool, but only among employees in the chain of service, and owners and managers who direct the work may not share in it.</p>
<blockquote><p>A tip is a gift to the workers, not revenue for the house. The law treats every dollar that way.</p></blockquote>
<p>Service charges are different. A mandatory "service fee" or "kitchen appreciation charge" added to the bill is not a tip, and the restaurant may keep it unless it tells customers otherwise. Customers are understandably confused, and some cities are considering rules that would require such charges to be clearly explained.</p>
<p>Workers who believe tips are being withheld should keep their own daily records of card tips and cash tips, and compare them with their pay stubs. Claims for unpaid tips can be filed with the Labor Commissioner.</p>
<p>For more information contact us at <a href="https://arroyo-employment.example/">arroyo-employment.example</a></p>`,
  },
];
