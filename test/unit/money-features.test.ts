// Money in the editor: hover, the Figures outline group, inlay hints for abbreviated figures, the money semantic
// token, the figures in the summary, the index's conversion and same-figure look-ups, the money settings and the
// project file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { figureNeedles, moneyNeedle, moneyOf, summarize } from '../../server/analysis/summary';
import { checkArticle, toDiagnostics } from '../../server/service/diagnostics';
import { hoverAt } from '../../server/service/hover';
import { figureKey, WorkspaceIndex } from '../../server/service/index';
import { inlayHints, moneyInlayHints } from '../../server/service/inlay-hints';
import { fullDigits, shortForm } from '../../server/service/money-hover';
import { readProjectFile } from '../../server/service/project-file';
import { semanticTokens, TOKEN_TYPES } from '../../server/service/semantic-tokens';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/service/settings';
import { documentSymbols } from '../../server/service/symbols';
import { renderSpans } from '../helpers/markers';

const URI = 'file:///news/tariffs.article';
const OTHER = 'file:///news/reply.article';
const TEXT = [
  'Tariffs widen',
  '',
  'The US put tariffs on $200 billion (€167 billion) of goods. The plan costs $1.5bn a year.',
  '',
  'Petrol rose to about $2.50 a gallon, and the bill could reach $100-$200 billion.',
].join('\n');
const OTHER_TEXT = 'Brussels weighs a reply\n\nThe EU said the duties on $200 billion of goods were unjustified.';
const model = parseArticle(TEXT);
const all = { start: 0, end: TEXT.length };

const offsetOf = (needle: string, delta = 1) => {
  const at = TEXT.indexOf(needle);
  assert.ok(at >= 0, needle);
  return at + delta;
};
const indexOf = (...articles: Array<[string, string]>) => {
  const index = new WorkspaceIndex();
  for (const [uri, text] of articles) index.set(uri, summarize(parseArticle(text)));
  return index;
};
const hoverText = (offset: number, index?: WorkspaceIndex) => ((hoverAt(URI, model, offset, index)?.contents as { value: string } | undefined)?.value ?? '');

describe('the seed of these tests: what the money analysis finds', () => {
  it('a conversion pair, an abbreviated figure, a rate with a qualifier, a range', () => {
    assert.equal(renderSpans(TEXT, model.money), [
      'Tariffs widen',
      '',
      'The US put tariffs on ⟦$200 billion⟧ (⟦€167 billion⟧) of goods. The plan costs ⟦$1.5bn⟧ a year.',
      '',
      'Petrol rose to about ⟦$2.50⟧ a gallon, and the bill could reach ⟦$100-$200 billion⟧.',
    ].join('\n'));
  });
});

describe('hover on a money figure', () => {
  it('full digits, short form, the currency, the conversion with its rate, and the other articles with the same figure', () => {
    const index = indexOf([URI, TEXT], [OTHER, OTHER_TEXT]);
    assert.equal(hoverText(offsetOf('$200 billion'), index), [
      '**USD 200,000,000,000** · 2.0 × 10¹¹',
      'United States dollar',
      'Converted: = €167 billion · 0.835 EUR per USD',
      `Same figure in: [Brussels weighs a reply](${OTHER})`,
    ].join('\n\n'));
    assert.deepEqual(hoverAt(URI, model, offsetOf('$200 billion'))!.range, { start: { line: 2, character: 22 }, end: { line: 2, character: 34 } });
  });

  it('the other half of the pair converts back; no workspace line without other articles', () => {
    assert.equal(hoverText(offsetOf('€167'), indexOf([URI, TEXT])), '**EUR 167,000,000,000** · 1.67 × 10¹¹\n\nEuro\n\nConverted: = $200 billion · 1.198 USD per EUR');
  });

  it('the qualifier and the rate; the range', () => {
    assert.equal(hoverText(offsetOf('$2.50')), '**USD 2.50** · 2.5 × 10⁰\n\nUnited States dollar · *about* · per gallon');
    assert.equal(hoverText(offsetOf('$100-')), '**USD 100,000,000,000** · 1.0 × 10¹¹\n\nUnited States dollar\n\nRange: USD 100,000,000,000 to 200,000,000,000');
  });

  it('a range is never the same figure as its lower bound elsewhere', () => {
    const index = indexOf([URI, TEXT], [OTHER, 'Bill\n\nThe bill could reach $100 billion.']);
    assert.ok(!hoverText(offsetOf('$100-'), index).includes('Same figure'));
  });

  it('digits and short forms', () => {
    assert.deepEqual([fullDigits(1500000000), fullDigits(2.5), fullDigits(0.05)], ['1,500,000,000', '2.50', '0.05']);
    assert.deepEqual([shortForm(200e9), shortForm(167e9), shortForm(0.05), shortForm(1234567)], ['2.0 × 10¹¹', '1.67 × 10¹¹', '5.0 × 10⁻²', '1.23 × 10⁶']);
  });
});

