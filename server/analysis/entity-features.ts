// The tagger's features: the span's own words, where it stands, and what the rest of the article says of its words.
// Separate from entities.ts: training computes them too (candidateFeatures), where detection only adds up their weights.
import nameParts from './data/name-parts.json';
import { SegmentedArticle } from './article';
import { Candidate, Lexicon } from './name-candidates';
import { PlaceLookup } from './places';
import { FeatureSink, featureKey, Perceptron } from './perceptron';
import { SpellingMemo, SpellingPairMemo, TokenWords } from './token-words';
import { COMMON, GIVEN_NAME, GIVEN_NAMES, LOWER_CASE, ORGANIZATION_END, mayBeSportsReportWord, PLACE_PREPOSITIONS, SPORTS_REPORT_WORD, SPORTS_WORD, TITLE_HEAD, withoutPossessive } from './word-facts';

/**
 * What the rest of the article says about a candidate's words, asked by token. The words are marked by spelling with
 * the number of the article that has them (a SpellingMemo per question): a mark is an array write, and an answer an
 * array read, where a Set of the words hashed each one for every article.
 */
const MID_SENTENCE = new SpellingMemo<number>();
const NAME_PARTS = new SpellingMemo<number>();
const ORGANIZATION_HEADS = new SpellingMemo<number>();
const AFTER_PLACE_WORD = new SpellingMemo<number>();
const SPEAKERS = new SpellingMemo<number>();
let articlesRead = 0;

export class DocumentContext {
  constructor(
    private readonly words: TokenWords,
    /** The article's number, which its words are marked with. */
    private readonly article: number,
    /** Name parts that no token spells: the last word of "Liu He’s" without its possessive. */
    private readonly possessiveNameParts: Set<string> | undefined,
    /**
     * The text is an article rather than a post: what it leaves unsaid about a lone word (no fuller name, no
     * title) means something only where a name would have been introduced (tweets name people by one word).
     */
    readonly long: boolean,
    /** A word only sports reports use stands in a name ("Bundesliga", "NBA"): cities may stand for their clubs. */
    readonly sports: boolean,
    /**
     * The article reads like a game's report ("rebounds", "coach", "innings"), whether or not it names a league: the
     * tagger weighs a place's name and the words around it apart there, where "Denver beat Phoenix" names two teams.
     */
    readonly sportsReport: boolean,
    /** The places the article is read with, for the kind of place a name is in a sports report. */
    readonly places: PlaceLookup,
  ) {}

  /** Whether token i's word stands capitalised mid-sentence (not sentence-initial, not in a headline) somewhere in the article. */
  midSentence(i: number): boolean {
    return this.words.recall(MID_SENTENCE, i) === this.article;
  }

  /**
   * Whether token i's word is the first or last word of a person-like name elsewhere ("Mnuchin" of "Steven
   * Mnuchin", "Liu" of "Vice Premier Liu He"'s "Liu He").
   */
  isNamePart(i: number): boolean {
    return this.words.recall(NAME_PARTS, i) === this.article || (this.possessiveNameParts?.has(this.words.word(i)) ?? false);
  }

  /** Whether token i's word is the first word of a name ending in an organisation word ("Quillon" of "Quillon Systems Inc"). */
  isOrganizationHead(i: number): boolean {
    return this.words.recall(ORGANIZATION_HEADS, i) === this.article;
  }

  /** Whether token i's word is a one-word name that stands somewhere after "in", "near" or "outside" ("in Kearney"): places, mostly. */
  followsPlaceWord(i: number): boolean {
    return this.words.recall(AFTER_PLACE_WORD, i) === this.article;
  }

  /** Whether token i's word is a one-word name that stands somewhere before "said", "told", …: people and organisations speak, places do not. */
  speaks(i: number): boolean {
    return this.words.recall(SPEAKERS, i) === this.article;
  }
}


/** Tokens from which a text is taken for an article (a tweet has some 20, a short news story 300). */
const ARTICLE_TOKENS = 150;

/** "in Kearney", "outside Pittsburgh": words before a one-word name that say it is where something is. */
/** "Quillon said", "Okafor told": words after a name that say it speaks. */
export const SPEECH_VERBS = new Set(nameParts.speechVerbsAfterName);

/** The tokens read for a game's words: a report says what it is in its first paragraphs. */
const SPORTS_REPORT_TOKENS = 600;
/** A sports report has at least this many of a game's words among the tokens read, or one in every 40 of a shorter one. */
const SPORTS_REPORT_WORDS = 8;

