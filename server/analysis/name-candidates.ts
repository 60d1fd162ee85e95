// Candidate name spans: runs of capitalised words, trimmed of the titles and honorifics that stand before a
// name ("Treasury Secretary Steven Mnuchin" → "Steven Mnuchin"), split at possessives ("China’s Vice Premier
// Liu He" → "China", "Liu He") and at place compounds ("US-China trade" → "US", "China"). A trained classifier
// then decides which candidates are names, and of what type (entities.ts).
import { SegmentedArticle } from './article';
import { demonymOf, isPlaceName, placeKind, STATE_ABBREVIATIONS } from './places';
import { TokenList } from './segment';
import { isLowerCaseAscii, Span } from './text';
import { TokenWords } from './token-words';
import nameParts from './data/name-parts.json';
import {
  BYLINE_JOBS, CALENDAR, FIRM_ENDS, LONGEST_JOINED_PARTICLE, mayOpenJoinedParticle, CAPITALISED, COMMON, COMPASS_WORD, CONNECTOR, GIVEN_NAME, HONORIFIC, HYPHENATED, KNOWN_ORGANIZATION, KNOWN_PLACE, LEGAL_SUFFIX, Lexicon, LOWER_CASE,
  NAME_OPENER, NAME_PARTICLE, NAME_PARTICLES, NOT_A_NAME, NUMBERED_NAME_HEAD, NUMBERED_NAME_HEADS, ORGANIZATION_END, ORGANIZATION_ENDS, OUTLET_WORDS, PARTY_MEMBER, PLACE_OPENER, POSSESSIVE, POSSESSIVE_IN_NAME, PRONOUN_I, STREET_END,
  TITLE_HEAD, TITLE_WORD, withoutPossessive,
} from './word-facts';

export { HONORIFICS } from './word-facts';
export type { Lexicon } from './word-facts';

export interface Candidate extends Span {
  /** Token range [first, last) of the candidate. */
  first: number;
  last: number;
  /** Features of the place the candidate stands in, for the classifier. */
  context: {
    sentenceStart: boolean;
    /** The candidate stands in a Title Case line (headline, subheading), where capitals say little. */
    titleCase: boolean;
    /** The title or honorific words just before the name, lower case ("treasury secretary", "mr."). */
    before: string;
    /** The candidate is part of a hyphenated compound ("US" in "US-China"). */
    compoundPart: boolean;
    /** The candidate is in the dateline ("WASHINGTON (Reuters) -"). */
    dateline: boolean;
    /** The candidate is in the byline ("By Callum Westbrook"), where names are the authors'. */
    byline: boolean;
  };
}

/**
 * The words of the article being read. findCandidates runs synchronously from start to end, so the helpers
 * below share this one cache instead of passing it through every call.
 */
let words: TokenWords;

/** `tokenWords` must be made with the same lexicon (its facts answer the lexicon's questions). */
export function findCandidates(model: SegmentedArticle, lexicon: Lexicon, tokenWords = new TokenWords(model.text, model.tokens, lexicon)): Candidate[] {
  const { text, tokens } = model;
  words = tokenWords;
  const candidates: Candidate[] = [];
  for (const sentence of model.sentences) {
    const role = model.paragraphs[sentence.paragraph].role;
    if (role === 'chrome') continue;
    const from = sentence.firstToken;
    const to = from + sentence.tokenCount;
    const paragraph = model.paragraphs[sentence.paragraph];
    // A line in Title Case is a headline even where the layout did not say so; a sentence that ends in a stop is not.
    // A byline is names and a job in capitals ("By Hope Ellery, Retail Correspondent"): not a headline's Title Case.
    const outletLine = role !== 'byline' && isBylineOutletLine(model, sentence.paragraph, from, to);
    const byline = role === 'byline' || outletLine;
    const titleCase = !byline && (role === 'headline' || role === 'heading'
      || (paragraph.sentenceCount === 1 && !endsWithStop(text, paragraph.end) && isTitleCase(text, tokens, from, to)));
    const dateline = model.dateline;
    // A word at or before this index opens the sentence: only punctuation (an opening quote, a dash) precedes it.
    let firstWord = from;
    while (firstWord < to && tokens.kind(firstWord) !== 'word' && tokens.kind(firstWord) !== 'number') firstWord++;
    // The outlet under a byline opens its line with its own name ("Courier Staff Writer"), or with "The".
    if (outletLine && words.word(firstWord) !== 'The') firstWord = -1;
    let i = from;
    while (i < to) {
      if (!isCapitalised(text, tokens, i)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < to) {
        if (isCapitalised(text, tokens, end)) {
          // An honorific starts a new name: "the Bank of England and Mr. Liu".
          if (words.is(end, HONORIFIC)) break;
          end++;
          continue;
        }
        // "Meridian Freight plc": a legal suffix written in lower case still closes the firm's name.
        if (words.is(end, LEGAL_SUFFIX)) {
          end++;
          break;
        }
        // "the S&P 500", "FTSE 100", "Interstate 80": a number completes the name its head word begins.
        if (tokens.kind(end) === 'number' && isNumberedNameHead(text, tokens, end - 1)) {
          end++;
          continue;
        }
        const join = joinLength(text, tokens, end, i, to, lexicon);
        if (join === 0) break;
        end += join;
      }
      const inDateline = dateline !== undefined && tokens.start(i) >= dateline.start && tokens.end(end - 1) <= dateline.end;
      // "SAN FRANCISCO (Reuters) - Shares of Quillon Systems Inc": the first word after the dateline opens the sentence.
      const opensAfterDateline = dateline !== undefined && tokens.start(i) > dateline.end && tokens.start(i) <= dateline.end + 3;
      // A dateline's place is written in capitals and may start with a common word: "NEW YORK (Reuters) -".
      const added = candidates.length;
      shapeRun(text, tokens, i, end, inDateline ? -1 : opensAfterDateline ? i : firstWord, titleCase && !inDateline, lexicon, candidates);
      for (let k = added; k < candidates.length; k++) {
        candidates[k].context.titleCase = titleCase;
        candidates[k].context.dateline = inDateline;
        candidates[k].context.byline = byline;
      }
      i = end;
    }
  }
  return candidates;
}


