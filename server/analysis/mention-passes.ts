// Passes over the typed mentions, after the tagger: name parts and nicknames, a dateline's place, surname particles,
// states after cities, lone unintroduced people. Separate from entities.ts, which types one candidate at a time.
import { SegmentedArticle } from './article';
import { EntityType, RawMention } from './entity-types';
import { Candidate, Lexicon } from './name-candidates';
import placeExtras from './data/place-extras.json';
import { GAZETTEER_PLACES, STATE_ABBREVIATIONS } from './places';
import { SpellingMemo, TokenWords } from './token-words';
import { TokenList } from './token-list';
import { COMMON, FIRM_ENDS, GIVEN_NAME, GIVEN_NAMES, honorificBefore, KNOWN_PLACE, LEGAL_SUFFIXES, NAME_PARTICLES, ORGANIZATION_ENDS, PLACE_PREPOSITIONS, wordFacts } from './word-facts';
import { isLowerCaseAscii, Span } from './text';

// Patterns with \p{…} are module constants, never literals inside a function (see entities.ts).
/** "Portland, Ore.": the state after a city, as AP style abbreviates it. */
const STATE_AFTER_CITY = new RegExp(`^, (${placeExtras.stateAbbreviations.map((a) => a.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
/** "Sen. Jane Doe, R-Ohio,", "Rep. John Roe, D-N.M.": the party letter and the state the member represents. */
const PARTY_STATE_TAG = /^, [RDI]-(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=[,);])/u;
const OPENS_UPPER_CASE = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Names the tagger was unsure of, settled by the names it was sure of in the same article: a longer name is a
 * person when one of its words is a person elsewhere ("Xi Jinping" once "Xi" is known, "Hua Chunying" once "Hua"
 * is); a lone word is the person whose surname it is ("Okafor won." after "Jamal Okafor"), or the organisation
 * whose first word it is ("Pellucid said" after "Pellucid Systems"), unless it is a common word.
 */
export function withNameParts(model: SegmentedArticle, words: TokenWords, mentions: RawMention[], unsure: Candidate[], lexicon: Lexicon): RawMention[] {
  const { text } = model;
  // Names are cut into words only where an answer needs them: this runs for every article, most with few unsure names.
  const people: string[] = [];
  // The people of one word, and their names: only such a name can be an organisation's first word (see below).
  const oneWordPeople: RawMention[] = [];
  const oneWordNames: string[] = [];
  /** The places of one word ("Zawadi" when the tagger read it as a place): a firm's first word may be one (see below). */
  const oneWordPlaces: RawMention[] = [];
  const surnames = new Set<string>();
  /** The first words of the people's names of two words or more: a given name, or a family name written first. */
  const firstNames = new Set<string>();
  /** The organisations' names of two words or more. */
  const longOrganizations: RawMention[] = [];
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
        firstNames.add(name.slice(0, name.indexOf(' ')));
        continue;
      }
      oneWordPeople.push(m);
      oneWordNames.push(name);
      if (honorificBefore(text, m.start) !== undefined) (addressed ??= new Set()).add(name);
    } else {
      const firstSpace = text.indexOf(' ', m.start);
      if (firstSpace < 0 || firstSpace >= m.end) {
        if (m.type === 'LOC') oneWordPlaces.push(m);
        continue;
      }
      // Read in place: most names have no space, and most two-word ones no surname anyone addresses (see below).
      if (firstSpace > m.start && text.lastIndexOf(' ', m.end - 1) === firstSpace) {
        twoWordOthers.push(m);
        twoWordSpaces.push(firstSpace);
      }
      if (m.type === 'ORG') longOrganizations.push(m);
    }
  }
  // "Steven Mnuchin said on Monday … Mnuchin declined": a given name, then a word that names a person on its own
  // elsewhere, is that person, though the words around the full name read like a company's. The first and last
  // words of the organisations' names that remain are gathered after that ("Pellucid" of "Pellucid Systems",
  // "Nuggets" of "Denver Nuggets", "Sachs" of "Goldman Sachs"): the retyped names' words are a person's.
  const organizationHeads = new Set<string>();
  const organizationTails = new Set<string>();
  /** The heads of the organisations whose names end like a company's ("Zawadi" of "Zawadi Pay Ltd", "Fenwyck" of "Fenwyck Resources"). */
  let firmHeads: Set<string> | undefined;
  for (const m of longOrganizations) {
    const name = text.slice(m.start, m.end);
    const lastWord = name.slice(name.lastIndexOf(' ') + 1);
    if (oneWordNames.includes(lastWord) && opensWithGivenName(words, m)) {
      m.type = 'PERSON';
      people.push(name);
      surnames.add(lastWord);
      firstNames.add(name.slice(0, name.indexOf(' ')));
      continue;
    }
    const head = organizationHead(text, words, m, lexicon);
    if (head !== undefined) {
      organizationHeads.add(head);
      if (FIRM_ENDS.has(lastWord) || LEGAL_SUFFIXES.has(lastWord)) (firmHeads ??= new Set()).add(head);
    }
    organizationTails.add(lastWord);
  }
  if (organizationTails.size > 0) {
    // "… and Pellucid said", "the Nuggets led by 19": a lone word the tagger took for a person is the organisation
    // whose name opens or ends with it, when no person's name has it.
    let personParts: Set<string> | undefined;
    for (let k = 0; k < oneWordPeople.length; k++) {
      const name = oneWordNames[k]!;
      if ((!organizationHeads.has(name) && !organizationTails.has(name)) || surnames.has(name)) continue;
      personParts ??= wordsOf(people, false);
      if (!personParts.has(name)) oneWordPeople[k]!.type = 'ORG';
    }
  }
  if (firmHeads) {
    // "Shares of Zawadi fell" after "Zawadi Pay Ltd": a lone word the tagger took for a place is the company whose
    // name opens with it (a head is no known place), unless it stands where a place does ("a depot in Zawadi").
    for (const m of oneWordPlaces) {
      if (!firmHeads.has(text.slice(m.start, m.end))) continue;
      const token = tokenStartingAt(words.tokens, m.start);
      if (token < 1 || !PLACE_PREPOSITIONS.has(words.word(token - 1))) m.type = 'ORG';
    }
  }
  // "Kayleigh Brandt lives in McCook. … Mrs. Brandt": a two-word name ending in a surname someone addresses is that person.
  if (addressed) {
    // A name made a person's above ("Steven Mnuchin") is only made one again here.
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
    } else if (surnames.has(name) || (firstNames.has(name) && !words.is(c.first, COMMON))) {
      // "Mnuchin" of "Steven Mnuchin", and "Xi" of "Xi Jinping", whose family name comes first: a common word
      // ("Rose", "Hope") stays unsure, since it names no one on its own.
      promoted.push({ start: c.start, end: c.end, type: 'PERSON' });
    } else if (organizationHeads.has(name)) {
      promoted.push({ start: c.start, end: c.end, type: 'ORG' });
    }
  }
  if (promoted.length === 0) return mentions;
  return [...mentions, ...promoted].sort((a, b) => a.start - b.start);
}

/**
 * The first word of an organisation's name of two words or more, where it may stand for the organisation alone: not
 * a common word, a known place or a nationality ("Norwegian" of "Norwegian Fishermen's Association" still names the
 * nationality on its own). The word's facts answer the lexicon's two questions in one lookup. Most heads are a token,
 * whose facts and nationality are kept by spelling; others are cut out of the text and asked by their letters.
 */
function organizationHead(text: string, words: TokenWords, m: RawMention, lexicon: Lexicon): string | undefined {
  const firstSpace = text.indexOf(' ', m.start);
  const token = tokenStartingAt(words.tokens, m.start);
  if (token >= 0 && words.tokens.end(token) === firstSpace) {
    return (words.factsOf(token) & (COMMON | KNOWN_PLACE)) === 0 && !isNationalityWord(words, token) ? words.word(token) : undefined;
  }
  const head = text.slice(m.start, firstSpace);
  return (wordFacts(head, lexicon) & (COMMON | KNOWN_PLACE)) === 0 && GAZETTEER_PLACES.placeKind(head) !== 'demonym' ? head : undefined;
}

/** The mention's first word is a given name that is no common word and no place ("Steven"; not "Grant", nor "Denver" of "Denver Nuggets"). */
function opensWithGivenName(words: TokenWords, m: RawMention): boolean {
  const token = tokenStartingAt(words.tokens, m.start);
  return token >= 0 && (words.factsOf(token) & (GIVEN_NAME | COMMON | KNOWN_PLACE)) === GIVEN_NAME && GAZETTEER_PLACES.placeKind(words.word(token)) === undefined;
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
export function withNicknames(text: string, mentions: RawMention[]): RawMention[] {
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
export function retypeAsPlace(text: string, mentions: RawMention[], places: readonly string[]): void {
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
export function withLeadingParticles(text: string, mentions: RawMention[]): RawMention[] {
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


/**
 * "HALVARD RIDGE, Ore.", "Portland, Ore., and Salem, Mass.": the abbreviated state after a place is a place too,
 * with its dot, also where the dot ends the sentence ("in Lawrence, Kan. She was"); and so is the state after a
 * member's party letter ("Sen. Jane Doe, R-Ohio", "D-N.M."), where the tagger sees a hyphenated word.
 */
export function withStatesAfterCities(text: string, mentions: RawMention[]): RawMention[] {
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

/** A one-word name typed PERSON though nothing introduced it, and the type the tagger ranked next. */
export interface LonePerson {
  mention: RawMention;
  otherwise: EntityType | 'NONE';
}

/**
 * Lone words typed PERSON that no fuller person's name in the article contains get the type ranked next (or
 * none). The check runs on the typed names, after nicknames are joined: "Jamal “The Hammer” Okafor" introduces
 * "Okafor" though no candidate had both words.
 */
export function withoutUnintroducedPeople(text: string, mentions: RawMention[], lone: LonePerson[]): RawMention[] {
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

