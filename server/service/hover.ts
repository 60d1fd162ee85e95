// Hover: what Article Lens knows about the thing under the cursor, as short Markdown.
import type { Hover } from 'vscode-languageserver-types';
import { ArticleModel, countWords } from '../analysis/article';
import { containsOffset, Span } from '../analysis/text';
import { pageBoilerplate } from '../rules/page-boilerplate';
import { entityHover } from './entity-hover';
import { WorkspaceIndex } from './index';
import { moneyHover } from './money-hover';
import { quoteHover } from './quote-hover';
import { toRange } from './ranges';

/** `index` lets a hover on a name tell what other articles say about it. */
export function hoverAt(uri: string, model: ArticleModel, offset: number, index?: WorkspaceIndex): Hover | null {
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
  const furniture: Array<[Span | undefined, string[]]> = [
    [model.dateline, ['**Dateline**: where and when the article was filed.']],
    [model.byline, ['**Byline**: who wrote the article.']],
  ];
  let about: [Span, string[]] | undefined;
  for (const [span, [label]] of furniture) {
    if (span && containsOffset(span, offset)) about = [span, [label, `\`${text.slice(span.start, span.end)}\``]];
  }
  if (!about && model.headline && containsOffset(model.headline, offset)) {
    const body = model.paragraphs.filter((p) => p.role === 'body');
    about = [model.headline, ['**Headline**', `${countWords(model)} words · ${body.length} paragraphs · ${model.chrome.length} lines of page boilerplate`]];
  }
  // A name in the headline or the dateline ("WASHINGTON (Reuters) -") or in a quote is still a name: its hover
  // comes first, then a money figure's, then the quote's, then the furniture's.
  const parts = [entityHover({ uri, model, index }, offset), moneyHover(uri, model, offset, index), quoteHover(model, offset), about && markdown(model, about[0], about[1])].filter((h): h is Hover => !!h);
  if (parts.length <= 1) return parts[0] ?? null;
  return { ...parts[0], contents: { kind: 'markdown', value: parts.map((h) => (h.contents as { value: string }).value).join('\n\n---\n\n') } };
}

function markdown(model: ArticleModel, span: Span, lines: string[]): Hover {
  return { contents: { kind: 'markdown', value: lines.filter(Boolean).join('\n\n') }, range: toRange(model.lines, span) };
}
