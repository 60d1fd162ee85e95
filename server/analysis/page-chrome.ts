// Page chrome: the lines a scraper carries over from the web page around an article (site navigation,
// "Read more" teasers, share buttons, image credits and captions) and the article's own furniture
// (headline, byline, dateline). Furniture is kept and labelled; chrome is what the page-boilerplate rule flags.
import { isSpace, Span } from './text';
import chromeData from './data/page-chrome.json';

export type ChromeKind =
  | 'navigation' | 'teaser' | 'share' | 'advertisement' | 'newsletter'
  | 'image-credit' | 'image-caption' | 'repeated-paragraph' | 'trailing-link';

export type ParagraphRole = 'headline' | 'byline' | 'dateline' | 'heading' | 'chrome' | 'body';

export interface ChromeLine extends Span {
  kind: ChromeKind;
  /** For a repeated paragraph: the index of the paragraph it repeats. */
  repeats?: number;
}

export interface Layout {
  roles: ParagraphRole[];
  chrome: ChromeLine[];
  headline?: Span;
  byline?: Span;
  /** A dateline line ("May 4, 2018", "Reuters, WASHINGTON") or the prefix of the first paragraph ("WASHINGTON (Reuters) -"). */
  dateline?: Span;
}

/**
 * Patterns joined into one, for whether any of them matches: one test, where each pattern on its own cost more to
 * call than to run on a line. No patterns match nothing (an empty pattern would match everything). The data's
 * patterns have no back-references, which joining would renumber.
 */
function matchingAnyOf(sources: readonly string[], flags: string): RegExp {
  return new RegExp(sources.length === 0 ? '(?!)' : sources.map((source) => `(?:${source})`).join('|'), flags);
}

type ChromeLineEntry = { kind: string; pattern: string; maxLength?: number; anyOf?: string[] };
/** A pattern tried on every short line: one with neither a length limit nor words that must be in the line. */
const isPlain = (entry: ChromeLineEntry) => entry.maxLength === undefined && entry.anyOf === undefined;
const CHROME_LINES = chromeData.lines.map((entry: ChromeLineEntry) => ({
  kind: entry.kind as ChromeKind,
  pattern: new RegExp(entry.pattern, 'iu'),
  plain: isPlain(entry),
  maxLength: entry.maxLength ?? Infinity,
  anyOf: entry.anyOf && containingAnyOf(entry.anyOf),
}));
/**
 * The plain patterns in one: a line that matches none of them (nearly every line) is told so by one test; a line
 * that matches is then tried pattern by pattern, in order, for its kind.
 */
const ANY_PLAIN_CHROME_LINE = matchingAnyOf(chromeData.lines.filter(isPlain).map((entry) => entry.pattern), 'iu');
const ANY_BYLINE = matchingAnyOf(chromeData.bylines, 'iu');
// Dates ignore case (the first three patterns); dateline places are matched case-sensitively: "WASHINGTON" is a
// dateline, "Washington" may be a headline.
const DATELINE_PATTERNS = [matchingAnyOf(chromeData.datelines.slice(0, 3), 'iu'), matchingAnyOf(chromeData.datelines.slice(3), 'u')];
const DATELINE_PREFIX = new RegExp(chromeData.datelinePrefix, 'u');
const NOT_DATELINE_LABELS = new Set(chromeData.notDatelineLabels);
/** "BREAKING:" opens a paragraph like "NEW DELHI:" but is a label. */
const isLabel = (prefix: string) => prefix.endsWith(':') && NOT_DATELINE_LABELS.has(prefix.slice(0, -1).trim());

/** Page chrome is short; a longer line is prose and is not worth testing against every pattern. */
const CHROME_MAX_LENGTH = 200;

/** Classifies one trimmed line on its own, without context. */
export function classifyChromeLine(line: string): ChromeKind | undefined {
  if (line.length > CHROME_MAX_LENGTH) return undefined;
  const mayBePlainChrome = ANY_PLAIN_CHROME_LINE.test(line);
  for (const { kind, pattern, plain, maxLength, anyOf } of CHROME_LINES) {
    if (plain ? !mayBePlainChrome : line.length > maxLength || (anyOf && !anyOf.test(line))) continue;
    if (pattern.test(line)) return kind;
  }
  return undefined;
}

