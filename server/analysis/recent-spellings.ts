// A small table of what was last found for a spelling, indexed by a hash of its characters and read straight
// from the text. The per-spelling caches of detection and linking are Maps of tens of thousands of strings: on a
// folder of distinct articles, cutting each word or name out of the text and probing such a Map cost more than
// the answers themselves. Most spellings recur ("The", "China", "Mr. Liu"), and this table, small enough to stay
// in the processor's cache, answers them first.
import { ownCopy } from './text';

export class RecentSpellings<T> {
  private readonly spellings: Array<string | undefined>;
  private readonly values: Array<T | undefined>;
  private readonly mask: number;

  /** `slots`: a power of two. */
  constructor(slots = 4096) {
    this.spellings = new Array<string | undefined>(slots);
    this.values = new Array<T | undefined>(slots);
    this.mask = slots - 1;
  }

  /** What was kept for the spelling text[start, end), if it is still in its slot. */
  get(text: string, start: number, end: number): T | undefined {
    const slot = this.slotOf(text, start, end);
    const kept = this.spellings[slot];
    return kept !== undefined && kept.length === end - start && text.startsWith(kept, start) ? this.values[slot] : undefined;
  }

  /** Keeps the value for the spelling text[start, end), in place of whatever shared its slot. */
  set(text: string, start: number, end: number, value: T): void {
    const slot = this.slotOf(text, start, end);
    // A copy: a slice would keep its article alive for as long as the table holds the spelling.
    this.spellings[slot] = ownCopy(text.slice(start, end));
    this.values[slot] = value;
  }

  private slotOf(text: string, start: number, end: number): number {
    let hash = end - start;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    return hash & this.mask;
  }
}