function readsLikeSportsReport(words: TokenWords): boolean {
  const read = Math.min(words.tokens.length, SPORTS_REPORT_TOKENS);
  const needed = Math.min(SPORTS_REPORT_WORDS, Math.ceil(read / 40));
  let found = 0;
  const { text, tokens } = words;
  // A word is looked up only where its shape fits a report's word: most of these tokens are read nowhere else.
  for (let i = 0; i < read && found < needed; i++) {
    if (tokens.isWord(i) && mayBeSportsReportWord(text, tokens.start(i), tokens.end(i)) && words.is(i, SPORTS_REPORT_WORD)) found++;
  }
  return found >= needed;
}

export function documentContext(candidates: Candidate[], words: TokenWords, places: PlaceLookup): DocumentContext {
  const article = ++articlesRead;
  let possessiveNameParts: Set<string> | undefined;
  const tokenCount = words.tokens.length;
  let sports = false;
  for (const c of candidates) {
    if (!sports && (words.is(c.first, SPORTS_WORD) || words.is(c.last - 1, SPORTS_WORD))) sports = true;
    if (!c.context.sentenceStart && !c.context.titleCase) for (let i = c.first; i < c.last; i++) words.remember(MID_SENTENCE, i, article);
    const count = c.last - c.first;
    if (count >= 2 && count <= 3 && (words.is(c.first, GIVEN_NAME) || c.context.before !== '')) {
      const lastWord = words.word(c.last - 1);
      const surname = withoutPossessive(lastWord);
      if (surname === lastWord) words.remember(NAME_PARTS, c.last - 1, article);
      else (possessiveNameParts ??= new Set()).add(surname);
      words.remember(NAME_PARTS, c.first, article);
    }
    if (count >= 2 && words.is(c.last - 1, ORGANIZATION_END)) words.remember(ORGANIZATION_HEADS, c.first, article);
    if (count !== 1) continue;
    // Read only for one-word names, where the tagger has least to go on: the errors are lone words ("Quillon", "Kearney").
    if (c.first > 0 && PLACE_PREPOSITIONS.has(words.lower(c.first - 1))) words.remember(AFTER_PLACE_WORD, c.first, article);
    if (c.last < tokenCount && SPEECH_VERBS.has(words.lower(c.last))) words.remember(SPEAKERS, c.first, article);
  }
  const long = tokenCount >= ARTICLE_TOKENS;
  return new DocumentContext(words, article, possessiveNameParts, long, sports && long, readsLikeSportsReport(words), places);
}

/** ", a spokeswoman for …", ", vice president of …": a title word within the next few words after a comma. */
function appositionTitleFollows(words: TokenWords, from: number): boolean {
  for (let i = from; i < Math.min(from + 4, words.tokens.length); i++) {
    // The word's facts say whether its lower case is a title's head: no lower-case copy of a capitalised word.
    if (words.is(i, TITLE_HEAD)) return true;
    const w = words.word(i);
    if (w === ',' || w === '.') return false;
  }
  return false;
}

/** Capitalisation shape of a word, by character codes (this runs for every word of every candidate). */
function shape(word: string): string {
  let upper = 0;
  let lower = 0;
  let dots = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46) dots++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127 && word[i] !== word[i].toLowerCase()) upper++;
    else if (c > 127 && word[i] !== word[i].toUpperCase()) lower++;
    else other++;
  }
  if (dots > 0 && lower === 0) return 'X.';
  if (lower === 0) return upper === 1 ? 'X' : 'XX';
  if (other > 0) return 'X-X';
  return upper === 1 ? 'Xx' : 'XxX';
}

