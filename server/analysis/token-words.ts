// The text of tokens and what the candidate rules ask of them (word-facts.ts), read once per spelling per process.
// Name detection asks about the same few hundred words many times (is it a title? a connector? common?), and
// the same spellings recur from article to article ("The", "China", "said"): each token is looked up once in a
// table of the spellings met so far, read straight from the text, and its word, lower case and facts are then
// array reads. The strings handed out are the table's own, so every Map or Set lookup of them reuses one hash.
import { TokenList } from './segment';
import { hasUpperCase, ownCopy } from './text';
import { Lexicon, readFacts } from './word-facts';

/** Spellings kept before the table starts again (a long-running server reads endless new names). */
const SPELLING_LIMIT = 100000;

/** The numbers kept per slot of the table of spellings (see Spellings.slots). */
const SLOT = 4;

/**
 * Every spelling met, by number: an open-addressing hash table keyed by the characters in the text, so a token is
 * found without being cut out of it. Facts depend on the lexicon, so a table serves one lexicon.
 */
class Spellings {
  /**
   * Per slot, the spelling's hash, its number + 1 (0: an empty slot), where its characters start in `characters`
   * and how many there are, side by side: a probe reads one place in memory, and a match is checked against the
   * characters kept in one array, not a string reached through the array of words (the first read of each token's
   * spelling is much of what finding names costs, and by then the rest of the parse has moved the strings out of
   * the cache). The slot count is a power of two, and at most half the slots are used.
   */
  private slots = new Int32Array(SLOT * (1 << 14));
  /** The characters of the spellings, one after another. */
  private characters = new Uint16Array(1 << 16);
  private charactersUsed = 0;
  readonly words: string[] = [];
  private readonly lowers: Array<string | undefined> = [];
  /** By number; 0 for not read yet (READ marks a spelling read with no facts). */
  private facts = new Int32Array(1 << 13);

  constructor(readonly lexicon: Lexicon | undefined) {}

  get size(): number {
    return this.words.length;
  }

  /** The number of the spelling text[start, end), added if new. */
  numberOf(text: string, start: number, end: number): number {
    const length = end - start;
    let hash = length;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const kept = slots[at + 1];
      if (kept === 0) return this.add(text, start, end, hash, at);
      if (slots[at] === hash && slots[at + 3] === length && this.spells(slots[at + 2], text, start, length)) return kept - 1;
    }
  }

  lower(n: number): string {
    return (this.lowers[n] ??= lowerCase(this.words[n]));
  }

  factsOf(n: number): number {
    let bits = this.facts[n];
    if (bits === 0) this.facts[n] = bits = readFacts(this.words[n], this.lexicon!) | READ;
    return bits;
  }

  /** Whether the characters kept from `from` spell text[start, start + length). */
  private spells(from: number, text: string, start: number, length: number): boolean {
    const characters = this.characters;
    for (let k = 0; k < length; k++) if (characters[from + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private add(text: string, start: number, end: number, hash: number, at: number): number {
    const n = this.words.length;
    const length = end - start;
    // A copy: a slice would keep its article alive for as long as the table holds the spelling.
    this.words.push(ownCopy(text.slice(start, end)));
    this.lowers.push(undefined);
    if (this.charactersUsed + length > this.characters.length) {
      const characters = new Uint16Array(Math.max(2 * this.characters.length, this.charactersUsed + length));
      characters.set(this.characters);
      this.characters = characters;
    }
    for (let k = 0; k < length; k++) this.characters[this.charactersUsed + k] = text.charCodeAt(start + k);
    this.slots[at] = hash;
    this.slots[at + 1] = n + 1;
    this.slots[at + 2] = this.charactersUsed;
    this.slots[at + 3] = length;
    this.charactersUsed += length;
    if (n >= this.facts.length) {
      const facts = new Int32Array(this.facts.length * 2);
      facts.set(this.facts);
      this.facts = facts;
    }
    if (2 * SLOT * (n + 1) > this.slots.length) this.grow();
    return n;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] === 0) continue;
      let slot = old[from] & mask;
      while (slots[SLOT * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + SLOT), SLOT * slot);
    }
  }
}

/** Marks a spelling's facts as read, so that a word with no facts (0) is not read again. */
const READ = 1 << 30;

/** The table in use: one lexicon is in use at a time in practice (the detector's). */
let current: Spellings | undefined;

function spellingsFor(lexicon: Lexicon | undefined): Spellings {
  if (!current || current.lexicon !== lexicon || current.size >= SPELLING_LIMIT) current = new Spellings(lexicon);
  return current;
}

/**
 * Values a reader keeps by spelling (detection: what it found out about a one-word name), read by token without
 * cutting the word out of the text or hashing it again. Valid for as long as the table of spellings lasts.
 */
export class SpellingMemo<T> {
  table: Spellings | undefined;
  values: Array<T | undefined> = [];
}

/**
 * Numbers a reader keeps by a pair of spellings (detection: where the weights of two words around a name start),
 * read by the two tokens. One open-addressing table of numbers: a probe reads one place in memory, where a Map per
 * first word and its key strings were three reads far apart for each of some hundred pairs an article asks about.
 * Valid for as long as the table of spellings lasts.
 */
export class SpellingPairMemo {
  table: Spellings | undefined;
  /** Per slot, the first spelling's number + 1 (0: an empty slot), the second's number and the value. */
  private slots = new Int32Array(PAIR_SLOT * PAIR_MEMO_START);
  private used = 0;

  get(first: number, second: number): number | undefined {
    const slots = this.slots;
    const mask = slots.length / PAIR_SLOT - 1;
    for (let slot = pairHash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const at = PAIR_SLOT * slot;
      if (slots[at] === 0) return undefined;
      if (slots[at] === first + 1 && slots[at + 1] === second) return slots[at + 2];
    }
  }

