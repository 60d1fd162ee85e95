// The hover on a quote: who said it and how the speaker was found, the cue, the word count and the kind.
//   **Quote** · statement · 21 words
//   Speaker: **Hua Chunying**
//   How: the pronoun “she” at the cue *said*, resolved to the nearest person who fits
import type { Hover } from 'vscode-languageserver-types';
import { ArticleModel, Quote } from '../analysis/article';
import { isSpeakerOverride } from '../analysis/knowledge-base';
import { countsAsQuote } from '../analysis/summary';
import { escapeMarkdown } from './entity-hover';
import { quoteAt, quotesIn } from './quote-lookup';
import { toRange } from './ranges';

const KIND: Record<Quote['kind'], string> = { statement: 'statement', partial: 'partial quote', name: 'name in quote marks', scare: 'scare quotes' };

export function quoteHover(model: ArticleModel, offset: number): Hover | null {
  const quote = quoteAt(model, offset);
  if (!quote) return null;
  const words = `${quote.words} ${quote.words === 1 ? 'word' : 'words'}`;
  const lines = countsAsQuote(quote)
    ? [`**Quote** · ${KIND[quote.kind]} · ${words}`, `Speaker: ${quote.speaker ? `**${escapeMarkdown(quote.speaker)}**` : 'unknown'}`, `How: ${howFound(model, quote)}`]
    : [`**${quote.kind === 'name' ? 'Name in quote marks' : 'Scare quotes'}** · ${words}`, quote.kind === 'name'
      ? 'Not a quote: a name or title in quote marks is nobody’s words.'
      : 'Not a quote: the writer holds the words at arm’s length.'];
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(model.lines, quote) };
}

/** How the speaker was found, in words, with the cue and the words that name the speaker. */
function howFound(model: ArticleModel, quote: Quote): string {
  if (isSpeakerOverride(quote)) return 'set by hand in the project file (.article-lens.json, `quoteSpeakers`)';
  const text = (span: { start: number; end: number } | undefined) => (span ? escapeMarkdown(model.text.slice(span.start, span.end).replace(/\s+/gu, ' ')) : '');
  const cue = quote.cue ? ` at the cue *${text(quote.cue)}*` : '';
  const named = quote.speakerSpan ? ` (“${text(quote.speakerSpan)}”)` : '';
  switch (quote.method) {
    case 'cue': return `${quote.named ? 'named' : 'described'}${cue}${named}`;
    case 'pronoun': return `the pronoun “${text(quote.speakerSpan)}”${cue}, resolved to ${escapeMarkdown(quote.speaker ?? 'nobody')}`;
    case 'according-to': return `according to${named}`;
    case 'colon': return `introduced with a colon${cue}${named}`;
    case 'continuation': {
      const before = [...quotesIn(model)].reverse().find((q) => q.end <= quote.start && q.speakers.length > 0);
      return before ? `continues the quote on line ${model.lines.positionAt(before.start).line + 1}, with no cue of its own` : 'continues the quote before it, with no cue of its own';
    }
    case 'repeated': return 'the same words are quoted, with a speaker, elsewhere in the article';
    default: return 'no cue, no “according to”, and no quote just before it to continue';
  }
}
