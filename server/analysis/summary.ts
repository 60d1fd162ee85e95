// summarize(model) → ArticleSummary: the small set of facts other articles are checked against. Workspace
// features read summaries, never another article's text, so that the index stays small and a change to one
// article only replaces one summary.
import { ArticleModel, countWords, Entity, EntityType, MoneyFigure, Quote } from './article';
import { LineIndex, ownCopy, Span } from './text';

export { ownCopy };

/** A title or role given to a person in one article, once per distinct title. */
export interface RoleSummary {
  title: string;
  placement: 'before' | 'apposition';
}

/** One entity of an article as the index holds it, unpacked on demand by entitiesOf / entityIn. */
export interface EntitySummary {
  /** Its place in the article's entity list (what mentionRangesOf needs). */
  index: number;
  /** Canonical name: the key that makes entities of different articles one entity in the index. */
  name: string;
  type: EntityType;
  /** Other forms the article uses ("Mnuchin", "Mr. Mnuchin"). */
  aliases: readonly string[];
  /** Names in other scripts ("習近平"). */
  nativeNames: readonly string[];
  roles: readonly RoleSummary[];
  /** How many mentions this article makes of it. */
  mentions: number;
}

/**
 * What the index keeps of an article. 10,000 articles name ~230,000 entities and ~550,000 mentions: as objects
 * (an object per entity, an array per alias list, an object per role) they held ~60 MB, so the entities are
 * packed into two fields and unpacked on demand (entitiesOf, entityIn, mentionRangesOf):
 * - `names`: entity by entity, the canonical name, the aliases, the names in other scripts and the role titles
 *   (the index shares one copy of each string between all articles);
 * - `packed`: the numbers (see packEntities) as a string of small character codes, one byte a number in most
 *   cases, which costs less than a typed array and crosses from a worker thread as one copy.
 */
export interface ArticleSummary {
  /** The headline, or the first words of the article where it has none. */
  title: string;
  words: number;
  paragraphs: number;
  quotes: number;
  moneyFigures: number;
  chromeLines: number;
  dateline?: string;
  byline?: string;
  /** How many entities the article names. */
  entityCount: number;
  names: string[];
  packed: string;
  /**
   * Statements and partial quotes, packed as the entities are (see packQuotes): their speakers one after the other
   * (shared between articles like the names), their first words joined by line breaks in one string, and
   * `quotesPacked`, quote by quote: start line (from the previous quote's), character, end line (from the start
   * line), end character, kind × 2 + 1 where the first words were cut, speaker count.
   */
  quoteSpeakers: string[];
  quoteOpenings: string;
  quotesPacked: string;
  /**
   * The money figures, packed like the quotes (see packMoney), figure by figure: start line (from the previous
   * figure's), character, end line (from the start line), end character, the ISO code's three letters, the
   * amount as digits × 10^(exponent − 32), and (1 + the index of its conversion partner, or 0) × 2 + 1 for a range.
   */
  moneyPacked: string;
}

/** A statement or partial quote of an article as the index holds it (see quotesOf). */
export interface QuoteSummary {
  start: { line: number; character: number };
  end: { line: number; character: number };
  kind: 'statement' | 'partial';
  /** Canonical names or one description, as Quote.speakers; empty when unknown. */
  speakers: readonly string[];
  /** The first words inside the marks, without them ("We are disappointed the…"). */
  firstWords: string;
  /** Its fingerprint (see quotePrint), for quotes of at least MIN_PRINT_WORDS words. */
  print?: QuotePrint;
}

/**
 * What the workspace compares quotes by (quote-speaker-conflict, quote-wording-conflict), 13 bytes a quote:
 * - `hash`: a 32-bit FNV-1a hash of the normalised words (case, punctuation and quote marks folded), for the same
 *   statement;
 * - `minhash`: eight 8-bit minhashes of the set of normalised words (one character each), for nearly the same
 *   words: two quotes agree on each with the chance of their words' Jaccard similarity;
 * - `words`: how many normalised words.
 */
export interface QuotePrint {
  hash: number;
  minhash: string;
  words: number;
}

