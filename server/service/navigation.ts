// Go to definition, references and document highlights follow entity mentions: definition goes to the first
// full mention in this article, highlights are this article's mentions, references reach every article (open
// ones from their buffers, closed ones from the mention ranges their index summaries carry) under every name
// the entity has in the workspace.
import type { Location } from 'vscode-languageserver-types';
import { mentionRangesOf } from '../analysis/summary';
import { Span } from '../analysis/text';
import { entitiesNamed, entityAt, EntityScope, firstFullMention, mentionsOf, otherArticles, workspaceNames } from './entity-lookup';
import { ArticleModel } from '../analysis/article';
import { toRange } from './ranges';

export { mentionAt } from './entity-lookup';

/** The first full mention of the entity under the cursor ("Steven Mnuchin", not the "Mnuchin" before it). */
export function definitionAt(model: ArticleModel, offset: number): Span | undefined {
  const found = entityAt(model, offset);
  const mention = found && firstFullMention(model, found.entity);
  return mention && { start: mention.start, end: mention.end };
}

/** Every mention of the same entity in this article. */
export function highlightsAt(model: ArticleModel, offset: number): Span[] {
  return (entityAt(model, offset)?.mentions ?? []).map(({ start, end }) => ({ start, end }));
}

/** Every mention of the entity under the cursor in every article; without the declaration, the definition is left out. */
export function referencesAt(scope: EntityScope, offset: number, includeDeclaration = true): Location[] {
  const found = entityAt(scope.model, offset);
  if (!found) return [];
  const definition = firstFullMention(scope.model, found.entity);
  const locations: Location[] = found.mentions
    .filter((mention) => includeDeclaration || mention !== definition)
    .map((mention) => ({ uri: scope.uri, range: toRange(scope.model.lines, mention) }));
  // "Trump" here and "Donald Trump" elsewhere are one person when the workspace names one Trump in full.
  const { names } = workspaceNames(scope, found.entity.name);
  for (const other of otherArticles(scope, found.entity.name)) {
    if (other.model) {
      for (const entity of entitiesNamed(other.model, names)) {
        for (const mention of mentionsOf(other.model, entity)) locations.push({ uri: other.uri, range: toRange(other.model.lines, mention) });
      }
    } else {
      const summary = scope.index!.get(other.uri)!;
      for (const entity of scope.index!.entitiesIn(other.uri, found.entity.name)) {
        for (const range of mentionRangesOf(summary, entity)) locations.push({ uri: other.uri, range: { start: range.start, end: range.end } });
      }
    }
  }
  return locations;
}