/** Features of the span's own words: the same wherever the span stands, so detection scores them once per name. */
export function spanFeatures(span: string, lexicon: Lexicon, places: PlaceLookup, emit: FeatureSink): void {
  const words = span.split(' ');
  const lowerWords = words.map((w) => w.toLowerCase());
  const first = lowerWords[0];
  const last = lowerWords[lowerWords.length - 1];
  emit('bias');
  emit('n', String(Math.min(words.length, 4)));
  emit('shape', words.map(shape).join('_').slice(0, 24));
  for (const w of lowerWords) emit('w', w);
  emit('suf3', last.slice(-3));
  emit('suf2', last.slice(-2));
  if (words.length === 1) {
    // For one word, "first" and "last" would repeat "w": "only" says it once.
    emit('only', first);
    emit('only-common', String(lexicon.isCommonWord(first)));
  } else {
    emit('first', first);
    emit('last', last);
  }
  if (GIVEN_NAMES.has(words[0])) emit(words.length > 1 ? 'given-first' : 'given-only');
  // "Joost van Aalst", "Bank of England": what stands in lower case inside a name tells the kind of name.
  for (let k = 1; k < words.length - 1; k++) if (words[k] === lowerWords[k]) emit('inner-lower', lowerWords[k]);
  // Words no English word list knows ("Jinping", "Mnuchin") are names of something.
  let rare = 0;
  for (const w of lowerWords) if (!lexicon.isCommonWord(w)) rare++;
  emit('rare', `${Math.min(rare, 3)}/${Math.min(words.length, 3)}`);
  const place = places.placeKind(span);
  if (place) emit('place', place);
  if (words.length > 1) {
    const lastPlace = places.placeKind(words[words.length - 1]);
    if (lastPlace) emit('last-place', lastPlace);
    const firstPlace = places.placeKind(words[0]);
    if (firstPlace) emit('first-place', firstPlace);
  }
}

/**
 * "Iodine deficiency is …" opens a sentence with a capital, but "iodine" in lower case elsewhere in the article
 * says it is a common noun. A known name part ("May" of "Theresa May") stays a name.
 */
export function isCommonNounOpener(model: SegmentedArticle, c: Candidate, words: TokenWords, doc: DocumentContext, inLowerCase: Map<string, boolean>): boolean {
  if (!c.context.sentenceStart && !c.context.titleCase) return false;
  const word = words.word(c.first);
  if (shape(word) !== 'Xx' || doc.isNamePart(c.first)) return false;
  const lower = words.lower(c.first);
  let found = inLowerCase.get(lower);
  if (found === undefined) inLowerCase.set(lower, (found = standsInLowerCase(model.text, lower)));
  return found;
}

/** Whether the word occurs as a whole word in lower case somewhere in the text (rarely asked: one-word openers). */
function standsInLowerCase(text: string, lower: string): boolean {
  if (lower === firstLetterUpper(lower)) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + lower.length))) return true;
  }
  return false;
}

const firstLetterUpper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** ASCII or other letters; NaN (outside the text) is not a letter. */
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code).toUpperCase());

/**
 * The templates of the features of where a candidate stands, by number: detection finds a template's weights in an
 * array by its number, for every candidate of every article, where its name was looked up in a Map each time.
 * Training writes the names (CONTEXT_TEMPLATES, in the same order).
 */
export const enum Context {
  Prev, Next, Before, Titled, Possessive, SentenceStart, SentenceStartElsewhere, KnownNamePart, OrganizationHeadElsewhere,
  AfterPlaceWordElsewhere, SpeaksElsewhere, LoneUnknown, AppositionTitle, CommaNext, CommaPrev, TitleCase, TitleCaseCommon,
  CompoundPart, Dateline, PrevTwo, NextTwo, Around, AppositionNoun, SportsReport, SportsPlace, SportsPrev, SportsNext,
}
const CONTEXT_TEMPLATES = [
  'prev', 'next', 'before', 'titled', 'possessive', 'sentence-start', 'sentence-start+elsewhere', 'known-name-part', 'organization-head-elsewhere',
  'after-place-word-elsewhere', 'speaks-elsewhere', 'lone-unknown', 'apposition-title', 'comma-next', 'comma-prev', 'title-case', 'title-case+common',
  'compound-part', 'dateline', 'prev2', 'next2', 'around', 'apposition-noun', 'sports-report', 'sports-place', 'sports-prev', 'sports-next',
];

/**
 * Receives a context feature: its template's number, its value where it has one ("prev", "said"), and the token
 * whose lower-case word the value is, where it is one, so that a sink may keep what it looked up by the token's spelling.
 * A pair's value comes in two words ("beat" and "the" of "prev2=beat the"), each with its token where it has one:
 * detection finds the pair's weights word by word, without joining the words into a new string for every name.
 */
export type ContextSink = (template: Context, value?: string, token?: number, second?: string, secondToken?: number) => void;

/** The feature key's value of a pair of words. */
export const pairValue = (first: string, second: string) => `${first} ${second}`;