/** A money figure of an article as the index holds it (see moneyOf). */
export interface MoneySummary {
  start: { line: number; character: number };
  end: { line: number; character: number };
  /** ISO 4217 code. */
  currency: string;
  /** The value (a range's lower bound). */
  amount: number;
  range: boolean;
  /** Index (in moneyOf's list) of the other half of a conversion pair. */
  pairedWith?: number;
}

export interface MentionRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
  /** The mention's text as one of entityForms(entity), or undefined when it is none of them. */
  text: string | undefined;
}

export const NONE: readonly never[] = Object.freeze([]);

const TITLE_WORDS = 12;
const QUOTE_WORDS = 6;
/** Shorter quotes ("a turning point") are stock phrases as often as statements: they get no fingerprint. */
export const MIN_PRINT_WORDS = 6;
const MINHASHES = 8;
const QUOTE_KINDS: ReadonlyArray<QuoteSummary['kind']> = ['statement', 'partial'];
/** Longer first-mention sentences are cut to a window around the mention. */
const MAX_SENTENCE = 200;
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
const PLACEMENTS: ReadonlyArray<RoleSummary['placement']> = ['before', 'apposition'];

export function summarize(model: ArticleModel): ArticleSummary {
  const { text } = model;
  const body = model.paragraphs.find((p) => p.role === 'body');
  const title = model.headline
    ? text.slice(model.headline.start, model.headline.end)
    : body ? firstWords(text.slice(body.start, body.end), TITLE_WORDS) : '';
  const { names, packed, entityCount } = packEntities(model);
  const quotes = model.quotes.filter(countsAsQuote);
  // Named, not spread into the object: a spread in the middle of a literal copies its properties one by one.
  const { quoteSpeakers, quoteOpenings, quotesPacked } = packQuotes(model, quotes);
  return {
    title: ownCopy(title),
    words: countWords(model),
    paragraphs: model.paragraphs.filter((p) => p.role === 'body').length,
    quotes: quotes.length,
    moneyFigures: model.money.length,
    chromeLines: model.chrome.length,
    dateline: model.dateline && ownCopy(text.slice(model.dateline.start, model.dateline.end)),
    byline: model.byline && ownCopy(text.slice(model.byline.start, model.byline.end)),
    entityCount,
    names,
    packed,
    quoteSpeakers,
    quoteOpenings,
    quotesPacked,
    moneyPacked: packMoney(model),
  };
}

/** Statements and partial quotes are quotes; names and scare quotes in quote marks are not (the annotation contract). */
export function countsAsQuote(quote: Quote): quote is Quote & { kind: QuoteSummary['kind'] } {
  return quote.kind === 'statement' || quote.kind === 'partial';
}

/** “first words…” of a quote, without its marks or a trailing comma: what lists and the outline show. */
export function quoteOpening(model: ArticleModel, quote: Quote): string {
  const { words, cut } = openingWords(model, quote);
  return cut ? `${words}…` : words;
}

/**
 * The first QUOTE_WORDS words inside the quote's marks, joined by single spaces, without trailing commas, semicolons
 * or colons, and whether it has more. Read straight from the text, a character code at a time: summarising
 * trimmed, split and joined every quote whole with regular expressions, ~15 % of a summary's time.
 */
function openingWords(model: ArticleModel, quote: Quote): { words: string; cut: boolean } {
  const { text } = model;
  let start = quote.start;
  let end = quote.end;
  while (start < end && (isSpace(text.charCodeAt(start)) || OPENING_MARKS.includes(text[start]!))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || CLOSING_MARKS.includes(text[end - 1]!))) end--;
  let words = '';
  let count = 0;
  for (let at = start; at < end; ) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    if (at === end) break;
    const wordStart = at;
    while (at < end && !isSpace(text.charCodeAt(at))) at++;
    if (++count > QUOTE_WORDS) break;
    words += (count > 1 ? ' ' : '') + text.slice(wordStart, at);
  }
  let kept = words.length;
  while (kept > 0 && TRAILING_PUNCTUATION.includes(words[kept - 1]!)) kept--;
  return { words: words.slice(0, kept), cut: count > QUOTE_WORDS };
}

