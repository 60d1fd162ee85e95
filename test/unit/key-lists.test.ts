import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KeyLists } from '../../server/service/key-lists';

describe('key lists', () => {
  it('list the values filed under a key in the order they were filed; filing the last one again changes nothing', () => {
    const lists = new KeyLists();
    lists.add(7, 3);
    lists.add(7, 1);
    lists.add(7, 1);
    lists.add(0x3fffffff, 2);
    assert.deepEqual(lists.get(7), [3, 1]);
    assert.deepEqual(lists.get(0x3fffffff), [2]);
    assert.deepEqual(lists.get(8), []);
    assert.equal(lists.size, 2);
  });

  it('take a value out of its list, and forget a key left with none', () => {
    const lists = new KeyLists();
    for (const value of [1, 2, 3]) lists.add(5, value);
    lists.delete(5, 3);
    lists.add(5, 4);
    assert.deepEqual(lists.get(5), [1, 2, 4]);
    lists.delete(5, 4);
    lists.add(5, 3);
    lists.delete(5, 2);
    assert.deepEqual(lists.get(5), [1, 3]);
    lists.delete(5, 9);
    lists.delete(6, 1);
    assert.deepEqual(lists.get(5), [1, 3]);
    lists.delete(5, 1);
    lists.delete(5, 3);
    assert.deepEqual(lists.get(5), []);
    assert.equal(lists.size, 0);
    lists.add(5, 4);
    assert.deepEqual(lists.get(5), [4]);
  });

  it('keep a long list in order through removals, and forget its key once it is empty', () => {
    const lists = new KeyLists();
    const values = Array.from({ length: 100 }, (_, i) => (i * 37) % 101);
    for (const value of values) lists.add(3, value);
    lists.add(3, values[99]!);
    assert.deepEqual(lists.get(3), values);
    for (const value of values.slice(10, 60)) lists.delete(3, value);
    lists.add(3, 500);
    assert.deepEqual(lists.get(3), [...values.slice(0, 10), ...values.slice(60), 500]);
    for (const value of [...values, 500]) lists.delete(3, value);
    assert.deepEqual(lists.get(3), []);
    assert.equal(lists.size, 0);
    lists.add(3, 1);
    assert.deepEqual(lists.get(3), [1]);
  });

  it('answer as a map of arrays does through growth, removals and reuse', () => {
    const lists = new KeyLists();
    const model = new Map<number, number[]>();
    let seed = 12345;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let step = 0; step < 60_000; step++) {
      // Few keys at first (long lists), then many (the table grows), with removals throughout (slots reused).
      const key = random(step < 20_000 ? 50 : 20_000) * 7919;
      const value = random(40);
      const list = model.get(key) ?? [];
      if (random(3) === 0) {
        lists.delete(key, value);
        const at = list.indexOf(value);
        const rest = at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
        if (rest.length > 0) model.set(key, rest);
        else model.delete(key);
      } else {
        lists.add(key, value);
        if (list[list.length - 1] !== value) model.set(key, [...list, value]);
      }
    }
    assert.equal(lists.size, model.size);
    for (const [key, values] of model) assert.deepEqual(lists.get(key), values);
    for (let key = 0; key < 1000; key++) if (!model.has(key)) assert.deepEqual(lists.get(key), []);
    lists.clear();
    assert.equal(lists.size, 0);
    assert.deepEqual(lists.get(0), []);
  });
});
