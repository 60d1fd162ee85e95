// Clauses, words and stops read from the text by character codes: the pieces a quote's speaker is looked for in.
// Separate from the speaker finder because they read only the text, and are asked of every quote of every article.
import { Span } from './text';
import cues from './data/quote-cues.json';

/** Words that end a subject or a description where they follow it: "who", "on Friday", "yesterday", "by". */
export const CLAUSE_WORDS = new Set(cues.clauseWords);
// At module level: the bundler writes a pattern with \p{Lu} or \p{Ll} as `new RegExp(…)`, which in a function
// body would be compiled again on every call.
export const OPENS_UPPER_CASE = /^\p{Lu}/u;
/** Words that go on with a place in a description: "a shopkeeper on Recto Avenue", "a barman at Quayside Tavern". */
/** "at", "in", "on", "from": the words before a place that a description keeps ("a barman at Quayside Tavern"). */
export const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'from']);

/**
 * Where a place named after "at", "in", "on" or "from" at `index` ends, a chain of them read as one ("at Dunmore Hall
 * in Kettle Street"): the index after its last capitalised word, or `index` when no place starts there.
 */
export function placeEnd(words: readonly RegExpMatchArray[], index: number): number {
  let end = index;
  while (end < words.length && PLACE_PREPOSITIONS.has(words[end]![0].toLowerCase())) {
    let next = end + 1;
    while (next < words.length && OPENS_UPPER_CASE.test(words[next]![0]) && !CLAUSE_WORDS.has(words[next]![0].toLowerCase())) next++;
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** The comma-, dash- and semicolon-separated pieces of a span, trimmed, empty ones left out; the first `limit` only. */
export function clauses(text: string, from: number, to: number, limit = Infinity): Span[] {
  const pieces: Span[] = [];
  let start = from;
  // Read by character codes: this runs around every quote of every article.
  for (let i = from; i <= to; i++) {
    if (i === to || isClauseBreak(text.charCodeAt(i))) {
      const piece = trimmed(text, start, i);
      if (piece && pieces.push(piece) === limit) break;
      start = i + 1;
    }
  }
  return pieces;
}

const codesOf = (characters: string) => new Set([...characters].map((c) => c.charCodeAt(0)));
/** , ; — – : ( ) — compared, not looked up: every character of the clauses around a quote is asked. */
const isClauseBreak = (code: number) => code === 44 || code === 59 || code === 0x2014 || code === 0x2013 || code === 58 || code === 40 || code === 41;
const QUOTE_MARKS = codesOf('"“”‘’\'«»');

/** White space (as \s) or a quotation mark, and at the end a stop too. */
function isEdge(text: string, at: number, stop: boolean): boolean {
  const code = text.charCodeAt(at);
  if (QUOTE_MARKS.has(code) || (stop && code === 46)) return true;
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[at]);
}

function trimmed(text: string, from: number, to: number): Span | undefined {
  while (from < to && isEdge(text, from, false)) from++;
  while (to > from && isEdge(text, to - 1, true)) to--;
  return to > from ? { start: from, end: to } : undefined;
}

export function lastWord(text: string, from: number, to: number): Span | undefined {
  // Read back from the end: the clause before a cue can be long, and only its last word is wanted.
  let end = to;
  while (end > from && !isWordCharacterAt(text, end - 1)) end--;
  let start = end;
  while (start > from && (isWordCharacterAt(text, start - 1) || (isWordJoiner(text.charCodeAt(start - 1)) && start - 1 > from && isWordCharacterAt(text, start - 2)))) start--;
  return end > start ? { start, end } : undefined;
}

/**
 * Whether the character at `at` is a letter or digit. ASCII, most of any text, is answered by its code, without the
 * Unicode pattern or the one-character string it would read (a new one for every character beyond Latin-1).
 */
export function isWordCharacterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(text[at]!);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What joins the parts of one word: "O’Brien", "AT&T", "U.S.", "Jean-Luc" (’ ' & . -). */
const isWordJoiner = (code: number) => code === 0x2019 || code === 39 || code === 38 || code === 46 || code === 45;