/** What is trimmed off a quote's start and end before its first words are taken (besides white space). */
const OPENING_MARKS = '“”"‘’\'«»‹›„';
const CLOSING_MARKS = '“”"‘’\'«»‹›';
const TRAILING_PUNCTUATION = ',;:';

/** JavaScript's white space (\s): spaces, tabs, line breaks and the Unicode space separators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The ellipsis of a cut opening is a flag, not a character: one "…" would make the whole string two bytes a character. */
function packQuotes(model: ArticleModel, quotes: Quote[]): Pick<ArticleSummary, 'quoteSpeakers' | 'quoteOpenings' | 'quotesPacked'> {
  const quoteSpeakers: string[] = [];
  const openings: string[] = [];
  const packer = new Packer();
  let line = 0;
  for (const quote of quotes) {
    const { words, cut } = openingWords(model, quote);
    const print = quotePrint(model, quote);
    const startLine = packer.pushSpan(model.lines, quote.start, quote.end, line);
    packer.push(QUOTE_KINDS.indexOf(quote.kind as QuoteSummary['kind']) * 2 + (cut ? 1 : 0) + (print ? 4 : 0), quote.speakers.length);
    if (print) {
      packer.push(print.words);
      packer.pushBytes(print.hash >>> 24, (print.hash >>> 16) & 0xff, (print.hash >>> 8) & 0xff, print.hash & 0xff);
      for (let i = 0; i < MINHASHES; i++) packer.pushBytes(print.minhash.charCodeAt(i));
    }
    for (const speaker of quote.speakers) quoteSpeakers.push(ownCopy(speaker));
    openings.push(words);
    line = startLine;
  }
  return { quoteSpeakers, quoteOpenings: ownCopy(openings.join('\n')), quotesPacked: packer.toString() };
}

/** The article's statements and partial quotes, in text order. */
export function quotesOf(summary: ArticleSummary): QuoteSummary[] {
  const reader = new Unpacker(summary.quotesPacked);
  const openings = summary.quoteOpenings.split('\n');
  const quotes: QuoteSummary[] = [];
  let line = 0;
  let speakersAt = 0;
  while (reader.at < summary.quotesPacked.length) {
    line += reader.next();
    const character = reader.next();
    const endLine = line + reader.next();
    const endCharacter = reader.next();
    const kindAndCut = reader.next();
    const speakers = summary.quoteSpeakers.slice(speakersAt, (speakersAt += reader.next()));
    const opening = openings[quotes.length];
    const quote: QuoteSummary = { start: { line, character }, end: { line: endLine, character: endCharacter }, kind: QUOTE_KINDS[(kindAndCut >> 1) & 1], speakers, firstWords: kindAndCut & 1 ? `${opening}…` : opening };
    if (kindAndCut & 4) {
      const words = reader.next();
      const hash = ((reader.byte() << 24) | (reader.byte() << 16) | (reader.byte() << 8) | reader.byte()) >>> 0;
      quote.print = { hash, minhash: summary.quotesPacked.slice(reader.at, (reader.at += MINHASHES)), words };
    }
    quotes.push(quote);
  }
  return quotes;
}

/**
 * The fingerprint and speakers of each quote that has a fingerprint, in text order: what the index files quotes
 * under, read without making the rest of each QuoteSummary (positions, first words) for every article indexed.
 */
export function quotePrintsOf(summary: ArticleSummary): Array<{ print: QuotePrint; speakers: readonly string[] }> {
  const reader = new Unpacker(summary.quotesPacked);
  const found: Array<{ print: QuotePrint; speakers: readonly string[] }> = [];
  let speakersAt = 0;
  while (reader.at < summary.quotesPacked.length) {
    for (let i = 0; i < 4; i++) reader.next();
    const kindAndCut = reader.next();
    const count = reader.next();
    if (kindAndCut & 4) {
      const speakers = summary.quoteSpeakers.slice(speakersAt, speakersAt + count);
      const words = reader.next();
      const hash = ((reader.byte() << 24) | (reader.byte() << 16) | (reader.byte() << 8) | reader.byte()) >>> 0;
      found.push({ print: { hash, minhash: summary.quotesPacked.slice(reader.at, (reader.at += MINHASHES)), words }, speakers });
    }
    speakersAt += count;
  }
  return found;
}

