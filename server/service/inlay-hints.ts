// Inlay hints, each kind behind its own setting (off by default): after a pronoun that names a quote's speaker,
// the name it stands for, so “…,” she ⟨Hua Chunying⟩ said reads without looking back
// (articleLens.pronounSpeakerHints); after an abbreviated money figure, its value spelled out, so "$1.5bn"
// reads as 1,500,000,000 USD (articleLens.moneyInlayHints).
import type { InlayHint } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { Span } from '../analysis/text';
import { fullDigits } from './money-hover';
import { quotesIn } from './quote-lookup';
import { Settings } from './settings';

/** Every hint the settings switch on in `span`, in text order. */
export function inlayHints(model: ArticleModel, span: Span, settings: Pick<Settings, 'pronounSpeakerHints' | 'moneyInlayHints'>): InlayHint[] {
  const hints = [...pronounSpeakerHints(model, span, settings), ...moneyInlayHints(model, span, settings)];
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** "$1.5bn ⟨= 1,500,000,000 USD⟩": only figures written with a scale abbreviation or suffix, which hide the zeros. */
export function moneyInlayHints(model: ArticleModel, span: Span, settings: Pick<Settings, 'moneyInlayHints'>): InlayHint[] {
  if (!settings.moneyInlayHints) return [];
  return model.money
    .filter((figure) => figure.abbreviated && figure.end >= span.start && figure.start <= span.end)
    .map((figure) => {
      const value = figure.max !== undefined ? `${fullDigits(figure.min ?? figure.amount)}–${fullDigits(figure.max)}` : fullDigits(figure.amount);
      return { position: model.lines.positionAt(figure.end), label: `= ${value} ${figure.currency}`, paddingLeft: true, tooltip: `“${model.text.slice(figure.start, figure.end)}” in full.` };
    });
}

/** The hints whose pronoun lies in `span` (the part of the article the editor shows); none unless the setting is on. */
export function pronounSpeakerHints(model: ArticleModel, span: Span, settings: Pick<Settings, 'pronounSpeakerHints'>): InlayHint[] {
  const hints: InlayHint[] = [];
  if (!settings.pronounSpeakerHints) return hints;
  const seen = new Set<number>();
  for (const quote of quotesIn(model)) {
    const pronoun = quote.speakerSpan;
    if (quote.method !== 'pronoun' || !pronoun || !quote.speaker || pronoun.end < span.start || pronoun.start > span.end || seen.has(pronoun.end)) continue;
    seen.add(pronoun.end);
    hints.push({ position: model.lines.positionAt(pronoun.end), label: `⟨${quote.speaker}⟩`, paddingLeft: true, tooltip: `The speaker of the quote: “${model.text.slice(pronoun.start, pronoun.end)}” is ${quote.speaker}.` });
  }
  return hints;
}
