// Couples an article names with one surname: "Marta and Luis Ferreira". The surname belongs to both, so "Marta"
// alone is Marta Ferreira, and "the couple" or "the Ferreiras" are the two of them.
import { EntityMention } from './entity-types';

export interface Couple {
  surname: string;
  /** Full names, in the article's order: ["Marta Ferreira", "Luis Ferreira"]. */
  members: [string, string];
  /** Where the article names them together. */
  start: number;
}

/** A capitalised word and "and" right before a name: "Marta and " before "Luis Ferreira". */
const GIVEN_NAME_AND = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) and $/u;

/**
 * The couples of an article, in text order: a given name, "and", and a person's full name. `isGivenName` tells a
 * given name from other capitalised words ("Smith and Jo Lee" are two people with their own surnames).
 */
export function findCouples(text: string, mentions: readonly EntityMention[], isGivenName: (word: string) => boolean): Couple[] {
  const couples: Couple[] = [];
  for (const m of mentions) {
    // Asked first, in place: most names have no " and " right before them.
    if (m.type !== 'PERSON' || !text.startsWith(' and ', m.start - ' and '.length)) continue;
    const words = m.entity.split(' ');
    if (words.length < 2) continue;
    const first = GIVEN_NAME_AND.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!first || !isGivenName(first[1]!)) continue;
    const surname = words[words.length - 1]!;
    couples.push({ surname, members: [`${first[1]} ${surname}`, m.entity], start: m.start - ' and '.length - first[1]!.length });
  }
  return couples;
}
