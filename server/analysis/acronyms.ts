// Acronyms an article spells out the first time it uses them: "the Harbour Pilots’ Association (HPA)". The full
// name says who is meant where the tagger found only the letters, or no name at all.

/** An acronym in parentheses: two to ten capital letters, an ampersand allowed ("(AT&T)"). */
const ACRONYM_IN_PARENTHESES = /\(([A-Z][A-Z&]{1,9})\)/g;
/** The words of a name, a possessive plural ("Employees’") included. */
const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
/** Lower-case words a name may hold between its capitalised ones; they give the acronym no letter. */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

// At module level: the bundler writes a pattern with \p{Lu} or \p{Ll} as `new RegExp(…)`, which in a function
// body would be compiled again on every call.
const OPENS_UPPER_CASE = /^\p{Lu}/u;
/** How far back before the parenthesis a name may start. */
const LOOK_BACK = 120;

/** Each acronym with the name it stands for, in the order the article spells them out (the first spelling wins). */
export function acronymExpansions(text: string): Map<string, string> {
  const expansions = new Map<string, string>();
  for (const match of text.matchAll(ACRONYM_IN_PARENTHESES)) {
    const acronym = match[1]!;
    if (expansions.has(acronym)) continue;
    const name = spelledOut(text, match.index!, acronym);
    if (name) expansions.set(acronym, name);
  }
  return expansions;
}

/** The shortest run of words right before the parenthesis that starts with a capital and whose capitals' initials are the acronym. */
function spelledOut(text: string, parenthesis: number, acronym: string): string | undefined {
  const from = Math.max(0, parenthesis - LOOK_BACK);
  const before = text.slice(from, parenthesis);
  // The parenthesis must follow the name with no more than a space: "Association (HPA)".
  if (!/[\p{L}’']\s?$/u.test(before)) return undefined;
  const words = [...before.matchAll(NAME_WORD)];
  // Only the words that run up to the parenthesis, with nothing but spaces between them.
  let first = words.length;
  while (first > 0) {
    const word = words[first - 1]!;
    const gapEnd = first < words.length ? words[first]!.index! : before.trimEnd().length;
    if (!/^\s*$/.test(before.slice(word.index! + word[0].length, gapEnd))) break;
    if (!OPENS_UPPER_CASE.test(word[0]) && !CONNECTORS.has(word[0])) break;
    first--;
  }
  let initials = '';
  for (let i = words.length - 1; i >= first; i--) {
    const word = words[i]![0];
    if (CONNECTORS.has(word)) continue;
    initials = word[0] + initials;
    if (initials === acronym) return before.slice(words[i]!.index!).trimEnd();
    if (initials.length >= acronym.length) return undefined;
  }
  return undefined;
}