/** The model's weights for the context features, by template number: read for every candidate of every article. */
export class ContextWeights {
  /** Where a flag's weights start ("titled"), or -1 where the model has no such feature. */
  readonly flags = new Int32Array(CONTEXT_TEMPLATES.length);
  /** Where the weights of a template's values start ("prev" → "said" → offset). */
  readonly values: Array<ReadonlyMap<string, number> | undefined>;
  /** Per template, where the weights of the value that is a token's lower-case word start, by spelling. */
  readonly wordMemos = CONTEXT_TEMPLATES.map(() => new SpellingMemo<number>());
  /** Per pair template, the offsets by first word and then by second ("beat" → "the" → offset). */
  readonly pairs: Array<ReadonlyMap<string, ReadonlyMap<string, number>> | undefined>;
  /** Per pair template, the second words' offsets of a first word that is a token's, by spelling (null: no pair opens with it). */
  readonly pairMemos = CONTEXT_TEMPLATES.map(() => new SpellingMemo<ReadonlyMap<string, number> | null>());
  /** Per pair template, a pair's offset (-1: no such feature) by the spellings of two tokens. */
  readonly pairOffsets = CONTEXT_TEMPLATES.map((_, t) => (PAIR_TEMPLATES.has(t) ? new SpellingPairMemo() : undefined));

  constructor(perceptron: Perceptron) {
    CONTEXT_TEMPLATES.forEach((template, t) => (this.flags[t] = perceptron.flagOffsetOf(template)));
    this.values = CONTEXT_TEMPLATES.map((template) => perceptron.valuesOf(template));
    this.pairs = this.values.map((values, t) => (PAIR_TEMPLATES.has(t) && values ? byFirstWord(values) : undefined));
  }
}

/** The templates whose values are pairs of words. */
const PAIR_TEMPLATES: ReadonlySet<Context> = new Set([Context.PrevTwo, Context.NextTwo, Context.Around]);

/**
 * The names of the templates whose values are seldom repeated: the pairs of words, and a word beside a name in a
 * sports report. Training leaves out their values seen only a few times (train-entities.ts).
 */
export const SPARSE_TEMPLATES: readonly string[] = [...PAIR_TEMPLATES, Context.SportsPrev, Context.SportsNext].map((template) => CONTEXT_TEMPLATES[template]);

function byFirstWord(values: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const pairs = new Map<string, Map<string, number>>();
  for (const [value, offset] of values) {
    const space = value.indexOf(' ');
    const first = value.slice(0, space);
    let seconds = pairs.get(first);
    if (!seconds) pairs.set(first, (seconds = new Map()));
    seconds.set(value.slice(space + 1), offset);
  }
  return pairs;
}

/** Features of where the candidate stands: the words around it, the title before it, the sentence it opens. */
export function contextFeatures(model: SegmentedArticle, c: Candidate, doc: DocumentContext, words: TokenWords, emit: ContextSink): void {
  const { text, tokens } = model;
  const previous = c.first > 0 ? words.lower(c.first - 1) : '<s>';
  const next = c.last < tokens.length ? words.lower(c.last) : '</s>';
  emit(Context.Prev, previous, c.first > 0 ? c.first - 1 : undefined);
  emit(Context.Next, next, c.last < tokens.length ? c.last : undefined);
  if (c.context.before) {
    emit(Context.Before, c.context.before.slice(c.context.before.lastIndexOf(' ') + 1));
    emit(Context.Titled);
  }
  const after = text.charCodeAt(c.end + 1);
  if ((text.charCodeAt(c.end) === 0x2019 || text.charCodeAt(c.end) === 39) && (after === 115 || after === 83)) emit(Context.Possessive);
  if (c.context.sentenceStart) {
    emit(Context.SentenceStart);
    emit(Context.SentenceStartElsewhere, String(doc.midSentence(c.first)));
  }
  if (c.last - c.first === 1 && doc.isNamePart(c.first)) emit(Context.KnownNamePart);
  if (c.last - c.first === 1 && doc.long) {
    if (doc.isOrganizationHead(c.first)) emit(Context.OrganizationHeadElsewhere);
    if (doc.followsPlaceWord(c.first)) emit(Context.AfterPlaceWordElsewhere);
    if (doc.speaks(c.first)) emit(Context.SpeaksElsewhere);
    // A lone word with no given name, no title and no fuller name elsewhere: rarely a person in news.
    if (isUnintroducedWord(c, words, doc)) emit(Context.LoneUnknown);
  }
  if (next === ',' && appositionTitleFollows(words, c.last + 1)) emit(Context.AppositionTitle);
  // Past a comma: "Marieke Oosterhuis, who runs …", "Oosterhuis, 54," say person; "Den Helder, Netherlands" place.
  if (next === ',' && c.last + 1 < tokens.length) emitWordOrNumber(Context.CommaNext, c.last + 1, words, emit);
  // Before a comma: "the town's mayor, Joost van Aalst".
  if (previous === ',' && c.first >= 2) emitWordOrNumber(Context.CommaPrev, c.first - 2, words, emit);
  if (c.context.titleCase) {
    emit(Context.TitleCase);
    // The COMMON fact is the lexicon's answer for the word's lower case, read once per spelling.
    emit(Context.TitleCaseCommon, String(words.is(c.first, COMMON)));
  }
  if (c.context.compoundPart) emit(Context.CompoundPart);
  if (c.context.dateline) emit(Context.Dateline);
  // Two words on each side, and one on both ("beat the", "said on", "in … and"): the pairs say more than either word.
  const previousToken = c.first > 0 ? c.first - 1 : undefined;
  const nextToken = c.last < tokens.length ? c.last : undefined;
  if (c.first > 1) emit(Context.PrevTwo, words.lower(c.first - 2), c.first - 2, previous, previousToken);
  else emit(Context.PrevTwo, '<s>', undefined, previous, previousToken);
  if (c.last + 1 < tokens.length) emit(Context.NextTwo, next, nextToken, words.lower(c.last + 1), c.last + 1);
  else emit(Context.NextTwo, next, nextToken, '</s>');
  emit(Context.Around, previous, previousToken, next, nextToken);
  // "Kestrelle, an online retailer of …", "Valdora, the club's …": what the apposition calls the name.
  if (next === ',') {
    const noun = appositionNoun(words, c.last);
    if (noun >= 0) emit(Context.AppositionNoun, words.lower(noun), noun);
  }
  if (doc.sportsReport) {
    emit(Context.SportsReport);
    emit(Context.SportsPlace, doc.places.placeKind(text.slice(c.start, c.end)) ?? 'none');
    emit(Context.SportsPrev, previous);
    emit(Context.SportsNext, next);
  }
}

