// The synthetic news corpus for the benchmark: news-like English with the features the analysis looks for
// (people with titles, organisations, places, money figures, quotes with attribution, datelines, bylines and
// the odd piece of page chrome). Deterministic: article i of seed s is the same text everywhere.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './prng';
import {
  ADJECTIVES, AGENCIES, COMPANIES, FIRST_NAMES_F, FIRST_NAMES_M, HEADLINE_VERBS, INSTITUTIONS, MONTHS, MONTHS_AP,
  PLACES, REPORTERS, ROLES, SURNAMES, TEASERS, TITLES_BY_TOPIC, TOPICS, Topic, WEEKDAYS,
} from './words';

/** Bump when the generator changes, so an old corpus on disk is regenerated rather than reused. */
export const CORPUS_VERSION = 2;

interface Person {
  first: string;
  last: string;
  /** Title before the name ("Finance Minister"), or '' when the person is introduced by a role instead. */
  title: string;
  /** Role after the name ("an economist at Kestrel Bank"), used when title is ''. */
  role: string;
  pronoun: 'he' | 'she';
  honorific: string;
  introduced: boolean;
}

interface Org {
  full: string;
  short: string;
  introduced: boolean;
}

type Place = (typeof PLACES)[number];

/** Generates one article. A fresh instance per article keeps articles independent of each other. */
class ArticleWriter {
  private readonly people: Person[] = [];
  private readonly orgs: Org[] = [];
  private readonly companies: string[];
  private readonly home: Place;
  private readonly abroad: Place[];
  private readonly topic: Topic;
  private readonly curly: boolean;
  /** New York Times style "Ms. Okafor" on later mentions, rather than wire style "Okafor". */
  private readonly honorifics: boolean;
  private readonly year: number;
  private readonly month: number;

