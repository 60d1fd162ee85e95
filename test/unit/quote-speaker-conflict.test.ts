// quote-speaker-conflict: the same statement given to different speakers in different articles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { normalizedQuoteWords, quotesOf, summarize } from '../../server/analysis/summary';
import { quoteSpeakerConflict } from '../../server/rules/quote-speaker-conflict';
import { quoteWordingConflict } from '../../server/rules/quote-wording-conflict';
import { WorkspaceIndex } from '../../server/service/index';
import { checkAgainst, expectFlaggedBy, OtherArticles } from '../helpers/workspace-rule';

const URI = 'file:///news/harbour.article';
const OTHER = 'file:///news/ferry.article';
const OTHERS: OtherArticles = [
  [OTHER, 'Ferry link approved\n\n“The new ferry link will carry its first passengers before the winter storms,” Transport Minister Odile Varga said on Monday.'],
];

describe('quote-speaker-conflict', () => {
  it('flags a statement another article gives to someone else, naming both and the other article', () => {
    const [finding] = expectFlaggedBy(quoteSpeakerConflict, URI,
      'Harbour works begin\n\n⟦“The new ferry link will carry its first passengers before the winter storms,”⟧ Mayor Tomas Reyna said on Tuesday.', OTHERS);
    assert.equal(finding.message, 'This statement is attributed to Tomas Reyna here but to Odile Varga in “Ferry link approved”.');
    assert.equal(finding.related!.length, 1);
    assert.equal(finding.related![0].uri, OTHER);
    assert.deepEqual('range' in finding.related![0] && finding.related![0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 78 } });
  });

  it('folds case, punctuation and quote marks', () => {
    expectFlaggedBy(quoteSpeakerConflict, URI,
      'Harbour works begin\n\nMayor Tomas Reyna said: ⟦"the new ferry-link will carry its first passengers before the winter storms."⟧', OTHERS);
    assert.deepEqual(normalizedQuoteWords('“U.S. ferries don’t — sail,”'), ['us', 'ferries', 'dont', 'sail']);
  });

  it('nothing for the same speaker, a description, or no speaker', () => {
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n“The new ferry link will carry its first passengers before the winter storms,” Odile Varga said.', OTHERS);
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n“The new ferry link will carry its first passengers before the winter storms,” a senior official said.', OTHERS);
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n“The new ferry link will carry its first passengers before the winter storms.”', OTHERS);
  });

  it('nothing for short quotes or for different words', () => {
    const short: OtherArticles = [[OTHER, 'Ferry link approved\n\n“It is a turning point,” Transport Minister Odile Varga said on Monday.']];
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n“It is a turning point,” Mayor Tomas Reyna said on Tuesday.', short);
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n“The new ferry link will carry its first cars before the winter storms,” Mayor Tomas Reyna said on Tuesday.', OTHERS);
  });

  it('a stock phrase many articles repeat is nobody’s statement', () => {
    const many: OtherArticles = Array.from({ length: 9 }, (_, i) => [`file:///news/o${i}.article`, `Story ${i}\n\n“We will keep monitoring the situation very closely,” Minister Person${'abcdefghi'[i]} Quill said.`] as const);
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n“We will keep monitoring the situation very closely,” Mayor Tomas Reyna said.', many);
    expectFlaggedBy(quoteSpeakerConflict, URI, 'Harbour works begin\n\n⟦“We will keep monitoring the situation very closely,”⟧ Mayor Tomas Reyna said.', many.slice(0, 3));
  });

  it('summaries keep the fingerprint: 13 bytes a quote of six words or more', () => {
    const model = parseArticle(OTHERS[0]![1]);
    const summary = summarize(model);
    const [quote] = quotesOf(summary);
    assert.equal(quote.print!.words, 13);
    assert.equal(quote.print!.minhash.length, 8);
    assert.equal(quote.firstWords, 'The new ferry link will carry…');
    assert.ok(/^[\x00-\xff]*$/u.test(summary.quotesPacked), 'one byte a character');
  });

  it('a change re-checks only the articles holding the same statement', () => {
    const index = new WorkspaceIndex();
    index.set(OTHER, summarize(parseArticle(OTHERS[0]![1])));
    index.set('file:///news/unrelated.article', summarize(parseArticle('Rates rise\n\n“Borrowing costs will climb again before the end of the year,” Governor Ama Osei said.')));
    const affected = index.set(URI, summarize(parseArticle('Harbour works begin\n\n“The new ferry link will carry its first passengers before the winter storms,” Mayor Tomas Reyna said.')));
    assert.deepEqual([...affected], [OTHER]);
    assert.deepEqual([...index.set(URI, summarize(parseArticle('Harbour works begin\n\nNothing was said.')))], [OTHER]);
    assert.deepEqual([...index.delete(OTHER)], []);
  });
});

const SEEDS = path.resolve(__dirname, '../../../../shared/articles');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe('quote rules on the seed articles', { skip: seedFiles.length === 0 ? `no seed articles at ${SEEDS}` : false }, () => {
  it('find nothing: their quotes do not repeat across articles', () => {
    const texts = seedFiles.map((f) => [`file:///seeds/${f}`, readFileSync(path.join(SEEDS, f), 'utf8')] as const);
    for (const [uri, text] of texts) {
      const others = texts.filter(([other]) => other !== uri);
      assert.deepEqual(checkAgainst(quoteSpeakerConflict, uri, text, others).map((f) => f.message), [], uri);
      assert.deepEqual(checkAgainst(quoteWordingConflict, uri, text, others).map((f) => f.message), [], uri);
    }
  });
});
