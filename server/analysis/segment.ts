// Paragraphs, sentences and tokens, all as UTF-16 offsets into the text as read.
import { isSpace, LineIndex, Span, trimSpan } from './text';
import { CJK, EMOJI, NUMBER, PUNCTUATION, SYMBOL, TokenList, WORD } from './token-list';
import abbreviationData from './data/abbreviations.json';

export { TokenList } from './token-list';
export type { Token, TokenKind } from './token-list';

export interface Paragraph extends Span {
  /** Zero-based line of the paragraph's first character. */
  line: number;
  /** Index of the paragraph's first sentence in ArticleModel.sentences. */
  firstSentence: number;
  sentenceCount: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the sentence's first token in ArticleModel.tokens. */
  firstToken: number;
  tokenCount: number;
}

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);
const LONGEST_ABBREVIATION = Math.max(...abbreviationData.abbreviations.map((a) => a.length));
const SENTENCE_STARTERS = new Set(abbreviationData.sentenceStarters);
const CLOSING_ABBREVIATIONS = new Set(abbreviationData.closingAbbreviations.map((a) => `${a}.`));

// Character classes, decided once per UTF-16 code unit and cached: a hand-written scanner is several times
// faster than one big Unicode regex with named groups, and tokenizing is the hottest loop of every parse.
const enum CharClass { Unknown, Space, Letter, Digit, Mark, Cjk, Punctuation, Symbol, Pictographic, Surrogate }
const classCache = new Uint8Array(0x10000);

function classify(code: number): CharClass {
  const cached = classCache[code];
  if (cached !== CharClass.Unknown) return cached;
  const computed = computeClass(code);
  classCache[code] = computed;
  return computed;
}

function computeClass(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Surrogate;
  return classOfCharacter(String.fromCharCode(code), code);
}

function classOfCharacter(char: string, code: number): CharClass {
  if (isSpace(code) || /\s/u.test(char)) return CharClass.Space;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char)) return CharClass.Cjk;
  if (/\p{L}/u.test(char)) return CharClass.Letter;
  if (/\p{N}/u.test(char)) return CharClass.Digit;
  if (/\p{M}/u.test(char)) return CharClass.Mark;
  if (/\p{Extended_Pictographic}/u.test(char)) return CharClass.Pictographic;
  if (/\p{P}/u.test(char)) return CharClass.Punctuation;
  return CharClass.Symbol;
}

/** Class of the code point at `i` (astral code points are classified whole), and its length in code units. */
function classAt(text: string, i: number): [CharClass, number] {
  const code = text.charCodeAt(i);
  const cls = classify(code);
  if (cls !== CharClass.Surrogate) return [cls, 1];
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return [CharClass.Symbol, 1];
  return [classOfCharacter(String.fromCodePoint(point), point), 2];
}

const isWordClass = (cls: CharClass) => cls === CharClass.Letter || cls === CharClass.Digit || cls === CharClass.Mark;
// Joiners that keep a word whole when a letter or digit follows: Xi’s, don't, US-China.
const isWordJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 0x2010;
const isNumberJoiner = (code: number) => code === 46 || code === 44 || code === 58;
const EMOJI_MODIFIERS = /^[\u{1F3FB}-\u{1F3FF}]$/u;


/**
 * Tokenizes text[from, to) onto `tokens`. `stops`, when given, receives the numbers of the tokens that end in
 * . ! ? or … (the only ones that may end a sentence, see forEachSentence): the tokenizer knows them as it makes
 * them, and the sentence splitter then need not read every token again.
 */
export function tokenize(text: string, from = 0, to = text.length, tokens = new TokenList(), stops?: number[]): TokenList {
  let i = from;
  while (i < to) {
    let cls = classify(text.charCodeAt(i));
    let width = 1;
    // Only astral characters (emoji, rare scripts) need the two-unit path.
    if (cls === CharClass.Surrogate) [cls, width] = classAt(text, i);
    const start = i;
    if (cls === CharClass.Space) {
      i += width;
      continue;
    }
    let kind: number;
    if (cls === CharClass.Cjk) {
      while (i < to && classify(text.charCodeAt(i)) === CharClass.Cjk) i++;
      kind = CJK;
    } else if (cls === CharClass.Letter && text.charCodeAt(i + 1) === 46 && isInitialismAt(text, i, to)) {
      // "U.S.", "D.C.", "e.g.": letters each followed by a stop.
      while (i + 1 < to && classify(text.charCodeAt(i)) === CharClass.Letter && text.charCodeAt(i + 1) === 46) i += 2;
      kind = WORD;
      stops?.push(tokens.length);
    } else if (cls === CharClass.Digit) {
      i = scanNumber(text, i, to);
      kind = NUMBER;
      if (i < to && classify(text.charCodeAt(i)) === CharClass.Letter) {
        i = scanWord(text, i, to); // "1990s", "5G": one word
        kind = WORD;
      }
    } else if (isWordClass(cls)) {
      i = scanWord(text, i, to);
      kind = WORD;
      // "Mr." and "J." keep their stop, so the sentence splitter and later name rules see one token.
      // Every sentence's last word comes here: one longer than any abbreviation is not cut out of the text.
      if (text.charCodeAt(i) === 46 && i - start <= LONGEST_ABBREVIATION && mayBeAbbreviation(text, start, i) && isAbbreviation(text.slice(start, i))) {
        i++;
        stops?.push(tokens.length);
      }
    } else if (cls === CharClass.Pictographic) {
      i += width;
      i = scanEmojiTail(text, i, to);
      kind = EMOJI;
    } else {
      i += width;
      kind = cls === CharClass.Punctuation ? PUNCTUATION : SYMBOL;
      if (stops && isStop(text.charCodeAt(start))) stops.push(tokens.length);
    }
    tokens.pushCode(start, i, kind);
  }
  return tokens;
}