function isCapitalised(text: string, tokens: TokenList, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  // Most words are lower case: one character code rules them out before any word is read, but for a surname
  // with a joined particle ("al-Mansouri"), whose joint comes within its first five characters.
  const start = tokens.start(i);
  const first = text.charCodeAt(start);
  if (isLowerCaseAscii(first) && !mayJoinParticle(text, start)) return false;
  // Month and day names are capitalised but never names; nor are "MPs" and "GDP".
  const facts = words.factsOf(i);
  return (facts & CAPITALISED) !== 0 && (facts & NOT_A_NAME) === 0 && ((facts & CALENDAR) === 0 || isNameNotDate(tokens, i));
}

/** A hyphen or an apostrophe after the few lower-case letters of a joined particle: "al-", "d'", "dell'". */
function mayJoinParticle(text: string, start: number): boolean {
  if (!mayOpenJoinedParticle(text.charCodeAt(start))) return false;
  for (let k = start + 1; k <= start + LONGEST_JOINED_PARTICLE; k++) {
    const code = text.charCodeAt(k);
    if (code === 45 || code === 39 || code === 0x2019) return true;
    if (!isLowerCaseAscii(code)) return false;
  }
  return false;
}

/** The word that ends at token `last` heads a numbered name; "S&P" is three tokens, read as one word only here. */
function isNumberedNameHead(text: string, tokens: TokenList, last: number): boolean {
  let first = last;
  while (first > 0 && tokens.start(first) === tokens.end(first - 1)) first--;
  return first === last ? words.is(last, NUMBERED_NAME_HEAD) : NUMBERED_NAME_HEADS.has(text.slice(tokens.start(first), tokens.end(last)));
}

/**
 * Month names are surnames too: "Theresa May", "Prime Minister May", "Mrs May". After a given name, a title or an
 * honorific, and with no day number after it, the word is part of the name.
 */
function isNameNotDate(tokens: TokenList, i: number): boolean {
  if (i === 0 || tokens.kind(i - 1) !== 'word') return false;
  if (i + 1 < tokens.length && tokens.kind(i + 1) === 'number') return false;
  return words.is(i - 1, GIVEN_NAME | HONORIFIC | TITLE_HEAD);
}

/**
 * How many tokens from i join the run to a following capitalised word (0 when none): "Bank of England",
 * "Secretary of the Treasury", "Procter & Gamble", "Department of Health and Human Services".
 */
function joinLength(text: string, tokens: TokenList, i: number, runStart: number, to: number, lexicon: Lexicon): number {
  // Only a capitalised word one or two tokens on can be joined to, and most runs end before lower-case words
  // ("Mnuchin said on"): those are ruled out by their first letters before the word at i is read.
  if (i + 1 >= to || (!isCapitalised(text, tokens, i + 1) && (i + 2 >= to || !isCapitalised(text, tokens, i + 2)))) return 0;
  const connector = words.word(i);
  // "Subcommittee on the Constitution": a body named by its subject may take "the" after "on" as well.
  const ofThe = (connector === 'of' || connector === 'for' || (connector === 'on' && SUBJECT_HEADS.has(words.word(i - 1)))) && words.word(i + 1) === 'the';
  // "Johan van der Merwe", "Ana de la Cruz": two particles in a row join like one.
  if (NAME_PARTICLES.has(connector) && i + 2 < to && NAME_PARTICLES.has(words.word(i + 1)) && isCapitalised(text, tokens, i + 2)) return 3;
  const next = ofThe ? i + 2 : i + 1;
  if (next >= to || !isCapitalised(text, tokens, next) || words.is(next, HONORIFIC)) return 0;
  if (connector === '&') return 2;
  if (connector === ',') return partnersLength(text, tokens, i, runStart, to) || subjectListLength(text, tokens, i, runStart, to, lexicon);
  // "Prairie Holdings Corp. of Wichita": a legal suffix closes the firm's name, and "of" gives its home town; so
  // do a town and its state after a name of two words or more ("Anchor Housing Solutions of Baton Rouge, La.").
  if (connector === 'of' && (words.is(i - 1, LEGAL_SUFFIX) || (i - runStart >= 2 && isHomeTown(text, tokens, next, to)))) return 0;
  if (isPluralPossessiveInName(tokens, i, runStart)) return 2;
  if (!words.is(i, CONNECTOR) || connector === 'the') return 0;
  // "Gaffney's Sporting Goods on Main Street": a business on its street, two names ("Stoke on Trent" is one). A body
  // named by its subject is one name with it: "Commission on Rural Broadband", "Senate Committee on Ethics".
  // It stays on its own before a place or a street: "the Arts Center on Main Street".
  if (connector === 'on' && (SUBJECT_HEADS.has(words.word(i - 1)) ? isPlaceAfterOn(next, to) : words.is(i - 1, ORGANIZATION_END) || SHOP_ENDS.has(words.word(i - 1)))) return 0;
  if ((connector === 'of' || connector === 'for') && isPersonSoFar(runStart, i)) return 0;
  // "Marisol Quispe of Peru", "Liliana Benítez of the Cámara Fluvial": two or three words that are no common word,
  // no place and no organisation's are a person (whose given name the list may not know), then an affiliation.
  if (connector === 'of' && isUnknownPersonalName(runStart, i)) return 0;
  // "Piedmont Airlines of Winston-Salem": a business, then its home town.
  if (connector === 'of' && i - runStart >= 2 && FIRM_ENDS.has(words.word(i - 1)) && words.is(next, KNOWN_PLACE | PLACE_OPENER)) return 0;
  // "Clay Hutchens, Republican of Oklahoma": a party's member from a place, two names.
  if (connector === 'of' && words.is(i - 1, PARTY_MEMBER)) return 0;
  if (connector === 'and') {
    if (isOrganizationAfterAnd(text, tokens, runStart, i, to, lexicon)) return 2;
    if (isSubjectListBeforeAnd(runStart, i) && isLastSubjectAfterAnd(i + 1, to)) return 2;
    // "Mnuchin and Ross" are two names; "Trinidad and Tobago" and "Department of Health and Human Services" are one.
    // "the Bank of Montreal and Barclays": a place after "of" ends its organisation, and "and" opens a second name.
    const of = isOfOrFor(i - 2, runStart) ? i - 2 : isOfOrFor(i - 3, runStart) ? i - 3 : -1;
    const recentOf = of >= 0 && !isPersonSoFar(runStart, i) && !opensPersonalName(i + 1, to, lexicon) && !isPlaceBetween(of + 1, i);
    const soFar = text.slice(tokens.start(runStart), tokens.end(i - 1));
    return recentOf || lexicon.isKnownPlace(`${soFar} and ${words.word(i + 1)}`) ? 2 : 0;
  }
  return next - i + 1;
}

