import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/analysis/segment';
import { SpellingPairMemo, TokenWords } from '../../server/analysis/token-words';
import { CAPITALISED, COMMON, Lexicon, LOWER_CASE } from '../../server/analysis/word-facts';

const lexicon: Lexicon = { isCommonWord: (lower) => lower === 'said', isKnownPlace: () => false, isGivenName: () => false, isNameOpener: () => false };

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

  it('keeps a number by an ordered pair of spellings, wherever the tokens stand', () => {
    const memo = new SpellingPairMemo();
    const first = new TokenWords('Quillon said Quillon', tokenize('Quillon said Quillon'), lexicon);
    assert.equal(first.recallPair(memo, 0, 1), undefined);
    first.rememberPair(memo, 0, 1, 7);
    first.rememberPair(memo, 1, 0, -1);
    assert.equal(first.recallPair(memo, 2, 1), 7);
    assert.equal(first.recallPair(memo, 1, 2), -1);
    assert.equal(first.recallPair(memo, 0, 2), undefined);
    const second = new TokenWords('said Quillon', tokenize('said Quillon'), lexicon);
    assert.equal(second.recallPair(memo, 1, 0), 7);
  });

  it('reads back every number of many pairs kept, as its table grows', () => {
    const memo = new SpellingPairMemo();
    const count = 30000;
    for (let n = 0; n < count; n++) memo.add(n % 300, Math.floor(n / 300), n);
    for (let n = 0; n < count; n++) assert.equal(memo.get(n % 300, Math.floor(n / 300)), n);
    assert.equal(memo.get(300, 0), undefined);
    memo.clear();
    assert.equal(memo.get(0, 0), undefined);
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