describe('the Figures outline group', () => {
  it('each figure by its text and value, with the qualifier, the rate and the conversion as detail', () => {
    const group = documentSymbols(model).find((s) => s.name.startsWith('Figures'))!;
    assert.equal(group.name, 'Figures (5)');
    assert.deepEqual(group.children!.map((c) => [c.name, c.detail]), [
      ['$200 billion · USD 200,000,000,000', '= €167 billion'],
      ['€167 billion · EUR 167,000,000,000', '= $200 billion'],
      ['$1.5bn · USD 1,500,000,000', ''],
      ['$2.50 · USD 2.50', 'about · a gallon'],
      ['$100-$200 billion · USD 100,000,000,000 to 200,000,000,000', ''],
    ]);
    assert.deepEqual(group.children![2].selectionRange, { start: { line: 2, character: 75 }, end: { line: 2, character: 81 } });
  });

  it('no group in an article without money', () => {
    assert.ok(!documentSymbols(parseArticle('Markets barely moved on Friday.')).some((s) => s.name.startsWith('Figures')));
  });
});

describe('inlay hints for abbreviated figures', () => {
  it('none unless articleLens.moneyInlayHints is on', () => {
    assert.deepEqual(moneyInlayHints(model, all, DEFAULT_SETTINGS), []);
    assert.deepEqual(inlayHints(model, all, DEFAULT_SETTINGS), []);
  });

  it('after "$1.5bn" only: the value in full, with the currency', () => {
    const hints = inlayHints(model, all, normalizeSettings({ moneyInlayHints: true }));
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [[{ line: 2, character: 81 }, '= 1,500,000,000 USD']]);
    assert.deepEqual(moneyInlayHints(model, { start: 0, end: 20 }, normalizeSettings({ moneyInlayHints: true })), [], 'outside the range shown');
  });
});

describe('the money semantic token', () => {
  const decode = (text: string, data: number[]) => {
    const lines = text.split('\n');
    const tokens: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      tokens.push(`${TOKEN_TYPES[data[i + 3]]}:${lines[line].slice(character, character + data[i + 2])}`);
    }
    return tokens;
  };

  it('every figure, in a quote too (the quote coloured around it)', () => {
    assert.deepEqual(decode(TEXT, semanticTokens(model).data).filter((t) => t.startsWith('money')), ['money:$200 billion', 'money:€167 billion', 'money:$1.5bn', 'money:$2.50', 'money:$100-$200 billion']);
    const quoted = 'Costs rise\n\n“It will cost $5 billion,” said Ann Lee.';
    assert.deepEqual(decode(quoted, semanticTokens(parseArticle(quoted)).data).filter((t) => /^(money|quote)/.test(t)), ['quote:“It will cost ', 'money:$5 billion', 'quote:,”']);
  });
});

