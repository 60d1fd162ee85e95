// Roles: the titles and descriptions news gives a person, before the name ("Commerce Secretary Wilbur Ross") or in
// apposition after it ("Eswar Prasad, a China expert at Cornell University"). Which words make a role is data
// (data/titles.json); the shapes are here. Only a small window around each person mention is tokenized.
import { EntityMention, Role } from './entity-types';
import { TokenList, tokenize } from './segment';
import { hasUpperCase, isSpace } from './text';
import { demonymOf, isCountryOrCapital } from './places';
import honorificData from './data/honorifics.json';
import titleData from './data/titles.json';

const OFFICES = new Set(titleData.offices);
const HEADS = new Set([...titleData.offices, ...titleData.descriptions]);
const RANKS = new Set([...titleData.ranks, ...titleData.departments]);
const VOCABULARY = new Set([...HEADS, ...RANKS, ...titleData.descriptors]);
const HONORIFICS = new Set(honorificData.honorifics);
const CLAUSE_WORDS = new Set(titleData.clauseWords);
const NOT_BEFORE_HEAD = new Set(titleData.notBeforeHead);
// Words that join a title's parts: "Secretary of the Treasury", "ambassador to China", "Health and Human Services".
const CONNECTORS = new Set(['of', 'the', 'for', 'to', 'and']);
const ARTICLES = new Set(['a', 'an', 'the']);
const WINDOW = 100;
const MAX_BEFORE = 10;
const MAX_APPOSITION = 30;
/**
 * How many runs of non-space characters before a name are tokenized, in turn, until a title scan stops within
 * them (see roleBefore); Infinity is the whole window.
 */
const RUNS_BEFORE = [1, 6, Infinity];
/**
 * How many runs after a name are tokenized first (see apposition). Each run holds at least one word, so they
 * cover what the search for the head reads: the comma, an article, five words and the word after the head.
 */
const NEAR_WORDS_AFTER = 8;
// One token list reused for every window: a new TokenList allocates its arrays, which cost more than the scan.
const SCRATCH = new TokenList();

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Index of the mention the word lies in, or -1. */
  mention: number;
}

export function findRoles(text: string, mentions: readonly EntityMention[]): Role[] {
  const roles: Role[] = [];
  let previousPersonEnd = 0;
  mentions.forEach((mention, index) => {
    if (mention.type !== 'PERSON') return;
    // Most names have no role ("Trump said"): a look at the neighbouring characters spares tokenizing a window.
    const before = mayHaveTitleBefore(text, mention.start) ? roleBefore(text, mentions, index, previousPersonEnd) : undefined;
    if (before) roles.push(before);
    const after = text.charCodeAt(mention.end) === 44 /* , */ ? apposition(text, mentions, index) : undefined;
    if (after) roles.push(after);
    previousPersonEnd = mention.end;
  });
  return roles;
}

/**
 * A formal title ("Vice Premier", "Secretary of the Treasury", "trade representative") rather than a description
 * ("top economic adviser", "China expert at Cornell University", "former President"): its head, the word before
 * any "of/for/to/at", is an office, and every word before the head is capitalised, a rank or a department.
 */
export function isFormalTitle(title: string): boolean {
  const words = title.split(/\s+/u);
  const cut = words.findIndex((w) => /^(?:of|for|to|at|in|with|on)$/u.test(w));
  const core = cut < 0 ? words : words.slice(0, cut);
  const head = core[core.length - 1]?.toLowerCase();
  if (!head || !OFFICES.has(head)) return false;
  return core.slice(0, -1).every((w) => {
    const lower = w.toLowerCase();
    return !titleData.descriptors.includes(lower) && (RANKS.has(lower) || OFFICES.has(lower) || /^\p{Lu}/u.test(w));
  });
}

