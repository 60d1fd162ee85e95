// The entity under the cursor and everything the entity features share: its mentions in this article, its
// first full mention, and the scope a workspace-wide answer reaches (the index plus the open buffers).
import { ArticleModel, Entity, EntityMention, EntityType } from '../analysis/article';
import { entityTableOf } from '../analysis/summary';
import { containsOffset, Span } from '../analysis/text';
import { WorkspaceIndex } from './index';

/** What a workspace-wide entity feature needs: the article asked about, the index, and the other open articles. */
export interface EntityScope {
  uri: string;
  model: ArticleModel;
  index?: WorkspaceIndex;
  /** The current model of another open article: its buffer is newer than its summary in the index. */
  openModel?: (uri: string) => ArticleModel | undefined;
}

export const TYPE_LABEL: Record<EntityType, string> = { PERSON: 'person', ORG: 'organization', LOC: 'place', MISC: 'other name' };

/** The mention under the cursor; a cursor just after a name ("Mnuchin‸ said") still counts. */
export function mentionAt(model: ArticleModel, offset: number): EntityMention | undefined {
  const { entities } = model;
  // Mentions are in text order: binary search for the last one starting at or before the offset.
  let low = 0;
  let high = entities.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (entities[mid].start <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  const mention = found >= 0 ? entities[found] : undefined;
  if (mention && (containsOffset(mention, offset) || mention.end === offset)) return mention;
  return undefined;
}

/** The entity with this canonical name in the article, if it mentions it. */
export function entityNamed(model: ArticleModel, name: string): Entity | undefined {
  return entityTableOf(model).find((entity) => entity.name === name);
}

/** The article's entities that are one of `names` (the names one entity goes by across the workspace). */
export function entitiesNamed(model: ArticleModel, names: readonly string[]): Entity[] {
  return entityTableOf(model).filter((entity) => names.includes(entity.name));
}

/** The name the workspace knows the entity by ("Trump" → Donald Trump where one Trump is named in full), and all its names. */
export function workspaceNames(scope: EntityScope, name: string): { identity: string; names: string[] } {
  return scope.index ? { identity: scope.index.identity(name), names: scope.index.namesOf(name) } : { identity: name, names: [name] };
}

/** The entity a mention belongs to, with its mentions in text order. */
export function entityAt(model: ArticleModel, offset: number): { mention: EntityMention; entity: Entity; mentions: EntityMention[] } | undefined {
  const mention = mentionAt(model, offset);
  const entity = mention && entityNamed(model, mention.entity);
  if (!mention || !entity) return undefined;
  return { mention, entity, mentions: mentionsOf(model, entity) };
}

export function mentionsOf(model: ArticleModel, entity: Entity): EntityMention[] {
  return entity.mentions.map((index) => model.entities[index]);
}

/** The first mention that is the full canonical name, else the first mention. */
export function firstFullMention(model: ArticleModel, entity: Entity): EntityMention {
  const mentions = mentionsOf(model, entity);
  return mentions.find((m) => model.text.slice(m.start, m.end) === entity.name) ?? mentions[0];
}

export function spanText(model: ArticleModel, span: Span): string {
  return model.text.slice(span.start, span.end);
}

/**
 * The other articles that mention the entity `name` under any of its workspace names, with their current models
 * where open, so that their answers follow the buffer, not the disk.
 */
export function otherArticles(scope: EntityScope, name: string): Array<{ uri: string; model?: ArticleModel }> {
  const uris = scope.index ? scope.index.articlesMentioning(name) : [];
  return uris.filter((uri) => uri !== scope.uri).map((uri) => ({ uri, model: scope.openModel?.(uri) }));
}
