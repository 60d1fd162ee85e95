// Hover: what Article Lens knows about the thing under the cursor, as short Markdown.
import type { Hover } from 'vscode-languageserver-types';
import { ArticleModel, countWords } from '../analysis/article';
import { containsOffset, Span } from '../analysis/text';
import { pageBoilerplate } from '../rules/page-boilerplate';
import { toRange } from './ranges';

export function hoverAt(uri: string, model: ArticleModel, offset: number): Hover | null {
  const { text } = model;
  const chrome = model.chrome.find((line) => containsOffset(line, offset));
  if (chrome) {
    const finding = pageBoilerplate.check({ uri, model }).find((f) => f.span.start === chrome.start);
    return markdown(model, chrome, [
      `**Page boilerplate** · ${chrome.kind.replace('-', ' ')}`,
      finding?.message ?? '',
      'Quick fix: *Remove this line*.',
    ]);
  }
  const furniture: Array<[Span | undefined, string, string]> = [
    [model.dateline, 'Dateline', 'where and when the article was filed'],
    [model.byline, 'Byline', 'who wrote the article'],
  ];
  for (const [span, label, meaning] of furniture) {
    if (span && containsOffset(span, offset)) {
      return markdown(model, span, [`**${label}**: ${meaning}.`, `\`${text.slice(span.start, span.end)}\``]);
    }
  }
  if (model.headline && containsOffset(model.headline, offset)) {
    const body = model.paragraphs.filter((p) => p.role === 'body');
    const words = countWords(model);
    return markdown(model, model.headline, [
      '**Headline**',
      `${words} words · ${body.length} paragraphs · ${model.chrome.length} lines of page boilerplate`,
    ]);
  }
  return null;
}

function markdown(model: ArticleModel, span: Span, lines: string[]): Hover {
  return { contents: { kind: 'markdown', value: lines.filter(Boolean).join('\n\n') }, range: toRange(model.lines, span) };
}