/**
 * A pattern that finds one of `words` (lower case) in a line where `line.toLowerCase().includes(word)` would, without
 * a lower-case copy of every short line of every article. Each letter matches both its cases, and also what
 * lower-cases to it beyond ASCII: the Kelvin sign K to k, and the dotted İ to an i (and a combining dot, so only
 * as a word's last letter).
 */
function containingAnyOf(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => [...word].map((char, index) => {
    // Other letters have other capitals (É, and whatever lower-cases to it): the data has none, and must not.
    if (!/^[\x20-\x40\x5b-\x7e]$/.test(char)) throw new Error(`page-chrome.json: anyOf words are ASCII lower case ("${word}")`);
    if (!/[a-z]/.test(char)) return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    const also = char === 'k' ? '\u212a' : char === 'i' && index === word.length - 1 ? '\u0130' : '';
    return `[${char}${char.toUpperCase()}${also}]`;
  }).join(''));
  return new RegExp(alternatives.join('|'));
}

const HEADER_ZONE = 6;
const HEADING_MAX_WORDS = 14;
const HEADLINE_MAX_WORDS = 22;
const CAPTION_MAX_WORDS = 40;
const REPEAT_MIN_WORDS = 8;

/** Counts runs of letters and digits; a hand loop, because this runs on every paragraph of every parse. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const wordChar = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code > 127 && !isSpace(code) && code !== 0x2019 && code !== 0x201c && code !== 0x201d);
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}

/** Ends like a sentence: a stop, or a stop inside closing quotes. Read from the end, not searched for from the start. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSING_MARKS.has(text.charCodeAt(i))) i--;
  return i >= 0 && STOPS.has(text.charCodeAt(i));
}

const CLOSING_MARKS = new Set([...'"”’\'»)'].map((c) => c.charCodeAt(0)));
const STOPS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));

function looksLikeHeading(text: string, maxWords = HEADING_MAX_WORDS): boolean {
  return !endsLikeSentence(text) && wordCount(text) <= maxWords && /^[\p{L}\p{N}"“‘'«$€£]/u.test(text);
}

// A constant: a pattern with \p{…} written inside the function is built anew at every call in the bundle.
const BARE_NAME = /^\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}$/u;

/** A name on its own line under the headline ("Uwe Hessler"): two to four capitalised words and nothing else. */
function looksLikeBareName(text: string): boolean {
  return BARE_NAME.test(text) && !/\d/.test(text);
}

/**
 * Gives every paragraph a role. `spans` are the trimmed paragraphs of `text`, in order.
 * Context matters for three kinds: a caption is a heading-like line right above an image credit; a repeated
 * paragraph is scraped twice (the page's standfirst and the body); a heading with no text after it at the very
 * end is a link to another story.
 */
export function analyseLayout(text: string, spans: Span[]): Layout {
  const paragraphTexts = spans.map((span) => text.slice(span.start, span.end));
  const count = paragraphTexts.length;
  const roles: ParagraphRole[] = new Array(count).fill('body');
  const chrome: ChromeLine[] = [];
  const chromeKind: Array<ChromeKind | undefined> = paragraphTexts.map(classifyChromeLine);
  const layout: Layout = { roles, chrome };

  for (let i = 0; i < count; i++) {
    // A caption sits on the line right above its credit; it may be a full sentence or a title-like phrase.
    const aboveCredit = i + 1 < count && chromeKind[i + 1] === 'image-credit';
    const onNextLine = aboveCredit && /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(text.slice(spans[i].end, spans[i + 1].start));
    if (chromeKind[i] === undefined && aboveCredit && (looksLikeHeading(paragraphTexts[i]) || (onNextLine && wordCount(paragraphTexts[i]) <= CAPTION_MAX_WORDS))) {
      chromeKind[i] = 'image-caption';
    }
  }
  markRepeatedParagraphs(paragraphTexts, chromeKind, chrome, spans);
  markTrailingLink(paragraphTexts, chromeKind);

  // The header zone is everything before the first real body paragraph, but at most a few paragraphs.
  let seenContent = 0;
  let guessedByline = -1;
  for (let i = 0; i < count && seenContent < HEADER_ZONE; i++) {
    if (chromeKind[i] !== undefined) continue;
    const paragraph = paragraphTexts[i];
    if (DATELINE_PATTERNS.some((pattern) => pattern.test(paragraph))) {
      // "Reuters, HONG KONG" over "9 June 2025": both are dateline; the first one names it.
      roles[i] = 'dateline';
      layout.dateline ??= spans[i];
    } else if ((!layout.byline || guessedByline >= 0) && ANY_BYLINE.test(paragraph)) {
      // "By Callum Westbrook" under a bare name taken for the byline ("Villa Park", the ground): the line that
      // says "By" is the byline, and the guess was a heading.
      if (guessedByline >= 0) roles[guessedByline] = looksLikeHeading(paragraphTexts[guessedByline]) ? 'heading' : 'body';
      guessedByline = -1;
      roles[i] = 'byline';
      layout.byline = spans[i];
    } else if (!layout.byline && layout.headline && looksLikeBareName(paragraph) && seenContent <= 2) {
      roles[i] = 'byline';
      layout.byline = spans[i];
      guessedByline = i;
    } else if (!layout.headline && seenContent === 0 && looksLikeHeading(paragraph, HEADLINE_MAX_WORDS)) {
      roles[i] = 'headline';
      layout.headline = spans[i];
    } else if (!endsLikeSentence(paragraph)) {
      if (looksLikeHeading(paragraph)) roles[i] = 'heading';
    } else {
      const prefix = DATELINE_PREFIX.exec(paragraph);
      if (prefix && !layout.dateline && !isLabel(prefix[1])) layout.dateline = { start: spans[i].start, end: spans[i].start + prefix[1].length };
      break;
    }
    seenContent++;
  }
  for (let i = 0; i < count; i++) {
    const kind = chromeKind[i];
    if (kind !== undefined) {
      roles[i] = 'chrome';
      if (kind !== 'repeated-paragraph') chrome.push({ start: spans[i].start, end: spans[i].end, kind });
    } else if (roles[i] === 'body' && looksLikeHeading(paragraphTexts[i]) && i > 0) {
      roles[i] = 'heading';
    }
  }
  chrome.sort((a, b) => a.start - b.start);
  return layout;
}

