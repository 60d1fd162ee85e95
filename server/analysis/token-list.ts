// TokenList: an article's tokens in typed arrays, as UTF-16 offsets into the text (see segment.ts, which makes them).
import { Span } from './text';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'cjk' | 'emoji';

export interface Token extends Span {
  kind: TokenKind;
}

const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punctuation', 'symbol', 'cjk', 'emoji'];
const KIND_CODES = Object.fromEntries(TOKEN_KINDS.map((kind, code) => [kind, code])) as Record<TokenKind, number>;

/**
 * Tokens in three typed arrays rather than one object each: an open article keeps its model in the cache, and
 * object-per-token cost about 60 bytes a token (50 KB an article) against 7 here. The three arrays share one
 * buffer (one allocation, not three), and a token's end is stored as its length in 16 bits (news words are
 * short); the rare longer run (a pasted blob with no spaces) is kept aside.
 */
export class TokenList {
  private starts!: Int32Array;
  private lengths!: Uint16Array;
  private kinds!: Uint8Array;
  /** Ends of tokens LONG or more code units long, by token number. */
  private longEnds: Map<number, number> | undefined;
  /** Read through `length`: only push() and clear() change it, so that `wordCount` always counts the same tokens. */
  private size = 0;
  private words = 0;

  /** `capacity`: the expected number of tokens; news text has about one per five characters. */
  constructor(capacity = 256) {
    this.allocate(Math.max(capacity, 1));
  }

  get length(): number {
    return this.size;
  }

  /**
   * How many of the tokens are words or numbers, what a reader counts as words: counted as they are pushed, where a
   * pass over the kinds of every token of every article did the same afterwards.
   */
  get wordCount(): number {
    return this.words;
  }

  get capacity(): number {
    return this.starts.length;
  }

  /** Empties the list to be filled again, keeping its room. */
  clear(): void {
    this.size = 0;
    this.words = 0;
  }

  push(start: number, end: number, kind: TokenKind): void {
    this.pushCode(start, end, KIND_CODES[kind]);
  }

  /** push() with the kind as its index in TOKEN_KINDS, for the tokenizer's loop. */
  pushCode(start: number, end: number, code: number): void {
    if (this.size === this.starts.length) this.resize(this.size * 2);
    const length = end - start;
    this.starts[this.size] = start;
    if (length < LONG) {
      this.lengths[this.size] = length;
    } else {
      this.lengths[this.size] = LONG;
      (this.longEnds ??= new Map()).set(this.size, end);
    }
    this.kinds[this.size] = code;
    this.size++;
    if (code === WORD || code === NUMBER) this.words++;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    const length = this.lengths[i];
    return length < LONG ? this.starts[i] + length : this.longEnds!.get(i)!;
  }

  kind(i: number): TokenKind {
    return TOKEN_KINDS[this.kinds[i]];
  }

  /** kind(i) === 'word', without the string. */
  isWord(i: number): boolean {
    return this.kinds[i] === WORD;
  }

  /** True for words and numbers: what a reader counts as words (no string per token, for whole-article loops). */
  isWordOrNumber(i: number): boolean {
    const code = this.kinds[i];
    return code === WORD || code === NUMBER;
  }

  /** The token as an object: for tests and rare callers, not for loops over a whole article. */
  get(i: number): Token {
    return { start: this.starts[i], end: this.end(i), kind: this.kind(i) };
  }

  toArray(): Token[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }

  /** A copy with no spare capacity: what a model keeps once its article is tokenized. */
  copy(): TokenList {
    const copy = new TokenList(this.length);
    copy.starts.set(this.starts.subarray(0, this.length));
    copy.lengths.set(this.lengths.subarray(0, this.length));
    copy.kinds.set(this.kinds.subarray(0, this.length));
    copy.size = this.size;
    copy.words = this.words;
    if (this.longEnds) for (const [i, end] of this.longEnds) if (i < this.length) (copy.longEnds ??= new Map()).set(i, end);
    return copy;
  }

  private resize(size: number): void {
    const { starts, lengths, kinds } = this;
    this.allocate(size);
    this.starts.set(starts.subarray(0, this.length));
    this.lengths.set(lengths.subarray(0, this.length));
    this.kinds.set(kinds.subarray(0, this.length));
  }

  private allocate(size: number): void {
    // 4 bytes of start, 2 of length and 1 of kind a token, in that order so that each view is aligned.
    const buffer = new ArrayBuffer(size * 7);
    this.starts = new Int32Array(buffer, 0, size);
    this.lengths = new Uint16Array(buffer, size * 4, size);
    this.kinds = new Uint8Array(buffer, size * 6, size);
  }
}

/** Token lengths from here up are kept in TokenList.longEnds (the largest 16-bit value marks them). */
const LONG = 0xffff;

// Token kind codes (indices into TOKEN_KINDS), so the tokenizer's loop stores numbers.
export const WORD = 0;
export const NUMBER = 1;
export const PUNCTUATION = 2;
export const SYMBOL = 3;
export const CJK = 4;
export const EMOJI = 5;
