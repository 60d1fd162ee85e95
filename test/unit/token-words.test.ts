import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/analysis/segment';
import { TokenWords } from '../../server/analysis/token-words';
import { CAPITALISED, COMMON, Lexicon, LOWER_CASE } from '../../server/analysis/word-facts';

const lexicon: Lexicon = { isCommonWord: (lower) => lower === 'said', isKnownPlace: () => false, isGivenName: () => false };

describe('token words', () => {
  it('reads each token as its word, its lower case and its facts', () => {
    const text = 'Quillon said';
    const words = new TokenWords(text, tokenize(text), lexicon);
    assert.equal(words.word(0), 'Quillon');
    assert.equal(words.lower(0), 'quillon');
    assert.ok(words.is(0, CAPITALISED));
    assert.ok(!words.is(0, COMMON));
    assert.equal(words.word(1), 'said');
    assert.ok(words.is(1, COMMON | LOWER_CASE));
  });

  it('gives a spelling met in an earlier article the same string, whatever stands around it', () => {
    const first = new TokenWords('Mr. Quillon left', tokenize('Mr. Quillon left'), lexicon);
    const second = TokenWords.borrow('Quillon said', tokenize('Quillon said'), lexicon);
    try {
      assert.equal(second.word(0), first.word(1));
      assert.equal(second.word(1), 'said');
    } finally {
      second.release();
    }
  });

  it('reads back every spelling of many, short and long, in any order', () => {
    // Enough spellings that the table and its characters grow past their first sizes while they are read.
    const letters = (n: number) => { let w = ''; for (; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26)); return w; };
    const spellings = Array.from({ length: 20000 }, (_, n) => (n % 7 === 0 ? `Longer${letters(n + 1)}spellingword` : `Q${letters(n + 1)}`));
    for (const order of [spellings, [...spellings].reverse(), spellings]) {
      const text = order.join(' ');
      const words = new TokenWords(text, tokenize(text), lexicon);
      for (let i = 0; i < order.length; i++) assert.equal(words.word(i), order[i]);
    }
  });
});