/**
 * A quote's words as compared across articles: lower case, without punctuation or quote marks (“U.S.” → us,
 * don’t → dont), split at spaces and dashes.
 */
export function normalizedQuoteWords(text: string): string[] {
  // Splitting with a regular expression of Unicode classes was ~15 % of a summary's time: the words are cut out
  // by one pass over the character codes instead.
  const folded = text.toLowerCase().replace(/[’'`´‘.]/gu, '');
  const words: string[] = [];
  let from = -1;
  for (let at = 0; at < folded.length; ) {
    const code = folded.charCodeAt(at);
    const next = folded.charCodeAt(at + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    if (isLetterOrDigit(folded, at, code)) {
      if (from < 0) from = at;
    } else if (from >= 0) {
      words.push(folded.slice(from, at));
      from = -1;
    }
    at += width;
  }
  if (from >= 0) words.push(folded.slice(from));
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** Whether the character at `at` (whose code unit is `code`) is a letter or a digit in any script. */
function isLetterOrDigit(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  LETTER_OR_DIGIT.lastIndex = at;
  return LETTER_OR_DIGIT.test(text);
}

/** The fingerprint of a quote of the model (see QuotePrint), or undefined below MIN_PRINT_WORDS words. */
export function quotePrint(model: ArticleModel, quote: Span): QuotePrint | undefined {
  const print = plainQuotePrint(model.text, quote.start, quote.end);
  return print !== null ? print : printOfWords(normalizedQuoteWords(model.text.slice(quote.start, quote.end)));
}

export function printOfWords(words: readonly string[]): QuotePrint | undefined {
  if (words.length < MIN_PRINT_WORDS) return undefined;
  MINS.fill(0xffffffff);
  // A word met twice lowers no minimum: the words need not be made a set.
  for (const word of words) lowerMinhashes(fnv1a(word));
  return { hash: fnv1a(words.join(' ')), minhash: minhashString(), words: words.length };
}

/** The minhashes of the print being made: each the least of its seed's hashes of the words so far. */
const MINS = new Uint32Array(MINHASHES);

function lowerMinhashes(wordHash: number): void {
  for (let i = 0; i < MINHASHES; i++) {
    const h = mix32(wordHash ^ MINHASH_SEEDS[i]!);
    if (h < MINS[i]!) MINS[i] = h;
  }
}

function minhashString(): string {
  return String.fromCharCode(MINS[0]! & 0xff, MINS[1]! & 0xff, MINS[2]! & 0xff, MINS[3]! & 0xff, MINS[4]! & 0xff, MINS[5]! & 0xff, MINS[6]! & 0xff, MINS[7]! & 0xff);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * printOfWords(normalizedQuoteWords(text.slice(start, end))) for a quote of ASCII, curly quote marks and dashes
 * (nearly all of them), hashed as the characters are read, with no string made for the words; null for a quote
 * with any other character, whose case folding and letters only the general path gets right.
 */
function plainQuotePrint(text: string, start: number, end: number): QuotePrint | undefined | null {
  MINS.fill(0xffffffff);
  let joined = FNV_OFFSET;
  let word = FNV_OFFSET;
  let inWord = false;
  let count = 0;
  for (let at = start; at < end; at++) {
    let code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (!inWord) {
        if (count > 0) joined = Math.imul(joined ^ 32, FNV_PRIME);
        count++;
        word = FNV_OFFSET;
        inWord = true;
      }
      word = Math.imul(word ^ code, FNV_PRIME);
      joined = Math.imul(joined ^ code, FNV_PRIME);
    } else if (isFoldedAway(code)) {
      // Dropped before the words are split: "U.S." is one word, "don’t" another.
    } else if (code < 0x80 || isPlainSeparator(code)) {
      if (inWord) lowerMinhashes(word >>> 0);
      inWord = false;
    } else {
      return null;
    }
  }
  if (inWord) lowerMinhashes(word >>> 0);
  if (count < MIN_PRINT_WORDS) return undefined;
  return { hash: joined >>> 0, minhash: minhashString(), words: count };
}

/** The marks normalizedQuoteWords removes: ’ ' ` ´ ‘ and the full stop. */
function isFoldedAway(code: number): boolean {
  return code === 0x27 || code === 0x2e || code === 0x60 || code === 0xb4 || code === 0x2018 || code === 0x2019;
}

/** Characters beyond ASCII that quotes are full of and that only separate words: “ ” „ – — … and the no-break space. */
function isPlainSeparator(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0x201e || code === 0x2013 || code === 0x2014 || code === 0x2026 || code === 0xa0;
}

/** How many of the eight minhashes two prints share: about 8 × the Jaccard similarity of their word sets. */
export function minhashAgreement(a: QuotePrint, b: QuotePrint): number {
  let same = 0;
  for (let i = 0; i < MINHASHES; i++) if (a.minhash.charCodeAt(i) === b.minhash.charCodeAt(i)) same++;
  return same;
}

/** The four bands of a print's minhashes (two each) as numbers: near matches agree on at least one band. */
export function minhashBands(print: QuotePrint): number[] {
  const bands: number[] = [];
  for (let i = 0; i < MINHASHES; i += 2) bands.push((i << 16) | (print.minhash.charCodeAt(i) << 8) | print.minhash.charCodeAt(i + 1));
  return bands;
}

const MINHASH_SEEDS = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1, 0xd3a2646c, 0xfd7046c5, 0xb55a4f09];

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Murmur3's finaliser: spreads a 32-bit value's bits. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Exponents of ten from 10^-32 up: 2.5 is 25 × 10^-1, $200 billion 2 × 10^11. */
const EXPONENT_BIAS = 32;

function packMoney(model: ArticleModel): string {
  const packer = new Packer();
  let line = 0;
  for (const figure of model.money) {
    const { digits, exponent } = decimalParts(figure.amount);
    const link = (figure.pairedWith === undefined ? 0 : figure.pairedWith + 1) * 2 + (figure.max !== undefined ? 1 : 0);
    line = packer.pushSpan(model.lines, figure.start, figure.end, line);
    for (let i = 0; i < 3; i++) packer.push(figure.currency.charCodeAt(i) & 0x7f);
    packer.push(digits, exponent + EXPONENT_BIAS, link);
  }
  return packer.toString();
}

/** An amount as whole digits and a power of ten, exactly: the shortest decimal that reads back as the same number. */
function decimalParts(amount: MoneyFigure['amount']): { digits: number; exponent: number } {
  // Most amounts are whole ("$200 billion"): their zeros come off by exact division, with no string made.
  if (Number.isSafeInteger(amount)) {
    let digits = amount;
    let exponent = 0;
    while (digits !== 0 && digits % 10 === 0) {
      digits /= 10;
      exponent++;
    }
    return { digits, exponent };
  }
  const [mantissa, power] = amount.toExponential().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  return { digits: Number(whole + fraction), exponent: Number(power) - fraction.length };
}

/**
 * The packed characters of a figure's currency and amount, which are contiguous in moneyPacked: a summary
 * without them gives no such figure, so a search of the workspace unpacks only the summaries that contain them.
 */
export function moneyNeedle(currency: string, amount: number): string {
  const { digits, exponent } = decimalParts(amount);
  const packer = new Packer();
  for (let i = 0; i < 3; i++) packer.push(currency.charCodeAt(i) & 0x7f);
  packer.push(digits, exponent + EXPONENT_BIAS);
  return packer.toString();
}

/**
 * The moneyNeedle of each single figure (ranges left out), cut from moneyPacked where the figure's currency and
 * amount are packed, and whether any figure is half of a conversion pair: what the index files money under,
 * without unpacking the figures of every article indexed.
 */
export function figureNeedles(summary: ArticleSummary): { needles: string[]; paired: boolean } {
  const packed = summary.moneyPacked;
  const reader = new Unpacker(packed);
  const needles: string[] = [];
  let paired = false;
  while (reader.at < packed.length) {
    for (let i = 0; i < 4; i++) reader.next();
    const from = reader.at;
    // The currency's three letters, the digits and the exponent: packed as moneyNeedle packs them.
    for (let i = 0; i < 5; i++) reader.next();
    const to = reader.at;
    const link = reader.next();
    if (link >= 2) paired = true;
    if ((link & 1) === 0) needles.push(packed.slice(from, to));
  }
  return { needles, paired };
}

/** The article's money figures, in text order. */
export function moneyOf(summary: ArticleSummary): MoneySummary[] {
  const reader = new Unpacker(summary.moneyPacked);
  const figures: MoneySummary[] = [];
  let line = 0;
  while (reader.at < summary.moneyPacked.length) {
    line += reader.next();
    const character = reader.next();
    const endLine = line + reader.next();
    const endCharacter = reader.next();
    const currency = String.fromCharCode(reader.next(), reader.next(), reader.next());
    const digits = reader.next();
    const amount = Number(`${digits}e${reader.next() - EXPONENT_BIAS}`);
    const link = reader.next();
    const figure: MoneySummary = { start: { line, character }, end: { line: endLine, character: endCharacter }, currency, amount, range: (link & 1) === 1 };
    if (link >= 2) figure.pairedWith = (link >> 1) - 1;
    figures.push(figure);
  }
  return figures;
}

/**
 * The packed numbers: first one header per entity (type, alias count, native name count, role count, mention
 * count, where its mentions start in `packed`, then one placement per role), then each entity's mentions as
 * line (from the previous mention's line), character, end line (from the start line), end character and form
 * (1 + index into entityForms, 0 for none). Numbers are written 7 bits a character (varints).
 */
function packEntities(model: ArticleModel): { names: string[]; packed: string; entityCount: number } {
  const { text } = model;
  const table = entityTableOf(model);
  const names: string[] = [];
  const mentions = new Packer();
  const headers = new Packer();
  const roles = table.map(distinctRoles);
  const mentionStarts: number[] = [];
  table.forEach((entity) => {
    const forms = entityForms(entity);
    mentionStarts.push(mentions.length);
    let line = 0;
    for (const index of entity.mentions) {
      const mention = model.entities[index];
      line = mentions.pushSpan(model.lines, mention.start, mention.end, line);
      mentions.pushNumber(forms.indexOf(text.slice(mention.start, mention.end)) + 1);
    }
  });
  // The header's own length moves the mentions: measure it with the offsets as they will be.
  let headerLength = 0;
  for (let pass = 0; pass < 3; pass++) {
    headers.clear();
    headers.push(table.length);
    table.forEach((entity, i) => {
      headers.push(TYPES.indexOf(entity.type), entity.aliases.length, entity.nativeNames.length, roles[i].length, entity.mentions.length, headerLength + mentionStarts[i]);
      for (const role of roles[i]) headers.push(PLACEMENTS.indexOf(role.placement));
    });
    if (headers.length === headerLength) break;
    headerLength = headers.length;
  }
  table.forEach((entity, i) => {
    names.push(ownCopy(entity.name));
    for (const alias of entity.aliases) names.push(ownCopy(alias));
    for (const native of entity.nativeNames) names.push(ownCopy(native));
    for (const role of roles[i]) names.push(ownCopy(role.title));
  });
  return { names, packed: headers.toString() + mentions.toString(), entityCount: table.length };
}

/** Numbers as varint characters (0–127 one character, larger ones more). */
class Packer {
  private codes: number[] = [];

  get length(): number {
    return this.codes.length;
  }

  push(...values: number[]): void {
    for (const value of values) this.pushNumber(value);
  }

  /** One number: what push does for each, without an array of arguments (the packing loops call this). */
  pushNumber(value: number): void {
    if (value < 0) throw new RangeError(`cannot pack ${value}`);
    while (value >= 0x80) {
      this.codes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.codes.push(value);
  }

  /**
   * A span of the text as four numbers: its start line (from `previousLine`), start character, end line (from the
   * start line) and end character. Returns the start line (the next span's `previousLine`). Read as offsets and
   * line numbers, with no position objects: every mention, quote and figure of every article indexed is packed.
   */
  pushSpan(lines: LineIndex, start: number, end: number, previousLine: number): number {
    const startLine = lines.lineAt(start);
    // Nearly every span ends on the line it starts on.
    const endLine = startLine + 1 >= lines.lineCount || lines.lineStart(startLine + 1) > end ? startLine : lines.lineAt(end);
    this.pushNumber(startLine - previousLine);
    this.pushNumber(start - lines.lineStart(startLine));
    this.pushNumber(endLine - startLine);
    this.pushNumber(end - lines.lineStart(endLine));
    return startLine;
  }

  /** Bytes (0–255) as they are, one character each: fixed-width fields such as a quote's fingerprint. */
  pushBytes(...bytes: number[]): void {
    for (const byte of bytes) this.codes.push(byte & 0xff);
  }

  clear(): void {
    this.codes = [];
  }

  toString(): string {
    // Most packs are a few hundred codes: one call, no copy. Longer ones go in slices (a call takes so many arguments).
    if (this.codes.length <= 4096) return String.fromCharCode(...this.codes);
    let out = '';
    for (let i = 0; i < this.codes.length; i += 4096) out += String.fromCharCode(...this.codes.slice(i, i + 4096));
    return out;
  }
}

/** Reads a packed string from `at`: next() is the next number. */
class Unpacker {
  constructor(private readonly packed: string, public at = 0) {}

  byte(): number {
    return this.packed.charCodeAt(this.at++);
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const code = this.packed.charCodeAt(this.at++);
      value += (code & 0x7f) * scale;
      if (code < 0x80) return value;
      scale *= 0x80;
    }
  }
}

interface Header {
  type: EntityType;
  aliases: number;
  natives: number;
  roles: number;
  mentions: number;
  mentionsAt: number;
  /** Where its strings start in ArticleSummary.names. */
  namesAt: number;
  placements: number[];
}

/** Walks the headers up to entity `stop` (all of them by default), calling `visit` on each. */
function readHeaders(summary: ArticleSummary, visit: (header: Header, index: number) => boolean | void, stop = summary.entityCount): void {
  const reader = new Unpacker(summary.packed);
  const count = reader.next();
  let namesAt = 0;
  for (let i = 0; i < count && i < stop; i++) {
    const header: Header = { type: TYPES[reader.next()], aliases: reader.next(), natives: reader.next(), roles: reader.next(), mentions: reader.next(), mentionsAt: reader.next(), namesAt, placements: [] };
    for (let r = 0; r < header.roles; r++) header.placements.push(reader.next());
    namesAt += 1 + header.aliases + header.natives + header.roles;
    if (visit(header, i) === true) return;
  }
}

function unpackEntity(summary: ArticleSummary, header: Header, index: number): EntitySummary {
  const { names } = summary;
  let at = header.namesAt;
  const name = names[at++];
  const aliases = header.aliases === 0 ? NONE : names.slice(at, (at += header.aliases));
  const nativeNames = header.natives === 0 ? NONE : names.slice(at, (at += header.natives));
  const roles = header.roles === 0 ? NONE : header.placements.map((placement) => ({ title: names[at++], placement: PLACEMENTS[placement] }));
  return { index, name, type: header.type, aliases, nativeNames, roles, mentions: header.mentions };
}

/** Every entity of the article, in order. */
export function entitiesOf(summary: ArticleSummary): EntitySummary[] {
  const entities: EntitySummary[] = [];
  readHeaders(summary, (header, index) => { entities.push(unpackEntity(summary, header, index)); });
  return entities;
}

/** The article's entity number `index`. */
export function entityIn(summary: ArticleSummary, index: number): EntitySummary {
  let found: EntitySummary | undefined;
  readHeaders(summary, (header, i) => {
    if (i < index) return false;
    found = unpackEntity(summary, header, i);
    return true;
  }, index + 1);
  if (!found) throw new RangeError(`no entity ${index} in the summary`);
  return found;
}

/** The article's entity whose canonical name is `name` (the last, should two share it), or undefined. */
export function entityNamed(summary: ArticleSummary, name: string): EntitySummary | undefined {
  // The headers are skimmed without making one for each entity (the workspace rules ask this of every article
  // naming a person), and only the entity found is unpacked.
  const reader = new Unpacker(summary.packed);
  const count = reader.next();
  let namesAt = 0;
  let found = -1;
  for (let i = 0; i < count; i++) {
    reader.next();
    const aliases = reader.next();
    const natives = reader.next();
    const roles = reader.next();
    reader.next();
    reader.next();
    for (let r = 0; r < roles; r++) reader.next();
    if (summary.names[namesAt] === name) found = i;
    namesAt += 1 + aliases + natives + roles;
  }
  return found < 0 ? undefined : entityIn(summary, found);
}

/** The canonical name, then the aliases, then the native names: what a mention's form number counts in. */
export function entityForms(entity: { name: string; aliases: readonly string[]; nativeNames: readonly string[] }): string[] {
  return [entity.name, ...entity.aliases, ...entity.nativeNames];
}

/** The mentions of one entity of a summary, as ranges. */
export function mentionRangesOf(summary: ArticleSummary, entity: EntitySummary): MentionRange[] {
  let mentionsAt = 0;
  readHeaders(summary, (header, i) => { if (i === entity.index) mentionsAt = header.mentionsAt; }, entity.index + 1);
  const forms = entityForms(entity);
  const reader = new Unpacker(summary.packed, mentionsAt);
  const ranges: MentionRange[] = [];
  let line = 0;
  for (let i = 0; i < entity.mentions; i++) {
    line += reader.next();
    const character = reader.next();
    const endLine = line + reader.next();
    const endCharacter = reader.next();
    const form = reader.next();
    ranges.push({ start: { line, character }, end: { line: endLine, character: endCharacter }, text: form > 0 ? forms[form - 1] : undefined });
  }
  return ranges;
}

const tables = new WeakMap<ArticleModel, Entity[]>();

/**
 * The model's entity table, or one grouped from its mentions when only the mentions are filled (each
 * canonical name one entity, the other mention texts its aliases), so every feature sees the same entities.
 */
export function entityTableOf(model: ArticleModel): Entity[] {
  if (model.entityTable.length > 0 || model.entities.length === 0) return model.entityTable;
  let table = tables.get(model);
  if (table) return table;
  const byName = new Map<string, Entity>();
  model.entities.forEach((mention, index) => {
    let entity = byName.get(mention.entity);
    if (!entity) byName.set(mention.entity, (entity = { name: mention.entity, type: mention.type, aliases: [], nativeNames: [], mentions: [], roles: [] }));
    entity.mentions.push(index);
    const form = model.text.slice(mention.start, mention.end);
    if (form !== entity.name && !entity.aliases.includes(form)) entity.aliases.push(form);
  });
  table = [...byName.values()];
  tables.set(model, table);
  return table;
}

/** Index into model.sentences of the sentence that contains `offset`, or -1. */
export function sentenceAt(model: ArticleModel, offset: number): number {
  const { sentences } = model;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end <= offset) low = mid + 1;
    else if (sentences[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** A sentence on one line, cut to a window around `focus` when long ("… said Mnuchin, who …"). */
export function sentenceText(model: ArticleModel, sentence: Span, focus: Span): string {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_SENTENCE) {
    start = Math.max(sentence.start, Math.min(focus.start - MAX_SENTENCE / 4, sentence.end - MAX_SENTENCE));
    end = Math.min(sentence.end, start + MAX_SENTENCE);
  }
  const words = model.text.slice(start, end).split(/\s+/u).filter(Boolean);
  // A window cut mid-word drops the broken word.
  if (start > sentence.start) words.shift();
  if (end < sentence.end) words.pop();
  return `${start > sentence.start ? '… ' : ''}${words.join(' ')}${end < sentence.end ? ' …' : ''}`;
}

function distinctRoles(entity: Entity): readonly RoleSummary[] {
  if (entity.roles.length === 0) return NONE;
  const seen = new Map<string, RoleSummary>();
  for (const role of entity.roles) if (!seen.has(role.title)) seen.set(role.title, { title: role.title, placement: role.placement });
  return [...seen.values()];
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
