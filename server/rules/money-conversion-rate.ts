// money-conversion-rate: "$200 billion (€167 billion)" implies 0.835 EUR per USD. A conversion whose rate is
// far from the median rate of the other conversions between the same two currencies, or from the rate the
// project file declares, is likely a typo or a stale rate. The other articles are read through their summaries only.
import { MoneyFigure } from '../analysis/article';
import { impliedRate } from '../analysis/money';
import { ArticleSummary, moneyOf, MoneySummary } from '../analysis/summary';
import { DeclaredRate, Finding, RelatedPlace, WorkspaceContext, WorkspaceRule } from './rule';

/** The default of articleLens.moneyRateTolerance: 5 %. */
export const MONEY_RATE_TOLERANCE = 0.05;
/** Past this many, the other conversions that disagree are counted, not linked. */
const MAX_RELATED = 5;

/** A conversion pair: `from` is written first, `to` (in brackets) converts it. */
export interface Conversion<F> {
  from: F;
  to: F;
}

/** The conversion pairs among an article's figures (or a summary's), each once, in text order. */
export function conversionsOf<F extends { pairedWith?: number }>(figures: readonly F[]): Array<Conversion<F>> {
  return figures.flatMap((from, i) => (from.pairedWith !== undefined && from.pairedWith > i ? [{ from, to: figures[from.pairedWith]! }] : []));
}

/** Units of `to` per unit of `from`, for figures of an article or of a summary. */
export function rateOf(conversion: Conversion<{ amount: number }>): number {
  return impliedRate(conversion.from, conversion.to);
}

/** A rate as a reader writes it: four significant digits at most ("0.835", "1.198", "6.383"). */
export function formatRate(rate: number, from: string, to: string): string {
  return `${Number(rate.toPrecision(4))} ${to} per ${from}`;
}