describe('money in the summary and the index', () => {
  it('figures round-trip through the packed summary: place, currency, exact amount, range, pair', () => {
    const figures = moneyOf(summarize(model));
    assert.deepEqual(figures.map((f) => [f.currency, f.amount, f.range, f.pairedWith ?? null]), [
      ['USD', 200e9, false, 1], ['EUR', 167e9, false, 0], ['USD', 1.5e9, false, null], ['USD', 2.5, false, null], ['USD', 100e9, true, null],
    ]);
    assert.deepEqual([figures[2].start, figures[2].end], [{ line: 2, character: 75 }, { line: 2, character: 81 }]);
    const odd = 'Odd sums\n\nIt cost $1,234.56, then €0.05, then ¥98,765,432,109.';
    assert.deepEqual(moneyOf(summarize(parseArticle(odd))).map((f) => f.amount), parseArticle(odd).money.map((f) => f.amount));
    assert.equal(summarize(parseArticle('Markets barely moved.')).moneyPacked, '');
  });

  it('the needles the index files cut from the packed money are those of its single figures', () => {
    const summary = summarize(model);
    assert.deepEqual(figureNeedles(summary), {
      needles: moneyOf(summary).filter((f) => !f.range).map((f) => moneyNeedle(f.currency, f.amount)),
      paired: true,
    });
    const odd = summarize(parseArticle('Odd sums\n\nIt cost $1,234.56, then €0.05, then ¥98,765,432,109.'));
    assert.deepEqual(figureNeedles(odd), { needles: moneyOf(odd).map((f) => moneyNeedle(f.currency, f.amount)), paired: false });
    assert.deepEqual(figureNeedles(summarize(parseArticle('Markets barely moved.'))), { needles: [], paired: false });
  });

  it('the index finds conversions by currency pair either way, and reports who to re-check when one changes', () => {
    const index = indexOf([OTHER, 'Reply\n\nDuties on $10 billion (€9 billion) of goods.']);
    assert.deepEqual([...index.withConversion('EUR', 'USD')].map(([uri]) => uri), [OTHER]);
    assert.deepEqual([...index.withConversion('USD', 'GBP')], []);
    assert.deepEqual([...index.update(URI, summarize(model)).conversions], [OTHER], 'a new USD/EUR conversion');
    assert.deepEqual([...index.update(URI, summarize(model)).conversions], [], 'nothing changed');
    assert.deepEqual([...index.update(URI, summarize(parseArticle(TEXT.replace('€167', '€170')))).conversions], [OTHER], 'another rate');
    assert.deepEqual([...index.delete(URI)], [OTHER]);
    assert.deepEqual([...index.withConversion('USD', 'EUR')].map(([uri]) => uri), [OTHER]);
  });

  it('the index keeps the rates of the conversions between two currencies sorted, each way, as articles are replaced and removed', () => {
    const index = indexOf([OTHER, 'Reply\n\nDuties on $10 billion (€9 billion) of goods, and $0 (€0) on the rest.'], [URI, TEXT]);
    const rates = (from: string, to: string) => index.conversionRates(from, to).map((rate) => Number(rate.toPrecision(4)));
    assert.deepEqual(rates('USD', 'EUR'), [0.835, 0.9], 'a conversion of nothing gives no rate');
    assert.deepEqual(rates('EUR', 'USD'), [1.111, 1.198]);
    assert.deepEqual(rates('USD', 'GBP'), []);
    index.set(OTHER, summarize(parseArticle('Reply\n\nDuties on €8 billion ($10 billion) of goods.')));
    assert.deepEqual(rates('USD', 'EUR'), [0.8, 0.835], 'the replaced article’s rate goes, written either way round');
    index.delete(URI);
    assert.deepEqual(rates('USD', 'EUR'), [0.8]);
    index.delete(OTHER);
    assert.deepEqual([rates('USD', 'EUR'), rates('EUR', 'USD')], [[], []]);
  });

  it('the same figure is looked up by currency and amount, and stays right as articles are replaced, renamed and removed', () => {
    const THIRD = 'file:///news/third.article';
    const index = indexOf([URI, TEXT], [OTHER, OTHER_TEXT], [THIRD, 'Cost\n\nThe bill came to $200bn, or $200 billion in all, and $1.5bn more.']);
    const same = (currency: string, amount: number, except = URI, limit = 5) => index.sameFigure(currency, amount, except, limit);
    assert.deepEqual(same('USD', 200e9), { articles: 2, first: [OTHER, THIRD] }, 'each article once, however often it gives the figure');
    assert.deepEqual(same('USD', 200e9, URI, 1), { articles: 2, first: [OTHER] });
    assert.deepEqual(same('EUR', 200e9), { articles: 0, first: [] }, 'another currency');
    assert.deepEqual(same('USD', 100e9), { articles: 0, first: [] }, 'a range is not its lower bound');
    index.set(OTHER, summarize(parseArticle(OTHER_TEXT.replace('$200 billion', '$300 billion'))));
    assert.deepEqual(same('USD', 200e9), { articles: 1, first: [THIRD] }, 'a figure the article no longer gives');
    assert.deepEqual(same('USD', 300e9), { articles: 1, first: [OTHER] });
    index.rename(THIRD, 'file:///news/renamed.article');
    assert.deepEqual(same('USD', 1.5e9), { articles: 1, first: ['file:///news/renamed.article'] });
    index.delete(URI);
    assert.deepEqual(same('USD', 1.5e9, OTHER), { articles: 1, first: ['file:///news/renamed.article'] });
    index.delete('file:///news/renamed.article');
    assert.deepEqual(same('USD', 200e9, OTHER), { articles: 0, first: [] });
    index.clear();
    assert.deepEqual(same('USD', 300e9), { articles: 0, first: [] });
  });

  it('two figures filed under one key (a hash both share) are told apart', () => {
    // Dollar amounts until two needles share a key: about 2^15 of them.
    const seen = new Map<number, number>();
    let pair: [number, number] | undefined;
    for (let amount = 1; !pair; amount++) {
      const key = figureKey(moneyNeedle('USD', amount));
      const other = seen.get(key);
      if (other !== undefined) pair = [other, amount];
      seen.set(key, amount);
    }
    const [a, b] = pair;
    const article = (amount: number) => `Cost\n\nThe bill came to $${amount.toLocaleString('en-US')} in all.`;
    assert.deepEqual(moneyOf(summarize(parseArticle(article(b)))).map((f) => f.amount), [b]);
    const index = indexOf(['file:///a1.article', article(a)], ['file:///b1.article', article(b)], ['file:///a2.article', article(a)]);
    assert.deepEqual(index.sameFigure('USD', a, 'file:///x.article', 5), { articles: 2, first: ['file:///a1.article', 'file:///a2.article'] });
    assert.deepEqual(index.sameFigure('USD', b, 'file:///x.article', 5), { articles: 1, first: ['file:///b1.article'] });
  });

  it('the rule runs only with the workspace; its related place from a summary keeps its line range', () => {
    const index = indexOf([OTHER, 'Reply\n\nDuties on $10 billion (€9 billion) of goods.'], [URI, TEXT]);
    assert.deepEqual(checkArticle(URI, model, DEFAULT_SETTINGS).filter((f) => f.ruleId === 'money-conversion-rate'), []);
    const findings = checkArticle(URI, model, DEFAULT_SETTINGS, index).filter((f) => f.ruleId === 'money-conversion-rate');
    assert.equal(findings.length, 1);
    const [diagnostic] = toDiagnostics(URI, model.lines, findings);
    assert.deepEqual(diagnostic.relatedInformation, [{ location: { uri: OTHER, range: { start: { line: 2, character: 23 }, end: { line: 2, character: 33 } } }, message: 'USD 10 billion converted to EUR 9 billion: 0.9 EUR per USD' }]);
    assert.equal(diagnostic.severity, 2);
  });
});