function isInitialismAt(text: string, i: number, to: number): boolean {
  return i + 3 < to && classify(text.charCodeAt(i + 2)) === CharClass.Letter && text.charCodeAt(i + 3) === 46
    && (i === 0 || !isWordClass(classify(text.charCodeAt(i - 1))));
}

function scanNumber(text: string, i: number, to: number): number {
  while (i < to) {
    const cls = classify(text.charCodeAt(i));
    if (cls === CharClass.Digit) i++;
    else if (isNumberJoiner(text.charCodeAt(i)) && i + 1 < to && classify(text.charCodeAt(i + 1)) === CharClass.Digit) i += 2;
    else break;
  }
  return i;
}

/** 1 for the ASCII letters and digits, by code: the inner loop of scanWord reads one entry a character. */
const ASCII_WORD_CHARACTERS = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));

function scanWord(text: string, i: number, to: number): number {
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD_CHARACTERS[code] === 1 : isWordClass(classify(code))) i++;
    else if (isWordJoiner(code) && i + 1 < to && isWordClass(classify(text.charCodeAt(i + 1)))) i += 2;
    else break;
  }
  return i;
}

/** Skin-tone modifiers, variation selectors and zero-width-joined pictographs belong to the emoji before them. */
function scanEmojiTail(text: string, i: number, to: number): number {
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 0xfe0f) i++;
    else if (code === 0x200d && i + 1 < to && classAt(text, i + 1)[0] === CharClass.Pictographic) i += 1 + classAt(text, i + 1)[1];
    else if (code >= 0xd800 && EMOJI_MODIFIERS.test(String.fromCodePoint(text.codePointAt(i)!))) i += 2;
    else break;
  }
  return i;
}

// Patterns with \p{…} are kept in constants: written inside a function, the bundle builds them anew at every call.
const UPPER_CASE_LETTER = /\p{Lu}/u;
const LOWER_CASE_START = /^\p{Ll}/u;

/** Each abbreviation's first two characters and length, as one number (see mayBeAbbreviation). */
const abbreviationShape = (first: number, second: number, length: number) => (first * 128 + second) * 64 + length;
const ABBREVIATION_SHAPES = new Set(abbreviationData.abbreviations.filter((a) => a.length >= 2).map((a) => abbreviationShape(a.charCodeAt(0), a.charCodeAt(1), a.length)));
const asciiLowerCase = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * Whether text[start, end) (no longer than the longest abbreviation) may be an abbreviation, asked of its first
 * two characters and its length: most words before a stop end a sentence and are shaped as no abbreviation is
 * ("year.", "talks.", "said."), and need no lower-case copy. Words with characters beyond ASCII, whose lower case
 * may differ in length, are left to isAbbreviation.
 */
function mayBeAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start < 2) return true;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 127) return true;
  return ABBREVIATION_SHAPES.has(abbreviationShape(asciiLowerCase(text.charCodeAt(start)), asciiLowerCase(text.charCodeAt(start + 1)), end - start));
}

