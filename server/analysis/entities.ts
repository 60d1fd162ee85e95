// Mention detection: candidate spans from capitalisation rules (name-candidates.ts), typed by a trained
// averaged perceptron (PERSON, ORG, LOC, MISC or not a name). The features are words, shapes, the context
// words around the span, and lookups in the place data and in the common-word list learned from the data
// (entity-features.ts); the passes over the typed mentions that follow are in mention-passes.ts.
import { SegmentedArticle } from './article';
import { EntityType, RawMention } from './entity-types';
import { Candidate, findCandidates, HONORIFICS, Lexicon } from './name-candidates';
import nameParts from './data/name-parts.json';
import entityModel from './data/entity-model.json';
import { GAZETTEER_PLACES, isPlaceName, PlaceLookup } from './places';
import { Perceptron, PerceptronWeights } from './perceptron';
import { SpellingMemo, TokenWords } from './token-words';
import {
  BYLINE_JOBS, CAPITALISED, LOWER_CASE, CLUB_END, CLUB_HEAD, COMMON, GIVEN_NAME, GIVEN_NAMES, KNOWN_PLACE, NUMBERED_NAME_HEADS, ORGANIZATION_END, ORGANIZATION_ENDS, ORGANIZATION_OPENERS, OUTLET_WORDS, PARTY_MEMBERS, TITLE_HEAD, TITLE_HEADS, TITLE_WORD, VENUE_END, withoutPossessive,
} from './word-facts';
import { ownCopy } from './text';
import { RecentSpellings } from './recent-spellings';
import { Context, ContextSink, ContextWeights, contextFeatures, documentContext, isCommonNounOpener, isUnintroducedWord, spanFeatures, SPEECH_VERBS } from './entity-features';
import { LonePerson, retypeAsPlace, withLeadingParticles, withNameParts, withNicknames, withoutUnintroducedPeople, withStatesAfterCities } from './mention-passes';

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
const lastWordOf = (words: string) => words.slice(words.lastIndexOf(' ') + 1);
// Patterns with \p{…} are module constants, never literals inside a function: the bundler writes such a literal as
// `new RegExp(…)`, which builds the expression again at every call (some 170 ns against 30 for a test, in node 20).
/** A word in lower case after a space: "Smith of Boston". */
const WORD_IN_LOWER_CASE = / \p{Ll}/u;
/** A capital, then a lower-case letter: "Liu", "Okafor". */
const OPENS_CAPITALISED = /^\p{Lu}\p{Ll}/u;
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
  /** Common words that open more of the training data's sentences as a name's first word than not (see Lexicon). */
  nameOpeners: string[];
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
    const openers = new Set(data.nameOpeners);
    this.lexicon = {
      isCommonWord: (lower) => common.has(lower),
      isKnownPlace: (name) => places.isKnownPlace(name),
      isGivenName: (word) => GIVEN_NAMES.has(word),
      isNameOpener: (lower) => openers.has(lower),
    };
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
    const context = documentContext(candidates, words, this.places);
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
    const { flags, values, wordMemos, pairs, pairMemos, pairOffsets } = this.contextWeights;
    let apposition = false;
    let lone: LonePerson[] | undefined;
    let datelinePlaces: string[] | undefined;
    const sink: ContextSink = (template, value, token, second, secondToken) => {
      let at: number | undefined;
      if (second !== undefined) {
        // A pair of two tokens' words ("beat the"): its offset is kept by the two spellings, looked up once per pair.
        const bothTokens = token !== undefined && secondToken !== undefined;
        if (bothTokens) at = words.recallPair(pairOffsets[template]!, token, secondToken);
        if (at === undefined) {
          // The second words' offsets of the first word, kept by the first word's spelling, then the second word's.
          let seconds: ReadonlyMap<string, number> | null | undefined;
          if (token === undefined) seconds = pairs[template]?.get(value!) ?? null;
          else {
            const memo = pairMemos[template]!;
            seconds = words.recall(memo, token);
            if (seconds === undefined) words.remember(memo, token, (seconds = pairs[template]?.get(value!) ?? null));
          }
          at = seconds?.get(second);
          if (bothTokens) words.rememberPair(pairOffsets[template]!, token, secondToken, at ?? -1);
        }
      } else if (value === undefined) {
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
      const type = (candidate.context.byline && isAuthorName(candidate, facts, words)) || (tagged === 'NONE' && isNamedByCue(candidate, words))
        || (tagged !== 'PERSON' && isDescribedAsPerson(candidate, words)) ? 'PERSON'
        : isRoadNumber(candidate, words) ? 'LOC' : tagged;
      const unintroduced = type === 'PERSON' && !apposition && !honorific && isUnintroducedWord(candidate, words, context);
      const club = context.sports && !candidate.context.dateline && (type === 'LOC' || type === 'PERSON') && standsForClub(candidate, words, type, unintroduced);
      // "Promoter Lydia Marchetti": an occupation's words before a person's name are left out of it.
      const named = (type === 'PERSON' || type === 'ORG') && last - first >= 3 ? nameAfterOccupation(words, first, last, this.lexicon) : -1;
      if (type === 'NONE' && context.sports && hasClubWord(candidate, words) && !words.is(last - 1, VENUE_END)) {
        mentions.push({ start, end, type: 'ORG' });
        continue;
      }
      // "the American Cole Garrity", "the Russian Yelena Orlova": a nationality, then a person, also where the tagger
      // took the whole for no name or the nationality for an occupation.
      const nationalBeforePerson = isNationalBeforePerson(candidate, words, isNationality);
      if (nationalBeforePerson) {
        mentions.push({ start, end: tokens.end(first), type: 'MISC' }, { start: tokens.start(first + 1), end, type: 'PERSON' });
        continue;
      }
      if (type === 'NONE' || (type === 'PERSON' && (isCommonNounAfterThe(candidate, words) || isTitleOfCommonWords(candidate, words)))) {
        unsure.push(candidate);
        continue;
      }
      let nameStart = start;
      let nameType: EntityType = club ? 'ORG' : type;
      if (named > 0) {
        nameStart = tokens.start(named);
        nameType = 'PERSON';
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
 * "Marieke Oosterhuis, a local business owner,": two or three capitalised words that are no common, place or
 * organisation's words, then an apposition of "a" or "an" and up to four lower-case words that ends on a noun only a
 * person is (personNouns in name-parts.json: "owner", "resident", "grandmother").
 */
function isDescribedAsPerson(c: Candidate, words: TokenWords): boolean {
  const { first, last } = c;
  if (last - first < 2 || last - first > 3 || last + 2 >= words.tokens.length || words.word(last) !== ',' || (words.lower(last + 1) !== 'a' && words.lower(last + 1) !== 'an')) return false;
  for (let k = first; k < last; k++) if (!words.is(k, CAPITALISED) || words.is(k, COMMON | KNOWN_PLACE | ORGANIZATION_END)) return false;
  for (let k = last + 2; k < last + 7 && k < words.tokens.length; k++) {
    const word = words.word(k);
    if (word === ',' || word === '.') return PERSON_NOUNS.has(words.lower(k - 1));
    if (!words.is(k, LOWER_CASE)) return false;
  }
  return false;
}

const PERSON_NOUNS = new Set(nameParts.personNouns);

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
  if (c.last - c.first !== 1) return false;
  // A road's number has a digit or a hyphen second ("M25", "I-70"): a name with a letter there (most) needs no pattern.
  const word = words.word(c.first);
  const second = word.charCodeAt(1);
  if ((second < 48 || second > 57) && second !== 45) return false;
  if (!ROAD_NUMBER.test(word)) return false;
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
  // "BBC News, London" under the author's name: a paper's or a broadcaster's word closes an outlet's name, unless
  // a given name opens it ("Freddie Mercury").
  if (OUTLET_WORDS.has(words.word(last - 1)) && !words.is(first, GIVEN_NAME)) return false;
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

let shared: MentionDetector | undefined;

/** The detector with the shipped weights (data/entity-model.json, made by `npm run train`), built on first use. */
export function defaultDetector(): MentionDetector {
  shared ??= new MentionDetector(entityModel as EntityModelData, GAZETTEER_PLACES);
  return shared;
}