  /** Keeps `value` for a pair not kept yet. */
  add(first: number, second: number, value: number): void {
    if (2 * PAIR_SLOT * (this.used + 1) > this.slots.length) {
      // A long-running server meets endless pairs: past the limit the memo starts again rather than grow on.
      if (this.slots.length >= PAIR_SLOT * PAIR_MEMO_LIMIT) this.clear();
      else this.grow();
    }
    this.place(this.slots, first, second, value);
    this.used++;
  }

  clear(): void {
    this.slots = new Int32Array(PAIR_SLOT * PAIR_MEMO_START);
    this.used = 0;
  }

  private place(slots: Int32Array, first: number, second: number, value: number): void {
    const mask = slots.length / PAIR_SLOT - 1;
    let slot = pairHash(first, second) & mask;
    while (slots[PAIR_SLOT * slot] !== 0) slot = (slot + 1) & mask;
    slots[PAIR_SLOT * slot] = first + 1;
    slots[PAIR_SLOT * slot + 1] = second;
    slots[PAIR_SLOT * slot + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += PAIR_SLOT) if (old[at] !== 0) this.place(this.slots, old[at] - 1, old[at + 1], old[at + 2]);
  }
}

/** The numbers kept per slot of a SpellingPairMemo, its slots at first, and the most it grows to (a power of two each). */
const PAIR_SLOT = 3;
const PAIR_MEMO_START = 1 << 12;
const PAIR_MEMO_LIMIT = 1 << 17;

const pairHash = (first: number, second: number) => (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b)) >>> 7;

export class TokenWords {
  /** The table this instance's numbers index: kept, since a new one may replace the shared table meanwhile. */
  private spellings: Spellings;
  /** The spelling's number + 1 by token, 0 for not read yet. */
  private numbers: Int32Array;
  /**
   * The spelling's facts by token (with the READ bit), 0 for not read yet: the candidate rules ask about the same
   * token several times (is it capitalised? a connector? a title word?), and one read here is cheaper than the
   * spelling's number and then its facts.
   */
  private facts: Int32Array;

  constructor(public text: string, public tokens: TokenList, lexicon?: Lexicon) {
    this.spellings = spellingsFor(lexicon);
    this.numbers = new Int32Array(tokens.length);
    this.facts = new Int32Array(tokens.length);
  }

  /**
   * The one instance detection uses for the parse in progress (parses never overlap): its array is kept from
   * article to article instead of a new one each time. Give it back with release().
   */
  static borrow(text: string, tokens: TokenList, lexicon: Lexicon): TokenWords {
    const words = (reusable ??= new TokenWords('', tokens, lexicon));
    words.text = text;
    words.tokens = tokens;
    words.spellings = spellingsFor(lexicon);
    if (words.numbers.length < tokens.length) {
      words.numbers = new Int32Array(tokens.length);
      words.facts = new Int32Array(tokens.length);
    }
    return words;
  }

  /** Forgets the tokens read, for the next article. */
  release(): void {
    this.numbers.fill(0, 0, this.tokens.length);
    this.facts.fill(0, 0, this.tokens.length);
    this.text = '';
  }

  /** The number of token i's spelling in this instance's table. */
  private numberOf(i: number): number {
    let n = this.numbers[i];
    if (n === 0) this.numbers[i] = n = this.spellings.numberOf(this.text, this.tokens.start(i), this.tokens.end(i)) + 1;
    return n - 1;
  }

  word(i: number): string {
    return this.spellings.words[this.numberOf(i)];
  }

  lower(i: number): string {
    return this.spellings.lower(this.numberOf(i));
  }

  /** What `memo` keeps for token i's spelling. */
  recall<T>(memo: SpellingMemo<T>, i: number): T | undefined {
    return memo.table === this.spellings ? memo.values[this.numberOf(i)] : undefined;
  }

  /** Keeps `value` in `memo` for token i's spelling. */
  remember<T>(memo: SpellingMemo<T>, i: number, value: T): void {
    if (memo.table !== this.spellings) {
      memo.table = this.spellings;
      memo.values = [];
    }
    const n = this.numberOf(i);
    // Filled up to n rather than written past the end: an array with holes is a slower dictionary.
    while (memo.values.length <= n) memo.values.push(undefined);
    memo.values[n] = value;
  }

  /** What `memo` keeps for the pair of token i's and token j's spellings. */
  recallPair(memo: SpellingPairMemo, i: number, j: number): number | undefined {
    return memo.table === this.spellings ? memo.get(this.numberOf(i), this.numberOf(j)) : undefined;
  }

  /** Keeps `value` in `memo` for the pair of token i's and token j's spellings, which it does not hold yet. */
  rememberPair(memo: SpellingPairMemo, i: number, j: number, value: number): void {
    if (memo.table !== this.spellings) {
      memo.table = this.spellings;
      memo.clear();
    }
    memo.add(this.numberOf(i), this.numberOf(j), value);
  }

  /** Whether token i has the fact (a bit of word-facts.ts), under the lexicon these words were made with. */
  is(i: number, fact: number): boolean {
    return (this.factsOf(i) & fact) !== 0;
  }

  /** All the facts of token i as bits, for a caller that tests several of them. */
  factsOf(i: number): number {
    let facts = this.facts[i];
    if (facts === 0) this.facts[i] = facts = this.spellings.factsOf(this.numberOf(i));
    return facts;
  }
}

let reusable: TokenWords | undefined;

/** Most words asked about are lower case already ("said", "the"): those are returned as they are. */
function lowerCase(word: string): string {
  return hasUpperCase(word) ? word.toLowerCase() : word;
}
