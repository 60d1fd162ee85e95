// Workspace symbols (Ctrl+T): articles by headline, from the index summaries.
import type { SymbolInformation } from 'vscode-languageserver-types';
import { WorkspaceIndex } from './index';

const MAX_RESULTS = 200;
const FILE_KIND = 1;

export function workspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const needle = query.trim().toLowerCase();
  const results: SymbolInformation[] = [];
  for (const [uri, summary] of index.entries()) {
    if (!summary.title || (needle && !matchesInOrder(summary.title.toLowerCase(), needle))) continue;
    results.push({
      name: summary.title,
      kind: FILE_KIND,
      containerName: summary.dateline ?? summary.byline ?? '',
      location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    });
    if (results.length >= MAX_RESULTS) break;
  }
  return results;
}

/** Fuzzy match as editors do it: the query's characters appear in order ("trdtlk" finds "trade talks"). */
function matchesInOrder(haystack: string, needle: string): boolean {
  let at = 0;
  for (const char of needle) {
    if (char === ' ') continue;
    at = haystack.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