/**
 * "Bremmer, Oakes & Co.", "Milstein, Varga & Hollis": a law firm's or a brokerage's partners, one surname each,
 * listed with commas up to an ampersand, make one name. Returns how many tokens from the comma at `comma` reach the
 * word after the ampersand (0 when the words are no such list: "Boston, Mass.", "Smith, Jones and Brown").
 */
function partnersLength(text: string, tokens: TokenList, comma: number, runStart: number, to: number): number {
  if (comma - runStart !== 1 || words.is(runStart, COMMON | KNOWN_PLACE | HONORIFIC)) return 0;
  for (let k = comma + 1; k + 2 < to && k < comma + 9; k += 2) {
    if (!isCapitalised(text, tokens, k) || words.is(k, COMMON | KNOWN_PLACE)) return 0;
    const after = words.word(k + 1);
    if (after === ',') continue;
    // The place is asked last: most commas after one word are no such list.
    return after === '&' && isCapitalised(text, tokens, k + 2) && placeKind(words.word(runStart)) === undefined ? k + 3 - comma : 0;
  }
  return 0;
}

/**
 * "Department for Environment, Food and Rural Affairs", "Bureau of Alcohol, Tobacco, Firearms and Explosives": an
 * agency's subjects after "of" or "for" run on through their commas to "and". Returns how many tokens from the comma
 * at `comma` reach the word after that "and" (0 when the words are no such list: "Smith, Jones and Brown").
 */
function subjectListLength(text: string, tokens: TokenList, comma: number, runStart: number, to: number, lexicon: Lexicon): number {
  const of = opensSubjects(comma - 2, runStart) ? comma - 2 : opensSubjects(comma - 3, runStart) ? comma - 3 : -1;
  if (of < 0 || !isBodyHead(of - 1)) return 0;
  // A subject is a word like one (isSubjectWord: "Science", "Transportation"), or the plural of a common word the
  // lexicon has only in the singular ("Firearms").
  const isSubject = (k: number) => k < to && isCapitalised(text, tokens, k) && (isSubjectWord(k) || isPluralOfCommonWord(words.lower(k), lexicon));
  for (let k = comma; k < to && k < comma + 12; ) {
    if (words.word(k) === ',') k++;
    if (words.word(k) === 'and') return isSubject(k + 1) ? k + 1 - comma : 0;
    if (!isSubject(k)) return 0;
    k++;
    if (isSubject(k)) k++;
    if (words.word(k) !== ',' && words.word(k) !== 'and') return 0;
  }
  return 0;
}

/** Token k is the "of", "for" or "on" after which a body's subjects are listed. */
const opensSubjects = (k: number, runStart: number) => isOfOrFor(k, runStart) || (k > runStart && words.word(k) === 'on');

/** Token k heads a body that is named by its subjects: "Commission", "Center", "Ministry". */
const isBodyHead = (k: number) => words.is(k, ORGANIZATION_END) || SUBJECT_HEADS.has(words.word(k));

/**
 * "Coalition for Gun Violence Prevention and …", "Council on Census Quality and …": an organisation's head word,
 * "of", "for" or "on", then one to six subjects (capitalised words that name no place or person) up to the "and" at
 * `and`.
 */
function isSubjectListBeforeAnd(runStart: number, and: number): boolean {
  for (let k = and - 1, subjects = 0; k > runStart && subjects <= 6; k--) {
    // "Long-Term Care": the hyphen of a compound subject is no word.
    if (words.word(k) === '-') continue;
    if (opensSubjects(k, runStart)) return subjects > 0 && isBodyHead(k - 1);
    // Words between the head and "and" are its subjects unless a place or a person's name says otherwise: a subject
    // the data has capitalised too often to count it common ("Rural Broadband") is one still.
    if (!isSubjectWord(k) && !isNamelessCapitalised(k)) return false;
    subjects++;
  }
  return false;
}

/**
 * The capitalised words from `first` finish a body's subjects ("… and Digital Equity", "… and Law"): common words,
 * no place, no person's given name before a surname, and no organisation's word, which would open a second name
 * ("the Ministry of Defence and Foreign Office").
 */
