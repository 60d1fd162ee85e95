// Workspace symbols (Ctrl+T): people, organizations and places by any of their names ("Mnuchin", "U.S.",
// "習近平"), then articles by headline, all from the index summaries.
import type { SymbolInformation } from 'vscode-languageserver-types';
import { EntityType } from '../analysis/article';
import { mentionRangesOf } from '../analysis/summary';
import { TYPE_LABEL } from './entity-lookup';
import { IndexedEntity, WorkspaceIndex } from './index';

const MAX_RESULTS = 200;
const FILE_KIND = 1;
const ENTITY_KIND: Record<EntityType, SymbolInformation['kind']> = { PERSON: 19, ORG: 23, LOC: 4, MISC: 22 };

export function workspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const needle = query.trim().toLowerCase();
  const results: SymbolInformation[] = [];
  if (needle) results.push(...entitySymbols(index, needle));
  for (const [uri, summary] of index.entries()) {
    if (results.length >= MAX_RESULTS) break;
    if (!summary.title || (needle && !matchesInOrder(summary.title.toLowerCase(), needle))) continue;
    results.push({
      name: summary.title,
      kind: FILE_KIND,
      containerName: summary.dateline ?? summary.byline ?? '',
      location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    });
  }
  return results;
}

/**
 * Each entity once, whichever of its names matched, at its first full mention in the first article that
 * mentions it. Entities whose names match the query as a whole word come before fuzzy matches.
 */
function entitySymbols(index: WorkspaceIndex, needle: string): SymbolInformation[] {
  const matched = new Map<string, { alias: string; rank: number }>();
  for (const [form, names] of index.forms()) {
    const lower = form.toLowerCase();
    const rank = lower === needle ? 0 : lower.startsWith(needle) || lower.includes(` ${needle}`) ? 1 : matchesInOrder(lower, needle) ? 2 : -1;
    if (rank < 0) continue;
    // "Trump" in an article that never names him in full is still Donald Trump, listed once.
    for (const name of new Set([...names.keys()].map((each) => index.identity(each)))) {
      const known = matched.get(name);
      if (!known || rank < known.rank) matched.set(name, { alias: form, rank });
    }
  }
  const ranked = [...matched].sort((a, b) => a[1].rank - b[1].rank || a[0].localeCompare(b[0])).slice(0, MAX_RESULTS);
  const symbols: SymbolInformation[] = [];
  for (const [name, { alias }] of ranked) {
    let first: IndexedEntity | undefined;
    for (const found of index.mentionsOf(name)) {
      first ??= found;
      if (found.entity.name === name) { first = found; break; }
    }
    if (!first) continue;
    const { uri, summary, entity } = first;
    const articles = index.articlesMentioning(name).length;
    const ranges = mentionRangesOf(summary, entity);
    const at = ranges.find((r) => r.text === name) ?? ranges[0];
    // Editors filter the answers by their names again, so a name found through an alias carries the alias.
    const shown = matchesInOrder(name.toLowerCase(), needle) ? name : `${name} (${alias})`;
    symbols.push({
      name: shown,
      kind: ENTITY_KIND[entity.type],
      containerName: `${TYPE_LABEL[entity.type]} · ${articles} ${articles === 1 ? 'article' : 'articles'}`,
      location: { uri, range: at ? { start: at.start, end: at.end } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    });
  }
  return symbols;
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
