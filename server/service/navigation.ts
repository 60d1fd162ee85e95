// Go to definition, references and document highlights follow entity mentions. An article without mentions
// (every article, until the entity analysis lands) gives empty answers, which is the correct answer.
import { ArticleModel, EntityMention } from '../analysis/article';
import { containsOffset, Span } from '../analysis/text';

export function mentionAt(model: ArticleModel, offset: number): EntityMention | undefined {
  return model.entities.find((mention) => containsOffset(mention, offset) || mention.end === offset);
}

/** The first mention of the same entity in this article. */
export function definitionAt(model: ArticleModel, offset: number): Span | undefined {
  const mention = mentionAt(model, offset);
  return mention && model.entities.find((other) => other.entity === mention.entity);
}

/** Every mention of the same entity in this article. */
export function highlightsAt(model: ArticleModel, offset: number): Span[] {
  const mention = mentionAt(model, offset);
  return mention ? model.entities.filter((other) => other.entity === mention.entity) : [];
}