function isLastSubjectAfterAnd(first: number, to: number): boolean {
  if (first >= to || !isSubjectWord(first)) return false;
  if (words.is(first, GIVEN_NAME) && first + 1 < to && words.is(first + 1, CAPITALISED) && !words.is(first + 1, COMMON)) return false;
  for (let k = first; k < to && k < first + 4 && words.is(k, CAPITALISED); k++) if (words.is(k, ORGANIZATION_END)) return false;
  return true;
}

/**
 * Token k could be one of a body's subjects: a common word, or a word shaped like an abstract noun or an adjective
 * that no list knows as a place or a given name ("Transportation", "Regulatory", "Competitiveness").
 */
function isSubjectWord(k: number): boolean {
  if (!words.is(k, CAPITALISED) || words.is(k, KNOWN_PLACE | HONORIFIC)) return false;
  if (words.is(k, COMMON)) return true;
  return SUBJECT_SHAPE.test(words.word(k)) && !words.is(k, GIVEN_NAME) && !isNationalOrPlace(k);
}

/** One of the tokens [from, to) is a place: "Montreal" in "Bank of Montreal". */
function isPlaceBetween(from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isNationalOrPlace(k)) return true;
  return false;
}

/** Token k is a capitalised word that no list knows as a place, a given name or a form of address. */
function isNamelessCapitalised(k: number): boolean {
  return TITLE_CASE_WORD.test(words.word(k)) && !words.is(k, GIVEN_NAME | HONORIFIC) && !isNationalOrPlace(k);
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The endings of English abstract nouns and adjectives, after a capital: "Competitiveness", "Regulatory". */
const SUBJECT_SHAPE = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ity|ence|ance|ism|ics|ure|ness|ship|ing|ogy|ory|ary|al|ic|ive|ous|our|or)s?$/u;

/** The words after "on" name a place or a street ("Arts Center on Main Street", "Council on Guernsey"). */
function isPlaceAfterOn(next: number, to: number): boolean {
  if (isNationalOrPlace(next)) return true;
  for (let k = next; k < to && k < next + 4 && words.is(k, CAPITALISED); k++) if (words.is(k, STREET_END)) return true;
  return false;
}

function isPluralOfCommonWord(lower: string, lexicon: Lexicon): boolean {
  return lower.length > 3 && lower.endsWith('s') && lexicon.isCommonWord(lower.slice(0, -1));
}

/**
 * "the Food and Drug Administration", "The Securities and Exchange Commission", "the National Parks and Wildlife
 * Service": up to three words that open no person's name and make no place or firm of their own, "and", then
 * capitalised words that close like an organisation within four words make one name ("Mnuchin and Ross",
 * "China and Bank of America", "Microsoft Corp. and Apple Inc." do not).
 */
function isOrganizationAfterAnd(text: string, tokens: TokenList, runStart: number, and: number, to: number, lexicon: Lexicon): boolean {
  // The words before "and" back to a connector ("Staff of the Federal Savings and …") or to the run's start, where a
  // capital "The" opening the sentence is not part of the name.
  let first = and - 1;
  while (first > runStart && first > and - 4 && !words.is(first - 1, CONNECTOR) && isCapitalised(text, tokens, first - 1)) first--;
  if (first === runStart && words.word(first) === 'The' && first < and - 1) first++;
  if (first > runStart && !words.is(first - 1, CONNECTOR) && !(first - 1 === runStart && words.word(runStart) === 'The')) return false;
  if (words.is(first, GIVEN_NAME)) return false;
  const left = and - first;
  // "Microsoft Corp. and Apple Inc.": a firm's whole name before "and". A legislature's committee is named by
  // its subjects, which may end like a firm ("House Energy and Commerce Committee"), and so is a country's agency
  // ("U.S. Securities and Exchange Commission"), their subjects common words ("China Energy and Sinopec Corp." are two firms).
  const agencyOpener = COMMITTEE_OPENERS.has(words.word(first)) || (left === 2 && words.is(first, KNOWN_PLACE) && words.is(and + 1, COMMON));
  if (left > 1 && words.is(and - 1, ORGANIZATION_END) && !agencyOpener) return false;
  if (left === 1 ? words.is(first, KNOWN_PLACE) : lexicon.isKnownPlace(text.slice(tokens.start(first), tokens.end(and - 1)))) return false;
  // "Transport and Depot Workers' Union": a plural's bare apostrophe is no word of the four; "Natural Gas Regulatory
  // Board" closes on the fourth, and "Industrial Research Organisation's" on a possessive.
  for (let k = and + 1, counted = 0; k < to && counted < 4; k++) {
    if (isPluralPossessiveInName(tokens, k, and + 1)) continue;
    if (!words.is(k, CAPITALISED)) return false;
    if (closesOrganization(k)) return true;
    counted++;
  }
  return false;
}

/**
 * "Teachers' Union", "Supporters’ Trust": the possessive of a plural common noun, written as a bare apostrophe,
 * stands inside a name when a capitalised word follows. A family's ("the Hallorans' lawyer") ends it.
 */
function isPluralPossessiveInName(tokens: TokenList, apostrophe: number, runStart: number): boolean {
  const mark = words.word(apostrophe);
  if (mark !== "'" && mark !== '’') return false;
  const noun = apostrophe - 1;
  // A plural no list knows ("Cricketers", "Packers") counts where an organisation's word follows: "The Professional
  // Cricketers' Association".
  return noun >= runStart && tokens.start(apostrophe) === tokens.end(noun) && tokens.end(apostrophe) < tokens.start(apostrophe + 1)
    && words.word(noun).endsWith('s') && (words.is(noun, COMMON) || (!words.is(noun, GIVEN_NAME | KNOWN_PLACE) && words.is(apostrophe + 1, ORGANIZATION_END)));
}

