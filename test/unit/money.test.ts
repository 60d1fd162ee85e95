import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { impliedRate } from '../../server/analysis/money';

/** Each figure as "text = amount CUR" (with "min–max" for ranges). */
function figures(text: string): string[] {
  return parseArticle(text).money.map((f) => {
    const range = f.min !== undefined ? ` ${f.min}–${f.max}` : '';
    return `${text.slice(f.start, f.end)} = ${f.amount} ${f.currency}${range}`;
  });
}

describe('money figures: every form with its value', () => {
  const cases: Array<[string, string]> = [
    ['The plan costs $200 billion.', '$200 billion = 200000000000 USD'],
    ['Profit was €167 billion.', '€167 billion = 167000000000 EUR'],
    ['It paid £5m.', '£5m = 5000000 GBP'],
    ['Sales hit ¥1,000 in Tokyo.', '¥1,000 = 1000 JPY'],
    ['India set aside ₹500 crore.', '₹500 crore = 5000000000 INR'],
    ['Seoul spent ₩3 trillion.', '₩3 trillion = 3000000000000 KRW'],
    ['Moscow paid ₽40 billion.', '₽40 billion = 40000000000 RUB'],
    ['The fund holds US$3.5bn.', 'US$3.5bn = 3500000000 USD'],
    ['The deal is worth HK$10 billion.', 'HK$10 billion = 10000000000 HKD'],
    ['Ottawa pledged C$5.2 million.', 'C$5.2 million = 5200000 CAD'],
    ['Canberra spent A$7bn.', 'A$7bn = 7000000000 AUD'],
    ['Brasília paid R$2 billion.', 'R$2 billion = 2000000000 BRL'],
    ['The grant was S$40 million.', 'S$40 million = 40000000 SGD'],
    ['Taipei spent NT$1,250.', 'NT$1,250 = 1250 TWD'],
    ['Beijing offered RMB 1 trillion.', 'RMB 1 trillion = 1000000000000 CNY'],
    ['The bond raised USD 5 million.', 'USD 5 million = 5000000 USD'],
    ['The bank lent 40 EUR each.', '40 EUR = 40 EUR'],
    ['Tariffs on 150 million yuan of goods.', '150 million yuan = 150000000 CNY'],
    ['It cost 20 billion yen.', '20 billion yen = 20000000000 JPY'],
    ['They paid 2 trillion won.', '2 trillion won = 2000000000000 KRW'],
    ['Fines reached 50 million euros.', '50 million euros = 50000000 EUR'],
    ['A levy of 5 million pounds.', '5 million pounds = 5000000 GBP'],
    ['Loans of 300 million roubles.', '300 million roubles = 300000000 RUB'],
    ['Aid of 10 crore rupees.', '10 crore rupees = 100000000 INR'],
    ['A 2 lakh rupee fine.', '2 lakh rupee = 200000 INR'],
    ['It lost six billion dollars.', 'six billion dollars = 6000000000 USD'],
    ['It lost a billion dollars.', 'a billion dollars = 1000000000 USD'],
    ['It raised half a million dollars.', 'half a million dollars = 500000 USD'],
    ['It raised twenty-five million euros.', 'twenty-five million euros = 25000000 EUR'],
    ['A stamp costs 50 cents.', '50 cents = 0.5 USD'],
    ['A stamp costs 30p.', '30p = 0.3 GBP'],
    ['A stamp costs 99 pence.', '99 pence = 0.99 GBP'],
    ['It costs $1,250 now.', '$1,250 = 1250 USD'],
    ['It costs $2.50 now.', '$2.50 = 2.5 USD'],
    ['It costs $50k.', '$50k = 50000 USD'],
    ['It costs $1.5bn.', '$1.5bn = 1500000000 USD'],
    ['It costs $2tn.', '$2tn = 2000000000000 USD'],
    ['It costs 3 million Canadian dollars.', '3 million Canadian dollars = 3000000 CAD'],
    ['It costs 2.5 million Swiss francs.', '2.5 million Swiss francs = 2500000 CHF'],
    ['It costs 4 billion Hong Kong dollars.', '4 billion Hong Kong dollars = 4000000000 HKD'],
    ['Estimates run $100-$200 billion.', '$100-$200 billion = 100000000000 USD 100000000000–200000000000'],
    ['Estimates run $100-200 million.', '$100-200 million = 100000000 USD 100000000–200000000'],
    ['Estimates run $5 million to $10 million.', '$5 million to $10 million = 5000000 USD 5000000–10000000'],
    ['Estimates run 5 to 10 million euros.', '5 to 10 million euros = 5000000 EUR 5000000–10000000'],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(figures(text), expected ? [expected] : []));
  }
});