function isAbbreviation(word: string): boolean {
  if (word.length === 1) return UPPER_CASE_LETTER.test(word) || ABBREVIATIONS.has(word.toLowerCase());
  // Every sentence's last word is asked about: a word longer than any abbreviation needs no lower-case copy.
  return word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Paragraphs are runs of lines separated by blank lines, except that scraped news often puts one paragraph
 * on each line with no blank line between (see a wire copy pasted from a CMS). So a line break inside a run
 * ends the paragraph, unless the next line starts in lower case, or the copy is wrapped at a fixed width and
 * the line does not end a sentence.
 */
export function splitParagraphs(text: string, lines = new LineIndex(text)): Span[] {
  // Copy wrapped at a fixed width has no line over ~100 characters; scraped copy has whole paragraphs on one line.
  let hardWrapped = true;
  for (let line = 0; line < lines.lineCount && hardWrapped; line++) hardWrapped = lines.lineEnd(line) - lines.lineStart(line) <= WRAP_MAX_WIDTH;
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let previous: Span = { start: 0, end: 0 };
  for (let line = 0; line < lines.lineCount; line++) {
    const trimmed = trimSpan(text, { start: lines.lineStart(line), end: lines.lineEnd(line) });
    if (trimmed.start === trimmed.end) {
      current = null;
      continue;
    }
    if (current && continuesParagraph(text, previous, trimmed, hardWrapped)) {
      current.end = trimmed.end;
    } else {
      current = { start: trimmed.start, end: trimmed.end };
      paragraphs.push(current);
    }
    previous = trimmed;
  }
  return paragraphs;
}

const WRAP_MIN_WIDTH = 50;
const WRAP_MAX_WIDTH = 100;

/** Read by character codes: this runs for every line of every article. */
function continuesParagraph(text: string, previous: Span, next: Span, hardWrapped: boolean): boolean {
  if (startsInLowerCase(text, next.start) && !isListItem(text, previous)) return true;
  return hardWrapped && previous.end - previous.start >= WRAP_MIN_WIDTH && !SENTENCE_CLOSERS.has(text.charCodeAt(previous.end - 1));
}

function startsInLowerCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER_CASE_START.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** "1. The first point": a numbered line, whose next line starts an item of its own even in lower case. */
function isListItem(text: string, line: Span): boolean {
  let i = line.start;
  while (i < line.end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > line.start && text.charCodeAt(i) === 46 && i + 1 < line.end && /\s/.test(text[i + 1]);
}

/** A line that ends in one of these has ended its sentence (or its clause) where it breaks. */
const SENTENCE_CLOSERS = new Set([...'.!?:;…"”’»)]'].map((c) => c.charCodeAt(0)));

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENERS = /^[“‘"'(\[«\p{Lu}\p{N}\p{Script=Han}]/u;
/** What OPENERS says of an ASCII first character: capitals, digits, straight quotes and opening brackets. */
const ASCII_OPENERS = new Uint8Array(128).map((_, code) => (OPENERS.test(String.fromCharCode(code)) ? 1 : 0));

/** Whether the token text[start, end) may open a sentence: an ASCII first character is answered without a copy. */
function opensSentence(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return first < 128 ? ASCII_OPENERS[first] === 1 : OPENERS.test(text.slice(start, end));
}

/**
 * Splits one paragraph's tokens into sentences, handing each one's token range [from, to) to `visit` in order (no list is made:
 * this runs for every paragraph of every parse). A sentence ends at . ! ? or … (with any closing quotes or
 * brackets after it) when the next token can start a sentence. Abbreviations ("Mr.") never end one; a dotted
 * initialism ("U.S.") or a firm's suffix ("Corp.") ends one only before a typical sentence opener ("the U.S. The
 * talks…").
 */
export function forEachSentence(
  text: string, tokens: TokenList, first: number, last: number, visit: (from: number, to: number) => void, stops = tokensEndingInStops(text, tokens, first, last),
): void {
  let sentenceStart = first;
  // Tokens before this one were read as the closing marks of a sentence that ended.
  let next = first;
  // Only a token that ends in a stop can end a sentence.
  for (const i of stops) {
    if (i < next) continue;
    const end = tokens.end(i);
    let isEnd = false;
    if (end - tokens.start(i) === 1) {
      isEnd = tokens.kind(i) === 'punctuation';
    } else if (tokens.kind(i) === 'word') {
      // "U.S." and "Corp." end a sentence only before a typical opener; "Mr." never does.
      const value = text.slice(tokens.start(i), end);
      const mayClose = value.length > 2 && (value.indexOf('.') < value.length - 1 || CLOSING_ABBREVIATIONS.has(value.toLowerCase()));
      isEnd = mayClose && i + 1 < last && SENTENCE_STARTERS.has(text.slice(tokens.start(i + 1), tokens.end(i + 1)));
    }
    if (!isEnd) continue;
    let close = i;
    // A closing mark sits right against the stop (”. or .”); a straight quote after a space opens the next sentence.
    while (close + 1 < last && tokens.start(close + 1) === tokens.end(close) && tokens.kind(close + 1) !== 'word') {
      const following = text.slice(tokens.start(close + 1), tokens.end(close + 1));
      if (!CLOSERS.has(following) && following !== '.' && following !== '!' && following !== '?') break;
      close++;
    }
    if (close + 1 >= last) break;
    if (!opensSentence(text, tokens.start(close + 1), tokens.end(close + 1))) continue;
    visit(sentenceStart, close + 1);
    sentenceStart = close + 1;
    next = close + 1;
  }
  if (sentenceStart < last) visit(sentenceStart, last);
}

/** . ! ? and …: the characters a sentence ends with. */
const isStop = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026;

/** The numbers of the tokens in [first, last) whose last character is a stop: what tokenize lists when asked. */
function tokensEndingInStops(text: string, tokens: TokenList, first: number, last: number): number[] {
  const stops: number[] = [];
  for (let i = first; i < last; i++) if (isStop(text.charCodeAt(tokens.end(i) - 1))) stops.push(i);
  return stops;
}