/**
 * A given name after "and" opens a person's name ("the Bank of Montreal and Grace Okafor"), unless it and the
 * word after it are both common words: "Department of Housing and Urban Development('s)".
 */
function opensPersonalName(k: number, to: number, lexicon: Lexicon): boolean {
  if (!words.is(k, GIVEN_NAME)) return false;
  const next = k + 1;
  const commonNext = next < to && words.is(next, CAPITALISED) && (words.is(next, COMMON) || lexicon.isCommonWord(withoutPossessive(words.lower(next))));
  return !(words.is(k, COMMON) && commonNext);
}

/** Up to three capitalised words from `from`, then a comma and a US state, as AP style gives a firm's town: "Boise, Idaho". */
function isHomeTown(text: string, tokens: TokenList, from: number, to: number): boolean {
  let end = from;
  while (end < to && end < from + 3 && isCapitalised(text, tokens, end)) end++;
  if (end === from) return false;
  STATE_AFTER_TOWN.lastIndex = tokens.end(end - 1);
  const state = STATE_AFTER_TOWN.exec(text)?.[1];
  return state !== undefined && (STATE_ABBREVIATIONS.has(state) || placeKind(state) === 'region');
}

const STATE_AFTER_TOWN = /, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?![\p{L}])/uy;

/** Token k is "of" or "for" inside the run that starts at runStart. */
function isOfOrFor(k: number, runStart: number): boolean {
  return k > runStart && (words.word(k) === 'of' || words.word(k) === 'for');
}

/** "Liu He of the Communist Party", "Vice Premier Liu He of …", "John Smith of Reuters": a person, then an affiliation. */
function isPersonSoFar(from: number, to: number): boolean {
  // "Prof. Anton Brevik of …", "Cllr Nusrat Begum of …": a form of address opens a person's name.
  // "Georgia Bureau of Investigation": a given name that closes with an organisation's word names no person.
  if (words.is(from, GIVEN_NAME | HONORIFIC) && to - from >= 2 && !words.is(to - 1, ORGANIZATION_END)) return true;
  // "General Administration of Customs": a title head before an organisation's word opens the organisation.
  for (let k = from; k < to - 1; k++) if (words.is(k, TITLE_HEAD) && !words.is(k + 1, TITLE_WORD | ORGANIZATION_END)) return true;
  return false;
}

/**
 * "By Raymond Kessling" over "National Press Wire Writer" or "Continental News Service": the short line under a
 * byline that gives the author's job or outlet belongs to the byline.
 */
function isBylineOutletLine(model: SegmentedArticle, paragraph: number, from: number, to: number): boolean {
  const line = model.paragraphs[paragraph]!;
  if (paragraph === 0 || model.paragraphs[paragraph - 1]!.role !== 'byline' || line.sentenceCount !== 1 || to - from > 8) return false;
  if (endsWithStop(model.text, line.end)) return false;
  let last = to - 1;
  while (last > from && model.tokens.kind(last) !== 'word') last--;
  if (BYLINE_JOBS.has(words.lower(last))) return true;
  for (let k = from; k <= last; k++) if (OUTLET_WORDS.has(words.word(k))) return true;
  return false;
}

/** The text before `end` closes with a stop, perhaps inside a closing quote: a sentence, not a headline. */
function endsWithStop(text: string, end: number): boolean {
  let i = end - 1;
  if (i >= 0 && '"”’\''.includes(text[i])) i--;
  return i >= 0 && '.!?'.includes(text[i]);
}

/** Most words of the line are capitalised: a headline or a subheading. */
function isTitleCase(text: string, tokens: TokenList, from: number, to: number): boolean {
  let counted = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    if (tokens.kind(i) !== 'word') continue;
    if (words.word(i).length <= 3 && words.is(i, LOWER_CASE)) continue; // "of", "to", "in" stay lower case in Title Case
    counted++;
    if (isCapitalised(text, tokens, i)) capitalised++;
  }
  return counted >= 4 && capitalised / counted >= 0.75;
}

type Piece = Candidate;

/**
 * Turns one run of capitalised tokens into candidate names: drops common words that are capitalised only
 * because they open a sentence or stand in a headline, strips titles before a name, and splits at
 * possessives and place compounds.
 */
