// quote-wording-conflict: one speaker quoted with nearly, but not exactly, the same words in two articles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { minhashAgreement, printOfWords, summarize } from '../../server/analysis/summary';
import { quoteWordingConflict } from '../../server/rules/quote-wording-conflict';
import { WorkspaceIndex } from '../../server/service/index';
import { expectFlaggedBy, OtherArticles } from '../helpers/workspace-rule';

const URI = 'file:///news/harbour.article';
const OTHER = 'file:///news/ferry.article';
const OTHERS: OtherArticles = [
  [OTHER, 'Ferry link approved\n\n“The new ferry link will carry its first passengers before the winter storms,” Transport Minister Odile Varga said on Monday.'],
];

describe('quote-wording-conflict', () => {
  it('flags one word changed, showing the words both ways when the other article’s summary has them', () => {
    const [finding] = expectFlaggedBy(quoteWordingConflict, URI,
      'Harbour works begin\n\n⟦“The new ferry route will carry its first passengers before the winter storms,”⟧ Transport Minister Odile Varga said.', OTHERS);
    assert.equal(finding.message, 'Odile Varga is quoted with nearly the same words in “Ferry link approved”, but not the same (there “link will carry…”, here “route will carry…”). A quotation should be verbatim.');
    assert.equal(finding.related![0].uri, OTHER);
  });

  it('a change further on: where it starts, and this article’s words', () => {
    const [finding] = expectFlaggedBy(quoteWordingConflict, URI,
      'Harbour works begin\n\nOdile Varga said: ⟦“The new ferry link will carry its first travellers before the winter storms.”⟧', OTHERS);
    assert.match(finding.message, /it differs after the first 6 words; here they go on “its first travellers before the winter…”/u);
  });

  it('nothing for the same words, another speaker, or a different statement by the same speaker', () => {
    expectFlaggedBy(quoteWordingConflict, URI, 'Harbour works begin\n\n“The new ferry link will carry its first passengers before the winter storms,” Odile Varga said.', OTHERS);
    expectFlaggedBy(quoteWordingConflict, URI, 'Harbour works begin\n\n“The new ferry route will carry its first passengers before the winter storms,” Mayor Tomas Reyna said.', OTHERS);
    expectFlaggedBy(quoteWordingConflict, URI, 'Harbour works begin\n\n“The harbour works will cost more than the council first budgeted for,” Odile Varga said.', OTHERS);
    expectFlaggedBy(quoteWordingConflict, URI, 'Harbour works begin\n\n“The new ferry link will open next spring, and the fares will stay low for residents,” Odile Varga said.', OTHERS);
  });

  it('minhashes: one word of thirteen changed agrees on most, different words on few', () => {
    const a = printOfWords('the new ferry link will carry its first passengers before the winter storms'.split(' '))!;
    const b = printOfWords('the new ferry route will carry its first passengers before the winter storms'.split(' '))!;
    const c = printOfWords('borrowing costs will climb again before the end of the year'.split(' '))!;
    assert.ok(minhashAgreement(a, b) >= 6);
    assert.ok(minhashAgreement(a, c) <= 3);
    assert.equal(printOfWords(['too', 'short']), undefined);
  });

  it('a change re-checks the articles quoting the same speaker with a near match', () => {
    const index = new WorkspaceIndex();
    index.set(OTHER, summarize(parseArticle(OTHERS[0]![1])));
    const affected = index.set(URI, summarize(parseArticle('Harbour works begin\n\n“The new ferry route will carry its first passengers before the winter storms,” Odile Varga said.')));
    assert.deepEqual([...affected], [OTHER]);
  });
});
