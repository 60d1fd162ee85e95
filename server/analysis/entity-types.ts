// The shapes of the entity analysis: detection finds raw mentions, linking groups them into entities with
// canonical names and aliases, and role extraction records the titles people are given.
import { Span } from './text';

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

/** A name found in the text, before linking: the span is the name alone (no title, no possessive ’s). */
export interface RawMention extends Span {
  type: EntityType;
}

/** A linked mention: `entity` is the canonical name of the Entity it belongs to (Entity.name). */
export interface EntityMention extends Span {
  type: EntityType;
  entity: string;
}

/** A title or role given to a person at one mention: "Treasury Secretary" before the name, or ", a China expert at Cornell University" after it. */
export interface Role extends Span {
  /** The role as written, without the article ("vice president of China operations at the US-China Business Council"). */
  title: string;
  /** Index into ArticleModel.entities of the mention the role is attached to. */
  mention: number;
  placement: 'before' | 'apposition';
}

/** One real-world thing, as this article refers to it. */
export interface Entity {
  /** Canonical name: the fullest form the article uses (or the standard name of a country). */
  name: string;
  type: EntityType;
  /** Every other form the article uses for it ("Mnuchin", "Mr. Mnuchin", "U.S."), without duplicates. */
  aliases: string[];
  /** Names in other scripts given in the article ("習近平"). */
  nativeNames: string[];
  /** Indices into ArticleModel.entities, in text order. */
  mentions: number[];
  roles: Role[];
}
