// money-conversion-rate: a conversion pair's rate against the other pairs of the same currencies in the
// workspace (read from summaries) and against the rates the project file declares.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { summarize } from '../../server/analysis/summary';
import { moneyConversionRate } from '../../server/rules/money-conversion-rate';
import { DeclaredRate, Finding } from '../../server/rules/rule';
import { WorkspaceIndex } from '../../server/service/index';
import { expectFlaggedBy, OtherArticles } from '../helpers/workspace-rule';

const SEEDS = path.resolve(__dirname, '../../../../shared/articles');

const URI = 'file:///news/tariffs.article';
const AGREES = 'file:///news/agrees.article';
const DIFFERS = 'file:///news/differs.article';
const AGREES_TEXT = 'Brussels weighs a reply\n\nThe measures cover $100 billion (€83.5 billion) of goods.';
const DIFFERS_TEXT = 'Europe answers\n\nThe EU weighed duties on $200 billion (€180 billion) of US goods.';
const URI_TWO = 'file:///news/agrees-too.article';
const AGREES_TWO = 'Markets steady\n\nFunds moved $10 billion (€8.35 billion) into bonds.';

/** Indexes the other articles and the checked one (as the server does before it checks), then runs the rule. */
/** Asserts that the rule flags exactly the marked spans. */
const expectFlagged = (marked: string, others: OtherArticles = [], options: { rates?: DeclaredRate[]; moneyRateTolerance?: number } = {}): Finding[] => expectFlaggedBy(moneyConversionRate, URI, marked, others, { options });

describe('money-conversion-rate', () => {
  it('nothing for a pair alone in the workspace, or one that agrees with another article’s', () => {
    expectFlagged('Tariffs widen\n\nThe US put tariffs on $200 billion (€167 billion) of goods.');
    expectFlagged('Tariffs widen\n\nThe US put tariffs on $200 billion (€167 billion) of goods.', [[AGREES, AGREES_TEXT]]);
  });

  it('a pair whose rate differs from the others’ median: the converted figure, both rates, the agreeing pairs as related information', () => {
    const [finding] = expectFlagged('Europe answers\n\nThe EU weighed duties on $200 billion (⟦€180 billion⟧) of US goods.', [[AGREES, AGREES_TEXT], [URI_TWO, AGREES_TWO]]);
    assert.equal(finding.message, 'This conversion implies 0.9 EUR per USD; the 2 other conversions between USD and EUR have a median of 0.835 EUR per USD (7.8 % apart, more than the 5 % tolerance).');
    assert.deepEqual(finding.related!.map((place) => place.uri), [AGREES, URI_TWO]);
    assert.deepEqual(finding.related![0], {
      uri: AGREES,
      range: { start: { line: 2, character: 33 }, end: { line: 2, character: 46 } },
      message: 'USD 100 billion converted to EUR 83.5 billion: 0.835 EUR per USD',
    });
  });

  it('one stale rate in the workspace puts no warning on the articles that agree with each other', () => {
    expectFlagged('Tariffs widen\n\nThe US put tariffs on $200 billion (€167 billion) of goods.', [[AGREES, AGREES_TEXT], [DIFFERS, DIFFERS_TEXT]]);
  });

  it('a pair written the other way round is inverted before the comparison', () => {
    const reversed = 'Euro slips\n\nThe bank lent €50 million ($55 million) to exporters.';
    const [finding] = expectFlagged('Tariffs widen\n\nThe US put tariffs on $200 billion (⟦€167 billion⟧) of goods.', [[DIFFERS, reversed]]);
    assert.match(finding.message, /implies 0\.835 EUR per USD; “Euro slips” converts at 0\.9091 EUR per USD \(8\.2 % apart/);
    expectFlagged('Tariffs widen\n\nThe US put tariffs on $200 billion (€182 billion) of goods.', [[DIFFERS, reversed]]);
  });

  it('two pairs of the same article that disagree point at each other', () => {
    const findings = expectFlagged('Tariffs widen\n\nTariffs on $200 billion (⟦€167 billion⟧) of goods.\n\nA further $10 billion (⟦€9.5 billion⟧) is planned.');
    assert.match(findings[0].message, /line 5 of this article converts at 0\.95 EUR per USD/);
    assert.deepEqual(findings[1].related!.map((place) => 'span' in place && place.span), [findings[0].span]);
  });

  it('the tolerance is a setting', () => {
    expectFlagged('Tariffs widen\n\nThe US put tariffs on $200 billion (€167 billion) of goods.', [[DIFFERS, DIFFERS_TEXT]], { moneyRateTolerance: 0.1 });
  });

  it('a rate declared in the project file is checked, in either direction, with its date', () => {
    const text = 'Tariffs widen\n\nThe US put tariffs on $200 billion (⟦€167 billion⟧) of goods.';
    const [finding] = expectFlagged(text, [], { rates: [{ from: 'USD', to: 'EUR', rate: 0.9, date: '2018-05-04' }] });
    assert.equal(finding.message, 'This conversion implies 0.835 EUR per USD; the project file declares 0.9 EUR per USD as of 2018-05-04, 7.2 % apart, more than the 5 % tolerance.');
    const [inverted] = expectFlagged(text, [], { rates: [{ from: 'EUR', to: 'USD', rate: 1.1 }] });
    assert.match(inverted.message, /declares 1\.1 USD per EUR \(0\.9091 EUR per USD\), 8\.2 % apart/);
    expectFlagged(text.replace(/[⟦⟧]/g, ''), [], { rates: [{ from: 'EUR', to: 'USD', rate: 1.2 }, { from: 'USD', to: 'GBP', rate: 0.7 }] });
  });

  it('no finding on the seed articles (only 004 has a pair)', { skip: existsSync(SEEDS) ? false : `no seed articles at ${SEEDS}` }, () => {
    const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    assert.equal(files.length, 5);
    const index = new WorkspaceIndex();
    const models = files.map((name) => [`file:///seeds/${name}`, parseArticle(readFileSync(path.join(SEEDS, name), 'utf8'))] as const);
    for (const [uri, model] of models) index.set(uri, summarize(model));
    for (const [uri, model] of models) assert.deepEqual(moneyConversionRate.check({ uri, model, workspace: index }), [], uri);
    assert.equal([...index.withConversion('USD', 'EUR')].length, 1);
  });
});