  constructor(private readonly rng: Rng) {
    this.topic = rng.pick(TOPICS);
    this.home = rng.pick(PLACES);
    this.abroad = rng.sample(PLACES.filter((p) => p !== this.home), 3);
    this.curly = rng.chance(0.5);
    this.honorifics = rng.chance(0.25);
    this.year = rng.int(2019, 2025);
    this.month = rng.int(0, 11);
    this.companies = rng.sample(COMPANIES, rng.int(2, 4));
    const titles = TITLES_BY_TOPIC[this.topic.name];
    const surnames = rng.sample(SURNAMES, 6);
    for (let i = 0; i < surnames.length; i++) {
      const female = rng.chance(0.5);
      const titled = i < 3 ? rng.chance(0.8) : rng.chance(0.2);
      const title = titled ? rng.pick(titles) : '';
      this.people.push({
        first: rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M),
        last: surnames[i],
        title,
        role: rng.pick(ROLES).replace('{org}', rng.pick(this.companies)),
        pronoun: female ? 'she' : 'he',
        honorific: title === 'Dr.' ? 'Dr.' : female ? 'Ms.' : 'Mr.',
        introduced: false,
      });
    }
    for (const [full, short] of rng.sample(INSTITUTIONS, rng.int(2, 4))) this.orgs.push({ full, short, introduced: false });
  }

  write(targetWords: number): string {
    const rng = this.rng;
    const lines: string[] = [];
    let words = 0;
    const add = (line: string): void => {
      lines.push(line);
      words += countWords(line);
    };

    if (rng.chance(0.03)) lines.push(rng.pick(['Skip to main content', 'Skip to content', 'Menu']));
    add(this.headline());
    if (rng.chance(0.7)) add(this.byline());
    if (rng.chance(0.6)) add(this.dateLine());
    if (rng.chance(0.15)) add(this.imageCredit());
    add(this.lead());

    const teaserAt = rng.chance(0.2) ? rng.int(3, 8) : -1;
    const advertAt = rng.chance(0.1) ? rng.int(4, 10) : -1;
    const newsletterAt = rng.chance(0.05) ? rng.int(2, 6) : -1;
    let paragraph = 0;
    while (words < targetWords) {
      paragraph++;
      if (paragraph === teaserAt) lines.push(`${rng.pick(['Read more', 'Read also', 'Related', 'See also'])}: ${rng.pick(TEASERS)}`);
      if (paragraph === advertAt) lines.push(rng.pick(['Advertisement', 'Story continues below advertisement', 'ADVERTISEMENT']));
      if (paragraph === newsletterAt) lines.push('Sign up for our Morning Briefing newsletter to get the day\'s top stories');
      add(this.paragraph());
    }
    if (rng.chance(0.3)) lines.push(this.credits());
    if (rng.chance(0.15)) lines.push(rng.pick(['Share story', 'Share this article', 'Share', 'Copy link']));

    const separator = rng.chance(0.15) ? '\n' : '\n\n';
    let text = lines.join(separator) + '\n';
    if (rng.chance(0.05)) text = text.replace(/\n/g, '\r\n');
    return text;
  }

  // ---- furniture -------------------------------------------------------------------------------------------

  private headline(): string {
    const rng = this.rng;
    switch (rng.int(0, 3)) {
      case 0:
        return `${this.home.city} ${rng.pick(this.topic.headlineNouns)} ${rng.pick(HEADLINE_VERBS)} as ${titleCase(rng.pick(this.topic.nouns))} ${rng.pick(['Bite', 'Loom', 'Shift', 'Stall'])}`;
      case 1:
        return `${this.people[0].last} ${rng.pick(['Defends', 'Unveils', 'Rejects', 'Backs', 'Scraps'])} ${rng.pick(this.topic.headlineNouns)} ${rng.pick(['Plan', 'Deal', 'Overhaul', 'Proposal'])}`;
      case 2:
        return `${this.companies[0]} ${rng.pick(['Sets', 'Eyes', 'Strikes', 'Weighs'])} ${this.rawMoney(false)} ${rng.pick(['Deal', 'Bid', 'Investment', 'Sale'])}`;
      default:
        return `${titleCase(rng.pick(this.topic.nouns))} ${rng.pick(['in Focus', 'Under Pressure', 'at a Crossroads', 'Takes Centre Stage'])} in ${this.home.country.replace(/^the /, '')}`;
    }
  }

  private byline(): string {
    const rng = this.rng;
    const name = (): string => `${rng.pick(rng.chance(0.5) ? FIRST_NAMES_F : FIRST_NAMES_M)} ${rng.pick(REPORTERS)}`;
    switch (rng.int(0, 3)) {
      case 0:
        return `By ${name()}`;
      case 1:
        return `By ${name()} and ${name()}`;
      case 2:
        return `By ${name()}, ${rng.pick(['Economics Correspondent', 'Political Editor', 'Reuters', 'Staff Writer', 'in ' + this.home.city])}`;
      default:
        return `By ${name().toUpperCase()}`;
    }
  }

  private dateLine(): string {
    const rng = this.rng;
    const day = rng.int(1, 28);
    const time = `${rng.int(1, 12)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    switch (rng.int(0, 4)) {
      case 0:
        return `${MONTHS[this.month]} ${day}, ${this.year}`;
      case 1:
        return `Published: ${day} ${MONTHS[this.month]} ${this.year}, ${time} GMT`;
      case 2:
        return `Updated ${MONTHS_AP[this.month]} ${day}, ${this.year} at ${time} ${rng.pick(['a.m.', 'p.m.'])} EDT`;
      case 3:
        return `${this.year}-${String(this.month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      default:
        return `${rng.pick(WEEKDAYS)}, ${MONTHS[this.month]} ${day}, ${this.year}`;
    }
  }

  private imageCredit(): string {
    const rng = this.rng;
    const photographer = `${rng.pick(FIRST_NAMES_M.concat(FIRST_NAMES_F))} ${rng.pick(SURNAMES)}`;
    return rng.pick([
      `Photo: Reuters/${photographer}`,
      `(Photo by ${photographer}/AFP via Getty Images)`,
      `Image credit: ${photographer}/Bloomberg`,
      `${photographer}/AP Photo`,
    ]);
  }

  private credits(): string {
    const rng = this.rng;
    const reporter = (): string => `${rng.pick(FIRST_NAMES_F.concat(FIRST_NAMES_M))} ${rng.pick(REPORTERS)}`;
    return `(Reporting by ${reporter()} in ${this.home.city}; Additional reporting by ${reporter()}; Editing by ${reporter()})`;
  }

  private lead(): string {
    const rng = this.rng;
    const agency = rng.pick(AGENCIES);
    const dash = this.curly ? '—' : rng.pick(['-', '--']);
    let dateline: string;
    switch (rng.int(0, 3)) {
      case 0:
        dateline = `${this.home.dateline} (${agency}) ${dash} `;
        break;
      case 1:
        dateline = `${this.home.dateline}, ${MONTHS_AP[this.month]} ${rng.int(1, 28)} (${agency}) ${dash} `;
        break;
      case 2:
        dateline = `${this.home.dateline} ${dash} `;
        break;
      default:
        dateline = '';
    }
    return dateline + this.sentences(rng.int(1, 2), LEADS);
  }

  private paragraph(): string {
    const rng = this.rng;
    const roll = rng.next();
    if (roll < 0.3) return this.quoteParagraph();
    return this.sentences(rng.int(1, 3), BODY);
  }

  /** Templates already used in this article: a few re-draws keep one article from repeating itself much. */
  private readonly used = new Set<(w: ArticleWriter) => string>();

  private sentences(count: number, templates: Array<(w: ArticleWriter) => string>): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      let template = this.rng.pick(templates);
      for (let retry = 0; retry < 3 && this.used.has(template); retry++) template = this.rng.pick(templates);
      this.used.add(template);
      out.push(cap(template(this)));
    }
    return out.join(' ');
  }

  private quoteParagraph(): string {
    const rng = this.rng;
    const p = this.person();
    const [open, close] = this.curly ? ['“', '”'] : ['"', '"'];
    const q = (): string => cap(rng.pick(this.topic.quoteClauses.concat(GENERIC_QUOTES)));
    const firstMention = !p.introduced;
    const full = this.fullName(p);
    const short = this.shortName(p);
    switch (rng.int(0, 6)) {
      case 0:
        return `${open}${q()},${close} said ${firstMention && p.title === '' ? `${full}, ${p.role}` : full}.`;
      case 1:
        return `${open}${q()}. ${q()},${close} ${firstMention ? full : short} said.`;
      case 2:
        return `${firstMention ? full : short} said: ${open}${q()}.${close}`;
      case 3:
        return `${open}${q()},${close} ${firstMention ? full : p.pronoun} told reporters in ${this.home.city} on ${rng.pick(WEEKDAYS)}. ${open}${q()}.${close}`;
      case 4:
        return `${firstMention ? full : short} described ${rng.pick(this.topic.nouns)} as ${open}${rng.pick(['deeply worrying', 'a turning point', 'long overdue', 'a mistake', 'manageable'])}${close}, adding that ${rng.pick(this.topic.quoteClauses)}.`;
      case 5:
        return `In a statement, ${this.org()} said ${rng.pick(this.topic.quoteClauses)}. ${open}${q()},${close} it said.`;
      default:
        return `${open}${q()},${close} ${firstMention ? full : short} said in an interview, declining to give a timetable.`;
    }
  }

  // ---- slots used by the templates ----------------------------------------------------------------------------

  /** A person, biased towards those already in the story. */
  person(): Person {
    const introduced = this.people.filter((p) => p.introduced);
    if (introduced.length > 0 && this.rng.chance(0.65)) return this.rng.pick(introduced);
    return this.rng.pick(this.people);
  }

  fullName(p: Person): string {
    p.introduced = true;
    return p.title ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}`;
  }

  shortName(p: Person): string {
    return this.honorifics ? `${p.honorific} ${p.last}` : p.last;
  }

  /** A person as the subject of a sentence: full name with title (or role) the first time, surname later. */
  who(): string {
    const p = this.person();
    if (p.introduced) return this.rng.chance(0.15) ? p.pronoun : this.shortName(p);
    if (p.title) return this.fullName(p);
    return `${this.fullName(p)}, ${p.role},`;
  }

  /** An institution: "the International Monetary Fund (IMF)" on first mention, "the IMF" later. */
  org(): string {
    const o = this.rng.pick(this.orgs);
    if (!o.introduced) {
      o.introduced = true;
      return /^[A-Z]{2,}|^[A-Z][a-z]*[A-Z]/.test(o.short) ? `${o.full} (${o.short})` : o.full;
    }
    return /^[A-Z]/.test(o.short) && !/^(?:World Bank|Commission|Fed)$/.test(o.short) ? `the ${o.short}` : o.full;
  }

  company(): string {
    return this.rng.pick(this.companies);
  }

  city(): string {
    return this.rng.chance(0.6) ? this.home.city : this.rng.pick(this.abroad).city;
  }

  country(): string {
    return this.rng.chance(0.6) ? this.home.country : this.rng.pick(this.abroad).country;
  }

  /** Two different countries joined by "and". */
  countries(): string {
    const [a, b] = this.rng.sample([this.home, ...this.abroad], 2);
    return `${a.country} and ${b.country}`;
  }

  noun(): string {
    return this.rng.pick(this.topic.nouns);
  }

  spending(): string {
    return this.rng.pick(this.topic.spending);
  }

  action(): string {
    return this.rng.pick(this.topic.actions);
  }

  adj(): string {
    return this.rng.pick(ADJECTIVES);
  }

  day(): string {
    return this.rng.pick(WEEKDAYS);
  }

  pct(): string {
    const value = this.rng.chance(0.5) ? this.rng.int(1, 12) : this.rng.int(1, 99) / 10;
    return this.rng.chance(0.8) ? `${value}%` : `${value} percent`;
  }

  count(): string {
    const n = this.rng.int(2, 9500);
    return n >= 1000 ? n.toLocaleString('en-US') : String(n);
  }

  when(): string {
    const rng = this.rng;
    return rng.pick([
      `on ${this.day()}`, `last ${this.day()}`, `earlier this month`, `in ${MONTHS[rng.int(0, 11)]}`, `last year`,
      `in the first quarter`, `on ${this.day()} evening`, `in ${MONTHS_AP[rng.int(0, 11)]} ${this.year - rng.int(0, 2)}`,
    ]);
  }

  whenNext(): string {
    const rng = this.rng;
    return rng.pick([
      `next ${this.day()}`, `later this month`, `in ${MONTHS[rng.int(0, 11)]}`, `next year`, `within weeks`,
      `in the second half of the year`, `by the end of ${this.year + rng.int(0, 5)}`,
    ]);
  }

  /** Household-sized sums: "$1,200", "£350", "€2,500". */
  smallMoney(): string {
    const rng = this.rng;
    const amount = rng.chance(0.5) ? rng.int(50, 950) : rng.int(1, 25) * 100;
    const text = amount.toLocaleString('en-US');
    return `${rng.pick(['$', '£', '€', 'US$', this.home.currency.length <= 2 ? this.home.currency : '$'])}${text}`;
  }

  /** A money figure in one of the many shapes news uses, local currency often with a dollar conversion. */
  money(): string {
    const rng = this.rng;
    const local = this.home.currency;
    if (local !== '$' && rng.chance(0.3)) {
      const scale = rng.pick(['million', 'billion', 'billion']);
      const value = rng.chance(0.5) ? rng.int(2, 950) : rng.int(11, 999) / 10;
      const dollars = formatDollars(value * (scale === 'million' ? 1e6 : 1e9) * (USD_RATES[local] ?? 1));
      const about = rng.pick(['about ', 'roughly ', '', 'around ']);
      if (/^[a-z]+$/.test(local)) return `${value} ${scale} ${local} (${about}${dollars})`;
      return `${local}${local.length > 2 ? ' ' : ''}${value} ${scale} (${about}${dollars})`;
    }
    return this.rawMoney(true);
  }

  rawMoney(allowRange: boolean): string {
    const rng = this.rng;
    const symbol = rng.pick(['$', '$', '$', '€', '£', 'US$', '¥']);
    if (allowRange && rng.chance(0.08)) return `between ${symbol}${rng.int(1, 4)}bn and ${symbol}${rng.int(5, 9)}bn`;
    switch (rng.int(0, 5)) {
      case 0:
        return `${symbol}${rng.int(1, 99)}.${rng.int(1, 9)}bn`;
      case 1:
        return `${symbol}${rng.int(2, 900)}m`;
      case 2:
        return `${symbol}${rng.int(10, 999).toLocaleString('en-US')},000`;
      case 3:
        return rng.chance(0.5) ? `${rng.int(2, 80)} million euros` : `${rng.int(2, 90)} billion yen`;
      default:
        return `${symbol}${this.amount()}`;
    }
  }

  /** "1.5 billion", "250 million", "3 trillion". */
  private amount(): string {
    const rng = this.rng;
    const scale = rng.pick(['million', 'million', 'billion', 'billion', 'billion', 'trillion']);
    const whole = scale === 'trillion' ? rng.int(1, 9) : rng.int(1, 950);
    return rng.chance(0.5) ? `${whole}.${rng.int(1, 9)} ${scale}` : `${whole} ${scale}`;
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  apostrophe(): string {
    return this.curly ? '’' : "'";
  }
}

const GENERIC_QUOTES = [
  'we have been very clear about this from the start', 'it is too early to say what the impact will be',
  'there is a lot of uncertainty out there', 'I think people understand what is at stake',
  'we will look at all the options', 'this is a good day for the country', 'frankly, it has taken far too long',
  'we are not there yet', 'nobody expected it to move this quickly', 'the details still have to be worked out',
];

const LEADS: Array<(w: ArticleWriter) => string> = [
  (w) => `${w.who()} said ${w.when()} the government would spend ${w.money()} on ${w.spending()} over the next ${w.count().length > 2 ? 'five' : 'three'} years, in a bid to ease pressure on ${w.noun()}.`,
  (w) => `${w.company()} agreed to ${w.action()} its ${w.spending()} business in a deal worth ${w.money()}, the company said ${w.when()}, ending months of speculation.`,
  (w) => `${w.noun()} ${w.pct().startsWith('1') ? 'rose' : 'fell'} ${w.pct()} ${w.when()}, ${w.org()} said, a ${w.adj()} move that puts fresh pressure on policymakers in ${w.city()}.`,
  (w) => `${w.who()} faced mounting criticism ${w.when()} over plans to ${w.action()} ${w.noun()}, as officials in ${w.city()} warned the cost could exceed ${w.money()}.`,
  (w) => `Lawmakers in ${w.country()} voted to ${w.action()} ${w.noun()} ${w.when()}, clearing the way for a ${w.rawMoney(false)} package that ${w.who()} has championed.`,
];

const BODY: Array<(w: ArticleWriter) => string> = [
  (w) => `${w.org()} said ${w.when()} it would ${w.action()} ${w.noun()}, a ${w.adj()} shift from its earlier stance.`,
  (w) => `The ${w.adj()} plan, valued at ${w.money()}, is expected to be finalised ${w.whenNext()}.`,
  (w) => `Analysts at ${w.company()} expect ${w.noun()} to climb ${w.pct()} this year, up from an earlier forecast of ${w.pct()}.`,
  (w) => `${w.who()} is due to meet officials from ${w.org()} in ${w.city()} next week to discuss ${w.noun()}.`,
  (w) => `Shares of ${w.company()} fell ${w.pct()} in early trading in ${w.city()} after the company cut its full-year outlook.`,
  (w) => `The company reported a net profit of ${w.money()} for the quarter, compared with ${w.rawMoney(false)} a year earlier.`,
  (w) => `${w.who()} did not immediately respond to a request for comment.`,
  (w) => `In ${w.country()}, about ${w.count()} people ${w.pick(['took to the streets', 'lost their jobs', 'signed a petition', 'were affected'])} ${w.when()}, according to ${w.org()}.`,
  (w) => `The government has already set aside ${w.money()} for ${w.spending()}, though critics say that is not enough.`,
  (w) => `${w.who()} told parliament that ${w.noun()} would remain a priority, but gave no details on how the ${w.money()} shortfall would be covered.`,
  (w) => `Data published ${w.when()} by ${w.org()} showed ${w.noun()} running at ${w.pct()}, the highest level since ${w.count().slice(0, 1) === '1' ? '2008' : '2015'}.`,
  (w) => `Under the proposal, ${w.company()} would invest ${w.money()} in ${w.spending()} and create around ${w.count()} jobs.`,
  (w) => `${w.who()} was among the critics who argued the measures would do little to address ${w.noun()}.`,
  (w) => `${w.org()} estimated the total cost at ${w.money()}.`,
  (w) => `It was not immediately clear whether ${w.company()} would ${w.action()} ${w.spending()} as well.`,
  (w) => `${w.who()} has said ${w.pick(['repeatedly', 'in the past', 'several times', 'privately'])} that ${w.country()} cannot afford to ${w.action()} ${w.noun()}.`,
  (w) => `Investors will be watching ${w.noun()} closely when markets reopen in ${w.city()} ${w.whenNext()}.`,
  (w) => `The talks in ${w.city()} ended without agreement, and a new round is expected ${w.whenNext()}.`,
  (w) => `${w.company()}${w.apostrophe()}s chief executive told analysts the group had spent ${w.money()} on ${w.spending()} since ${w.count().length > 3 ? '2019' : '2021'}.`,
  (w) => `According to a report by ${w.org()}, ${w.noun()} could cost the economy ${w.money()} a year by 2030.`,
  (w) => `The move follows a ${w.adj()} rise in ${w.noun()}, which climbed ${w.pct()} ${w.when()}.`,
  (w) => `Some ${w.count()} households in ${w.city()} would be eligible for support worth up to ${w.smallMoney()} each, officials said.`,
  (w) => `${w.who()} has been in office since ${w.count().length > 3 ? '2020' : '2017'} and faces re-election ${w.whenNext()}.`,
  (w) => `A spokesperson for ${w.company()} declined to comment on the figures.`,
  (w) => `The U.S. Treasury and ${w.org()} are expected to publish their own estimates ${w.whenNext()}.`,
  (w) => `Opposition parties in ${w.country()} have called for an inquiry into ${w.noun()}, saying the public deserved answers.`,
  (w) => `Last year, ${w.country()} agreed a ${w.money()} loan with ${w.org()} in exchange for ${w.pick(['spending cuts', 'tax reforms', 'a review of subsidies', 'new audit rules'])}.`,
  (w) => `${w.who()} said the figure of ${w.money()} was ${w.pick(['misleading', 'a rough estimate', 'likely to rise', 'under review'])}.`,
  (w) => `The deal still needs approval from regulators in ${w.countries()}.`,
  (w) => `At ${w.pct()}, ${w.noun()} remains well above the target set by ${w.org()}.`,
  (w) => `Mr. and Mrs. ${w.pick(SURNAMES)}, who run a small business in ${w.city()}, said their costs had risen by ${w.smallMoney()} in a year.`,
  (w) => `${w.noun()} has become a central issue ahead of the vote, with polls showing ${w.pct()} of voters see it as a top concern.`,
  (w) => `Economists polled by ${w.pick(AGENCIES)} had expected a figure of ${w.pct()}.`,
  (w) => `Despite the ${w.adj()} setback, ${w.company()} said it still expected to ${w.action()} ${w.spending()} ${w.whenNext()}.`,
  (w) => `${w.who()} is expected to set out further details ${w.whenNext()}, according to two people familiar with the matter who asked not to be named.`,
];

/** Dollars per unit of each local currency, roughly; only so that conversions in brackets look plausible. */
const USD_RATES: Record<string, number> = {
  '£': 1.27, '€': 1.08, '¥': 0.0067, yuan: 0.14, rupees: 0.012, shillings: 0.0077, naira: 0.00065, rand: 0.054,
  R$: 0.2, pesos: 0.058, C$: 0.73, A$: 0.66, S$: 0.74, dirhams: 0.27, CHF: 1.12, won: 0.00075, rupiah: 0.000063,
  lira: 0.031, zlotys: 0.25, crowns: 0.093,
};

function formatDollars(amount: number): string {
  const scales: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [unit, name] of scales) {
    if (amount >= unit) {
      const value = amount / unit;
      return `$${value >= 100 ? Math.round(value) : Math.round(value * 10) / 10} ${name}`;
    }
  }
  return `$${(Math.round(amount / 1000) * 1000).toLocaleString('en-US')}`;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})(\p{L}*)/gu, (whole, before: string, first: string, rest: string) =>
    before !== '' && /^(?:the|of|and|in|on|a|an|for)$/.test(first + rest) ? whole : before + first.toUpperCase() + rest);
}

function cap(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** One article's text, deterministic in (seed, index). About `meanWords` words. */
export function generateArticle(seed: string, index: number, meanWords = 800): string {
  const rng = new Rng(`${seed}#${index}`);
  const target = Math.max(300, Math.round(rng.normal(meanWords, meanWords * 0.12)));
  return new ArticleWriter(rng).write(target);
}

