// The outline: headline, byline and dateline first, then the body paragraphs (grouped under their
// subheadings), then People, Organizations, Places and Other names (each entity once, its mentions as
// children), then the Quotes in reading order (`Speaker: “first words…”`), then the money Figures (`$1.5bn ·
// USD 1,500,000,000`), then the scraped page chrome in a group of its own.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { ArticleModel, EntityType } from '../analysis/article';
import { Span } from '../analysis/text';
import { entityTableOf, firstWords, quoteOpening } from '../analysis/summary';
import { firstFullMention, mentionsOf, TYPE_LABEL } from './entity-lookup';
import { fullDigits } from './money-hover';
import { quoteLabel, quotesIn } from './quote-lookup';
import { toRange } from './ranges';

const SymbolKind = { File: 1, Module: 2, Namespace: 3, Package: 4, Class: 5, Property: 7, Event: 24, String: 15, Null: 21, Number: 16, Object: 19, EnumMember: 22, Struct: 23 } as const;

/** Outline groups, in order, with the symbol kind of their entities (the kind picks the icon). */
export const ENTITY_GROUPS: Array<{ type: EntityType; name: string; kind: number }> = [
  { type: 'PERSON', name: 'People', kind: SymbolKind.Object },
  { type: 'ORG', name: 'Organizations', kind: SymbolKind.Struct },
  { type: 'LOC', name: 'Places', kind: SymbolKind.Package },
  { type: 'MISC', name: 'Other names', kind: SymbolKind.EnumMember },
];
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
  symbols.push(...entityGroups(model, symbol));
  const quotes = quotesIn(model);
  if (quotes.length > 0) {
    const children = quotes.map((quote) => symbol(quoteLabel(quote.speakers, quoteOpening(model, quote)), `${quote.kind} · ${quote.words} words`, SymbolKind.String, quote));
    symbols.push(symbol(`Quotes (${quotes.length})`, 'who said what', SymbolKind.Namespace, { start: quotes[0].start, end: quotes[quotes.length - 1].end }, children));
  }
  if (model.money.length > 0) {
    const children = model.money.map((figure) => {
      const value = `${figure.currency} ${fullDigits(figure.amount)}${figure.max !== undefined ? ` to ${fullDigits(figure.max)}` : ''}`;
      const other = figure.pairedWith !== undefined ? model.money[figure.pairedWith] : undefined;
      const detail = [figure.qualifier, figure.rate, other && `= ${slice(other)}`].filter(Boolean).join(' · ');
      return symbol(`${slice(figure)} · ${value}`, detail, SymbolKind.Number, figure);
    });
    const group = { start: model.money[0].start, end: model.money[model.money.length - 1].end };
    symbols.push(symbol(`Figures (${children.length})`, 'money', SymbolKind.Namespace, group, children));
  }
  if (model.chrome.length > 0) {
    const children = model.chrome.map((line) => symbol(firstWords(slice(line), NAME_WORDS), line.kind, SymbolKind.Null, line));
    const group = { start: model.chrome[0].start, end: model.chrome[model.chrome.length - 1].end };
    symbols.push(symbol(`Page boilerplate (${children.length})`, 'scraped page chrome', SymbolKind.Namespace, group, children));
  }
  return symbols;
}

type MakeSymbol = (name: string, detail: string, kind: number, span: Span, children?: DocumentSymbol[]) => DocumentSymbol;

function entityGroups(model: ArticleModel, symbol: MakeSymbol): DocumentSymbol[] {
  const table = entityTableOf(model);
  const groups: DocumentSymbol[] = [];
  for (const group of ENTITY_GROUPS) {
    const entities = table.filter((entity) => entity.type === group.type);
    if (entities.length === 0) continue;
    let whole: Span | undefined;
    const children = entities.map((entity) => {
      const mentions = mentionsOf(model, entity);
      const span = { start: mentions[0].start, end: mentions[mentions.length - 1].end };
      whole = whole ? { start: Math.min(whole.start, span.start), end: Math.max(whole.end, span.end) } : span;
      const detail = `${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}`;
      const lines = (m: Span) => `line ${model.lines.positionAt(m.start).line + 1}`;
      const item = symbol(entity.name, detail, group.kind, span, mentions.map((m) => symbol(model.text.slice(m.start, m.end), lines(m), SymbolKind.String, m)));
      item.selectionRange = toRange(model.lines, firstFullMention(model, entity));
      return item;
    });
    groups.push(symbol(`${group.name} (${entities.length})`, TYPE_LABEL[group.type], SymbolKind.Namespace, whole!, children));
  }
  return groups;
}