describe('money settings and the project file', () => {
  it('tolerance clamped, rates validated one by one and added up over the layers', () => {
    assert.equal(normalizeSettings({ moneyRateTolerance: 3 }).moneyRateTolerance, 1);
    assert.equal(normalizeSettings({ moneyRateTolerance: -1 }).moneyRateTolerance, 0);
    const project = normalizeSettings({ rates: [{ from: 'USD', to: 'EUR', rate: 0.835, date: '2018-05-04' }, { from: 'usd', to: 'EUR', rate: 1 }, { from: 'USD', to: 'GBP', rate: -1 }] });
    assert.deepEqual(project.rates, [{ from: 'USD', to: 'EUR', rate: 0.835, date: '2018-05-04' }]);
    assert.deepEqual(normalizeSettings({ rates: [] }, project).rates, project.rates, 'the editor’s empty default keeps the project’s');
    assert.equal(normalizeSettings({ rates: [{ from: 'USD', to: 'CNY', rate: 6.4 }] }, project).rates.length, 2);
  });

  it('reads .article-lens.json from the first folder that has one; a broken one is reported, not thrown', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-project-'));
    try {
      const [empty, withFile] = [path.join(root, 'a'), path.join(root, 'b')];
      await fs.mkdir(empty);
      await fs.mkdir(withFile);
      const none = await readProjectFile([empty]);
      assert.equal(none.settings, undefined);
      assert.deepEqual(none.knowledge.entities, []);
      await fs.writeFile(path.join(withFile, '.article-lens.json'), JSON.stringify({ rates: [{ from: 'USD', to: 'EUR', rate: 0.835 }] }));
      assert.deepEqual(normalizeSettings((await readProjectFile([empty, withFile])).settings).rates, [{ from: 'USD', to: 'EUR', rate: 0.835 }]);
      await fs.writeFile(path.join(withFile, '.article-lens.json'), '{ "rates": [');
      const broken = await readProjectFile([withFile]);
      assert.equal(broken.settings, undefined);
      assert.match(broken.error!, /\.article-lens\.json/);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});