/** Words that end the noun phrase of an apposition: "a maker of …", "a start-up that …", "a company based in …". */
const APPOSITION_NOUN_ENDS = new Set(['of', 'in', 'at', 'for', 'that', 'which', 'who', 'based']);

/**
 * The token of the head noun of ", a/an/the … noun" after a comma at token `comma`: the last of up to four lower-case
 * words before a word that ends the phrase; -1 where no article opens it.
 */
function appositionNoun(words: TokenWords, comma: number): number {
  const article = comma + 1;
  if (article >= words.tokens.length) return -1;
  const opener = words.lower(article);
  if (opener !== 'a' && opener !== 'an' && opener !== 'the') return -1;
  let noun = -1;
  for (let k = article + 1; k < Math.min(article + 5, words.tokens.length); k++) {
    if (words.tokens.kind(k) !== 'word' || !words.is(k, LOWER_CASE) || APPOSITION_NOUN_ENDS.has(words.lower(k))) break;
    noun = k;
  }
  return noun;
}

/** The token's lower-case word as the feature's value, or "<number>" for any number. */
function emitWordOrNumber(template: Context, token: number, words: TokenWords, emit: ContextSink): void {
  if (words.tokens.kind(token) === 'number') emit(template, '<number>');
  else emit(template, words.lower(token), token);
}

/** All features of a candidate as strings, as training sees them. */
export function candidateFeatures(model: SegmentedArticle, c: Candidate, lexicon: Lexicon, places: PlaceLookup, doc: DocumentContext, words: TokenWords): string[] {
  const features: string[] = [];
  spanFeatures(model.text.slice(c.start, c.end), lexicon, places, (template, value) => features.push(featureKey(template, value)));
  contextFeatures(model, c, doc, words, (template, value, _token, second) => features.push(featureKey(CONTEXT_TEMPLATES[template], second === undefined ? value : pairValue(value!, second))));
  return features;
}

/**
 * "Quillon said", "at the WaKeeney hospital": news introduces a person by a fuller name or a title before using
 * one word for them, so a lone word with neither, no given name and no fuller name in the article is a company,
 * club or place the tagger took for a surname. Only in articles: posts name people by one word.
 */
export function isUnintroducedWord(c: Candidate, words: TokenWords, doc: DocumentContext): boolean {
  if (c.last - c.first !== 1 || !doc.long || c.context.before !== '') return false;
  // The GIVEN_NAME fact is GIVEN_NAMES (the lexicon's isGivenName, here and in training), read without a lookup.
  return !words.is(c.first, GIVEN_NAME) && !doc.isNamePart(c.first);
}