/** "USD 200 billion", "EUR 2.5": an amount in words short enough for a message. */
export function shortAmount(currency: string, amount: number): string {
  const scales: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  const scale = scales.find(([value]) => amount >= value);
  const number = scale ? `${Number((amount / scale[0]).toPrecision(6))} ${scale[1]}` : amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${currency} ${number}`;
}

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(1))} %`;

function median(values: number[]): number {
  return medianOfSorted(values.slice().sort((a, b) => a - b));
}

function medianOfSorted(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "$0 (€0)" gives no rate at all (0 / 0), and a list with one cannot be sorted. */
export const usableRate = (rate: number) => !Number.isNaN(rate);

/**
 * The conversions of an indexed article, decoded once per summary: an article that converts between two common
 * currencies is read by every check of every other article that does too.
 */
const conversionsBySummary = new WeakMap<ArticleSummary, Array<Conversion<MoneySummary>>>();

function summaryConversions(summary: ArticleSummary): Array<Conversion<MoneySummary>> {
  let conversions = conversionsBySummary.get(summary);
  if (!conversions) conversionsBySummary.set(summary, (conversions = conversionsOf<MoneySummary>(moneyOf(summary))));
  return conversions;
}

/** How far `rate` is from `reference`, as a fraction of the reference. */
const distance = (rate: number, reference: number) => Math.abs(rate - reference) / reference;

/** Another conversion's rate, with where it is written: built into words only for the few a finding shows. */
interface OtherRate {
  rate: number;
  where: () => string;
  place: () => RelatedPlace;
}

export const moneyConversionRate: WorkspaceRule = {
  id: 'money-conversion-rate',
  scope: 'workspace',
  defaultSeverity: 'warning',
  description: 'A conversion pair (“$200 billion (€167 billion)”) whose rate differs by more than articleLens.moneyRateTolerance (5 % by default) from the median rate of the other conversions between the same currencies in the workspace, or from a rate declared in the project file.',
  check({ uri, model, options, workspace }) {
    const tolerance = options?.moneyRateTolerance ?? MONEY_RATE_TOLERANCE;
    const findings: Finding[] = [];
    const own = conversionsOf(model.money);
    for (const conversion of own) {
      const { from, to } = conversion;
      const rate = rateOf(conversion);
      const span = { start: to.start, end: to.end };
      const implied = `This conversion implies ${formatRate(rate, from.currency, to.currency)}`;
      const declared = declaredFor(options?.rates ?? [], from.currency, to.currency);
      if (declared.length > 0 && !declared.some((d) => distance(rate, d.rate) <= tolerance)) {
        const nearest = declared.reduce((a, b) => (distance(rate, b.rate) < distance(rate, a.rate) ? b : a));
        const { as } = nearest;
        const written = formatRate(as.rate, as.from, as.to) + (as.from === from.currency ? '' : ` (${formatRate(nearest.rate, from.currency, to.currency)})`);
        findings.push({
          ruleId: 'money-conversion-rate',
          span,
          message: `${implied}; the project file declares ${written}${as.date ? ` as of ${as.date}` : ''}, ${percent(distance(rate, nearest.rate))} apart, more than the ${percent(tolerance)} tolerance.`,
        });
      }
      // The consensus of the other conversions, not each of them: one stale rate in the workspace must not put a
      // warning on every article that converts between the same currencies.
      const quick = consensusOf(conversion, own, uri, workspace);
      if (quick === undefined || distance(rate, quick) <= tolerance) continue;
      // Flagged: now the other conversions one by one, for the message and the related places.
      const others = [
        ...own.filter((other) => other !== conversion && samePair(other, conversion)).map((other) => ownRate(model.lines.positionAt(other.to.start).line, other, conversion, uri)),
        ...workspaceRates(workspace, uri, from.currency, to.currency),
      ].filter((other) => usableRate(other.rate));
      const consensus = median(others.map((other) => other.rate));
      const agreeing = others.filter((other) => distance(other.rate, consensus) <= tolerance).sort((a, b) => distance(a.rate, consensus) - distance(b.rate, consensus));
      const first = agreeing[0] ?? others[0]!;
      const where = others.length === 1 ? `${first.where()} converts at ${formatRate(first.rate, from.currency, to.currency)}`
        : `the ${others.length} other conversions between ${from.currency} and ${to.currency} have a median of ${formatRate(consensus, from.currency, to.currency)}`;
      findings.push({
        ruleId: 'money-conversion-rate',
        span,
        message: `${implied}; ${where} (${percent(distance(rate, consensus))} apart, more than the ${percent(tolerance)} tolerance).`,
        related: (agreeing.length > 0 ? agreeing : others).slice(0, MAX_RELATED).map((other) => other.place()),
      });
    }
    return findings;
  },
};

/**
 * The median rate of the other conversions between the currencies of `conversion`, from the index's sorted rates:
 * the checked article's indexed conversions out (its model may be newer), its model's other conversions in.
 * Undefined when there is no other.
 */
function consensusOf(conversion: Conversion<MoneyFigure>, own: ReadonlyArray<Conversion<MoneyFigure>>, uri: string, workspace: WorkspaceContext['workspace']): number | undefined {
  const { from, to } = conversion;
  const rates = workspace.conversionRates(from.currency, to.currency).slice();
  const indexed = workspace.get(uri);
  for (const other of indexed ? summaryConversions(indexed) : []) if (samePair(other, conversion)) fileRate(rates, rateLike(other, conversion), -1);
  for (const other of own) if (other !== conversion && samePair(other, conversion)) fileRate(rates, rateLike(other, conversion), 1);
  return rates.length > 0 ? medianOfSorted(rates) : undefined;
}

/** Inserts (+1) or removes (-1) a rate in a list sorted ascending; one that is not usable is left out. */
export function fileRate(sorted: number[], rate: number, delta: 1 | -1): void {
  if (!usableRate(rate)) return;
  let at = 0;
  for (let high = sorted.length; at < high;) {
    const mid = (at + high) >> 1;
    if (sorted[mid]! < rate) at = mid + 1;
    else high = mid;
  }
  if (delta > 0) sorted.splice(at, 0, rate);
  else if (sorted[at] === rate) sorted.splice(at, 1);
}

/** The declared rates between the two currencies: `rate` in units of `to` per `from`, `as` the one declared. */
function declaredFor(rates: readonly DeclaredRate[], from: string, to: string): Array<{ rate: number; as: DeclaredRate }> {
  return rates.flatMap((as) => {
    if (as.from === from && as.to === to) return [{ rate: as.rate, as }];
    if (as.from === to && as.to === from) return [{ rate: 1 / as.rate, as }];
    return [];
  });
}

function samePair(a: Conversion<{ currency: string }>, b: Conversion<{ currency: string }>): boolean {
  return (a.from.currency === b.from.currency && a.to.currency === b.to.currency) || (a.from.currency === b.to.currency && a.to.currency === b.from.currency);
}

/** Another conversion's rate in the direction of `like` (inverted where it converts the other way). */
export function rateLike(other: Conversion<{ currency: string; amount: number }>, like: Conversion<{ currency: string }>): number {
  const rate = rateOf(other);
  return other.from.currency === like.from.currency ? rate : 1 / rate;
}

function relatedMessage(other: Conversion<{ currency: string; amount: number }>): string {
  return `${shortAmount(other.from.currency, other.from.amount)} converted to ${shortAmount(other.to.currency, other.to.amount)}: ${formatRate(rateOf(other), other.from.currency, other.to.currency)}`;
}

function ownRate(line: number, other: Conversion<MoneyFigure>, like: Conversion<MoneyFigure>, uri: string): OtherRate {
  return { rate: rateLike(other, like), where: () => `line ${line + 1} of this article`, place: () => ({ uri, span: { start: other.to.start, end: other.to.end }, message: relatedMessage(other) }) };
}

function* workspaceRates(workspace: WorkspaceContext['workspace'], uri: string, from: string, to: string): Iterable<OtherRate> {
  const like = { from: { currency: from }, to: { currency: to } };
  for (const [other, summary] of workspace.withConversion(from, to)) {
    if (other === uri) continue;
    for (const conversion of summaryConversions(summary)) {
      if (!samePair(conversion, like)) continue;
      yield {
        rate: rateLike(conversion, like),
        where: () => {
          const title = workspace.titleOf(other);
          return title ? `“${title}”` : other;
        },
        place: () => ({ uri: other, range: { start: conversion.to.start, end: conversion.to.end }, message: relatedMessage(conversion) }),
      };
    }
  }
}
