// The text of tokens, sliced and lower-cased at most once per parse, and what the candidate rules ask of them
// (word-facts.ts). Name detection asks about the same few hundred words many times (is it a title? a connector?
// common?), and reusing one string also reuses its hash in every map lookup.
import { TokenList } from './segment';
import { hasUpperCase, ownCopy } from './text';
import { Lexicon, wordFacts } from './word-facts';
import { RecentSpellings } from './recent-spellings';

/** Marks a token's facts as read, so that a word with no facts (0) is not read again. */
const READ = 1 << 30;

export class TokenWords {
  private words: Array<string | undefined>;
  private lowers: Array<string | undefined>;
  /** The facts read so far, by token (0: not read yet); as long as `words`, so factsOf needs no size check. */
  private facts: Int32Array;

  constructor(public text: string, public tokens: TokenList, private lexicon?: Lexicon) {
    this.words = new Array<string>(tokens.length);
    this.lowers = new Array<string>(tokens.length);
    this.facts = new Int32Array(tokens.length);
  }

  /**
   * The one instance detection uses for the parse in progress (parses never overlap): its arrays are kept from
   * article to article instead of ~20 KB of new ones each time. Give it back with release().
   */
  static borrow(text: string, tokens: TokenList, lexicon: Lexicon): TokenWords {
    const words = (reusable ??= new TokenWords('', tokens, lexicon));
    words.text = text;
    words.tokens = tokens;
    words.lexicon = lexicon;
    if (words.words.length < tokens.length) {
      words.words = new Array<string>(tokens.length);
      words.lowers = new Array<string>(tokens.length);
      words.facts = new Int32Array(tokens.length);
    }
    return words;
  }

  /** Forgets the words read: a slice kept here would keep its article alive until the next parse. */
  release(): void {
    const n = this.tokens.length;
    this.words.fill(undefined, 0, n);
    this.lowers.fill(undefined, 0, n);
    this.facts.fill(0, 0, n);
    this.text = '';
  }

  word(i: number): string {
    return (this.words[i] ??= this.text.slice(this.tokens.start(i), this.tokens.end(i)));
  }

  lower(i: number): string {
    return (this.lowers[i] ??= lowerCase(this.word(i)));
  }

  /** Whether token i has the fact (a bit of word-facts.ts), under the lexicon these words were made with. */
  is(i: number, fact: number): boolean {
    return (this.factsOf(i) & fact) !== 0;
  }

  /** All the facts of token i as bits, for a caller that tests several of them. */
  factsOf(i: number): number {
    let bits = this.facts[i];
    if (bits === 0) this.facts[i] = bits = this.readFacts(i) | READ;
    return bits;
  }

  /** Facts recur with their words from article to article ("The", "China", "Mr."): see RecentSpellings. */
  private readFacts(i: number): number {
    const start = this.tokens.start(i);
    const end = this.tokens.end(i);
    let recent = recentFacts;
    if (!recent || recent.lexicon !== this.lexicon) recentFacts = recent = { lexicon: this.lexicon!, table: new RecentSpellings<number>() };
    let facts = recent.table.get(this.text, start, end);
    if (facts === undefined) {
      facts = wordFacts(this.word(i), this.lexicon!);
      recent.table.set(this.text, start, end, facts);
    }
    return facts;
  }
}

/** The facts of recently seen words, for one lexicon (the detector's, in practice). */
let recentFacts: { lexicon: Lexicon; table: RecentSpellings<number> } | undefined;

let reusable: TokenWords | undefined;

/**
 * Most words asked about are lower case already ("said", "the"): those are returned as they are. The capitalised
 * ones ("China", "Secretary") recur from article to article, and a Map get costs a fraction of toLowerCase.
 */
function lowerCase(word: string): string {
  return hasUpperCase(word) ? lowerCaseOf(word) : word;
}

const LOWER_CASE = new Map<string, string>();
const LOWER_CASE_LIMIT = 50000;

function lowerCaseOf(word: string): string {
  let lower = LOWER_CASE.get(word);
  if (lower === undefined) {
    if (LOWER_CASE.size >= LOWER_CASE_LIMIT) LOWER_CASE.clear();
    lower = word.toLowerCase();
    // A copy of the key: a slice would keep its article alive for as long as the cache holds the word.
    LOWER_CASE.set(ownCopy(word), lower);
  }
  return lower;
}