/** "US Secretary of the Treasury Steven Mnuchin" → "Secretary of the Treasury"; also "the U.S. ambassador to China, Terry Branstad". */
function roleBefore(text: string, mentions: readonly EntityMention[], index: number, floor: number): Role | undefined {
  const mention = mentions[index];
  const windowStart = Math.max(floor, mention.start - WINDOW);
  // Most scans stop at the word before the name ("Mr.", "By", "Tuesday.") or a few words back ("said Prime
  // Minister Li"): the words are tokenized from one run of non-space characters before the name, then from a few,
  // and from the start of the window only for a scan that takes all of those. Tokens never span white space, so
  // the words after a space are the same whichever window they are cut from.
  let words: Word[] = [];
  let first = 0;
  for (const runs of RUNS_BEFORE) {
    const from = startOfWordsBefore(text, mention.start, runs, windowStart);
    words = wordsIn(text, mentions, from, mention.start, index);
    first = titleStartBefore(text, words);
    if (first > 0 || from === windowStart) break;
  }
  const commaForm = words.length > 0 && words[words.length - 1].text === ',';
  const last = words.length - (commaForm ? 2 : 1);
  if (first > last) return undefined;
  // Words the scan took but a title cannot start with: "Under" in "Under president Xi", "and" in "and trade adviser".
  while (first <= last && !(VOCABULARY.has(words[first].lower) || isPlaceOrNationality(words[first], mentions))) first++;
  // "the U.S. ambassador to China, Terry Branstad": the comma form needs an article or possessive before the title.
  if (commaForm && !(first > 0 && (ARTICLES.has(words[first - 1].lower) || isPossessive(words[first - 1].text)))) return undefined;
  // A country or nationality in front belongs to the person, not the title: "US Secretary of …", "Chinese Vice Minister".
  while (first <= last && (isPlaceOrNationality(words[first], mentions) || CONNECTORS.has(words[first].lower))) first++;
  return makeRole(words, first, last, index, 'before');
}

/**
 * The first of the words before a name (and before a comma after them) that could belong to a title: at most
 * MAX_BEFORE + 1 of them, back to a word no title takes or a line break (a headline's last words are no title
 * for the first name of the body).
 */
function titleStartBefore(text: string, words: Word[]): number {
  let last = words.length - 1;
  if (last >= 0 && words[last].text === ',') last--;
  let first = last + 1;
  while (first > 0 && last - first < MAX_BEFORE && acceptsBefore(words[first - 1]) && !lineBreakBetween(text, words[first - 1], words[first] ?? words[last])) first--;
  return first;
}

/** Where the `count`th run of non-space characters before `end` starts, or `floor` if that is later. */
function startOfWordsBefore(text: string, end: number, count: number, floor: number): number {
  let at = end;
  for (let run = 0; run < count && at > floor; run++) {
    while (at > floor && isSpace(text.charCodeAt(at - 1))) at--;
    while (at > floor && !isSpace(text.charCodeAt(at - 1))) at--;
  }
  return at;
}

/** Where the `count`th run of non-space characters from `start` ends (text.length when there are fewer). */
function endOfWordsAfter(text: string, start: number, count: number): number {
  let at = start;
  for (let run = 0; run < count && at < text.length; run++) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
  }
  return at;
}

/** Whether the word before a name (or before the comma in "the U.S. ambassador to China, Terry Branstad") could end a title. */
function mayHaveTitleBefore(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 44 /* , */) {
    end--;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  }
  let from = end;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1)) && end - from < 24) from--;
  if (from === end) return false;
  const first = text[from];
  if (first !== first.toLowerCase()) return true;
  return VOCABULARY.has(text.slice(from, end).toLowerCase());
}

function acceptsBefore(word: Word): boolean {
  if (!word.isWord || isPossessive(word.text) || HONORIFICS.has(word.lower.endsWith('.') ? word.lower.slice(0, -1) : word.lower)) return false;
  return VOCABULARY.has(word.lower) || CONNECTORS.has(word.lower) || /^\p{Lu}/u.test(word.text);
}

/** Whether a word ends in 's or ’s ("China's"): asked of every word a title scan meets. */
function isPossessive(word: string): boolean {
  const quote = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 /* s */ && (quote === 39 /* ' */ || quote === 0x2019 /* ’ */);
}

