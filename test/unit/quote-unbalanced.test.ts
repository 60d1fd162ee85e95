import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { quoteUnbalanced } from '../../server/rules/quote-unbalanced';
import { applyEdits, parseMarked, renderSpans } from '../helpers/markers';

const check = (text: string) => quoteUnbalanced.check({ uri: 'file:///a.article', model: parseArticle(text) });
/** Asserts that the rule flags exactly the marked spans. */
const expectFlagged = (marked: string) => {
  const { text } = parseMarked(marked);
  assert.equal(renderSpans(text, check(text).map((f) => f.span)), marked);
};
/** The text after the finding's first fix. */
const fixed = (text: string) => applyEdits(text, check(text)[0].fixes![0].edits);

describe('quote-unbalanced', () => {
  it('flags an opening mark never closed in its paragraph, at the mark, and recovers for the next paragraph', () => {
    expectFlagged('Talks ended on Friday.\n\n⟦“⟧We will keep talking, said Ann Lee, a spokeswoman.\n\nMarkets were calm. “We hope for a deal,” said Tom Reyes.');
    expectFlagged('Talks ended.\n\n⟦"⟧We will keep talking, said Ann Lee.\n\nMarkets were calm.');
  });

  it('flags a closing mark with nothing opening it', () => {
    expectFlagged('Talks ended on Friday.\n\nWe will keep talking⟦”⟧ said Ann Lee.\n\nMarkets were calm.');
  });

  it('says which mark and where it stands', () => {
    assert.deepEqual(check('Talks ended.\n\n“We will keep talking, said Ann Lee.').map((f) => f.message), ['Quotation mark “ opens here and is never closed in its paragraph.']);
    assert.deepEqual(check('Talks ended.\n\nWe will keep talking” said Ann Lee.').map((f) => f.message), ['Closing quotation mark ” with nothing opening it.']);
  });

  it('raises nothing on balanced quotes, apostrophes and a quote reopened over paragraphs', () => {
    const text = [
      '“We will keep talking,” said Ann Lee. Xi’s team don’t like rock ’n’ roll from the ’90s.',
      '',
      '“The first part of a long quote goes on,',
      '',
      '“and the second part closes it,” she said. He called it "fair" and «juste».',
    ].join('\n');
    assert.deepEqual(check(text), []);
  });

  it('fix: closes the quote at the end of the paragraph with the partner mark', () => {
    assert.equal(
      fixed('Talks ended.\n\n“We will keep talking, said Ann Lee.\n\nMarkets were calm.'),
      'Talks ended.\n\n“We will keep talking, said Ann Lee.”\n\nMarkets were calm.',
    );
    assert.equal(fixed('Talks ended.\n\n"We will keep talking, said Ann Lee.'), 'Talks ended.\n\n"We will keep talking, said Ann Lee."');
    assert.deepEqual(check('Talks ended.\n\n“We will keep talking, said Ann Lee.')[0].fixes!.map((f) => [f.title, f.preferred]), [['Close the quote at the end of the paragraph', true]]);
    assert.equal(check('Talks ended.\n\nWe will keep talking” said Ann Lee.')[0].fixes, undefined, 'no guess where a stray closing mark should open');
  });
});

// The five seed articles sit beside the repository in ../shared (CI provides them).
const SEEDS = path.resolve(__dirname, '../../../../shared/articles');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

/**
 * Deletes the closing mark of the first quote in double marks that text follows on its line (“…,” said X), so
 * that no next paragraph can continue the quote; undefined for an article without one.
 */
function withoutOneClosingMark(text: string): string | undefined {
  const quote = parseArticle(text).quotes.find((q) => /[”"»]/u.test(text[q.end - 1]) && /^[^\S\r\n]*[^\s]/u.test(text.slice(q.end)));
  return quote && text.slice(0, quote.end - 1) + text.slice(quote.end);
}

describe('quote-unbalanced in the seed articles', { skip: seedFiles.length === 0 ? `no seed articles at ${SEEDS}` : false }, () => {
  for (const file of seedFiles) {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    it(`${file}: nothing as written; one finding with one closing mark deleted`, () => {
      assert.deepEqual(check(text).map((f) => f.message), []);
      const broken = withoutOneClosingMark(text);
      if (broken === undefined) return; // an article without a quote
      const findings = check(broken);
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => [f.message, broken.slice(f.span.start, f.span.start + 40)])));
    });
  }
});
