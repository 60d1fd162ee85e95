// Quotation marks paired into quoted passages. Curly, straight and single quotes, guillemets and old wire copy's
// ``…''; apostrophes (’s, don’t, rock ’n’ roll, the ’90s, the players’ union) are told apart from closing single
// quotes; a quote that runs over paragraphs, each reopened with a mark, is one passage; and an opening mark that
// is never closed ends its passage at the end of its paragraph instead of swallowing the rest of the article.
import { isSpace, Span } from './text';
import { UnbalancedMark } from './quote-types';

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface QuotedPassage extends Span {
  family: MarkFamily;
  /** False when the passage was ended at its paragraph's end for want of a closing mark. */
  closed: boolean;
  firstParagraph: number;
  lastParagraph: number;
}

export interface MarkPairs {
  passages: QuotedPassage[];
  unbalanced: UnbalancedMark[];
}

interface Mark {
  at: number;
  family: MarkFamily;
  side: 'open' | 'close';
}

const PARTNER: Record<MarkFamily, string> = { double: '”', single: '’', guillemet: '»' };
// Characters are read by their codes around every candidate mark: `text[i]` makes a new string for each character
// beyond Latin-1, and the curly marks themselves are such characters.
const codesOf = (characters: string) => new Set([...characters].map((c) => c.charCodeAt(0)));
/** Where a straight quote after these characters opens a passage: "(“" "—"". */
const OPENING_CONTEXT = codesOf('([{—–-/“‘«');
/** Where a straight quote before these characters closes one. */
const CLOSING_CONTEXT = codesOf(',.;:!?)]}—–-”’»…');
const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;
const BACKTICK = 0x60;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
/** Words that start with an apostrophe in place of letters: ’em, ’til, ’cause, ’n’. */
const ELISIONS = /^(?:em|til|cause|tis|twas|n|s)\b/i;

