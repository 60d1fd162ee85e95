// Monetary figures with their exact value and ISO 4217 currency: "$200 billion (€167 billion)", "$1.5bn",
// "RMB 1 trillion", "150 million yuan", "six billion dollars", "50 cents", "$100-$200 billion". Currency codes,
// names and symbols come from data/currencies.json (ISO 4217, via the world-countries package); the
// conventions of news copy (US$, RMB, "dollars" meaning USD, scale words) from data/money-words.json.
import { Span } from './text';
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
const CODES = Object.keys(CURRENCIES).filter((code) => !words.codesNeedingCapitals.includes(code));
/** "canadian dollar" → CAD: the ISO names, and the forms news copy uses for them. */
const NAMED_UNITS = new Map<string, string>(Object.entries(words.namedUnits));
for (const [code, info] of Object.entries(CURRENCIES)) {
  const name = info.name.toLowerCase();
  if (/^[a-z .'-]+$/.test(name) && name.includes(' ')) NAMED_UNITS.set(name, code);
}
const UNIT_WORDS = [...Object.keys(UNIT_DEFAULTS), ...Object.keys(UNIT_PLURALS)];
const NAMED_WORDS = [...NAMED_UNITS.keys()].flatMap((name) => {
  const unit = name.slice(name.lastIndexOf(' ') + 1);
  const plural = Object.entries(UNIT_PLURALS).find(([, singular]) => singular === unit)?.[0];
  return plural ? [name, `${name.slice(0, name.lastIndexOf(' ') + 1)}${plural}`] : [name];
});

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPELLED_NUMBER = `(?:${TENS})-(?:${ONES})|${alternation(Object.keys(SPELLED))}`;
const SCALE_WORD = String.raw`\s(?:thousand|million|billion|trillion|lakhs?|crores?)`;
const SCALE = `(?:${SCALE_WORD}|\\s?(?:bn|mn|mln|bln|tn|trn)|(?:k|m|b))(?![\\p{L}\\p{N}])`;
const SYMBOL = alternation(SYMBOLS.keys());
// "and" is left out: "$5 million and $10 million" are two sums more often than a range.
const RANGE = String.raw`\s?(?:-|–|—|to)\s?`;
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}$€£¥.,])`;

/** $200 billion, US$3.5bn, € 40, RMB 1 trillion, $100-$200 billion, $5 million to $10 million. */
const SYMBOL_FIRST = new RegExp(
  `${NOT_AFTER}(${SYMBOL}|${alternation(CODES)})\\s?(${NUMBER})(${SCALE})?(?:${RANGE}(?:\\1)?\\s?(${NUMBER})(${SCALE})?)?`,
  'gu',
);
/** 150 million yuan, six billion dollars, 5 to 10 million Canadian dollars, 40 EUR, 50 cents, 30p. */
const NUMBER_FIRST = new RegExp(
  `${NOT_AFTER}(${NUMBER}|(?:${SPELLED_NUMBER})(?=\\s))(?:${RANGE}(${NUMBER}))?(${SCALE})?\\s?(${alternation(NAMED_WORDS)}|${alternation(UNIT_WORDS)}|${alternation(CODES)}|${alternation(Object.keys(MINOR_UNITS))})(?![\\p{L}\\p{N}])`,
  'giu',
);
const QUALIFIER = new RegExp(`(?:^|[\\s(])(${alternation(words.qualifiers)})\\s+$`, 'i');
const RATE = new RegExp(`^\\s(?:${words.rateWords.join('|')})\\s([a-z]+)(?![\\p{L}\\p{N}])`, 'u');
const NOT_A_RATE = new Set(['year', 'decade']);

/** What the article says about ambiguous signs: $ is US dollars and ¥ yen unless the article shows otherwise. */
interface CurrencyContext {
  dollar: string;
  yen: string;
}

function currencyContext(text: string): CurrencyContext {
  let dollar = 'USD';
  if (!/\bU\.?S\.? ?dollars?\b|\bUS\$|\bUSD\b/.test(text)) {
    const other = /\b(Canadian|Australian|Hong Kong|New Zealand|Singapore|Taiwan|New Taiwan|Mexican) dollars?\b/.exec(text);
    if (other) dollar = NAMED_UNITS.get(`${other[1]!.toLowerCase()} dollar`) ?? dollar;
  }
  const chinese = /\b(?:yuan|renminbi|RMB|CNY)\b/.test(text) && !/\b(?:yen|JPY)\b/.test(text);
  return { dollar, yen: chinese ? 'CNY' : 'JPY' };
}

function symbolCurrency(symbol: string, context: CurrencyContext): string | undefined {
  if (symbol === '$') return context.dollar;
  if (symbol === '¥') return context.yen;
  return SYMBOLS.get(symbol) ?? (CURRENCIES[symbol] ? symbol : undefined);
}

function unitCurrency(unit: string, context: CurrencyContext): string | undefined {
  const lower = unit.toLowerCase().replace(/\s+/g, ' ');
  if (CURRENCIES[unit]) return unit;
  const named = NAMED_UNITS.get(lower) ?? NAMED_UNITS.get(singular(lower));
  if (named) return named;
  const base = singular(lower);
  if (base === 'dollar') return context.dollar;
  return UNIT_DEFAULTS[base];
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

function scaleValue(written: string | undefined): number {
  return written ? SCALES[written.trim().toLowerCase()] ?? 1 : 1;
}

/** Cents and floating point: 1.5 × 10⁹ and 0.07 × 100 come out exact. */
const exact = (value: number) => Math.round(value * 100) / 100;

/** Finds the figures of each paragraph; `skip` leaves out paragraphs of page chrome. */
export function findMoney(text: string, paragraphs: readonly Span[], skip: (index: number) => boolean): MoneyFigure[] {
  // Most paragraphs hold no figure at all: a sign, a digit or a spelled-out scale is needed for one.
  if (!/[\d$€£¥₹₩₽]|illion|thousand/.test(text)) return [];
  const context = currencyContext(text);
  const figures: MoneyFigure[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (skip(index)) return;
    const found: MoneyFigure[] = [];
    const body = text.slice(paragraph.start, paragraph.end);
    for (const match of body.matchAll(SYMBOL_FIRST)) {
      const figure = symbolFirst(match, paragraph.start, context);
      if (figure) found.push(figure);
    }
    for (const match of body.matchAll(NUMBER_FIRST)) {
      const figure = numberFirst(match, paragraph.start, context);
      if (figure && !found.some((f) => f.start < figure.end && figure.start < f.end)) found.push(figure);
    }
    found.sort((a, b) => a.start - b.start);
    for (const figure of found) {
      describeSurroundings(text, paragraph, figure);
      figures.push(figure);
    }
  });
  pairConversions(text, figures);
  return figures;
}

function symbolFirst(match: RegExpMatchArray, offset: number, context: CurrencyContext): MoneyFigure | undefined {
  const [whole, symbol, first, firstScale, second, secondScale] = match;
  const currency = symbolCurrency(symbol!, context);
  if (!currency) return undefined;
  // ISO codes are capitals: "usd 5" is not money, and neither is a code glued to its number in running text ("EUR5" is, though).
  if (/^[A-Za-z]{3}$/.test(symbol!) && symbol !== symbol!.toUpperCase()) return undefined;
  const start = offset + match.index!;
  // "$100-$200 billion": the scale written once serves both ends.
  const upperScale = scaleValue(secondScale ?? firstScale);
  const lowerScale = firstScale ? scaleValue(firstScale) : upperScale;
  const low = exact(numberValue(first!) * (second ? lowerScale : scaleValue(firstScale)));
  const figure: MoneyFigure = { start, end: start + whole!.length, amount: low, currency, abbreviated: isAbbreviated(firstScale ?? secondScale) };
  if (second) {
    figure.min = low;
    figure.max = exact(numberValue(second) * upperScale);
  }
  return figure;
}

function numberFirst(match: RegExpMatchArray, offset: number, context: CurrencyContext): MoneyFigure | undefined {
  const [whole, first, second, scale, unit] = match;
  const start = offset + match.index!;
  const minor = MINOR_UNITS[unit!.toLowerCase()];
  if (minor) {
    // "30p" is pence only glued to the number; "30 p" is anything.
    if (unit!.toLowerCase() === 'p' && /\s/.test(whole!)) return undefined;
    return { start, end: start + whole!.length, amount: exact(numberValue(first!) * minor[1]), currency: minor[0], abbreviated: false };
  }
  const spelled = !/^[\d.]/.test(first!);
  const unitWord = singular(unit!.toLowerCase());
  // "a dollar store", "300 pounds" of weight, "he won 5": without a scale these words are not money.
  if ((spelled && !scale) || (!scale && UNITS_NEEDING_SCALE.has(unitWord.slice(unitWord.lastIndexOf(' ') + 1)))) return undefined;
  // An ISO code counts in capitals only ("40 EUR"); "yen" and "won" are words, not codes.
  if (!UNIT_DEFAULTS[unitWord] && /^[A-Za-z]{3}$/.test(unit!) && unit !== unit!.toUpperCase()) return undefined;
  const currency = unitCurrency(unit!, context);
  if (!currency) return undefined;
  const multiplier = scaleValue(scale);
  const figure: MoneyFigure = { start, end: start + whole!.length, amount: exact(numberValue(first!) * multiplier), currency, abbreviated: isAbbreviated(scale) };
  if (second) {
    figure.min = figure.amount;
    figure.max = exact(numberValue(second) * multiplier);
  }
  return Number.isFinite(figure.amount) ? figure : undefined;
}

const isAbbreviated = (scale: string | undefined) => scale !== undefined && !/^(?:thousand|million|billion|trillion|lakhs?|crores?)$/i.test(scale.trim());

/** The approximator before a figure and the unit after it, both outside the span. */
function describeSurroundings(text: string, paragraph: Span, figure: MoneyFigure): void {
  const before = text.slice(Math.max(paragraph.start, figure.start - 24), figure.start);
  const qualifier = QUALIFIER.exec(before);
  if (qualifier) figure.qualifier = qualifier[1]!.toLowerCase();
  const after = text.slice(figure.end, Math.min(paragraph.end, figure.end + 24));
  const rate = RATE.exec(after);
  if (rate && !NOT_A_RATE.has(rate[1]!) && !/^\s\w+\s\w+\s(?:ago|earlier|before|later)/.test(after)) figure.rate = rate[0].trim();
}

/** "$200 billion (€167 billion)": a figure followed at once by another in brackets is the same sum converted. */
function pairConversions(text: string, figures: MoneyFigure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.currency === b.currency) continue;
    if (/^\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|or|nearly)?\s*$/.test(text.slice(a.end, b.start)) && /^\s*\)/.test(text.slice(b.end, b.end + 3))) {
      a.pairedWith = i + 1;
      b.pairedWith = i;
    }
  }
}

/** The rate a conversion pair implies: units of the second currency per unit of the first. */
export function impliedRate(from: MoneyFigure, to: MoneyFigure): number {
  return to.amount / from.amount;
}
