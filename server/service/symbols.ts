// The outline: headline, byline and dateline first, then the body paragraphs (grouped under their
// subheadings), then the scraped page chrome in a group of its own.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { Span } from '../analysis/text';
import { firstWords } from '../analysis/summary';
import { toRange } from './ranges';

const SymbolKind = { File: 1, Namespace: 3, Property: 7, Event: 24, String: 15, Null: 21 } as const;
const NAME_WORDS = 8;

export function documentSymbols(model: ArticleModel): DocumentSymbol[] {
  const { text } = model;
  const symbol = (name: string, detail: string, kind: number, span: Span, children?: DocumentSymbol[]): DocumentSymbol => ({
    name, detail, kind: kind as DocumentSymbol['kind'], range: toRange(model.lines, span), selectionRange: toRange(model.lines, span), children,
  });
  const slice = (span: Span) => text.slice(span.start, span.end);
  const symbols: DocumentSymbol[] = [];
  if (model.headline) symbols.push(symbol(slice(model.headline), 'headline', SymbolKind.File, model.headline));
  if (model.byline) symbols.push(symbol(`Byline: ${slice(model.byline)}`, 'byline', SymbolKind.Property, model.byline));
  if (model.dateline) symbols.push(symbol(`Dateline: ${slice(model.dateline)}`, 'dateline', SymbolKind.Event, model.dateline));

  let section: DocumentSymbol | undefined;
  model.paragraphs.forEach((paragraph, index) => {
    if (paragraph.role === 'heading') {
      section = symbol(slice(paragraph), 'section', SymbolKind.Namespace, paragraph, []);
      symbols.push(section);
    } else if (paragraph.role === 'body') {
      const entry = symbol(`¶${index + 1} ${firstWords(slice(paragraph), NAME_WORDS)}`, `${paragraph.sentenceCount} sentences`, SymbolKind.String, paragraph);
      if (section) {
        section.children!.push(entry);
        section.range = toRange(model.lines, { start: model.paragraphs[index - section.children!.length].start, end: paragraph.end });
      } else {
        symbols.push(entry);
      }
    }
  });
  if (model.chrome.length > 0) {
    const children = model.chrome.map((line) => symbol(firstWords(slice(line), NAME_WORDS), line.kind, SymbolKind.Null, line));
    const group = { start: model.chrome[0].start, end: model.chrome[model.chrome.length - 1].end };
    symbols.push(symbol(`Page boilerplate (${children.length})`, 'scraped page chrome', SymbolKind.Namespace, group, children));
  }
  return symbols;
}
