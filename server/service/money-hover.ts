// The hover on a money figure: its exact value, the currency, what the article says around it, the
// conversion it is paired with and the other articles that give the same figure.
//   **USD 200,000,000,000** · 2.0 × 10¹¹
//   United States dollar · as much as
//   Converted: = €167 billion · 0.835 EUR per USD
//   Same figure in: [Trade war escalates](file:///…)
import type { Hover } from 'vscode-languageserver-types';
import { ArticleModel, MoneyFigure } from '../analysis/article';
import currencyData from '../analysis/data/currencies.json';
import { containsOffset } from '../analysis/text';
import { formatRate, rateOf } from '../rules/money-conversion-rate';
import { escapeMarkdown, link } from './entity-hover';
import { WorkspaceIndex } from './index';
import { toRange } from './ranges';

const CURRENCY_NAMES = currencyData.currencies as Record<string, { name: string }>;
/** Past this many, the list of articles with the same figure ends in "and N more". */
const MAX_ARTICLES = 5;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function moneyAt(model: ArticleModel, offset: number): MoneyFigure | undefined {
  return model.money.find((figure) => containsOffset(figure, offset));
}

/** "200,000,000,000", "2.50": every digit, cents where there are any. */
export function fullDigits(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 });
}

/** "2.0 × 10¹¹", "1.67 × 10¹¹": the order of magnitude at a glance. */
export function shortForm(amount: number): string {
  const [mantissa, exponent] = amount.toExponential(2).split('e');
  const digits = Number(mantissa);
  const power = [...String(Number(exponent))].map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)])).join('');
  return `${Number.isInteger(digits) ? digits.toFixed(1) : digits} × 10${power}`;
}

export function moneyHover(uri: string, model: ArticleModel, offset: number, index?: WorkspaceIndex): Hover | null {
  const figure = moneyAt(model, offset);
  if (!figure) return null;
  const { currency, amount } = figure;
  const lines = [`**${currency} ${fullDigits(amount)}** · ${shortForm(amount)}`];
  lines.push([CURRENCY_NAMES[currency]?.name ?? currency, figure.qualifier && `*${figure.qualifier}*`, figure.rate && `per ${figure.rate.replace(/^(a|an|per|each)\s+/u, '')}`].filter(Boolean).join(' · '));
  if (figure.max !== undefined) lines.push(`Range: ${currency} ${fullDigits(figure.min ?? amount)} to ${fullDigits(figure.max)}`);
  if (figure.pairedWith !== undefined) {
    const other = model.money[figure.pairedWith]!;
    const written = escapeMarkdown(model.text.slice(other.start, other.end));
    lines.push(`Converted: = ${written} · ${formatRate(rateOf({ from: figure, to: other }), currency, other.currency)}`);
  }
  if (index && figure.max === undefined) {
    const same = index.sameFigure(currency, amount, uri, MAX_ARTICLES);
    if (same.articles > 0) {
      const shown = same.first.map((other) => link(other, index.get(other))).join(' · ');
      lines.push(`Same figure in: ${shown}${same.articles > same.first.length ? ` · and ${same.articles - same.first.length} more` : ''}`);
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(model.lines, figure) };
}
