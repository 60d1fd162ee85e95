// The quote words a summary keeps are read a character at a time; these tests hold them to the regular
// expressions that define them (below), on written cases and on many generated ones.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleModel, Quote } from '../../server/analysis/article';
import { normalizedQuoteWords, printOfWords, quoteOpening, quotePrint } from '../../server/analysis/summary';

/** The definitions: lower case, no apostrophes or dots, words split at anything that is no letter or digit. */
function definedWords(text: string): string[] {
  return text.toLowerCase().replace(/[’'`´‘.]/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The quote's marks and white space trimmed, its first six words joined by spaces, trailing ,;: dropped, … if cut. */
function definedOpening(text: string): string {
  const inner = text.replace(/^[\s“”"‘’'«»‹›„]+|[\s“”"‘’'«»‹›]+$/gu, '');
  const words = inner.split(/\s+/u).filter(Boolean);
  const opening = words.slice(0, 6).join(' ').replace(/[,;:]+$/u, '');
  return words.length > 6 ? `${opening}…` : opening;
}

const opening = (text: string) => quoteOpening({ text } as ArticleModel, { start: 0, end: text.length } as Quote);

const WRITTEN = [
  '“We are disappointed the U.S. didn’t act,” ',
  '„Wir sind enttäuscht“, sagte er',
  '«  Ce n’est pas fini ;  »',
  '"one, two, three, four, five, six, seven"',
  '"one two three four five six:" ',
  '"a ,"',
  '‘Rock’n’roll’s 2nd—and 3rd—acts’',
  'İstanbul ŞEHİR ǅemal ß',
  '習近平 said “改革开放” twice',
  'Emoji 😀 between and 𝒳 letters',
  '\u2003spaced\u00a0out\u3000words\ufeff here\u2028there',
  '',
  '“”',
  ' . \' ’ ',
];

const PIECES = ['a', 'Z', '9', ' ', '  ', '\t', '\n', '.', ',', ';', ':', '’', '‘', "'", '`', '´', '“', '”', '"', '«', '»', '‹', '›', '„', '-', '—', 'é', 'İ', 'ß', '習', '😀', '𝒳', '\u00a0', '\u2009', '\ud800', '\udc00', 'word', 'U.S.'];
/** What quotes are mostly made of: ASCII, curly marks and dashes (the quick path of quotePrint). */
const PLAIN_PIECES = ['We', 'are', 'don’t', 'U.S.', '2nd', ' ', '  ', '\n', ',', '.', '“', '”', '„', '‘', '’', "'", '`', '´', '—', '–', '…', '\u00a0', '-', '"', '(', '$5', 'ferry', 'LINK'];

function randomText(seed: number, pieces = PIECES): string {
  let state = seed;
  let text = '';
  const length = seed % 40;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += pieces[state % pieces.length];
  }
  return text;
}

describe('quote words', () => {
  it('normalised words are those the definition gives', () => {
    for (const text of WRITTEN) assert.deepEqual(normalizedQuoteWords(text), definedWords(text), JSON.stringify(text));
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(seed);
      assert.deepEqual(normalizedQuoteWords(text), definedWords(text), JSON.stringify(text));
    }
  });

  it('an opening is what the definition gives', () => {
    for (const text of WRITTEN) assert.equal(opening(text), definedOpening(text), JSON.stringify(text));
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(seed);
      assert.equal(opening(text), definedOpening(text), JSON.stringify(text));
    }
  });

  it('a fingerprint is that of the normalised words, read in place or not', () => {
    const print = (text: string) => quotePrint({ text } as ArticleModel, { start: 0, end: text.length });
    for (const text of WRITTEN) assert.deepEqual(print(text), printOfWords(normalizedQuoteWords(text)), JSON.stringify(text));
    for (let seed = 1; seed <= 5000; seed++) {
      for (const text of [randomText(seed), randomText(seed, PLAIN_PIECES)]) assert.deepEqual(print(text), printOfWords(normalizedQuoteWords(text)), JSON.stringify(text));
    }
  });
});
