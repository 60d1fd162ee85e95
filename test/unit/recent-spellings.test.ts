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
});
