// A small table of what was last found for a spelling, indexed by a hash of its characters and read straight
// from the text. The per-spelling caches of detection and linking are Maps of tens of thousands of strings: on a
// folder of distinct articles, cutting each word or name out of the text and probing such a Map cost more than
// the answers themselves. Most spellings recur ("The", "China", "Mr. Liu"), and this table, small enough to stay
// in the processor's cache, answers them first.
//
// Each slot keeps its spelling's full hash, length and (up to INLINE characters, all below U+0100) the characters
// themselves in typed arrays: a lookup compares numbers in a few contiguous arrays instead of following a
// pointer to a string object somewhere on the heap, which was most of its cost. Longer spellings, and those with
// other characters, are kept as strings.
import { ownCopy } from './text';

/** Characters kept in the slot itself: most words and names are shorter. */
const INLINE = 24;
/** `lengths` of an empty slot. */
const EMPTY = -1;

export class RecentSpellings<T> {
  private readonly hashes: Int32Array;
  private readonly lengths: Int32Array;
  private readonly chars: Uint8Array;
  /** The spellings that are not kept inline, by slot. */
  private readonly strings: Array<string | undefined>;
  private readonly values: Array<T | undefined>;
  private readonly mask: number;

  /** `slots`: a power of two. */
  constructor(slots = 4096) {
    this.hashes = new Int32Array(slots);
    this.lengths = new Int32Array(slots).fill(EMPTY);
    this.chars = new Uint8Array(slots * INLINE);
    this.strings = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<T | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  /** What was kept for the spelling text[start, end), if it is still in its slot. */
  get(text: string, start: number, end: number): T | undefined {
    const hash = hashOf(text, start, end);
    const slot = hash & this.mask;
    const length = end - start;
    if (this.hashes[slot] !== hash || this.lengths[slot] !== length) return undefined;
    const kept = this.strings[slot];
    if (kept !== undefined) return text.startsWith(kept, start) ? this.values[slot] : undefined;
    const chars = this.chars;
    for (let k = 0, at = slot * INLINE; k < length; k++, at++) if (chars[at] !== text.charCodeAt(start + k)) return undefined;
    return this.values[slot];
  }

  /** Keeps the value for the spelling text[start, end), in place of whatever shared its slot. */
  set(text: string, start: number, end: number, value: T): void {
    const hash = hashOf(text, start, end);
    const slot = hash & this.mask;
    const length = end - start;
    this.hashes[slot] = hash;
    this.lengths[slot] = length;
    this.values[slot] = value;
    this.strings[slot] = undefined;
    if (length <= INLINE) {
      let k = 0;
      for (let at = slot * INLINE; k < length; k++, at++) {
        const code = text.charCodeAt(start + k);
        if (code > 0xff) break;
        this.chars[at] = code;
      }
      if (k === length) return;
    }
    // A copy: a slice would keep its article alive for as long as the table holds the spelling.
    this.strings[slot] = ownCopy(text.slice(start, end));
  }
}

function hashOf(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  return hash;
}
