// Commands that run on the server (workspace/executeCommand), so every editor has them, not only VS Code.
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { removeAllPageBoilerplate } from '../rules/page-boilerplate';
import { toTextEdits } from './code-actions';
import { EntityScope } from './entity-lookup';
import { adjacentQuoteLocation, quotesByEntityAt, QuotesScope, workspaceQuotes } from './quote-lookup';
import { KNOWLEDGE_COMMAND_IDS } from './knowledge-commands';
import { toOffset } from './ranges';

export const COMMANDS = {
  /** Arguments: [uri]. Removes every page-boilerplate line of the article through one WorkspaceEdit. */
  removePageBoilerplate: 'articleLens.removePageBoilerplate',
  /** No arguments. Scans the workspace folders again; answers with the number of articles indexed. */
  reindexWorkspace: 'articleLens.reindexWorkspace',
  /** Arguments: [uri, position]. Answers with the Location of the next quote (wrapping around), or null. */
  nextQuote: 'articleLens.nextQuote',
  /** Arguments: [uri, position]. Answers with the Location of the previous quote (wrapping around), or null. */
  previousQuote: 'articleLens.previousQuote',
  /** No arguments. Answers with every quote in the workspace as QuoteItem[] (label, speaker, article, uri, range). */
  listQuotes: 'articleLens.listQuotes',
  /** Arguments: [uri, position] on a name. Answers with the Location[] of that speaker's quotes across the workspace. */
  quotesByPerson: 'articleLens.quotesByPerson',
} as const;

/** Every command the server runs: these and the knowledge base commands (knowledge-commands.ts). */
export const SERVER_COMMANDS: string[] = [...Object.values(COMMANDS), ...KNOWLEDGE_COMMAND_IDS];

/** The edit that removes all page boilerplate, or null when the article has none. */
export function removePageBoilerplateEdit(uri: string, model: ArticleModel): WorkspaceEdit | null {
  if (model.chrome.length === 0) return null;
  return { changes: { [uri]: toTextEdits(model, removeAllPageBoilerplate(model)) } };
}

export const QUOTE_COMMANDS: readonly string[] = [COMMANDS.nextQuote, COMMANDS.previousQuote, COMMANDS.listQuotes, COMMANDS.quotesByPerson];

/** Where the quote commands find articles: one open article with the workspace behind it, or the whole workspace. */
export interface QuoteCommandScopes {
  quoteScope(uri: string): (EntityScope & QuotesScope) | undefined;
  quotesScope(): QuotesScope;
}

/** Runs one of QUOTE_COMMANDS; null (or []) when the arguments name no open article. */
export function runQuoteCommand(command: string, args: readonly unknown[], scopes: QuoteCommandScopes): unknown {
  if (command === COMMANDS.listQuotes) return workspaceQuotes(scopes.quotesScope());
  const [uri, position] = args;
  const scope = typeof uri === 'string' && isPosition(position) ? scopes.quoteScope(uri) : undefined;
  if (command === COMMANDS.quotesByPerson) return scope ? quotesByEntityAt(scope, toOffset(scope.model.lines, position as Position))?.locations ?? [] : [];
  if (!scope) return null;
  return adjacentQuoteLocation(scope.uri, scope.model, toOffset(scope.model.lines, position as Position), command === COMMANDS.previousQuote ? -1 : 1);
}

function isPosition(value: unknown): value is Position {
  const { line, character } = (value ?? {}) as Partial<Position>;
  return Number.isInteger(line) && Number.isInteger(character) && line! >= 0 && character! >= 0;
}
