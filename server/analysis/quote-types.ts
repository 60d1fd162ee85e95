// The shapes of the quote analysis: marks are paired into quoted passages, each passage gets a kind, and
// statements and partial quotes get a speaker.
import { Span } from './text';

/**
 * - statement: a quoted sentence or more (“China acknowledged our shared objective …,”);
 * - partial: words quoted inside a paraphrase (a “frank exchange,”);
 * - name: a name or title in quote marks ("Made in China 2025", a nickname, a book);
 * - scare: a word held at arm's length (the “experts”).
 * Only statements and partial quotes are quotes in the annotation contract.
 */
export type QuoteKind = 'statement' | 'partial' | 'name' | 'scare';

/**
 * How the speaker was found:
 * - cue: a speech verb next to the quote names them (“…,” said Jacob Parker; Trump said: “…”);
 * - according-to: "according to the White House";
 * - colon: the paragraph before ends in a cue and a colon;
 * - pronoun: "she said", resolved to the nearest person who fits;
 * - continuation: a quote with no cue of its own, after one with a speaker or after a sentence that names one;
 * - repeated: the same words are quoted, with a speaker, elsewhere in the article (a headline quote).
 */
export type AttributionMethod = 'cue' | 'according-to' | 'colon' | 'pronoun' | 'continuation' | 'repeated';

export interface Quote extends Span {
  kind: QuoteKind;
  /** Canonical names of the speakers ("Steven Mnuchin"), or one description ("a senior US official"); empty when unknown. */
  speakers: string[];
  /** The contract's speaker: the speakers joined with " and ", or null. */
  speaker: string | null;
  /** Whether the speakers are named entities (true) or a description such as "a senior US official" (false). */
  named: boolean;
  /** The words that name the speaker where the cue is ("Mnuchin", "she", "the embassy"). */
  speakerSpan?: Span;
  method?: AttributionMethod;
  /** The speech verb or phrase ("said", "told", "according to"). */
  cue?: Span;
  /** Words inside the marks. */
  words: number;
}

/** A quotation mark without its partner. */
export interface UnbalancedMark {
  /** Offset of the mark. */
  at: number;
  mark: string;
  /** 'open' when the passage it opens is never closed; 'close' when nothing opened it. */
  side: 'open' | 'close';
  /** Where a closing mark would go: the end of the paragraph (for an opening mark). */
  paragraphEnd: number;
  /** The closing mark that matches an opening one (”, ’, », "). */
  partner: string;
}
