import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecentSpellings } from '../../server/analysis/recent-spellings';

describe('recent spellings', () => {
  it('answer a spelling wherever it stands in whatever text, and nothing else', () => {
    const table = new RecentSpellings<number>(8);
    const text = 'China and Chile met China.';
    table.set(text, 0, 5, 1);
    assert.equal(table.get(text, 20, 25), 1);
    assert.equal(table.get('In China.', 3, 8), 1);
    assert.equal(table.get(text, 10, 15), undefined);
    assert.equal(table.get(text, 0, 4), undefined);
  });

  it('keep one spelling a slot: a spelling that takes the slot over is the one answered', () => {
    // With one slot every spelling shares it.
    const table = new RecentSpellings<string>(1);
    table.set('Xi Jinping', 0, 2, 'Xi');
    table.set('Liu He', 0, 3, 'Liu');
    assert.equal(table.get('Liu He', 0, 3), 'Liu');
    assert.equal(table.get('Xi Jinping', 0, 2), undefined);
  });

  it('answer long spellings and spellings in other scripts the same way', () => {
    const table = new RecentSpellings<number>(64);
    const long = 'Department of Health and Human Services';
    const text = `The ${long} and Wang Yang’s 汪洋 said.`;
    const at = (s: string) => text.indexOf(s);
    for (const [i, s] of [long, 'Wang Yang’s', '汪洋'].entries()) table.set(text, at(s), at(s) + s.length, i);
    assert.equal(table.get(`${long}.`, 0, long.length), 0);
    assert.equal(table.get('Wang Yang’s', 0, 11), 1);
    assert.equal(table.get('汪洋', 0, 2), 2);
    // Same length, one character apart: not the spelling kept.
    assert.equal(table.get("Wang Yang's", 0, 11), undefined);
    assert.equal(table.get('汪汪', 0, 2), undefined);
    assert.equal(table.get(long.replace('Human', 'Humon'), 0, long.length), undefined);
  });
});
