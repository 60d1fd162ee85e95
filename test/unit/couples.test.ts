import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCouples } from '../../server/analysis/couples';
import { EntityMention } from '../../server/analysis/entity-types';

/** A PERSON mention of the words at their first place in the text. */
function person(text: string, words: string): EntityMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type: 'PERSON', entity: words } as EntityMention;
}

describe('couples named with one surname', () => {
  const givenNames = new Set(['Marta', 'Luis', 'Jo']);
  const isGivenName = (word: string) => givenNames.has(word);

  it('give the first given name the surname of the full name after "and"', () => {
    const text = 'Among them were Marta and Luis Ferreira, who lost their bakery.';
    assert.deepEqual(findCouples(text, [person(text, 'Luis Ferreira')], isGivenName), [
      { surname: 'Ferreira', members: ['Marta Ferreira', 'Luis Ferreira'], start: text.indexOf('Marta') },
    ]);
  });

  it('leave two people with their own surnames apart', () => {
    const text = 'Oduya and Jo Lee spoke. Delta and Luis Ferreira Ltd merged.';
    assert.deepEqual(findCouples(text, [person(text, 'Jo Lee'), person(text, 'Luis Ferreira')], isGivenName), []);
  });
});
