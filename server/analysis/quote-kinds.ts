// What a quoted passage is: a statement, words quoted inside a paraphrase, a name or title, or a scare quote.
import { QuoteKind } from './quote-types';
import { isAsciiLetter, Span } from './text';
import cues from './data/quote-cues.json';

const NAMING_CUES = cues.namingCues;
const CUE_VERBS = new Set(cues.cueVerbs);

// At module level: the bundler writes a pattern with \p{Lu} or \p{Ll} as `new RegExp(…)`, which in a function
// body would be compiled again on every call.
const LOWER_CASE_WORD_NEXT = /^\s+\p{Ll}+\b/u;
const CAPITALISED_WORD_LAST = /\p{Lu}[\p{L}.]*$/u;
const CAPITAL_NEXT = /^\s*\p{Lu}/u;
/** Short words that stay lower case inside a title: "Made in China 2025", "Game of Thrones". */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs', 'vs.']);
/** A word as the quote analysis reads it: "U.S." and "D.C." keep their stops, "said." does not. */
export const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'&-][\p{L}\p{N}]+)*/gu;

/**
 * WORD without the global flag, for one match: exec on the shared WORD would leave its lastIndex behind, and every
 * later matchAll of WORD starts from there ("A Western banker" read from "Western").
 */
const ONE_WORD = new RegExp(WORD.source, WORD.flags.replace('g', ''));

/**
 * The first WORD in [from, to). Read in place while the text is ASCII (most of it, and this is asked of nearly every
 * piece around a quote) or one of the quotation marks, dashes and spaces of news text around it; the pattern itself
 * answers as soon as another character comes up.
 */
export function firstWord(text: string, from: number, to: number): Span | undefined {
  let start = from;
  while (start < to && !isAsciiAlphanumeric(text.charCodeAt(start))) {
    const code = text.charCodeAt(start);
    if (code >= 128 && !isPunctuationBeyondAscii(code)) return firstWordByPattern(text, from, to);
    start++;
  }
  if (start === to) return undefined;
  // "U.S.": letters each with a stop, two or more.
  let end = start;
  while (end + 1 < to && isAsciiLetter(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46) end += 2;
  if (end < to && text.charCodeAt(end) >= 128 && !isPunctuationBeyondAscii(text.charCodeAt(end))) return firstWordByPattern(text, from, to);
  if (end - start >= 4) return { start, end };
  // "O'Brien", "O’Brien", "AT&T", "Jean-Luc": runs of letters and digits joined by one mark.
  end = start;
  for (;;) {
    while (end < to && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
    if (end >= to) return { start, end };
    const code = text.charCodeAt(end);
    const joiner = isJoinerCode(code) || code === RIGHT_SINGLE_QUOTE;
    if (code >= 128 && !joiner) return isPunctuationBeyondAscii(code) ? { start, end } : firstWordByPattern(text, from, to);
    if (end + 1 >= to || !joiner) return { start, end };
    const next = text.charCodeAt(end + 1);
    if (next >= 128) return firstWordByPattern(text, from, to);
    if (!isAsciiAlphanumeric(next)) return { start, end };
    end++;
  }
}

const RIGHT_SINGLE_QUOTE = 0x2019;

/** Characters beyond ASCII that are neither letters nor digits and come up often around quotes: “ ” ‘ ’ — – … « » and the no-break space. */
const isPunctuationBeyondAscii = (code: number) => code === 0x201c || code === 0x201d || code === 0x2018 || code === RIGHT_SINGLE_QUOTE
  || code === 0x2014 || code === 0x2013 || code === 0x2026 || code === 0xab || code === 0xbb || code === 0xa0;

/**
 * How many WORDs [from, to) holds, counted no further than `cap` (a count of `cap` means that many or more): read in
 * place, for the tests around a quote that only ask whether a stretch has more than a few words.
 */
export function countWordsUpTo(text: string, from: number, to: number, cap: number): number {
  let count = 0;
  for (let word = firstWord(text, from, to); word && count < cap; word = firstWord(text, word.end, to)) count++;
  return count;
}

function firstWordByPattern(text: string, from: number, to: number): Span | undefined {
  const match = ONE_WORD.exec(text.slice(from, to));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : undefined;
}

const isAsciiAlphanumeric = (code: number) => isAsciiLetter(code) || (code >= 48 && code <= 57);
/** WORD's marks inside a word but ’, which is no ASCII and is left to the pattern: ' & - */
const isJoinerCode = (code: number) => code === 39 || code === 38 || code === 45;

export interface PassageText {
  /** The words inside the marks. */
  inner: string;
  /** countWords(inner), counted once: the passage can be long and every kind test reads the count. */
  words: number;
  /** The text just before the opening mark (a few dozen characters). */
  before: string;
  /** The text just after the closing mark. */
  after: string;
  /** The passage runs over more than one paragraph. */
  multiParagraph: boolean;
}

/** Runs of letters and digits (with inner apostrophes and hyphens): counted without building the words. */
export function countWords(inner: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < inner.length; i++) {
    const code = inner.charCodeAt(i);
    const wordCharacter: boolean = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && code !== 0x2014 && code !== 0x2013 && code !== 0xa0)
      || (inWord && (code === 39 || code === 45 || code === 0x2019) && i + 1 < inner.length && isLetterOrDigitAt(inner, i + 1));
    if (wordCharacter && !inWord) count++;
    inWord = wordCharacter;
  }
  return count;
}

