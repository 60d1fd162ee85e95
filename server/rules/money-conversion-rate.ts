// money-conversion-rate: "$200 billion (€167 billion)" implies 0.835 EUR per USD. A conversion whose rate is
// far from the rate the other articles use for the same two currencies, or from the rate the project file
// declares, is likely a typo or a stale rate. The other articles are read through their summaries only.
import { MoneyFigure } from '../analysis/article';
import { moneyOf, MoneySummary } from '../analysis/summary';
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

/** Units of `to` per unit of `from` (as analysis/money's impliedRate), for figures of an article or of a summary. */
export function rateOf(conversion: Conversion<{ amount: number }>): number {
  return conversion.to.amount / conversion.from.amount;
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

/** How far `rate` is from `reference`, as a fraction of the reference. */
const distance = (rate: number, reference: number) => Math.abs(rate - reference) / reference;

interface OtherRate {
  rate: number;
  where: string;
  place: RelatedPlace;
}

export const moneyConversionRate: WorkspaceRule = {
  id: 'money-conversion-rate',
  scope: 'workspace',
  defaultSeverity: 'warning',
  description: 'A conversion pair (“$200 billion (€167 billion)”) whose rate differs by more than articleLens.moneyRateTolerance (5 % by default) from the other conversions between the same currencies in the workspace, or from a rate declared in the project file.',
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
      const others = [
        ...own.filter((other) => other !== conversion && samePair(other, conversion)).map((other) => ownRate(model.lines.positionAt(other.to.start).line, other, conversion, uri)),
        ...workspaceRates(workspace, uri, from.currency, to.currency),
      ].filter((other) => distance(rate, other.rate) > tolerance);
      if (others.length === 0) continue;
      const first = others[0]!;
      const more = others.length > 1 ? ` ${others.length - 1} more ${others.length === 2 ? 'conversion disagrees' : 'conversions disagree'} too.` : '';
      findings.push({
        ruleId: 'money-conversion-rate',
        span,
        message: `${implied}; ${first.where} converts at ${formatRate(first.rate, from.currency, to.currency)} (${percent(distance(rate, first.rate))} apart, more than the ${percent(tolerance)} tolerance).${more}`,
        related: others.slice(0, MAX_RELATED).map((other) => other.place),
      });
    }
    return findings;
  },
};

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
function rateLike(other: Conversion<{ currency: string; amount: number }>, like: Conversion<{ currency: string }>): number {
  const rate = rateOf(other);
  return other.from.currency === like.from.currency ? rate : 1 / rate;
}

function relatedMessage(other: Conversion<{ currency: string; amount: number }>): string {
  return `${shortAmount(other.from.currency, other.from.amount)} converted to ${shortAmount(other.to.currency, other.to.amount)}: ${formatRate(rateOf(other), other.from.currency, other.to.currency)}`;
}

function ownRate(line: number, other: Conversion<MoneyFigure>, like: Conversion<MoneyFigure>, uri: string): OtherRate {
  return { rate: rateLike(other, like), where: `line ${line + 1} of this article`, place: { uri, span: { start: other.to.start, end: other.to.end }, message: relatedMessage(other) } };
}

function* workspaceRates(workspace: WorkspaceContext['workspace'], uri: string, from: string, to: string): Iterable<OtherRate> {
  const like = { from: { currency: from }, to: { currency: to } };
  for (const [other, summary] of workspace.withConversion(from, to)) {
    if (other === uri) continue;
    for (const conversion of conversionsOf<MoneySummary>(moneyOf(summary))) {
      if (!samePair(conversion, like)) continue;
      const title = workspace.titleOf(other);
      yield {
        rate: rateLike(conversion, like),
        where: title ? `“${title}”` : other,
        place: { uri: other, range: { start: conversion.to.start, end: conversion.to.end }, message: relatedMessage(conversion) },
      };
    }
  }
}
