// One settings type, one default. Precedence: DEFAULT_SETTINGS → project file (.article-lens.json) → editor
// settings; each layer is passed through normalizeSettings so that a bad value falls back instead of failing.
import { ALL_RULES } from '../rules';
import { MONEY_RATE_TOLERANCE } from '../rules/money-conversion-rate';
import { QUOTE_UNATTRIBUTED_MIN_WORDS } from '../rules/quote-unattributed';
import { DeclaredRate, RuleOptions, Severity, SEVERITIES } from '../rules/rule';

export type RuleLevel = Severity | 'off';

export interface Settings extends RuleOptions {
  /** Treat *.txt files as articles too (the index, the diagnostics and every feature). */
  includeTxtFiles: boolean;
  /** Milliseconds of quiet typing before an article is checked again; opening one checks it at once. */
  diagnosticsDelay: number;
  /** An inlay hint after a pronoun that names a quote's speaker: “…,” she ⟨Hua Chunying⟩ said. */
  pronounSpeakerHints: boolean;
  /** An inlay hint after an abbreviated money figure: $1.5bn ⟨= 1,500,000,000 USD⟩. */
  moneyInlayHints: boolean;
  /** Level per rule id; 'off' silences the rule. */
  rules: Record<string, RuleLevel>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  includeTxtFiles: false,
  diagnosticsDelay: 250,
  quoteUnattributedMinWords: QUOTE_UNATTRIBUTED_MIN_WORDS,
  pronounSpeakerHints: false,
  moneyInlayHints: false,
  moneyRateTolerance: MONEY_RATE_TOLERANCE,
  rates: Object.freeze([]) as readonly DeclaredRate[],
  preferredNameForms: Object.freeze([]) as readonly string[],
  rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.defaultSeverity])),
});

const MAX_DELAY_MS = 5000;
const MAX_QUOTE_WORDS = 1000;
const MAX_RATE_TOLERANCE = 1;

/** Overlays `raw` (any JSON, e.g. the editor's `articleLens` section) on `base`, keeping only valid values. */
export function normalizeSettings(raw: unknown, base: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  const settings: Settings = { ...base, rules: { ...base.rules } };
  if (!isObject(raw)) return settings;
  if (typeof raw.includeTxtFiles === 'boolean') settings.includeTxtFiles = raw.includeTxtFiles;
  if (typeof raw.diagnosticsDelay === 'number' && Number.isFinite(raw.diagnosticsDelay)) {
    settings.diagnosticsDelay = Math.max(0, Math.min(MAX_DELAY_MS, raw.diagnosticsDelay));
  }
  if (typeof raw.quoteUnattributedMinWords === 'number' && Number.isFinite(raw.quoteUnattributedMinWords)) {
    settings.quoteUnattributedMinWords = Math.max(1, Math.min(MAX_QUOTE_WORDS, Math.round(raw.quoteUnattributedMinWords)));
  }
  if (typeof raw.pronounSpeakerHints === 'boolean') settings.pronounSpeakerHints = raw.pronounSpeakerHints;
  if (typeof raw.moneyInlayHints === 'boolean') settings.moneyInlayHints = raw.moneyInlayHints;
  if (typeof raw.moneyRateTolerance === 'number' && Number.isFinite(raw.moneyRateTolerance)) {
    settings.moneyRateTolerance = Math.max(0, Math.min(MAX_RATE_TOLERANCE, raw.moneyRateTolerance));
  }
  // Rates add up over the layers (the editor always sends its default, an empty list, which must not hide the
  // project file's); one that is not two three-letter codes and a positive number is left out, not the list.
  if (Array.isArray(raw.rates)) {
    const valid = raw.rates.filter(isDeclaredRate).map(({ from, to, rate, date }) => ({ from, to, rate, ...(date ? { date } : {}) }));
    if (valid.length > 0) settings.rates = [...base.rates, ...valid];
  }
  // Like rates, the forms add up over the layers: the editor's default (none) must not hide the project file's.
  if (Array.isArray(raw.preferredNameForms)) {
    const forms = raw.preferredNameForms.filter((form): form is string => typeof form === 'string' && form.trim() !== '' && !base.preferredNameForms.includes(form));
    if (forms.length > 0) settings.preferredNameForms = [...base.preferredNameForms, ...forms];
  }
  if (isObject(raw.rules)) {
    for (const [id, level] of Object.entries(raw.rules)) {
      if (id in settings.rules && isRuleLevel(level)) settings.rules[id] = level;
    }
  }
  return settings;
}

/** File extensions that make a file an article under these settings. */
export function articleExtensions(settings: Settings): string[] {
  return settings.includeTxtFiles ? ['.article', '.txt'] : ['.article'];
}

function isDeclaredRate(value: unknown): value is DeclaredRate {
  return isObject(value) && typeof value.from === 'string' && /^[A-Z]{3}$/.test(value.from) && typeof value.to === 'string' && /^[A-Z]{3}$/.test(value.to)
    && typeof value.rate === 'number' && Number.isFinite(value.rate) && value.rate > 0 && (value.date === undefined || typeof value.date === 'string');
}

function isRuleLevel(value: unknown): value is RuleLevel {
  return value === 'off' || SEVERITIES.includes(value as Severity);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