/** Whether the character at `at` is \p{L} or \p{N}; ASCII by its code (every apostrophe inside a quote asks). */
function isLetterOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiAlphanumeric(code) : LETTER_OR_DIGIT.test(text[at]!);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a passage opens with a capital, a digit or a quotation mark; ASCII by its code, the rest by the pattern. */
function opensCapitalised(inner: string): boolean {
  const code = inner.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 96;
  return CAPITAL_OR_MARK_FIRST.test(inner);
}

const CAPITAL_OR_MARK_FIRST = /^[\p{Lu}\p{N}"“‘'«`]/u;

/** "Made in China 2025": every longer word capitalised, no sentence punctuation inside. */
function isTitleCase(inner: string, wordCount: number): boolean {
  // Most quotes are sentences: too long, or lower case after the first word, to be a title.
  if (inner.length > 80 || wordCount > 8) return false;
  // Word by word, to stop at the first lower-case one: the short quotes that get here are mostly sentences too.
  let count = 0;
  for (let word = firstWord(inner, 0, inner.length); word; word = firstWord(inner, word.end, inner.length)) {
    count++;
    if (count > 8 || !(startsCapitalised(inner, word) || (count > 1 && TITLE_SMALL_WORDS.has(inner.slice(word.start, word.end).toLowerCase())))) return false;
  }
  return count > 0 && !/[,;!?]|\.\s/.test(inner.trim().replace(/[.,]$/, ''));
}

/** A capital letter or a digit first; ASCII answered without the Unicode pattern. */
function startsCapitalised(text: string, word: Span): boolean {
  const code = text.charCodeAt(word.start);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /^[\p{Lu}\p{N}]/u.test(text.slice(word.start, word.end));
}

/** Names and scare quotes that a passage's own text and surroundings settle, before any speaker is looked for. */
export function kindByForm(passage: PassageText): QuoteKind | undefined {
  // Lower-cased only where it can matter: "so-called" has a hyphen, and few passages get past the title-case test.
  const lowerBefore = () => passage.before.toLowerCase().trimEnd();
  if (passage.before.includes('-') && /\bso-called$/.test(lowerBefore())) return 'scare';
  // Title case first: most passages are sentences, which it turns down on their length alone, before the
  // surroundings are searched for a naming cue.
  if (passage.multiParagraph || !isTitleCase(passage.inner, passage.words)) return undefined;
  // a program known as "Made in China 2025"; the book “Fire and Fury”
  const before = lowerBefore();
  if (NAMING_CUES.some((cue) => before.endsWith(cue))) return 'name';
  // A name used as a modifier: the “Ready to Go” text alerts, the new “Finch Market” format.
  if (LOWER_CASE_WORD_NEXT.test(passage.after) && !CUE_VERBS.has(passage.after.trim().split(/\s/)[0]!.replace(/[.,]$/, ''))) return 'name';
  // A nickname between two names: Dwayne “The Rock” Johnson.
  if (CAPITALISED_WORD_LAST.test(passage.before.trimEnd()) && CAPITAL_NEXT.test(passage.after)) return 'name';
  return undefined;
}

/** The kind, once the speaker search is done: a passage nobody is said to have spoken is a name or scare quote when short. */
export function kindBySpeech(passage: PassageText, hasCue: boolean): QuoteKind {
  if (passage.multiParagraph) return 'statement';
  const inner = passage.inner.trim();
  // The count is the passage's unless trimming took something: countWords reads most non-ASCII spaces as letters.
  const words = inner.length === passage.inner.length ? passage.words : countWords(inner);
  const capitalised = opensCapitalised(inner);
  if (!hasCue && words <= 6 && !/[.!?]$/.test(inner) && isTitleCase(inner, words)) return 'name';
  if (!hasCue && !capitalised && words <= 2) return 'scare';
  if (capitalised && (words >= 3 || /[.!?]$/.test(inner))) return 'statement';
  return 'partial';
}
