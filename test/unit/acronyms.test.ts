import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acronymExpansions } from '../../server/analysis/acronyms';

describe('acronyms an article spells out', () => {
  it('take the capitalised words whose initials the acronym in parentheses gives', () => {
    const text = 'The Harbour Pilots’ Association (HPA) met on Monday. Members of the National Union of Ferry Crews (NUFC) joined them.';
    assert.deepEqual([...acronymExpansions(text)], [
      ['HPA', 'Harbour Pilots’ Association'],
      ['NUFC', 'National Union of Ferry Crews'],
    ]);
  });

  it('leave out parentheses that spell nothing out: a party and state, a year, initials that do not fit', () => {
    const text = 'Sen. Ann Lee (D-Ore.) spoke. The Ferry Act (2019) lapsed. The Harbour Board (HPA) met.';
    assert.deepEqual([...acronymExpansions(text)], []);
  });
});