function shapeRun(text: string, tokens: TokenList, start: number, end: number, firstWord: number, titleCase: boolean, lexicon: Lexicon, pieces: Piece[]): void {
  let before = '';
  let i = start;
  // An honorific right before the run ("Mr. Liu") is context, not name.
  if (i > 0 && words.is(i - 1, HONORIFIC)) before = words.lower(i - 1);
  for (let segmentStart = start, cut = start; segmentStart < end; segmentStart = cut) {
    cut = segmentEnd(segmentStart, end);
    // A segment cut before a party's member never ends in a possessive: that word would have been the cut.
    const possessiveEnd = cut < end && endsInPossessive(cut - 1);
    i = segmentStart;
    let last = cut;
    // Honorifics are never part of the name; "The", "In", "But" are capitalised only because they open a
    // sentence (or a quotation); in headlines any common word is capitalised.
    while (i < last && (words.is(i, HONORIFIC | PRONOUN_I) || (i + 1 < last && isDescriptiveCompound(i))
      || ((titleCase || i <= firstWord) && isDroppable(text, tokens, i, titleCase)))) {
      if (words.is(i, HONORIFIC)) before = words.lower(i);
      i++;
    }
    while (last > i && words.is(last - 1, CONNECTOR)) last--;
    if (i >= last) continue;
    // Titles before a name: "Treasury Secretary Steven Mnuchin", "Secretary of State Mike Pompeo".
    const title = titleSpan(i, last);
    if (title) {
      // What stands before the title is a name of its own: "US" in "US Treasury Secretary Steven Mnuchin". It may
      // be a titled name joined by "and", which belongs to neither: "U.S. Secretary of Treasury Steven Mnuchin and
      // Commerce Secretary Wilbur Ross" is shaped as two runs.
      let ownEnd = title[0];
      while (ownEnd > i && words.is(ownEnd - 1, CONNECTOR)) ownEnd--;
      if (ownEnd < title[0] && titleSpan(i, ownEnd)) shapeRun(text, tokens, i, ownEnd, firstWord, titleCase, lexicon, pieces);
      else if (ownEnd > i) pieces.push(piece(text, tokens, i, ownEnd, i <= firstWord, before));
      before = text.slice(tokens.start(title[0]), tokens.end(title[1] - 1)).toLowerCase();
      i = title[1];
    }
    // "Governor of Virginia": the title takes the head, and "of" is left at the front of what remains. A surname's
    // particles stay: "Mr van der Berghe", "President de Gaulle".
    while (i < last && words.is(i, CONNECTOR) && !isParticleBeforeName(i, last)) i++;
    if (i >= last) continue;
    const context = before;
    before = '';
    // "The President said": a title alone names no one here.
    if (onlyTitleWords(i, last)) continue;
    // "the Dutch Foreign Minister, Hans Broek", "the Bank of England Governor said": a nationality, a place or an
    // organisation before a title that no name follows is a name of its own, and the title is none.
    const owner = last - i >= 2 && words.is(last - 1, TITLE_HEAD) ? titleOwnerEnd(i, last) : -1;
    if (owner > i) {
      pieces.push(piece(text, tokens, i, owner, i <= firstWord, context));
      continue;
    }
    if (titleCase) {
      // "US-China Trade Talks End": a headline's names are split at place compounds like a sentence's.
      for (const [a, b] of splitAtCommonWords(text, tokens, i, last)) pushCompoundParts(text, piece(text, tokens, a, b, a <= firstWord, context), lexicon, pieces);
    } else {
      pushCompoundParts(text, piece(text, tokens, i, last, i <= firstWord, context), lexicon, pieces);
    }
    before = possessiveEnd ? "'s" : '';
  }
}

/** Token i is a surname particle, perhaps one of two ("van der"), before a word of the run: "ter Horst". */
function isParticleBeforeName(i: number, last: number): boolean {
  let k = i;
  while (k < last && NAME_PARTICLES.has(words.word(k))) k++;
  return k > i && k < last && !words.is(k, CONNECTOR);
}

/** Two or three words none of which is common, a place, a title or an organisation's: a name like "Marisol Quispe". */
function isUnknownPersonalName(from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    if (!words.is(k, CAPITALISED) || words.is(k, COMMON | KNOWN_PLACE | KNOWN_ORGANIZATION | ORGANIZATION_END | TITLE_HEAD | TITLE_WORD | CONNECTOR)) return false;
    if (placeKind(words.word(k)) !== undefined) return false;
  }
  return true;
}

/**
 * Where the owner of a title that closes [from, to) ends: "Dutch" of "Dutch Foreign Minister", "Bank of England" of
 * "Bank of England Governor"; -1 where the words before the title are no nationality, place or organisation.
 */
function titleOwnerEnd(from: number, to: number): number {
  let title = to - 1;
  while (title > from && words.is(title - 1, TITLE_WORD) && !words.is(title - 1, ORGANIZATION_END | KNOWN_ORGANIZATION)) title--;
  if (title === from) return -1;
  if (title - from === 1) return isNationalOrPlace(from) ? title : -1;
  return words.is(title - 1, ORGANIZATION_END) || isNationalOrPlace(title - 1) ? title : -1;
}

/** Token i is a nationality word ("Dutch") or a place ("Kenya", "England"). */
const isNationalOrPlace = (i: number) => words.is(i, KNOWN_PLACE) || placeKind(words.word(i)) !== undefined;

/** "The President said" names no one; "the Treasury said" and "the Labour MP" name an organisation. */
function onlyTitleWords(from: number, to: number): boolean {
  // "the Federal Police", "the Supreme Court": title words that close on an organisation's word name it.
  if (to - from >= 2 && words.is(to - 1, ORGANIZATION_END)) return false;
  for (let k = from; k < to; k++) if (!words.is(k, TITLE_WORD) || words.is(k, KNOWN_ORGANIZATION)) return false;
  return true;
}

/** "Mum-of-three Kelly Ashworth", "Left-arm spinner": a compound with lower-case parts describes the name after it. */
const isDescriptiveCompound = (i: number) => words.is(i, HYPHENATED) && LOWER_CASE_PART.test(words.word(i));
/** A constant, not a literal in the function: the bundler writes a literal with \p{…} as a RegExp built at every call. */
const LOWER_CASE_PART = /-\p{Ll}/u;

const COMPOUND_SUFFIXES = new Set(nameParts.compoundSuffixes);
/** "Luncheonette", "Hardware": the last word of a shop's name, before which the owner's possessive stays in the name. */
const SHOP_ENDS = new Set(nameParts.shopEnds);
/** Bodies named by their subject after "on": "Commission on Civil Rights", "Council on Foreign Relations". */
const SUBJECT_HEADS = new Set(nameParts.subjectHeads);
/** The length of the "-born" of "Swedish-born" (hyphen included): a name, then a word saying how it describes what follows. */
function compoundSuffixLength(word: string): number {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && COMPOUND_SUFFIXES.has(word.slice(hyphen + 1)) ? word.length - hyphen : 0;
}
/** Token i is a describing compound that opens with a name ("Salina-based", "Swedish-born", "Iran-backed"). */
const endsInCompoundSuffix = (i: number) => words.is(i, HYPHENATED) && compoundSuffixLength(words.word(i)) > 0;