export interface CorpusOptions {
  dir: string;
  seed: string;
  count: number;
  meanWords: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Corpus {
  dir: string;
  files: string[];
  reused: boolean;
  bytes: number;
  words: number;
}

interface Manifest {
  version: number;
  seed: string;
  count: number;
  meanWords: number;
  bytes: number;
  words: number;
}

export function articleFileName(index: number): string {
  return `article-${String(index).padStart(5, '0')}.article`;
}

/**
 * Writes the corpus to `dir` unless a complete corpus with the same version, seed, count and size is already
 * there. The manifest sits next to the folder, not in it, so the server's workspace scan never sees it; it is
 * written last, so an interrupted generation is never mistaken for a complete one.
 */
export function ensureCorpus(options: CorpusOptions): Corpus {
  const { dir, seed, count, meanWords } = options;
  const manifestPath = `${dir}.manifest.json`;
  const files = Array.from({ length: count }, (_, i) => join(dir, articleFileName(i)));
  if (existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      const present = new Set(readdirSync(dir));
      if (
        manifest.version === CORPUS_VERSION && manifest.seed === seed && manifest.count === count &&
        manifest.meanWords === meanWords && present.size === count && files.every((_, i) => present.has(articleFileName(i)))
      ) {
        return { dir, files, reused: true, bytes: manifest.bytes, words: manifest.words };
      }
    } catch {
      // Unreadable manifest or folder: regenerate below.
    }
  }
  rmSync(manifestPath, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < count; i++) {
    const text = generateArticle(seed, i, meanWords);
    const buffer = Buffer.from(text, 'utf8');
    writeFileSync(files[i], buffer);
    bytes += buffer.length;
    words += countWords(text);
    options.onProgress?.(i + 1, count);
  }
  const manifest: Manifest = { version: CORPUS_VERSION, seed, count, meanWords, bytes, words };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return { dir, files, reused: false, bytes, words };
}