/**
 * A paragraph scraped twice: the page shows a standfirst above the story, and the story repeats it, whole or
 * as the start of a paragraph. When the first copy opens the article, that copy is the stray; otherwise the
 * later copy repeats what was already read.
 */
function markRepeatedParagraphs(texts: string[], kinds: Array<ChromeKind | undefined>, chrome: ChromeLine[], spans: Span[]): void {
  // Scraped copies repeat the page's text exactly, so paragraphs are compared whole among those of the same length.
  const eligible = (i: number) => kinds[i] === undefined && wordCount(texts[i]) >= REPEAT_MIN_WORDS;
  const opening = kinds.findIndex((kind) => kind === undefined);
  if (opening >= 0 && eligible(opening)) {
    const later = texts.findIndex((text, i) => i > opening && text.startsWith(texts[opening]) && eligible(i));
    if (later >= 0) {
      kinds[opening] = 'repeated-paragraph';
      chrome.push({ start: spans[opening].start, end: spans[opening].end, kind: 'repeated-paragraph', repeats: later });
    }
  }
  // The paragraphs read so far by length: one index, or the indices of paragraphs that share a length. Almost
  // every paragraph is the only one of its length, and needs no array of its own; the length alone is the key, as
  // a hash of the first characters read every paragraph for the few that are alike (those are compared whole).
  const seen = new Map<number, number | number[]>();
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== undefined) continue;
    const key = spans[i].end - spans[i].start;
    const candidates = seen.get(key);
    const earlier = typeof candidates === 'number' ? (texts[candidates] === texts[i] ? candidates : undefined) : candidates?.find((j) => texts[j] === texts[i]);
    if (earlier === undefined) {
      if (candidates === undefined) seen.set(key, i);
      else if (typeof candidates === 'number') seen.set(key, [candidates, i]);
      else candidates.push(i);
    } else if (eligible(i)) {
      kinds[i] = 'repeated-paragraph';
      chrome.push({ start: spans[i].start, end: spans[i].end, kind: 'repeated-paragraph', repeats: earlier });
    }
  }
}

/** A heading-like last line with a title separator ("Game of Trade - who's playing against who?") and no text under it. */
function markTrailingLink(texts: string[], kinds: Array<ChromeKind | undefined>): void {
  const last = texts.length - 1;
  if (last < 3 || kinds[last] !== undefined) return;
  const text = texts[last];
  if (text.startsWith('(') || wordCount(text) > HEADING_MAX_WORDS) return;
  const titleSeparator = /\s[-–—|]\s/u.test(text);
  if (!endsLikeSentence(text) || titleSeparator) {
    kinds[last] = 'trailing-link';
  }
}