/** ", a spokeswoman for China's foreign ministry," → "spokeswoman for China's foreign ministry". */
function apposition(text: string, mentions: readonly EntityMention[], index: number): Role | undefined {
  const mention = mentions[index];
  const windowEnd = Math.min(text.length, mention.end + WINDOW * 2);
  // The head is looked for among the first few words, and many names followed by a comma have none ("Trump,
  // who …"): those words are tokenized first (see roleBefore).
  const nearEnd = endOfWordsAfter(text, mention.end, NEAR_WORDS_AFTER);
  let words = wordsIn(text, mentions, mention.end, Math.min(windowEnd, nearEnd), index);
  if (words.length < 2 || words[0].text !== ',' || words[0].start !== mention.end) return undefined;
  let first = 1;
  if (ARTICLES.has(words[first].lower)) first++;
  let head = -1;
  for (let i = first; i < words.length && i < first + 5; i++) {
    const word = words[i];
    if (!word.isWord || CLAUSE_WORDS.has(word.lower) || NOT_BEFORE_HEAD.has(word.lower)) break;
    if (word.mention >= 0 && mentions[word.mention].type === 'PERSON') break;
    if (HEADS.has(word.lower)) {
      head = i;
      break;
    }
  }
  if (head < 0) return undefined;
  // "Steven Mnuchin, Commerce Secretary Wilbur Ross and …": a title right before a name is that person's own.
  const next = words[head + 1];
  if (next && next.mention >= 0 && mentions[next.mention].type === 'PERSON') return undefined;
  // Most appositions end within the words already tokenized ("a spokeswoman for the ministry,"): the whole
  // window is tokenized only for one that runs on past them.
  let last = appositionLast(text, words, first, head, nearEnd >= windowEnd);
  if (last === null) {
    words = wordsIn(text, mentions, mention.end, windowEnd, index);
    last = appositionLast(text, words, first, head, true);
  }
  // (null only for part of the window: the whole window's words always end the apposition one way or the other)
  return last === undefined || last === null ? undefined : makeRole(words, first, last, index, 'apposition');
}

/**
 * The last word of the apposition whose head is words[head], before a clause word, punctuation or a line break;
 * undefined past MAX_APPOSITION words; null when the words, not `complete` (the whole window), ran out first.
 */
function appositionLast(text: string, words: Word[], first: number, head: number, complete: boolean): number | undefined | null {
  let last = head;
  for (let i = head + 1; i < words.length; i++) {
    // The word after "and" is read below: a part of the window must hold it.
    if (!complete && i + 1 === words.length) return null;
    const word = words[i];
    // "and" ends the role unless a capitalised word follows: "Secretary of Health and Human Services".
    const continues = word.lower === 'and' && /^\p{Lu}/u.test(words[i + 1]?.text ?? '');
    if (!word.isWord || (CLAUSE_WORDS.has(word.lower) && !continues) || lineBreakBetween(text, words[i - 1], word)) return last;
    if (i - first >= MAX_APPOSITION) return undefined;
    last = i;
  }
  return complete ? last : null;
}

function makeRole(words: Word[], first: number, last: number, mention: number, placement: Role['placement']): Role | undefined {
  while (last >= first && CONNECTORS.has(words[last].lower)) last--;
  if (first > last) return undefined;
  // The head is the last office or description word; what follows it must be a complement ("of the Treasury").
  let head = -1;
  for (let i = last; i >= first && head < 0; i--) if (HEADS.has(words[i].lower)) head = i;
  if (head < 0) return undefined;
  if (placement === 'before' && head < last && !CONNECTORS.has(words[head + 1].lower)) return undefined;
  const start = words[first].start;
  const end = words[last].end;
  const title = words.slice(first, last + 1).reduce((out, w, i, all) => out + (i > 0 && w.start > all[i - 1].end ? ' ' : '') + w.text, '');
  return { start, end, title, mention, placement };
}

function isPlaceOrNationality(word: Word, mentions: readonly EntityMention[]): boolean {
  if (word.mention >= 0 && mentions[word.mention].type === 'LOC') return true;
  return isCountryOrCapital(word.text) || demonymOf(word.text) !== undefined;
}

/** Words and punctuation in [from, to), each with the mention it lies in; stops at the person mention `self`. */
function wordsIn(text: string, mentions: readonly EntityMention[], from: number, to: number, self: number): Word[] {
  // Mentions are in text order: walk back (or forward) from the person's own mention to find the nearest ones.
  const direction = from < mentions[self].start ? -1 : 1;
  // A window before the name starts on a word boundary, so that it does not begin with half a word.
  while (direction < 0 && from > 0 && from < to && !isSpace(text.charCodeAt(from - 1))) from++;
  SCRATCH.clear();
  const tokens = tokenize(text, from, to, SCRATCH);
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start(i);
    const end = tokens.end(i);
    const value = text.slice(start, end);
    words.push({ start, end, text: value, lower: hasUpperCase(value) ? value.toLowerCase() : value, isWord: tokens.isWordOrNumber(i), mention: -1 });
  }
  for (let m = self + direction; m >= 0 && m < mentions.length && (direction < 0 ? mentions[m].end > from : mentions[m].start < to); m += direction) {
    for (const word of words) if (word.start >= mentions[m].start && word.end <= mentions[m].end) word.mention = m;
  }
  return words;
}

function lineBreakBetween(text: string, left: Word, right: Word): boolean {
  return left.end < right.start && text.slice(left.end, right.start).includes('\n');
}