const QUOTE_CHARACTER = /["“”„«»‘’'`]/g;

// At module level: the bundler writes a pattern with \p{Lu} or \p{Ll} as `new RegExp(…)`, which in a function
// body would be compiled again on every call.
const SPACE_AND_LOWER_CASE = /^\s\p{Ll}/u;
/**
 * Whether the character at `at` has case (false outside [from, to)); ASCII is read by its code, without the two
 * case-changed copies, for it is asked of every apostrophe.
 */
function isLetterAt(text: string, at: number, from: number, to: number): boolean {
  if (at < from || at >= to) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const ch = text[at]!;
  return ch.toLowerCase() !== ch.toUpperCase();
}
/** Whether the character at `at` is an ASCII digit (false outside [from, to)). */
const isDigitAt = (text: string, at: number, from: number, to: number) => at >= from && at < to && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
const spaceBefore = (text: string, i: number, from: number) => i === from || isSpace(text.charCodeAt(i - 1)) || OPENING_CONTEXT.has(text.charCodeAt(i - 1));
const spaceAfter = (text: string, i: number, to: number) => i + 1 >= to || isSpace(text.charCodeAt(i + 1)) || CLOSING_CONTEXT.has(text.charCodeAt(i + 1));

/**
 * The quotation marks of one paragraph, in order, with apostrophes left out. `doubleOpen` says whether a
 * straight double quote is open when the paragraph starts (it continues a passage), for the ambiguous cases.
 */
function marksOf(text: string, from: number, to: number, doubleOpen: boolean, candidates: readonly number[], first: number): Mark[] {
  const marks: Mark[] = [];
  let straightOpen = doubleOpen;
  for (let k = first; k < candidates.length && candidates[k]! < to; k++) {
    const i = candidates[k]!;
    const code = text.charCodeAt(i);
    switch (code) {
      case 0x201c: // “
      case 0x201e: // „
        marks.push({ at: i, family: 'double', side: 'open' });
        break;
      case 0x201d: // ”
        marks.push({ at: i, family: 'double', side: 'close' });
        break;
      case 0xab: // «
        marks.push({ at: i, family: 'guillemet', side: 'open' });
        break;
      case 0xbb: // »
        marks.push({ at: i, family: 'guillemet', side: 'close' });
        break;
      case STRAIGHT_DOUBLE: {
        const before = spaceBefore(text, i, from);
        const after = spaceAfter(text, i, to);
        const side = before && !after ? 'open' : after && !before ? 'close' : straightOpen ? 'close' : 'open';
        straightOpen = side === 'open';
        marks.push({ at: i, family: 'double', side });
        break;
      }
      case BACKTICK:
        // Old wire copy opens with two backticks and closes with two apostrophes: ``Not one nickel more,'' he said.
        // The pair is read like the single marks its closing apostrophes are read as.
        if (text.charCodeAt(i + 1) === BACKTICK && text.charCodeAt(i - 1) !== BACKTICK) marks.push({ at: i, family: 'single', side: 'open' });
        break;
      case LEFT_SINGLE:
        // ‘90s and rock ‘n’ roll, typed with the wrong curl.
        if (isDigitAt(text, i + 1, 0, text.length) || ELISIONS.test(text.slice(i + 1, i + 5))) break;
        marks.push({ at: i, family: 'single', side: 'open' });
        break;
      case RIGHT_SINGLE:
      case STRAIGHT_SINGLE: {
        // don’t, Xi’s, the 1990’s.
        if ((isLetterAt(text, i - 1, from, to) || isDigitAt(text, i - 1, from, to)) && isLetterAt(text, i + 1, from, to)) break;
        if (spaceBefore(text, i, from) && !spaceAfter(text, i, to)) {
          // The ’90s, ’em; a curly ’ never opens a quote, a straight one may.
          if (code === RIGHT_SINGLE || isDigitAt(text, i + 1, from, to) || ELISIONS.test(text.slice(i + 1, i + 5))) break;
          marks.push({ at: i, family: 'single', side: 'open' });
        } else if (!spaceBefore(text, i, from) && spaceAfter(text, i, to)) {
          // The ’ of rock ’n’ roll.
          if (i > from && text.charCodeAt(i - 1) === 110 && (text.charCodeAt(i - 2) === RIGHT_SINGLE || text.charCodeAt(i - 2) === STRAIGHT_SINGLE)) break;
          marks.push({ at: i, family: 'single', side: 'close' });
        }
        break;
      }
    }
  }
  return marks;
}

/**
 * A plural possessive ("the players’ union") looks like a closing single quote. Inside an open single-quoted
 * passage it is taken for an apostrophe when it stands after an s, a lower-case word follows, and another
 * closing mark comes later in the paragraph.
 */
function isPluralPossessive(text: string, marks: Mark[], index: number): boolean {
  const { at } = marks[index];
  if (text[at - 1] !== 's' && text[at - 1] !== 'S') return false;
  if (!SPACE_AND_LOWER_CASE.test(text.slice(at + 1, at + 3))) return false;
  for (let k = index + 1; k < marks.length; k++) {
    if (marks[k].family !== 'single') continue;
    return marks[k].side === 'close';
  }
  return false;
}

/** The first mark of a paragraph when it reopens the passage the paragraph before left open. */
function reopens(text: string, paragraph: Span, family: MarkFamily): boolean {
  const first = text[paragraph.start];
  if (family === 'double') return first === '“' || first === '"' || first === '„';
  if (family === 'guillemet') return first === '«';
  return first === '‘' || first === "'";
}

/**
 * Pairs the marks of the paragraphs. `skip` says which paragraphs to leave out (page chrome): a passage never
 * runs through one.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Span[], skip: (index: number) => boolean): MarkPairs {
  const passages: QuotedPassage[] = [];
  const unbalanced: UnbalancedMark[] = [];
  // Every character that may be a mark, found in one pass: most paragraphs have none.
  const candidates: number[] = [];
  // test() rather than exec(): a mark is one character, so it stands just before lastIndex, and no match object is
  // made for each of the article's apostrophes.
  QUOTE_CHARACTER.lastIndex = 0;
  while (QUOTE_CHARACTER.test(text)) candidates.push(QUOTE_CHARACTER.lastIndex - 1);
  if (candidates.length === 0) return { passages, unbalanced };
  let cursor = 0;
  let open: (Mark & { paragraph: number }) | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    if (skip(p)) {
      open = undefined;
      continue;
    }
    const paragraph = paragraphs[p];
    const continuing = open !== undefined;
    while (cursor < candidates.length && candidates[cursor]! < paragraph.start) cursor++;
    const marks = marksOf(text, paragraph.start, paragraph.end, continuing && open!.family === 'double', candidates, cursor);
    // The reopening mark of a continued passage is part of it, not a new one.
    let k = continuing ? 1 : 0;
    let nested: Mark | undefined;
    for (; k < marks.length; k++) {
      const mark = marks[k];
      if (!open) {
        if (mark.side === 'open') open = { at: mark.at, family: mark.family, side: mark.side, paragraph: p };
        // A lone closing single mark is an apostrophe more often than not ("the Smiths’ house").
        else if (mark.family !== 'single') unbalanced.push(unbalancedMark(text, mark, paragraph.end));
        continue;
      }
      if (mark.family !== open.family) {
        // A quote inside the quote: ‘…’ within “…”. Its marks are the outer passage's text.
        if (mark.side === 'open') nested = mark;
        else if (nested?.family === mark.family) nested = undefined;
        continue;
      }
      if (mark.side === 'close') {
        if (mark.family === 'single' && isPluralPossessive(text, marks, k)) continue;
        passages.push({ start: open.at, end: mark.at + 1, family: open.family, closed: true, firstParagraph: open.paragraph, lastParagraph: p });
        open = undefined;
        nested = undefined;
        continue;
      }
      // The same mark opens again before the first is closed: the first had lost its partner.
      if (open.family !== 'single') unbalanced.push(unbalancedMark(text, open, paragraphEndOf(paragraphs, open)));
      open = { at: mark.at, family: mark.family, side: mark.side, paragraph: p };
    }
    if (open && !(p + 1 < paragraphs.length && !skip(p + 1) && reopens(text, paragraphs[p + 1], open.family))) {
      // Never closed: the passage ends with its paragraph. A straight ' that opens nothing is an apostrophe.
      if (!(open.family === 'single' && text[open.at] === "'")) {
        unbalanced.push(unbalancedMark(text, open, paragraph.end));
        passages.push({ start: open.at, end: paragraph.end, family: open.family, closed: false, firstParagraph: open.paragraph, lastParagraph: p });
      }
      open = undefined;
    }
  }
  return { passages, unbalanced };
}

function paragraphEndOf(paragraphs: readonly Span[], mark: { paragraph: number }): number {
  return paragraphs[mark.paragraph].end;
}

function unbalancedMark(text: string, mark: Mark, paragraphEnd: number): UnbalancedMark {
  return { at: mark.at, mark: text[mark.at], side: mark.side, paragraphEnd, partner: text[mark.at] === '"' ? '"' : PARTNER[mark.family] };
}
