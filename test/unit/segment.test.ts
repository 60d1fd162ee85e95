import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { forEachSentence, splitParagraphs, tokenize } from '../../server/analysis/segment';
import { renderSpans } from '../helpers/markers';

const tokenTexts = (text: string) => tokenize(text).toArray().map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('keeps initialisms, abbreviations with their stop, hyphenated and possessive words whole', () => {
    assert.deepEqual(tokenTexts('Mr. Liu met U.S. officials in Washington, D.C. on US-China talks; Xi’s aides'), [
      'Mr.', 'Liu', 'met', 'U.S.', 'officials', 'in', 'Washington', ',', 'D.C.', 'on', 'US-China', 'talks', ';', 'Xi’s', 'aides',
    ]);
  });

  it('reads numbers with grouping and decimals, and currency signs as symbols', () => {
    const text = '$1,250.50 and €167 billion';
    const tokens = tokenize(text).toArray();
    assert.deepEqual(tokens.map((t) => [text.slice(t.start, t.end), t.kind]), [
      ['$', 'symbol'], ['1,250.50', 'number'], ['and', 'word'], ['€', 'symbol'], ['167', 'number'], ['billion', 'word'],
    ]);
  });

  it('treats CJK runs and emoji as single tokens with UTF-16 offsets', () => {
    const text = 'Xi Jinping (習近平) 👍🏽 ok';
    const tokens = tokenize(text).toArray();
    const cjk = tokens.find((t) => t.kind === 'cjk')!;
    assert.equal(text.slice(cjk.start, cjk.end), '習近平');
    const emoji = tokens.find((t) => t.kind === 'emoji')!;
    assert.equal(text.slice(emoji.start, emoji.end), '👍🏽');
    assert.equal(text.slice(tokens[tokens.length - 1].start), 'ok');
  });

  it('counts the words and numbers it pushes, and starts the count again when the list is cleared', () => {
    const text = 'Mr. Liu paid $1,250.50 (習近平) 👍 on Monday.';
    const tokens = tokenize(text);
    assert.equal(tokens.wordCount, tokens.toArray().filter((t) => t.kind === 'word' || t.kind === 'number').length);
    assert.equal(tokens.copy().wordCount, tokens.wordCount);
    tokens.clear();
    tokenize('two words', 0, 9, tokens);
    assert.equal(tokens.length, 2);
    assert.equal(tokens.wordCount, 2);
  });

  it('skips tabs, no-break spaces and a BOM between tokens', () => {
    assert.deepEqual(tokenTexts('\uFEFFtrade\ttalks\u00A0end'), ['trade', 'talks', 'end']);
  });

  it('lists the tokens that end in a stop, and the sentences split at them are those found by reading every token', () => {
    const text = 'Mr. Liu met U.S. officials. “Why?” he asked… The talks ended! Dr. Kay left at 5.30 p.m. Then e.g. this.';
    const stops: number[] = [];
    const tokens = tokenize(text, 0, text.length, undefined, stops);
    const ending = tokens.toArray().flatMap((t, i) => (/[.!?…]$/.test(text.slice(t.start, t.end)) ? [i] : []));
    assert.deepEqual(stops, ending);
    const sentences = (given?: number[]) => {
      const found: string[] = [];
      forEachSentence(text, tokens, 0, tokens.length, (from, to) => found.push(text.slice(tokens.start(from), tokens.end(to - 1))), given);
      return found;
    };
    assert.deepEqual(sentences(stops), sentences());
    assert.ok(sentences().length > 1);
  });
});

describe('paragraphs', () => {
  const paragraphs = (text: string) => renderSpans(text, splitParagraphs(text));

  it('splits at blank lines and at every line of one-paragraph-per-line copy', () => {
    assert.equal(paragraphs('Headline here\n\nFirst para.\nSecond para.\r\n\r\nThird.'), '⟦Headline here⟧\n\n⟦First para.⟧\n⟦Second para.⟧\r\n\r\n⟦Third.⟧');
  });

  it('joins hard-wrapped lines back into one paragraph', () => {
    const text = 'The delegation wrapped up two days of negotiations with Chinese\nofficials on Friday with only an agreement to keep talking.\n\nNext.';
    assert.equal(paragraphs(text), `⟦${text.slice(0, text.indexOf('\n\n'))}⟧\n\n⟦Next.⟧`);
  });
});

describe('sentences', () => {
  const sentences = (text: string) => {
    const model = parseArticle(text);
    return renderSpans(text, model.sentences);
  };

  it('does not end a sentence at Mr., initials or a U.S. that continues', () => {
    assert.equal(sentences('Mr. Liu met J. Lee at the U.S. Treasury. He left.'), '⟦Mr. Liu met J. Lee at the U.S. Treasury.⟧ ⟦He left.⟧');
  });

  it('ends a sentence at an initialism followed by a typical opener', () => {
    assert.equal(sentences('China wants talks with the U.S. The U.S. wants more.'), '⟦China wants talks with the U.S.⟧ ⟦The U.S. wants more.⟧');
  });

  it('keeps closing quotes with the sentence they close', () => {
    assert.equal(sentences('“We will act,” Trump said. “Soon.” Then he left!'), '⟦“We will act,” Trump said.⟧ ⟦“Soon.”⟧ ⟦Then he left!⟧');
  });

  it('does not split before a lower-case word', () => {
    assert.equal(sentences('Prices rose 2.5 per cent. in May, it said.'), '⟦Prices rose 2.5 per cent. in May, it said.⟧');
  });
});
