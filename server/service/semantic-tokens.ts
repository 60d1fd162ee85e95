// Semantic tokens refine the TextMate colouring with what only the analysis knows (which line is the byline,
// which is scraped chrome). Types are declared in package.json's semanticTokenTypes.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { Span } from '../analysis/text';

export const TOKEN_TYPES = ['headline', 'byline', 'dateline', 'boilerplate'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export function semanticTokens(model: ArticleModel): SemanticTokens {
  const marked: Array<[Span, TokenType]> = [];
  if (model.headline) marked.push([model.headline, 'headline']);
  if (model.byline) marked.push([model.byline, 'byline']);
  if (model.dateline) marked.push([model.dateline, 'dateline']);
  for (const line of model.chrome) marked.push([line, 'boilerplate']);
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
