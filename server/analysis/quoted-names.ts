// Names in quote marks ("Made in China 2025", a programme called “Clean Rivers 2030”) are names of things:
// programmes, plans, works, events. The quote analysis tells them from statements; this makes them MISC
// mentions, in place of the pieces the tagger found inside them ("China" in "Made in China 2025").
import { RawMention } from './entity-types';
import { Quote } from './quote-types';

// At module level: the bundler writes a pattern with \p{Lu} or \p{Ll} as `new RegExp(…)`, which in a function
// body would be compiled again on every call.
const CAPITALISED_WORD_LAST = /\p{Lu}[\p{L}.’'-]*\s*$/u;
const CAPITAL_NEXT = /^\s*\p{Lu}/u;

/** The raw mentions with each quoted name added as one MISC mention; the same list when there are none. */
export function withQuotedNames(text: string, raw: readonly RawMention[], quotes: readonly Quote[]): readonly RawMention[] {
  const names: RawMention[] = [];
  for (const quote of quotes) {
    if (quote.kind !== 'name') continue;
    // Dwayne “The Rock” Johnson: a nickname belongs to the person's name, not a thing of its own.
    if (CAPITALISED_WORD_LAST.test(text.slice(Math.max(0, quote.start - 30), quote.start)) && CAPITAL_NEXT.test(text.slice(quote.end, quote.end + 3))) continue;
    let start = quote.start + 1;
    let end = quote.end - 1;
    // “Clean Rivers 2030,” keeps its comma inside the marks, the name does not.
    while (end > start && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start) names.push({ start, end, type: 'MISC' });
  }
  if (names.length === 0) return raw;
  const inside = (m: RawMention) => names.some((n) => m.start < n.end && n.start < m.end);
  return [...raw.filter((m) => !inside(m)), ...names].sort((a, b) => a.start - b.start);
}
