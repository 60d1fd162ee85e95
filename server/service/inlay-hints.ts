// Inlay hints (off by default: articleLens.pronounSpeakerHints): after a pronoun that names a quote's speaker,
// the name it stands for, so “…,” she ⟨Hua Chunying⟩ said reads without looking back.
import type { InlayHint } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { Span } from '../analysis/text';
import { quotesIn } from './quote-lookup';
import { Settings } from './settings';

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
