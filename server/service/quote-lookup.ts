// Quotes as the editor features see them: the quote under the cursor, the next and previous quote, every quote
// in the workspace (open articles from their models, closed ones from their index summaries) and the quotes of
// one speaker across the workspace.
import type { Location, Range } from 'vscode-languageserver-types';
import { ArticleModel, Quote } from '../analysis/article';
import { countsAsQuote, quoteOpening, quotesOf } from '../analysis/summary';
import { containsOffset, Span } from '../analysis/text';
import { entityAt, EntityScope, workspaceNames } from './entity-lookup';
import { WorkspaceIndex } from './index';
import { toRange } from './ranges';

/** One quote of the workspace, for **Go to quote…** (and any editor that lists them). */
export interface QuoteItem {
  /** `Speaker: “first words…”`. */
  label: string;
  /** Null when no speaker was found. */
  speaker: string | null;
  /** The article's headline, or its file name. */
  article: string;
  uri: string;
  range: Range;
}

/** The index plus the open articles, whose models are newer than their summaries. */
export interface QuotesScope {
  index: WorkspaceIndex;
  open: ReadonlyArray<{ uri: string; model: ArticleModel }>;
}

/** A workspace list stays a list a quick pick can show. */
export const MAX_QUOTE_ITEMS = 20000;

/** `Steven Mnuchin and Wilbur Ross: “China acknowledged our shared objective…”`; `Unknown: “…”` without a speaker. */
export function quoteLabel(speakers: readonly string[], opening: string): string {
  return `${speakers.length > 0 ? speakers.join(' and ') : 'Unknown'}: “${opening}”`;
}

/** The statements and partial quotes of an article, in reading order. */
export function quotesIn(model: ArticleModel): Quote[] {
  return model.quotes.filter(countsAsQuote);
}

/** The innermost quoted passage (of any kind) under the cursor. */
export function quoteAt(model: ArticleModel, offset: number): Quote | undefined {
  let found: Quote | undefined;
  for (const quote of model.quotes) {
    if (quote.start > offset) break;
    if (containsOffset(quote, offset)) found = quote;
  }
  return found;
}

/**
 * The quote after the cursor (direction 1) or before it (-1), wrapping around the article. "After" and
 * "before" go by where quotes start, so from the start of a quote the next jump leaves it, both ways.
 */
export function adjacentQuote(model: ArticleModel, offset: number, direction: 1 | -1): Span | undefined {
  const quotes = quotesIn(model);
  if (quotes.length === 0) return undefined;
  const quote = direction > 0
    ? quotes.find((q) => q.start > offset) ?? quotes[0]
    : [...quotes].reverse().find((q) => q.start < offset) ?? quotes[quotes.length - 1];
  return { start: quote.start, end: quote.end };
}

/** The location the next/previous-quote command answers with, or null in an article without quotes. */
export function adjacentQuoteLocation(uri: string, model: ArticleModel, offset: number, direction: 1 | -1): Location | null {
  const span = adjacentQuote(model, offset, direction);
  return span ? { uri, range: toRange(model.lines, span) } : null;
}

/** Every quote in the workspace (articles in index order, quotes in reading order), optionally only some speakers'. */
export function workspaceQuotes(scope: QuotesScope, speaksFor?: (speakers: readonly string[]) => boolean): QuoteItem[] {
  const items: QuoteItem[] = [];
  const open = new Map(scope.open.map((article) => [article.uri, article.model]));
  const uris = [...scope.index.uris(), ...[...open.keys()].filter((uri) => !scope.index.get(uri))];
  for (const uri of uris) {
    if (items.length >= MAX_QUOTE_ITEMS) break;
    const article = articleLabel(scope.index, uri);
    const model = open.get(uri);
    if (model) {
      for (const quote of quotesIn(model)) {
        if (speaksFor && !speaksFor(quote.speakers)) continue;
        items.push({ label: quoteLabel(quote.speakers, quoteOpening(model, quote)), speaker: quote.speaker, article, uri, range: toRange(model.lines, quote) });
      }
    } else {
      for (const quote of quotesOf(scope.index.get(uri)!)) {
        if (speaksFor && !speaksFor(quote.speakers)) continue;
        const speaker = quote.speakers.length > 0 ? quote.speakers.join(' and ') : null;
        items.push({ label: quoteLabel(quote.speakers, quote.firstWords), speaker, article, uri, range: { start: quote.start, end: quote.end } });
      }
    }
  }
  return items.slice(0, MAX_QUOTE_ITEMS);
}

/**
 * The quotes of the person (or organization) under the cursor across the workspace, under every name the
 * workspace knows them by ("Trump" in one article, "Donald Trump" in another). Null off a name.
 */
export function quotesByEntityAt(scope: EntityScope & QuotesScope, offset: number): { name: string; locations: Location[] } | null {
  const found = entityAt(scope.model, offset);
  if (!found) return null;
  const { identity, names } = workspaceNames(scope, found.entity.name);
  const known = new Set([found.entity.name, ...names]);
  const items = workspaceQuotes(scope, (speakers) => speakers.some((speaker) => known.has(speaker)));
  return { name: identity, locations: items.map(({ uri, range }) => ({ uri, range })) };
}

/** The statements and partial quotes of this article that the entity `name` speaks (several speakers count for each). */
export function quotesBy(model: ArticleModel, name: string): Quote[] {
  return quotesIn(model).filter((quote) => quote.named && quote.speakers.includes(name));
}

function articleLabel(index: WorkspaceIndex, uri: string): string {
  return index.get(uri)?.title || decodeURIComponent(uri.slice(Math.max(uri.lastIndexOf('/'), uri.indexOf(':')) + 1));
}