describe('money figures: scales in any case, and amounts to whole units', () => {
  const cases: Array<[string, string[]]> = [
    ['It paid $27.7 million and $1.35bn.', ['$27.7 million = 27700000 USD', '$1.35bn = 1350000000 USD']],
    ['It paid $0.07 million, then $4.1234567 million.', ['$0.07 million = 70000 USD', '$4.1234567 million = 4123456.7 USD']],
    ['Fines reached 5 Million euros and 7 BILLION yen.', ['5 Million euros = 5000000 EUR', '7 BILLION yen = 7000000000 JPY']],
    ['It paid $5 million-plus.', ['$5 million = 5000000 USD']],
    ['It paid $5 millions.', ['$5 = 5 USD']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(figures(text), expected));
});

describe('money figures: spelled-out numbers', () => {
  it('find every one in a paragraph, in text order, whichever scale word follows', () => {
    assert.deepEqual(figures('It lost five thousand euros, then three trillion yen, two lakh rupees, thousands of jobs and six billion dollars.'), [
      'five thousand euros = 5000 EUR', 'three trillion yen = 3000000000000 JPY', 'two lakh rupees = 200000 INR', 'six billion dollars = 6000000000 USD',
    ]);
  });
});

describe('money figures: what is not money', () => {
  const notMoney = [
    'Growth slowed to 5%.', 'The law passed in 2019.', 'The 100-day plan ended.', 'The S&P 500 fell.', 'Section 301 applies.',
    'It weighed 300 pounds.', 'The city has 5 million people.', 'The team won 3 games.', 'They opened a dollar store.',
    'The vote was 12 to 5.', 'The A380 landed.', 'It rose 2.5 points to 1,250.', 'Shares fell 3 percent.',
  ];
  for (const text of notMoney) it(text, () => assert.deepEqual(figures(text), []));
});

describe('money figures: qualifiers, rates, pairs and ambiguous signs', () => {
  it('keep approximators out of the span, as a qualifier', () => {
    const model = parseArticle('It could cost about $5 million, as much as $150 billion, more than £2m or up to €40 million.');
    assert.deepEqual(model.money.map((f) => [model.text.slice(f.start, f.end), f.qualifier]), [
      ['$5 million', 'about'], ['$150 billion', 'as much as'], ['£2m', 'more than'], ['€40 million', 'up to'],
    ]);
  });

  it('find a qualifier across a line break or an opening bracket', () => {
    const model = parseArticle('It could cost as much\nas $5 million (about  €4.6 million) this year.');
    assert.deepEqual(model.money.map((f) => f.qualifier), ['as much as', 'about']);
  });

  it('read long numbers and decimals exactly', () => {
    assert.deepEqual(figures('Reserves stood at $12,345,678,901,234,567 and rose by $0.1 billion, then $1.2345678901234567 million.'), [
      '$12,345,678,901,234,567 = 12345678901234568 USD', '$0.1 billion = 100000000 USD', '$1.2345678901234567 million = 1234567.8901234567 USD',
    ]);
  });

  it('keep the precision written, not cents: a rate written with a sign, a fraction of a cent', () => {
    assert.deepEqual(figures('The euro bought $1.0720 on Friday, and the fee is 0.5 cents a share.'), ['$1.0720 = 1.072 USD', '0.5 cents = 0.005 USD']);
  });

  it('record what a figure is per', () => {
    const model = parseArticle('Petrol costs $2.50 a gallon and the rebate is $600 per household, paid $5 billion a year.');
    assert.deepEqual(model.money.map((f) => f.rate), ['a gallon', 'per household', undefined]);
  });

  it('link a conversion pair and give the rate it implies', () => {
    const model = parseArticle('A cut of $200 billion (€167 billion) by 2020.');
    const [usd, eur] = model.money;
    assert.equal(usd!.pairedWith, 1);
    assert.equal(eur!.pairedWith, 0);
    assert.equal(Math.round(impliedRate(usd!, eur!) * 1000) / 1000, 0.835);
  });

  it('read ¥ as yuan in an article about China’s currency, and $ by the dollar the article names', () => {
    assert.deepEqual(figures('Japan spent ¥500 billion.'), ['¥500 billion = 500000000000 JPY']);
    assert.deepEqual(figures('The Renminbiyuan Club spent ¥500 billion.'), ['¥500 billion = 500000000000 JPY']);
    assert.deepEqual(figures('China set aside ¥500 billion, or 70 billion yuan.'), ['¥500 billion = 500000000000 CNY', '70 billion yuan = 70000000000 CNY']);
    assert.deepEqual(figures('Ottawa will spend $4 billion, or 4 billion Canadian dollars.'), ['$4 billion = 4000000000 CAD', '4 billion Canadian dollars = 4000000000 CAD']);
  });
});

// The five seed articles sit beside the repository in ../shared (CI provides them).
const SEEDS = path.resolve(__dirname, '../../../../shared/articles');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe('money in the seed articles', { skip: seedFiles.length === 0 ? `no seed articles at ${SEEDS}` : false }, () => {
  const seed = (prefix: string) => readFileSync(path.join(SEEDS, seedFiles.find((f) => f.startsWith(prefix))!), 'utf8');

  it('finds the figures of 003 and 004, with the pair in 004', () => {
    assert.deepEqual(figures(seed('003')), ['$150 billion = 150000000000 USD', '$200 billion = 200000000000 USD']);
    assert.deepEqual(figures(seed('004')), [
      '$200 billion = 200000000000 USD', '€167 billion = 167000000000 EUR', '$375 billion = 375000000000 USD',
      '$100 billion = 100000000000 USD', '$150 billion = 150000000000 USD',
    ]);
    const model = parseArticle(seed('004'));
    assert.equal(impliedRate(model.money[0]!, model.money[1]!), 0.835);
  });

  it('finds no money in 000 (its 100-day plan is not money)', () => {
    assert.deepEqual(figures(seed('000')), []);
  });
});
