// npm run eval:money: money figures with the project's scorer (../shared/tools/score.mjs) on the 20 news articles of
// test/fixtures/money/news-*.jsonl (gold MONEY spans with amount and currency; news-heldout is measured only), each
// set on its own line and all of them together. The predictions are what `article-lens annotate` writes under
// "money", which the scorer counts as MONEY entities: exact span P/R/F1 and overlap F1. Of the spans matched
// exactly, the amount and the ISO 4217 currency are checked too (gold figures with no amount, "hundreds of
// millions of pounds", are checked for currency only).
//   node out/test/tools/eval-money.js [set-name-filter…]
import * as path from 'node:path';
import { annotateText } from '../../server/service/annotate';
import { GoldMoneyDocument as GoldDocument } from '../helpers/money-gold';
import { EVAL_OUT, GoldSet, newsSets, readJsonl, runScorer, writeJsonl } from './scoring';

interface PRF {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
}
interface Score {
  entities: { MONEY?: { exact: PRF; overlap: PRF } };
}

/** Relative tolerance on amounts: a figure's value is read from decimals ("$1.96 billion"). */
const sameAmount = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function evaluate(set: GoldSet): void {
  const docs = readJsonl<GoldDocument>(set.gold);
  const predictions = docs.map((doc) => ({ id: doc.id, money: annotateText(doc.id, doc.text).money }));
  const predicted = path.join(EVAL_OUT, `money-${set.name}.pred.jsonl`);
  writeJsonl(predicted, predictions);
  const money = runScorer<Score>(set.name, set.gold, predicted).entities.MONEY;
  if (!money) throw new Error(`${set.name}: no MONEY score (no gold money?)`);
  let amounts = 0;
  let amountsRight = 0;
  let currencyRight = 0;
  let matched = 0;
  docs.forEach((doc, i) => {
    for (const gold of doc.entities) {
      const hit = predictions[i]!.money.find((m) => m.start === gold.start && m.end === gold.end);
      if (!hit) continue;
      matched++;
      if (hit.currency === gold.currency) currencyRight++;
      if (gold.amount === null) continue;
      amounts++;
      if (sameAmount(hit.amount, gold.amount)) amountsRight++;
    }
  });
  const { exact, overlap } = money;
  console.log(
    `${set.name.padEnd(12)} money gold ${exact.gold} pred ${exact.pred} | exact P ${exact.p.toFixed(3)} R ${exact.r.toFixed(3)} F1 ${exact.f1.toFixed(3)}` +
      ` | overlap F1 ${overlap.f1.toFixed(3)} | of exact matches: amount ${amountsRight}/${amounts} currency ${currencyRight}/${matched}`,
  );
}

const only = process.argv.slice(2);
for (const set of newsSets('money')) if (only.length === 0 || only.some((o) => set.name.includes(o))) evaluate(set);
