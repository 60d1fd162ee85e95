// KeyLists: small integer keys → lists of small integers (article numbers), held in typed arrays. The index
// files ~250,000 (key, article) pairs under ~160,000 keys for its quote bands; as a Map of URIs that was ~12 MB
// of heap in ~160,000 entries and ~40,000 arrays for the collector to walk, here it is a few flat arrays.

const EMPTY = -1;
const REMOVED = -2;
/** The end of a list (a node's `next`, a key's `head`). */
const END = -1;
/** A key's `head` when its list is a plain array in `long`. */
const LONG = -3;
/**
 * A list this long becomes a plain array: taking a value out of a chain walks it node by node, which for a figure
 * thousands of articles give cost ~0.4 ms an edit; an array is searched in a few microseconds. Few keys get there.
 */
const LONG_LIST = 32;
const FIRST_SLOTS = 1024;

/**
 * An open-addressing hash table from keys (integers 0 to 2^31 − 1) to the head of a list of values, each list
 * a chain of nodes in two parallel arrays, or a plain array once it is long. Values are listed in the order they
 * were added.
 */
export class KeyLists {
  private keys = new Int32Array(FIRST_SLOTS).fill(EMPTY);
  private heads = new Int32Array(FIRST_SLOTS);
  /** Each list's last node: adding walks no list (a figure thousands of articles give made filing quadratic). */
  private tails = new Int32Array(FIRST_SLOTS);
  private lengths = new Int32Array(FIRST_SLOTS);
  private long = new Map<number, number[]>();
  /** Keys in use, and slots that held a key since removed (probes pass over them until the next rehash). */
  private used = 0;
  private removed = 0;
  private values = new Int32Array(FIRST_SLOTS);
  private next = new Int32Array(FIRST_SLOTS);
  /** Nodes ever handed out, and the chain of those given back. */
  private nodes = 0;
  private freeNode = END;

  get size(): number {
    return this.used;
  }

  /** The values filed under `key`, oldest first. */
  get(key: number): number[] {
    const slot = this.find(key);
    const found: number[] = [];
    if (slot < 0) return found;
    if (this.heads[slot] === LONG) return this.long.get(key)!.slice();
    for (let node = this.heads[slot]!; node !== END; node = this.next[node]!) found.push(this.values[node]!);
    return found;
  }

  /** The value filed first under `key`, or -1. */
  first(key: number): number {
    const slot = this.find(key);
    if (slot < 0) return -1;
    const head = this.heads[slot]!;
    return head === LONG ? this.long.get(key)![0]! : this.values[head]!;
  }

  /**
   * Files `value` under `key`, at the end of its list. Filing the value that was filed last under the key again
   * changes nothing: a caller files all of one article's keys in a row, so a key it files twice ends with it.
   */
  add(key: number, value: number): void {
    let slot = this.find(key);
    if (slot < 0) {
      if ((this.used + this.removed + 1) * 4 > this.keys.length * 3) this.rehash();
      slot = this.slotFor(key);
      if (this.keys[slot] === REMOVED) this.removed--;
      this.keys[slot] = key;
      this.heads[slot] = END;
      this.tails[slot] = END;
      this.lengths[slot] = 0;
      this.used++;
    }
    if (this.heads[slot] === LONG) {
      const list = this.long.get(key)!;
      if (list[list.length - 1] !== value) list.push(value);
      return;
    }
    const last = this.tails[slot]!;
    if (last !== END && this.values[last] === value) return;
    const node = this.newNode(value);
    if (last === END) this.heads[slot] = node;
    else this.next[last] = node;
    this.tails[slot] = node;
    if (++this.lengths[slot]! < LONG_LIST) return;
    this.long.set(key, this.get(key));
    for (let each = this.heads[slot]!; each !== END; ) {
      const after = this.next[each]!;
      this.next[each] = this.freeNode;
      this.freeNode = each;
      each = after;
    }
    this.heads[slot] = LONG;
  }

  /** Takes `value` out of the list under `key`; a key left with no values is forgotten. */
  delete(key: number, value: number): void {
    const slot = this.find(key);
    if (slot < 0) return;
    if (this.heads[slot] === LONG) {
      const list = this.long.get(key)!;
      const at = list.indexOf(value);
      if (at >= 0) list.splice(at, 1);
      if (list.length > 0) return;
      this.long.delete(key);
      this.heads[slot] = END;
    }
    let previous = END;
    for (let node = this.heads[slot]!; node !== END; previous = node, node = this.next[node]!) {
      if (this.values[node] !== value) continue;
      if (previous === END) this.heads[slot] = this.next[node]!;
      else this.next[previous] = this.next[node]!;
      if (this.tails[slot] === node) this.tails[slot] = previous;
      this.next[node] = this.freeNode;
      this.freeNode = node;
      this.lengths[slot]--;
      break;
    }
    if (this.heads[slot] === END) {
      this.keys[slot] = REMOVED;
      this.used--;
      this.removed++;
    }
  }

  clear(): void {
    this.keys = new Int32Array(FIRST_SLOTS).fill(EMPTY);
    this.heads = new Int32Array(FIRST_SLOTS);
    this.tails = new Int32Array(FIRST_SLOTS);
    this.lengths = new Int32Array(FIRST_SLOTS);
    this.long.clear();
    this.values = new Int32Array(FIRST_SLOTS);
    this.next = new Int32Array(FIRST_SLOTS);
    this.used = this.removed = this.nodes = 0;
    this.freeNode = END;
  }

  /** The slot holding `key`, or -1. */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const held = this.keys[slot]!;
      if (held === key) return slot;
      if (held === EMPTY) return -1;
    }
  }

  /** The first free slot (empty or removed) on `key`'s probe sequence; `key` must not be in the table. */
  private slotFor(key: number): number {
    const mask = this.keys.length - 1;
    let slot = hash(key) & mask;
    while (this.keys[slot]! >= 0) slot = (slot + 1) & mask;
    return slot;
  }

  /**
   * At three quarters full (linear probing stays short up to there): twice the slots when more than half hold a
   * key, else as many, the removed slots freed.
   */
  private rehash(): void {
    const { keys, heads, tails, lengths } = this;
    const size = this.used * 2 > keys.length ? keys.length * 2 : keys.length;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.heads = new Int32Array(size);
    this.tails = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.removed = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot]! < 0) continue;
      const to = this.slotFor(keys[slot]!);
      this.keys[to] = keys[slot]!;
      this.heads[to] = heads[slot]!;
      this.tails[to] = tails[slot]!;
      this.lengths[to] = lengths[slot]!;
    }
  }

  private newNode(value: number): number {
    let node = this.freeNode;
    if (node !== END) this.freeNode = this.next[node]!;
    else {
      if (this.nodes === this.values.length) {
        this.values = grow(this.values);
        this.next = grow(this.next);
      }
      node = this.nodes++;
    }
    this.values[node] = value;
    this.next[node] = END;
    return node;
  }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Spreads a key's bits over the table (the keys are hashes already, but a sequence of small ones would cluster). */
function hash(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13);
}
