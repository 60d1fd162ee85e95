// Paragraphs, sentences and tokens, all as UTF-16 offsets into the text as read.
import { isSpace, Span } from './text';
import abbreviationData from './data/abbreviations.json';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'cjk' | 'emoji';

export interface Token extends Span {
  kind: TokenKind;
}

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
const SENTENCE_STARTERS = new Set(abbreviationData.sentenceStarters);

// One pass with one sticky-free global regex. Order matters: dotted initialisms ("U.S.", "D.C.") before
// words, CJK runs before words (Han is also \p{L}), emoji sequences before the catch-all.
const TOKEN_PATTERN = new RegExp(
  [
    '(?<initialism>(?:\\p{L}\\.){2,})',
    '(?<cjk>[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]+)',
    '(?<number>\\p{N}+(?:[.,:]\\p{N}+)*)',
    "(?<word>[\\p{L}\\p{M}\\p{N}]+(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*)",
    '(?<emoji>\\p{Extended_Pictographic}(?:\\uFE0F|\\u200D\\p{Extended_Pictographic}|\\p{EMod})*)',
    '(?<other>[^\\s\\u00A0\\uFEFF\\u3000\\u2000-\\u200B\\u202F])',
  ].join('|'),
  'gu',
);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null && match.index < to) {
    const groups = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    let kind: TokenKind;
    if (groups.initialism !== undefined) kind = 'word';
    else if (groups.cjk !== undefined) kind = 'cjk';
    else if (groups.number !== undefined) kind = 'number';
    else if (groups.word !== undefined) {
      kind = 'word';
      // "Mr." and "J." keep their stop, so the sentence splitter and later name rules see one token.
      if (text.charCodeAt(end) === 46 && isAbbreviation(match[0])) end++;
    } else if (groups.emoji !== undefined) kind = 'emoji';
    else kind = /\p{P}/u.test(match[0]) ? 'punctuation' : 'symbol';
    tokens.push({ start, end, kind });
    TOKEN_PATTERN.lastIndex = end;
  }
  return tokens;
}

function isAbbreviation(word: string): boolean {
  return (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Paragraphs are runs of lines separated by blank lines, except that scraped news often puts one paragraph
 * on each line with no blank line between (see a wire copy pasted from a CMS). So a line break inside a run
 * ends the paragraph, unless the next line starts in lower case, or the copy is wrapped at a fixed width and
 * the line does not end a sentence.
 */
export function splitParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  const linePattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = linePattern.exec(text)) !== null) {
    if (match[0] === '') break;
    const body = match[0].replace(/(?:\r\n|\r|\n)$/, '');
    lines.push({ start: match.index, end: match.index + body.length });
  }
  // Copy wrapped at a fixed width has no line over ~100 characters; scraped copy has whole paragraphs on one line.
  const hardWrapped = lines.every((line) => line.end - line.start <= WRAP_MAX_WIDTH);
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let previousLine = '';
  for (const line of lines) {
    const trimmed = trimLine(text, line);
    if (trimmed.start === trimmed.end) {
      current = null;
      continue;
    }
    const lineText = text.slice(trimmed.start, trimmed.end);
    if (current && continuesParagraph(previousLine, lineText, hardWrapped)) {
      current.end = trimmed.end;
    } else {
      current = { ...trimmed };
      paragraphs.push(current);
    }
    previousLine = lineText;
  }
  return paragraphs;
}

function trimLine(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const WRAP_MIN_WIDTH = 50;
const WRAP_MAX_WIDTH = 100;

function continuesParagraph(previous: string, next: string, hardWrapped: boolean): boolean {
  if (/^\p{Ll}/u.test(next) && !/^\d+\.\s/.test(previous)) return true;
  return hardWrapped && previous.length >= WRAP_MIN_WIDTH && !/[.!?:;…"”’»)\]]$/u.test(previous);
}

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENERS = /^[“‘"'(\[«\p{Lu}\p{N}\p{Script=Han}]/u;

/**
 * Splits one paragraph's tokens into sentences. A sentence ends at . ! ? or … (with any closing quotes or
 * brackets after it) when the next token can start a sentence. Abbreviations ("Mr.") never end one; a dotted
 * initialism ("U.S.") ends one only before a typical sentence opener ("the U.S. The talks…").
 */
export function splitSentences(text: string, tokens: Token[], first: number, last: number): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let sentenceStart = first;
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    const value = text.slice(token.start, token.end);
    let isEnd = false;
    if (token.kind === 'punctuation' && (value === '.' || value === '!' || value === '?' || value === '…')) {
      isEnd = true;
    } else if (token.kind === 'word' && value.endsWith('.') && value.length > 2 && value.indexOf('.') < value.length - 1) {
      const next = tokens[i + 1];
      isEnd = next !== undefined && SENTENCE_STARTERS.has(text.slice(next.start, next.end));
    }
    if (!isEnd) continue;
    let close = i;
    // A closing mark sits right against the stop (”. or .”); a straight quote after a space opens the next sentence.
    while (close + 1 < last && tokens[close + 1].start === tokens[close].end && tokens[close + 1].kind !== 'word') {
      const following = text.slice(tokens[close + 1].start, tokens[close + 1].end);
      if (!CLOSERS.has(following) && following !== '.' && following !== '!' && following !== '?') break;
      close++;
    }
    const next = tokens[close + 1];
    if (close + 1 >= last) break;
    if (!OPENERS.test(text.slice(next.start, next.end))) continue;
    sentences.push([sentenceStart, close + 1]);
    sentenceStart = close + 1;
    i = close;
  }
  if (sentenceStart < last) sentences.push([sentenceStart, last]);
  return sentences;
}