/** The span of tokens [first, last), without a closing possessive ("Trump’s" → "Trump") or "-based" ("Salina-based" → "Salina"). */
function piece(text: string, tokens: TokenList, first: number, last: number, sentenceStart: boolean, before: string): Piece {
  let end = tokens.end(last - 1);
  const apostrophe = text.charCodeAt(end - 2);
  if (text.charCodeAt(end - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019)) end -= 2;
  else if (endsInCompoundSuffix(last - 1)) end -= compoundSuffixLength(words.word(last - 1));
  return { start: tokens.start(first), end, first, last, context: { sentenceStart, before, compoundPart: false, titleCase: false, dateline: false, byline: false } };
}

function isDroppable(text: string, tokens: TokenList, i: number, titleCase: boolean): boolean {
  if (words.is(i, HONORIFIC)) return true;
  // Only a common word is dropped (the last rule), and every rule after this one keeps one: a word that is no common
  // word ("Mnuchin", "China") is kept without the lower-case copies and look-ups those rules make.
  if (!words.is(i, COMMON)) return false;
  // "Associated Press writer Ana Ruiz contributed": a newswire's first word opens the sentence as the name.
  if (i + 1 < tokens.length && AGENCY_OPENINGS.get(words.word(i))?.has(words.word(i + 1))) return false;
  // "Mill Road has served us": a common word before a street's word is the street's name.
  if (i + 1 < tokens.length && words.is(i + 1, STREET_END)) return false;
  // "Route 9 and Highway 101 closed": a numbered name's head word opens the sentence as the name.
  if (words.is(i, NUMBERED_NAME_HEAD) && i + 1 < tokens.length && tokens.kind(i + 1) === 'number') return false;
  if (words.is(i, KNOWN_PLACE | KNOWN_ORGANIZATION)) return false;
  // "Network Rail said", "Natural Resources Wales has": a word that opens names more often than sentences. (Not in
  // a Title Case line, where every word is capitalised: "Ohio Bank Holding Companies Agree".)
  if (!titleCase && words.is(i, NAME_OPENER) && i + 1 < tokens.length && isCapitalised(text, tokens, i + 1)) return false;
  // "Grant Oyelaran, a portfolio manager": a given name that is also a word, before a word no dictionary knows.
  if (words.is(i, GIVEN_NAME) && i + 1 < tokens.length && isCapitalised(text, tokens, i + 1) && !words.is(i + 1, COMMON)) return false;
  // "Bank of England Governor …", "Ministry of Defence officials": an organisation's head word before "of".
  if (words.is(i, ORGANIZATION_END) && i + 2 < tokens.length && (words.word(i + 1) === 'of' || words.word(i + 1) === 'for') && isCapitalised(text, tokens, i + 2)) return false;
  // "Van der Linden said", "Von Hallberg was": a surname's particle, capitalised at the start of a sentence.
  if (i + 1 < tokens.length && words.is(i, NAME_PARTICLE) && (isCapitalised(text, tokens, i + 1) || NAME_PARTICLES.has(words.word(i + 1)))) return false;
  // "West Yorkshire Police", "New York": a compass word or the first word of a known place opens the name.
  // (The word's facts answer both questions without a lower-case copy of it: most words that get here are neither.)
  if (i + 1 < tokens.length && isCapitalised(text, tokens, i + 1) && (words.is(i, COMPASS_WORD) || (words.is(i, PLACE_OPENER) && words.lower(i) !== 'the' && isPlaceName(`${words.word(i)} ${words.word(i + 1)}`)))) return false;
  return titleCase || !words.is(i, TITLE_WORD) || !isCapitalised(text, tokens, i + 1);
}


/**
 * The first two words of the newswires' names of two words or more ("Associated Press", "United Press"), the second
 * words by the first: asked of every common word that opens a sentence, which a pair joined into a string was not.
 */
const AGENCY_OPENINGS = new Map<string, Set<string>>();
for (const name of nameParts.agencies) {
  const [first, second] = name.split(' ');
  if (second === undefined) continue;
  let seconds = AGENCY_OPENINGS.get(first);
  if (!seconds) AGENCY_OPENINGS.set(first, (seconds = new Set()));
  seconds.add(second);
}

/** "Liberal Democrats", "Christian Democrats", "Social Democrats" are parties: an adjective before the member keeps it. */
const PARTY_NAME_ADJECTIVE = /(?:al|ic|ian|ist)$/;

/**
 * Where the segment of a run that starts at `from` ends: after a word that ends in ’s or 's (but not inside
 * "People’s Bank of China", "St. Joseph's Church") or in a describing compound ("Salina-based Heartland Rural
 * Health": the place, then the company), before a party's member ("Texas Democrat", "House Republicans", not "Liberal
 * Democrats"), or at the run's end. Read in place: runs are cut for every name of every article.
 */
function segmentEnd(from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (i + 1 < end && endsInPossessive(i) && !isPossessiveInPlaceName(i, end)) return i + 1;
    if (i + 1 < end && endsInCompoundSuffix(i)) return i + 1;
    if (i > from && words.is(i, PARTY_MEMBER) && !PARTY_NAME_ADJECTIVE.test(words.word(i - 1))) return i;
  }
  return end;
}

const endsInPossessive = (i: number) => words.is(i, POSSESSIVE) && !words.is(i, POSSESSIVE_IN_NAME);
/** Token k is an organisation's closing word, perhaps in the possessive: "Board", "Organisation's". */
const closesOrganization = (k: number) => words.is(k, ORGANIZATION_END) || (words.is(k, POSSESSIVE) && ORGANIZATION_ENDS.has(withoutPossessive(words.word(k))));

const COMMITTEE_OPENERS = new Set(nameParts.committeeOpeners);

const SAINTS = new Set(['St.', 'St', 'Saint', 'ST.', 'ST']);

