import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { quoteUnattributed } from '../../server/rules/quote-unattributed';
import { parseMarked, renderSpans } from '../helpers/markers';

const check = (text: string, minWords?: number) =>
  quoteUnattributed.check({ uri: 'file:///a.article', model: parseArticle(text), options: minWords === undefined ? undefined : { quoteUnattributedMinWords: minWords } });
/** Asserts that the rule flags exactly the marked spans. */
const expectFlagged = (marked: string, minWords?: number) => {
  const { text } = parseMarked(marked);
  assert.equal(renderSpans(text, check(text, minWords).map((f) => f.span)), marked);
};

describe('quote-unattributed', () => {
  it('flags a long statement with no speaker, the whole quote with its marks', () => {
    expectFlagged('Talks ended on Friday.\n\n⟦“We will keep talking about the tariffs and the deficit for as long as it takes.”⟧\n\nMarkets were calm.');
  });

  it('leaves attributed statements alone: a cue, a pronoun, a continuation', () => {
    expectFlagged([
      'Talks ended.',
      '',
      '“We will keep talking about the tariffs and the deficit for as long as it takes,” said Ann Lee, a spokeswoman for the ministry.',
      '',
      '“We hope for a deal before the summer, and we are ready to compromise on the details,” she said.',
      '',
      '“It takes time, and nobody in the ministry expects a breakthrough this month.”',
    ].join('\n'));
  });

  it('no noise for partial quotes, names and scare quotes, however long', () => {
    expectFlagged('Talks ended. The ministry called the talks a “frank exchange” and the plan “not realistic”. Critics called it the "Made in China 2025" plan.', 1);
  });

  it('counts words against the setting: shorter statements pass, a lower bar flags them', () => {
    const text = 'Talks ended on Friday.\n\n“We will keep talking.”\n\nMarkets were calm.';
    assert.deepEqual(check(text), []);
    expectFlagged('Talks ended on Friday.\n\n⟦“We will keep talking.”⟧\n\nMarkets were calm.', 4);
    assert.deepEqual(check(text, 5), []);
  });

  it('says how long the quote is and how to attribute it', () => {
    assert.deepEqual(check('Talks ended.\n\n“We will keep talking about the tariffs and the deficit for as long as it takes.”').map((f) => f.message), [
      'No speaker found for this 16-word quote: name who said it (“…,” said …), or attribute it with “according to”.',
    ]);
  });

  it('a quote that never closes is quote-unbalanced’s finding, not this one', () => {
    assert.deepEqual(check('Talks ended on Friday.\n\n“We will keep talking about the tariffs and the deficit, said Ann Lee.\n\nMarkets were calm.'), []);
  });
});
