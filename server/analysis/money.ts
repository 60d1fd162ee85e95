// Monetary figures with their exact value and ISO 4217 currency: "$200 billion (€167 billion)", "$1.5bn",
// "RMB 1 trillion", "150 million yuan", "six billion dollars", "50 cents", "$100-$200 billion". Currency codes,
// names and symbols come from data/currencies.json (ISO 4217, via the world-countries package); the
// conventions of news copy (US$, RMB, "dollars" meaning USD, scale words) from data/money-words.json.
import { isAsciiLetter, ownCopy, Span } from './text';
import currencyData from './data/currencies.json';
import words from './data/money-words.json';

export interface MoneyFigure extends Span {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** A range's bounds ("$100-$200 billion"); amount is the lower one. */
  min?: number;
  max?: number;
  /** An approximator before the figure, kept out of the span: "about", "as much as", "more than". */
  qualifier?: string;
  /** What the figure is per: "a gallon", "per household". */
  rate?: string;
  /** Index (in the article's figures) of the other half of a conversion pair: "$200 billion (€167 billion)". */
  pairedWith?: number;
  /** Written with a scale abbreviation or suffix ("$1.5bn", "$50k"), which a reader may want spelled out. */
  abbreviated: boolean;
}

interface CurrencyInfo {
  name: string;
  symbols: string[];
}