/**
 * "St. Joseph's Church", "Lorraine's Luncheonette", "Gaffney's Sporting Goods": a saint's possessive, or an owner's
 * before the word that closes a shop's name, stands inside the name. A place's or an organisation's does not
 * ("China's Commerce Ministry").
 */
function isPossessiveInPlaceName(i: number, end: number): boolean {
  if (i > 0 && SAINTS.has(words.word(i - 1))) return true;
  if (words.is(i, KNOWN_PLACE | KNOWN_ORGANIZATION) || demonymOf(withoutPossessive(words.word(i))) !== undefined) return false;
  for (let k = i + 1; k < Math.min(i + 4, end); k++) if (SHOP_ENDS.has(words.word(k))) return true;
  return false;
}

/**
 * The title words inside [from, to) that stand before a name, as [start, end), or undefined when there are
 * none or no name follows them. "US Secretary of the Treasury Steven Mnuchin" → "Secretary of the Treasury".
 */
function titleSpan(from: number, to: number): [number, number] | undefined {
  let lastHead = -1;
  // Past two words that are no title words, a title only follows the organisation or place it belongs to:
  // "Fresno County Superior Court Judge Evelyn Marquardt", "Bank of England Governor Andrew Bailey".
  let deep = false;
  for (let i = from; i < to - 1; i++) {
    if (words.is(i, TITLE_HEAD) && (!deep || lastHead >= 0 || words.is(i - 1, ORGANIZATION_END | KNOWN_PLACE) || isPlaceName(words.word(i - 1)))) lastHead = i;
    else if (!words.is(i, TITLE_WORD) && lastHead < 0 && i > from + 1) deep = true;
  }
  if (lastHead < 0) return undefined;
  let end = lastHead + 1;
  // "the Premier League": a head word before an organisation's last word is part of that name, and so is one
  // before words that close like an organisation's name with no given name among them: "General Accounting Office".
  // So it is in the possessive: "the Justice Department's inspector general".
  if (closesOrganization(end)) return undefined;
  if (words.is(to - 1, ORGANIZATION_END) && !hasGivenName(end, to)) return undefined;
  // "Secretary of State Mike Pompeo": the office after "of" belongs to the title.
  if (words.word(end) === 'of' && end + 2 < to) end += words.word(end + 1) === 'the' ? 3 : 2;
  if (end >= to) return undefined;
  let start = lastHead;
  while (start > from && words.is(start - 1, TITLE_WORD)) start--;
  return [start, end];
}

function hasGivenName(from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.is(k, GIVEN_NAME)) return true;
  return false;
}

/** The names in a Title Case run: the stretches of capitalised words that are not common ones. */
function splitAtCommonWords(text: string, tokens: TokenList, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = -1;
  // "CBN Takes Over Oduya Merchant Bank": common words that close a name on an organisation's word stay in it.
  let keptUntil = -1;
  for (let i = from; i <= to; i++) {
    // "Lindqvist & Moreau Fined": an ampersand between two names joins them into a firm's name.
    const ampersand = start >= 0 && i + 1 < to && words.word(i) === '&' && isCapitalised(text, tokens, i + 1);
    if (start >= 0 && i > keptUntil && i < to) keptUntil = organizationWordsFrom(text, tokens, start, i, to);
    const common = i < to && !ampersand && i > keptUntil && (isDroppable(text, tokens, i, true) || !isCapitalised(text, tokens, i));
    if (i < to && !common) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      parts.push([start, i]);
      start = -1;
    }
  }
  return parts;
}

/**
 * In a Title Case line, the last token of up to three capitalised common words from `from` that end on an
 * organisation's word ("Merchant Bank", "Media", "Group's"), after a name that is no place or nationality ("Oduya",
 * not "Ohio" or "Welsh"); or -1.
 */
function organizationWordsFrom(text: string, tokens: TokenList, nameStart: number, from: number, to: number): number {
  if (words.is(nameStart, COMMON)) return -1;
  // "CBC News", "RNZ News": a broadcaster's or a paper's word after letters in capitals.
  if (from === nameStart + 1 && OUTLET_WORDS.has(words.word(from)) && isAcronym(words.word(nameStart))) return from;
  for (let k = from; k < to && k < from + 3; k++) {
    if (!isCapitalised(text, tokens, k) || !words.is(k, COMMON)) return -1;
    // The name is asked of the gazetteer last: this runs for every word of a Title Case line, and most close no organisation.
    if (closesOrganization(k)) return isNationalOrPlace(nameStart) ? -1 : k;
  }
  return -1;
}

/** Two to five capital letters: "CBC", "KTMN". */
const isAcronym = (word: string) => /^[A-Z]{2,5}$/.test(word);

/** "US-China" alone is two places; inside a longer name ("US-China Business Council") it stays whole. */
function pushCompoundParts(text: string, candidate: Piece, lexicon: Lexicon, pieces: Piece[]): void {
  if (candidate.last - candidate.first !== 1 || !words.is(candidate.first, HYPHENATED)) {
    pieces.push(candidate);
    return;
  }
  const w = text.slice(candidate.start, candidate.end);
  const parts = w.split(/[-‐]/);
  // "Asia-Europe", "Paraná-Paraguay": places of any kind, unless the whole is one ("Guinea-Bissau").
  if (parts.length < 2 || !parts.every((part) => lexicon.isKnownPlace(part) || isPlaceName(part)) || isPlaceName(w)) {
    pieces.push(candidate);
    return;
  }
  let offset = candidate.start;
  for (const part of parts) {
    pieces.push({ start: offset, end: offset + part.length, first: candidate.first, last: candidate.last, context: { ...candidate.context, compoundPart: true } });
    offset += part.length + 1;
  }
}
