// Semantic tokens refine the TextMate colouring with what only the analysis knows (which line is the byline,
// which is scraped chrome, which words are a person, an organization or a place, which passages are quotes and
// which words name their speaker, which are money figures). Types are declared in
// package.json's semanticTokenTypes, with scopes that the default themes colour.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import { ArticleModel, EntityType } from '../analysis/article';
import { countsAsQuote } from '../analysis/summary';
import { Span } from '../analysis/text';

export const TOKEN_TYPES = ['headline', 'byline', 'dateline', 'boilerplate', 'person', 'organization', 'place', 'quote', 'speaker', 'money'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

/** MISC names (events, nationalities) get no token: the TextMate colouring stays. */
const ENTITY_TOKEN: Partial<Record<EntityType, TokenType>> = { PERSON: 'person', ORG: 'organization', LOC: 'place' };

export function semanticTokens(model: ArticleModel): SemanticTokens {
  // The words that name a quote's speaker ("said Jacob Parker", "she said") are a speaker first, a person second.
  const speakers: Array<[Span, TokenType]> = [];
  for (const quote of model.quotes) {
    const span = quote.method !== 'continuation' && countsAsQuote(quote) ? quote.speakerSpan : undefined;
    if (span && !speakers.some(([other]) => other.start < span.end && span.start < other.end)) speakers.push([span, 'speaker']);
  }
  speakers.sort((a, b) => a[0].start - b[0].start);
  const names: Array<[Span, TokenType]> = [...speakers];
  for (const mention of model.entities) {
    const type = ENTITY_TOKEN[mention.type];
    if (type && !speakers.some(([span]) => span.start < mention.end && mention.start < span.end)) names.push([mention, type]);
  }
  // A figure is coloured as money, in a quote or a headline too; a name in it ("HK$") stays a figure.
  for (const figure of model.money) {
    for (let i = names.length - 1; i >= 0; i--) if (names[i][0].start < figure.end && figure.start < names[i][0].end && names[i][1] !== 'speaker') names.splice(i, 1);
    if (!names.some(([span]) => span.start < figure.end && figure.start < span.end)) names.push([figure, 'money']);
  }
  names.sort((a, b) => a[0].start - b[0].start);
  // A quote is coloured around the names in it; a quoted passage inside another one is part of it.
  const inline: Array<[Span, TokenType]> = [...names];
  let quoted = -1;
  for (const quote of model.quotes) {
    if (!countsAsQuote(quote) || quote.start < quoted) continue;
    for (const piece of without(quote, names)) inline.push([piece, 'quote']);
    quoted = quote.end;
  }
  inline.sort((a, b) => a[0].start - b[0].start);
  const marked: Array<[Span, TokenType]> = [...inline];
  const furniture: Array<[Span | undefined, TokenType]> = [[model.headline, 'headline'], [model.byline, 'byline'], [model.dateline, 'dateline']];
  for (const [span, type] of furniture) if (span) for (const piece of without(span, inline)) marked.push([piece, type]);
  for (const line of model.chrome) for (const piece of without(line, inline)) marked.push([piece, 'boilerplate']);
  marked.sort((a, b) => a[0].start - b[0].start);

  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const [span, type] of marked) {
    // Clients need single-line tokens, so a span over several lines becomes one token per line.
    const first = model.lines.positionAt(span.start).line;
    const last = model.lines.positionAt(span.end).line;
    for (let line = first; line <= last; line++) {
      const start = line === first ? span.start : model.lines.lineStart(line);
      const end = line === last ? span.end : model.lines.lineEnd(line);
      if (end <= start) continue;
      const character = start - model.lines.lineStart(line);
      data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, TOKEN_TYPES.indexOf(type), 0);
      previousLine = line;
      previousCharacter = character;
    }
  }
  return { data };
}

/**
 * The parts of `span` outside the names (sorted, not overlapping each other): tokens may not overlap, so a
 * headline or dateline with a name in it ("WASHINGTON (Reuters) -") is coloured around the name.
 */
function without(span: Span, names: Array<[Span, TokenType]>): Span[] {
  const pieces: Span[] = [];
  let at = span.start;
  for (const [name] of names) {
    if (name.end <= at || name.start >= span.end) continue;
    if (name.start > at) pieces.push({ start: at, end: name.start });
    at = Math.max(at, name.end);
  }
  if (at < span.end) pieces.push({ start: at, end: span.end });
  return pieces;
}