const CURRENCIES = currencyData.currencies as Record<string, CurrencyInfo>;
const SCALES = words.scales as Record<string, number>;
const SPELLED = words.spelledNumbers as Record<string, number>;
const UNIT_DEFAULTS = words.unitDefaults as Record<string, string>;
const UNIT_PLURALS = words.unitPlurals as Record<string, string>;
const MINOR_UNITS = words.minorUnits as unknown as Record<string, [string, number]>;
const UNITS_NEEDING_SCALE = new Set(words.unitsNeedingScale);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (items: Iterable<string>) => [...new Set(items)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Symbol → currency: the hand list for prefixed and shared symbols, the ISO data for the rest (€, ₹, ₽ …). */
const SYMBOLS = new Map<string, string>();
for (const [code, info] of Object.entries(CURRENCIES)) for (const symbol of info.symbols) if (!SYMBOLS.has(symbol)) SYMBOLS.set(symbol, code);
for (const [symbol, code] of Object.entries(words.symbolDefaults)) SYMBOLS.set(symbol, code);
for (const [symbol, code] of Object.entries(words.prefixedSymbols)) SYMBOLS.set(symbol, code);

/** ISO codes usable before or after a number; those that are English words too (ALL, TOP) only in capitals next to digits. */
const CODES = new Set(Object.keys(CURRENCIES).filter((code) => !words.codesNeedingCapitals.includes(code)));
/** "canadian dollar" → CAD: the ISO names, and the forms news copy uses for them. */
const NAMED_UNITS = new Map<string, string>(Object.entries(words.namedUnits));
for (const [code, info] of Object.entries(CURRENCIES)) {
  const name = info.name.toLowerCase();
  if (/^[a-z .'-]+$/.test(name) && name.includes(' ')) NAMED_UNITS.set(name, code);
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPELLED_NUMBER = `(?:${TENS})-(?:${ONES})|${alternation(Object.keys(SPELLED))}`;

/** What the article says about ambiguous signs: $ is US dollars and ¥ yen unless the article shows otherwise. */
interface CurrencyContext {
  dollar: string;
  yen: string;
}

/** $ is US dollars unless the article names another dollar and never the US one. */
function dollarOf(text: string): string {
  // includes() before any pattern: most articles name no other dollar. 'dollar' rather than ' dollar' (a search
  // that starts from a space stops at every word): without ' dollar' the patterns below come to USD too.
  if (!text.includes('dollar') || /\bU\.?S\.? ?dollars?\b|\bUS\$|\bUSD\b/.test(text)) return 'USD';
  const other = /\b(Canadian|Australian|Hong Kong|New Zealand|Singapore|Taiwan|New Taiwan|Mexican) dollars?\b/.exec(text);
  return (other && NAMED_UNITS.get(`${other[1]!.toLowerCase()} dollar`)) ?? 'USD';
}

/** ¥ is yen unless the article is about China's currency. */
function yenOf(text: string): string {
  // The yen words first: most articles with a ¥ name the yen, and then the four yuan words need no search.
  return !['yen', 'JPY'].some((word) => hasWord(text, word)) && ['yuan', 'renminbi', 'RMB', 'CNY'].some((word) => hasWord(text, word)) ? 'CNY' : 'JPY';
}

/** Whether `word` stands alone in the text, as /\bword\b/ finds it: indexOf reads an article in half the time. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordCharacter(text.charCodeAt(at - 1)) && !isWordCharacter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** A character of \w: ASCII letters, digits and the underscore. */
const isWordCharacter = (code: number) => isAsciiLetter(code) || isDigit(code) || code === 95;

/**
 * The context, each half read from the text only when a $ or a ¥ (or a "dollar") asks for it. A class rather than
 * an object literal with getters, which V8 makes slowly (a new pair of accessors for every article).
 */
class LazyCurrencyContext implements CurrencyContext {
  private dollarCode: string | undefined;
  private yenCode: string | undefined;

  constructor(private readonly text: string) {}

  get dollar(): string {
    return (this.dollarCode ??= dollarOf(this.text));
  }

  get yen(): string {
    return (this.yenCode ??= yenOf(this.text));
  }
}

function symbolCurrency(symbol: string, context: CurrencyContext): string | undefined {
  if (symbol === '$') return context.dollar;
  if (symbol === '¥') return context.yen;
  return SYMBOLS.get(symbol) ?? (CURRENCIES[symbol] ? symbol : undefined);
}

/** What a currency word or phrase after a number says ("shillings", "Canadian dollars", "cents"): facts of its spelling. */
interface UnitFacts {
  /** Cents and pence: the currency, and what one is worth in it. */
  minor: readonly [string, number] | undefined;
  /** "300 pounds" of weight, "he won 5": words that are money only with a scale. */
  needsScale: boolean;
  /** The currency, unless the article decides it (see meansDollar). */
  currency: string | undefined;
  /** "dollars": the article's dollar (see dollarOf). */
  meansDollar: boolean;
}

/** Facts by unit as written: a handful of spellings serve every figure, which each cost several lookups before. */
const UNIT_FACTS = new Map<string, UnitFacts>();
const UNIT_FACTS_LIMIT = 1000;

/** `unit` as unitAt reads it: one word, or words joined by single spaces. */
function unitFacts(unit: string): UnitFacts {
  let facts = UNIT_FACTS.get(unit);
  if (!facts) {
    if (UNIT_FACTS.size >= UNIT_FACTS_LIMIT) UNIT_FACTS.clear();
    const lower = unit.toLowerCase();
    const base = singular(lower);
    const named = CURRENCIES[unit] ? unit : (NAMED_UNITS.get(lower) ?? NAMED_UNITS.get(base));
    facts = {
      minor: MINOR_UNITS[lower],
      needsScale: UNITS_NEEDING_SCALE.has(base.slice(base.lastIndexOf(' ') + 1)),
      currency: named ?? (base === 'dollar' ? undefined : UNIT_DEFAULTS[base]),
      meansDollar: named === undefined && base === 'dollar',
    };
    // A copy: the spelling is cut from an article, which the cache would otherwise keep.
    UNIT_FACTS.set(ownCopy(unit), facts);
  }
  return facts;
}

/** The currency of a unit with these facts, in the article of `context`. */
function unitCurrency(facts: UnitFacts, context: CurrencyContext): string | undefined {
  return facts.meansDollar ? context.dollar : facts.currency;
}

function singular(unit: string): string {
  const last = unit.slice(unit.lastIndexOf(' ') + 1);
  const one = UNIT_PLURALS[last];
  return one ? unit.slice(0, unit.length - last.length) + one : unit;
}

function numberValue(written: string): number {
  const lower = written.toLowerCase();
  if (/^\d|^\./.test(lower)) return Number(lower.replace(/,/g, ''));
  const compound = /^(\w+)-(\w+)$/.exec(lower);
  if (compound) return (SPELLED[compound[1]!] ?? 0) + (SPELLED[compound[2]!] ?? 0);
  return SPELLED[lower] ?? NaN;
}

/**
 * The written number times its scale, to the precision written and no finer: "$1.5 billion" is 1500000000, not
 * 1.5 × 10⁹'s floating-point neighbour, "$1.0720" is 1.072 and "0.5 cents" 0.005. `decimals` are the digits
 * written after the point; the scale's power of ten moves them (a million takes six, a cent gives two).
 */
function exact(value: number, decimals: number, scale: number): number {
  const product = value * scale;
  // A whole product is already exact: toFixed would write it out with zeros after the point and Number() read
  // the same number back ("$5 million", "$1.5 billion", most figures).
  if (Number.isInteger(product)) return product;
  const places = Math.min(MAX_PLACES, Math.max(0, decimals - Math.round(Math.log10(scale))));
  // To whole units ("$27.7 million", "$1.35bn"), Math.round gives the number toFixed(0) writes for a positive
  // product (the nearest whole number, halves upward) without making the string.
  if (places === 0 && product > 0) return Math.round(product);
  return Number(product.toFixed(places));
}

const MAX_PLACES = 20;

/** Digits written after the decimal point in text[from, to) ("1,250.75" has 2). */
function decimalsOf(text: string, from: number, to: number): number {
  const point = text.indexOf('.', from);
  return point < 0 || point >= to ? 0 : to - point - 1;
}

// A figure is read by hand from each digit of a paragraph (and from spelled-out numbers before a scale word):
// one regular expression with every currency word and code in it was most of the parse time when tried at
// every offset of the text.
const SCALE_AT = /(?:\s(thousand|million|billion|trillion|lakhs?|crores?)|\s?(bn|mn|mln|bln|tn|trn)|(k|m|b))(?![\p{L}\p{N}])/iuy;
// "and" is left out: "$5 million and $10 million" are two sums more often than a range.
const RANGE_AT = /\s?(?:-|–|—|to)\s?/y;
const WORD_AT = /[\p{L}][\p{L}.]*/uy;
/** Scale words as they follow a spelled-out number: "six billion dollars", "half a million euros". */
const SCALE_WORD = / (?:thousand|million|billion|trillion|lakhs?|crores?)(?![A-Za-z0-9])/g;
/** The spelled-out number that ends a piece of text: "six", "twenty-five", "half a", "a quarter of a". */
const SPELLED_AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SPELLED_NUMBER})$`, 'iu');
/** A run of digits: a figure starts at the first digit of one, never inside it (see startsFigure). */
const DIGITS = /\d+/g;
const QUALIFIERS = new Set(words.qualifiers);
const QUALIFIER_ENDS = new Set(words.qualifiers.map((q) => q.slice(q.lastIndexOf(' ') + 1)));
/** The last words of qualifiers longer than them: "of" and "excess of" of "in excess of", "much as" of "as much as". */
const QUALIFIER_TAILS = new Set(words.qualifiers.flatMap((q) => q.split(' ').slice(1).map((_, k, rest) => rest.slice(k).join(' '))));
const isAsciiLetterOrStop = (code: number) => isAsciiLetter(code) || code === 46;
const RATE = new RegExp(`^\\s(?:${words.rateWords.join('|')})\\s([a-z]+)(?![\\p{L}\\p{N}])`, 'u');
const NOT_A_RATE = new Set(['year', 'decade']);
const RATE_FIRST_LETTERS = new Set(words.rateWords.map((word) => word[0]!));
/**
 * The last character of every currency symbol ($ of US$, € …), by code: where a symbol before a number ends. Codes
 * rather than one-character strings, which the text would be cut into for every number read.
 */
const SYMBOL_ENDS = new Set([...SYMBOLS.keys()].filter((symbol) => !/^[A-Za-z.]+$/.test(symbol)).map((symbol) => symbol.charCodeAt(symbol.length - 1)));
const LETTER = /[\p{L}]/u;
/** First words of currency names of more than one word: "us" (dollars), "hong" (Kong dollars), "swiss" (francs). */
const NAMED_FIRST_WORDS = new Set([...NAMED_UNITS.keys()].map((name) => name.split(' ')[0]!));
/** The words a currency after a number can start with: "yuan", "canadian" (dollars), "usd", "cents". */
const UNIT_FIRST_WORDS = new Set([
  ...Object.keys(UNIT_DEFAULTS), ...Object.keys(UNIT_PLURALS), ...Object.keys(MINOR_UNITS),
  ...[...NAMED_UNITS.keys()].map((name) => name.split(' ')[0]!), ...Object.keys(CURRENCIES).map((code) => code.toLowerCase()),
]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Whether a letter or digit stands at `at` (none past the end of the text): ASCII is answered by its code, without
 * the pattern or a one-character string.
 */
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiLetter(code) || isDigit(code) : LETTER_OR_DIGIT.test(text[at]!);
}
/** Every spelling before a number that symbolCurrency or CODES gives a currency for: signs, symbols and codes. */
const CURRENCY_SPELLINGS = new Set(['$', '¥', ...SYMBOLS.keys(), ...Object.keys(CURRENCIES), ...CODES]);
/** The first character codes of those spellings: capitals, signs, and the k of "kr" and s of "so'm". */
const CURRENCY_FIRST_CHARACTERS = new Set([...CURRENCY_SPELLINGS].map((spelling) => spelling.charCodeAt(0)));

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Where the number that starts at `at` ends ("1,500,000", "1.5", "2019"), or `at` when no digit stands there:
 * read by character codes, as the pattern /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y would, without a
 * match array for every digit of the text.
 */
function numberEnd(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === at) return at;
  // Thousands groups count only after one to three digits, and each is a comma and exactly three digits.
  if (i - at <= 3) {
    while (text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  }
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** 10^0 … 10^22, the powers of ten a double holds exactly (from literals: Math.pow need not be exact). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

/** The value of the number numberEnd() found, read from its digits: a slice and Number() for each cost more. */
function numberValueOf(text: string, from: number, to: number): number {
  let digits = 0;
  let decimals = 0;
  let pointSeen = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) pointSeen = true;
    else if (code !== 44) {
      digits = digits * 10 + (code - 48);
      if (pointSeen) decimals++;
    }
  }
  // Below 2^53 the digits are exact, and so is 10^22; one division of the two then rounds as Number() does
  // ("1.5" is 15 / 10). Longer numbers go to Number() itself.
  if (digits <= Number.MAX_SAFE_INTEGER && decimals < EXACT_POWERS_OF_TEN.length) return digits / EXACT_POWERS_OF_TEN[decimals]!;
  return Number(text.slice(from, to).replace(/,/g, ''));
}

function readAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function readScale(text: string, at: number): { value: number; end: number; abbreviated: boolean } | undefined {
  // Most numbers have no scale after them ("in 2019,", "5 people"): a look at the first letter turns those down.
  if (!mayStartScale(text.charCodeAt(isWhiteSpace(text.charCodeAt(at)) ? at + 1 : at))) return undefined;
  // " million", as most scales are written, is what the pattern would find first: read without it (and its match).
  const spelled = text.charCodeAt(at) === 32 ? spelledScaleAt(text, at + 1) : undefined;
  if (spelled) return { value: SCALES[spelled]!, end: at + 1 + spelled.length, abbreviated: false };
  const match = readAt(SCALE_AT, text, at);
  if (!match) return undefined;
  const word = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
  return { value: SCALES[word] ?? 1, end: at + match[0].length, abbreviated: match[1] === undefined };
}

/** Scale words in lower case, as news copy writes them after a number. */
const SPELLED_SCALES = ['thousand', 'million', 'billion', 'trillion'];

/**
 * The scale word at `at` when it is one of SPELLED_SCALES and an ASCII character that is no letter or digit (or the
 * end of the text) follows it; otherwise undefined, and SCALE_AT decides.
 */
function spelledScaleAt(text: string, at: number): string | undefined {
  for (const word of SPELLED_SCALES) {
    if (!text.startsWith(word, at)) continue;
    const next = text.charCodeAt(at + word.length);
    return Number.isNaN(next) || (next < 128 && !isAsciiLetter(next) && !isDigit(next)) ? word : undefined;
  }
  return undefined;
}

/**
 * Whether SCALE_AT may match at a character with this code (after its white space): the first letter of a scale
 * word in either case. Any character beyond ASCII is left to the pattern, whose case folding knows the rest (K,
 * the Kelvin sign, is a k to it).
 */
function mayStartScale(code: number): boolean {
  if (code > 127) return true;
  const lower = code | 32;
  return lower === 98 /* b */ || lower === 99 /* c */ || lower === 107 /* k */ || lower === 108 /* l */ || lower === 109 /* m */ || lower === 116 /* t */;
}

/** Whether RANGE_AT may match at `at`: a dash or "to" after at most one white space. Most figures end a range here. */
function mayBeRange(text: string, at: number): boolean {
  const code = text.charCodeAt(isWhiteSpace(text.charCodeAt(at)) ? at + 1 : at);
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 116;
}

/** The currency symbol or code that ends at `end` (before an optional space): "$", "US$", "RMB", "EUR", "Rs." */
function symbolEndingAt(text: string, end: number, from: number, context: CurrencyContext): { start: number; currency: string } | undefined {
  if (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0) end--;
  if (end <= from) return undefined;
  let start = end - 1;
  if (SYMBOL_ENDS.has(text.charCodeAt(end - 1))) {
    // Letters may lead the sign: US$, HK$, NT$, E£.
    while (start > from && end - start < 5 && isAsciiLetterOrStop(text.charCodeAt(start - 1))) start--;
    while (start < end - 1 && !SYMBOLS.has(text.slice(start, end))) start++;
  } else {
    while (start > from && end - start < 4 && isAsciiLetterOrStop(text.charCodeAt(start - 1))) start--;
  }
  if (start > from && letterOrDigitAt(text, start - 1)) return undefined;
  // Most numbers follow a word that is no currency ("in 2019", "to 5"): its first letter, or else one lookup, turns
  // those down (the first letter without a copy of the word).
  if (!CURRENCY_FIRST_CHARACTERS.has(text.charCodeAt(start))) return undefined;
  const symbol = text.slice(start, end);
  if (!CURRENCY_SPELLINGS.has(symbol)) return undefined;
  const currency = symbolCurrency(symbol, context) ?? (CODES.has(symbol) ? symbol : undefined);
  return currency ? { start, currency } : undefined;
}

/** The currency word or code after a number: "yuan", "Canadian dollars", "EUR", "cents", the "p" of "30p". */
function unitAt(text: string, at: number): { unit: string; end: number } | undefined {
  const glued = text.charCodeAt(at) !== 32;
  if (!glued) at++;
  if (text.charCodeAt(at) === 0xa2 /* ¢ */) return { unit: '¢', end: at + 1 };
  // A word starts with a letter: after most numbers stands a stop, a comma or a bracket, and no pattern need run.
  const code = text.charCodeAt(at);
  if (code < 128 && !isAsciiLetter(code)) return undefined;
  // Most numbers are followed by no currency at all ("2019,", "5 people"): one look at the first word settles it.
  const first = wordAt(text, at);
  if (first === undefined) return undefined;
  const firstWord = withoutFinalStop(first);
  const firstLower = firstWord.toLowerCase();
  if (!UNIT_FIRST_WORDS.has(firstLower)) return undefined;
  // A currency word alone ("yuan", "dollars", "EUR"), unless it may open a longer name ("US dollars", "Hong Kong dollars").
  if (!NAMED_FIRST_WORDS.has(firstLower)) return singleUnit(text, firstWord, at + firstWord.length, glued);
  const words: Array<{ word: string; end: number }> = [];
  let position = at;
  for (let k = 0; k < 3; k++) {
    const match = readAt(WORD_AT, text, position);
    if (!match) break;
    const word = withoutFinalStop(match[0]);
    words.push({ word, end: position + word.length });
    position += match[0].length;
    if (text.charCodeAt(position) !== 32) break;
    position++;
  }
  for (let n = words.length; n > 0; n--) {
    const phrase = words.slice(0, n).map((w) => w.word).join(' ');
    const lower = phrase.toLowerCase();
    const end = words[n - 1]!.end;
    if (letterOrDigitAt(text, end)) continue;
    if (n > 1 && (NAMED_UNITS.has(lower) || NAMED_UNITS.has(singular(lower)))) return { unit: phrase, end };
    if (n === 1) return singleUnit(text, phrase, end, glued);
  }
  return undefined;
}

/**
 * What WORD_AT matches at `at`, or undefined. An ASCII word (most words after a number) is read by character codes,
 * without the pattern and its match array: this runs for every number that has no currency sign before it.
 */
function wordAt(text: string, at: number): string | undefined {
  if (!isAsciiLetter(text.charCodeAt(at))) return readAt(WORD_AT, text, at)?.[0];
  let end = at + 1;
  for (let code = text.charCodeAt(end); isAsciiLetterOrStop(code); code = text.charCodeAt(++end));
  // A character beyond ASCII may be a letter that goes on with the word: the pattern knows which ones are.
  return text.charCodeAt(end) > 127 ? readAt(WORD_AT, text, at)![0] : text.slice(at, end);
}

/** The word without one stop at its end ("Rs." → "Rs"), as .replace(/\.$/, '') gives it, without the pattern. */
const withoutFinalStop = (word: string) => (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word);

/** The currency words a number may take alone ("yuan", "dollars", "cents"): one lookup, not one in each table. */
const SINGLE_UNIT_WORDS = new Set([...Object.keys(UNIT_DEFAULTS), ...Object.keys(UNIT_PLURALS), ...Object.keys(MINOR_UNITS)]);
const ISO_CODES = new Set(Object.keys(CURRENCIES));

/** One currency word or code ending at `end`. */
function singleUnit(text: string, word: string, end: number, glued: boolean): { unit: string; end: number } | undefined {
  if (letterOrDigitAt(text, end)) return undefined;
  const lower = word.toLowerCase();
  if (!(SINGLE_UNIT_WORDS.has(lower) || ISO_CODES.has(word))) return undefined;
  // "30p" is pence only glued to its number, and a code must be in capitals: "usd" is not one.
  if (lower === 'p' && !glued) return undefined;
  if (glued && lower !== 'p' && !ISO_CODES.has(word)) return undefined;
  return { unit: word, end };
}

/** The figure whose number starts at `at`, with its symbol or code before it or its currency word after it. */
function figureAt(text: string, at: number, paragraph: Span, context: CurrencyContext): MoneyFigure | undefined {
  const firstEnd = numberEnd(text, at);
  if (firstEnd === at) return undefined;
  const symbol = symbolEndingAt(text, at, paragraph.start, context);
  const lowScale = readScale(text, firstEnd);
  let end = lowScale?.end ?? firstEnd;
  // A range: "$100-$200 billion", "$5 million to $10 million", "5 to 10 million euros". The numbers' values wait
  // until a currency is found: about half the numbers that come here have none ("in 2019", "5 people").
  let secondStart = -1;
  let secondEnd = -1;
  let highScale: ReturnType<typeof readScale>;
  const range = mayBeRange(text, end) ? readAt(RANGE_AT, text, end) : null;
  if (range) {
    let next = end + range[0].length;
    if (symbol && text.startsWith(text.slice(symbol.start, at).trim(), next)) next += text.slice(symbol.start, at).trim().length;
    if (text.charCodeAt(next) === 32) next++;
    const numberAfter = numberEnd(text, next);
    if (numberAfter > next) {
      secondStart = next;
      secondEnd = numberAfter;
      highScale = readScale(text, secondEnd);
      end = highScale?.end ?? secondEnd;
    }
  }
  const isRange = secondEnd >= 0;
  let start = at;
  let currency: string;
  if (symbol) {
    start = symbol.start;
    currency = symbol.currency;
  } else {
    const unit = unitAt(text, end);
    if (!unit) return undefined;
    const facts = unitFacts(unit.unit);
    const minor = facts.minor;
    if (minor) {
      if (isRange || lowScale) return undefined;
      return { start, end: unit.end, amount: exact(numberValueOf(text, at, firstEnd), decimalsOf(text, at, firstEnd), minor[1]), currency: minor[0], abbreviated: false };
    }
    // "300 pounds" of weight, "he won 5": without a scale these words are not money.
    if (!lowScale && !highScale && facts.needsScale) return undefined;
    const found = unitCurrency(facts, context);
    if (!found) return undefined;
    currency = found;
    end = unit.end;
  }
  if (end > paragraph.end) return undefined;
  const upperScale = highScale?.value ?? lowScale?.value ?? 1;
  const lowerScale = lowScale?.value ?? (isRange ? upperScale : 1);
  const abbreviated = (lowScale ?? highScale)?.abbreviated ?? false;
  const figure: MoneyFigure = { start, end, amount: exact(numberValueOf(text, at, firstEnd), decimalsOf(text, at, firstEnd), lowerScale), currency, abbreviated };
  if (isRange) {
    figure.min = figure.amount;
    figure.max = exact(numberValueOf(text, secondStart, secondEnd), decimalsOf(text, secondStart, secondEnd), upperScale);
  }
  return figure;
}

/** "six billion dollars", "half a million euros", "twenty-five million yuan". */
function spelledFigureAt(text: string, at: number, written: string, paragraph: Span, context: CurrencyContext): MoneyFigure | undefined {
  const value = numberValue(written);
  const scale = readScale(text, at + written.length);
  if (!scale || !Number.isFinite(value)) return undefined;
  const unit = unitAt(text, scale.end);
  if (!unit) return undefined;
  const facts = unitFacts(unit.unit);
  if (facts.minor) return undefined;
  const currency = unitCurrency(facts, context);
  if (!currency || unit.end > paragraph.end) return undefined;
  // A spelled-out number is whole or a half or a quarter: two places at most before its scale.
  return { start: at, end: unit.end, amount: exact(value, 2, scale.value), currency, abbreviated: false };
}

/**
 * Whether a figure may start at this digit: not inside a number (the 0 of 200, the 5 of 1.5) or a word (A380),
 * unless a code is glued to it (EUR5).
 */
function startsFigure(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (Number.isNaN(code) || code === 32) return true;
  if (code === 46 || code === 44 || (code >= 48 && code <= 57)) return false;
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && LETTER.test(text[at - 1]!));
  return !letter || /(?:^|[^A-Za-z])[A-Z]{3}$/.test(text.slice(Math.max(0, at - 4), at));
}

/** Finds the figures of each paragraph; `skip` leaves out paragraphs of page chrome. */
export function findMoney(text: string, paragraphs: readonly Span[], skip: (index: number) => boolean): MoneyFigure[] {
  // Most paragraphs hold no figure at all: a digit or a spelled-out scale is needed for one.
  if (!/\d|illion|thousand/.test(text)) return [];
  const context = new LazyCurrencyContext(text);
  const spelledStarts = spelledNumbersBeforeScales(text);
  const figures: MoneyFigure[] = [];
  // One search through the digits of the whole text: searching again from each paragraph's start read on through
  // the paragraphs after one without digits. The run found past a paragraph's end waits for its own paragraph.
  let digit = nextDigitRun(text, 0);
  let searchFrom = DIGITS.lastIndex;
  paragraphs.forEach((paragraph, index) => {
    if (skip(index)) return;
    const found: MoneyFigure[] = [];
    if (digit >= 0 && digit < paragraph.start) {
      digit = nextDigitRun(text, paragraph.start);
      searchFrom = DIGITS.lastIndex;
    }
    for (; digit >= 0 && digit < paragraph.end; digit = nextDigitRun(text, searchFrom), searchFrom = DIGITS.lastIndex) {
      if (!startsFigure(text, digit) || !mayBeMoney(text, digit)) continue;
      const figure = figureAt(text, digit, paragraph, context);
      if (!figure) continue;
      found.push(figure);
      searchFrom = figure.end;
    }
    let spelled = false;
    for (const [start, written] of spelledStarts) {
      if (start < paragraph.start || start >= paragraph.end || found.some((f) => f.start <= start && start < f.end)) continue;
      const figure = spelledFigureAt(text, start, written, paragraph, context);
      if (figure) {
        found.push(figure);
        spelled = true;
      }
    }
    if (spelled) found.sort((a, b) => a.start - b.start);
    for (const figure of found) {
      describeSurroundings(text, paragraph, figure);
      figures.push(figure);
    }
  });
  pairConversions(text, figures);
  return figures;
}

/**
 * Where the next run of digits at or after `from` starts (-1 when there is none), and DIGITS.lastIndex where it
 * ends: what DIGITS.exec tells, without a match object for each of the article's numbers.
 */
function nextDigitRun(text: string, from: number): number {
  DIGITS.lastIndex = from;
  if (!DIGITS.test(text)) return -1;
  let start = DIGITS.lastIndex - 1;
  while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where a spelled-out number stands before a scale word ("six billion"), in one pass over the text. */
function spelledNumbersBeforeScales(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  // One pass for all the scale words: each pass over an article costs as much as the rest of this analysis.
  SCALE_WORD.lastIndex = 0;
  for (let scale = SCALE_WORD.exec(text); scale; scale = SCALE_WORD.exec(text)) {
    // "5 billion", the common case, is read from its digit.
    const before = text.charCodeAt(scale.index - 1);
    if (!((before >= 97 && before <= 122) || (before >= 65 && before <= 90))) continue;
    const number = SPELLED_AT_END.exec(text.slice(Math.max(0, scale.index - 16), scale.index));
    if (number) found.push([scale.index - number[0].length, number[0]]);
  }
  return found;
}

/**
 * A quick look before the patterns run: a number is money only with a sign or code just before it, or a scale
 * or currency after it. Years, dates, percentages and counts, most of a text's numbers, stop here.
 */
function mayBeMoney(text: string, at: number): boolean {
  let before = at - 1;
  if (text.charCodeAt(before) === 32) before--;
  const previous = text.charCodeAt(before);
  if (SYMBOL_ENDS.has(previous) || isAsciiLetterOrStop(previous)) return true;
  let end = at;
  for (let code = text.charCodeAt(end); (code >= 48 && code <= 57) || code === 44 || code === 46; code = text.charCodeAt(++end));
  const next = text.charCodeAt(end);
  // Glued: 5bn, 50k, 30p, 50¢; a range: 5-10 million euros, 5 to 10 …
  if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 0xa2 || next === 45 || next === 0x2013) return true;
  if (next !== 32) return false;
  let wordEnd = end + 1;
  for (let code = text.charCodeAt(wordEnd); (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46; code = text.charCodeAt(++wordEnd));
  if (wordEnd === end + 1) return false;
  const word = withoutFinalStop(text.slice(end + 1, wordEnd)).toLowerCase();
  return word === 'to' || SCALES[word] !== undefined || UNIT_FIRST_WORDS.has(word);
}

/** The approximator before a figure and the unit after it, both outside the span. */
function describeSurroundings(text: string, paragraph: Span, figure: MoneyFigure): void {
  // The last one to three words before the figure, looked up whole ("as much as", "more than", "about"), once the
  // last word says a qualifier may end there.
  let wordEnd = figure.start;
  while (wordEnd > paragraph.start && text.charCodeAt(wordEnd - 1) === 32) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > paragraph.start && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart < wordEnd && mayEndQualifier(text, wordStart, wordEnd) && QUALIFIER_ENDS.has(text.slice(wordStart, wordEnd).toLowerCase())) {
    describeQualifier(text, paragraph, figure);
  }
  describeRate(text, paragraph, figure);
}

/**
 * A key for an ASCII word from its first and last letters in lower case and its length, read in place: the word
 * before most figures ("a", "the", "for") is no qualifier's last word, and is told so without a lower-case copy.
 */
const wordKey = (first: number, last: number, length: number) => ((first | 32) * 128 + (last | 32)) * 64 + Math.min(length, 63);
const QUALIFIER_END_KEYS = new Set([...QUALIFIER_ENDS].map((word) => wordKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)));

/** Whether the ASCII letters text[start, end) may be one of QUALIFIER_ENDS (they are, if so, in any case). */
function mayEndQualifier(text: string, start: number, end: number): boolean {
  return QUALIFIER_END_KEYS.has(wordKey(text.charCodeAt(start), text.charCodeAt(end - 1), end - start));
}

/** The longest qualifier among the last three words of the 24 characters before the figure. */
function describeQualifier(text: string, paragraph: Span, figure: MoneyFigure): void {
  const from = Math.max(paragraph.start, figure.start - 24);
  // Each of the last three words with those after it ("as", "much as", "as much as"), lower-cased: found by
  // character codes, as splitting the text before the figure at white space would find them.
  // A phrase is made longer only while it ends a longer qualifier: "loan of" ends none, and "a loan of" is not made.
  const phrases: string[] = [];
  let end = figure.start;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  while (phrases.length < 3 && end > from && (phrases.length === 0 || QUALIFIER_TAILS.has(phrases[phrases.length - 1]!))) {
    let start = end;
    while (start > from && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, end).toLowerCase();
    phrases.push(phrases.length === 0 ? word : `${word} ${phrases[phrases.length - 1]}`);
    end = start;
    while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  }
  for (let n = phrases.length - 1; n >= 0; n--) {
    const phrase = phrases[n]!.startsWith('(') ? phrases[n]!.slice(1) : phrases[n]!;
    if (QUALIFIERS.has(phrase)) {
      figure.qualifier = phrase;
      break;
    }
  }
}

/** White space as \s matches it (text.ts's isSpace also takes the zero-width space, which \s does not). */
function isWhiteSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function describeRate(text: string, paragraph: Span, figure: MoneyFigure): void {
  // "$5 million in 2019": most figures are followed by a word that starts no rate.
  if (text.charCodeAt(figure.end) !== 32 || !RATE_FIRST_LETTERS.has(text[figure.end + 1]!)) return;
  const after = text.slice(figure.end, Math.min(paragraph.end, figure.end + 24));
  const rate = RATE.exec(after);
  if (rate && !NOT_A_RATE.has(rate[1]!) && !/^\s\w+\s\w+\s(?:ago|earlier|before|later)/.test(after)) figure.rate = rate[0].trim();
}

/** "$200 billion (€167 billion)": a figure followed at once by another in brackets is the same sum converted. */
function pairConversions(text: string, figures: MoneyFigure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.currency === b.currency || !bracketFollows(text, a.end, b.start)) continue;
    if (/^\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|or|nearly)?\s*$/.test(text.slice(a.end, b.start)) && /^\s*\)/.test(text.slice(b.end, b.end + 3))) {
      a.pairedWith = i + 1;
      b.pairedWith = i;
    }
  }
}

/** Whether an opening bracket comes first after `from` (white space aside) and before `to`: a look before the patterns. */
function bracketFollows(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++;
  return at < to && text.charCodeAt(at) === 40;
}

/** The rate a conversion pair implies: units of the second currency per unit of the first. */
export function impliedRate(from: { amount: number }, to: { amount: number }): number {
  return to.amount / from.amount;
}
