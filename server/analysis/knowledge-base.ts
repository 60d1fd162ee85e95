// The project knowledge base (the "entities", "ignore", "distinct" and "quoteSpeakers" of .article-lens.json) and
// how it corrects a parsed article: a manual correction wins over detection. Pure: the service layer reads the
// file and calls applyKnowledgeBase on each model after the parse, so detection itself is untouched.
import type { ArticleModel, Entity, EntityMention, EntityType, Quote } from './article';

/** A role the project declares for an entity, optionally bounded by dates ("2018-03-19", "2018"). */
export interface KnowledgeRole {
  title: string;
  from?: string;
  to?: string;
}

export interface KnowledgeEntity {
  name: string;
  /** Missing: the type detection gives it. */
  type?: EntityType;
  aliases: readonly string[];
  roles: readonly KnowledgeRole[];
  nativeName?: string;
  notes?: string;
}

/** "The speaker of the quote that opens with these words, in this article, is …": set by hand. */
export interface QuoteSpeakerOverride {
  /** The article's file name ("002_trade-talks.article") or a path ending in it. */
  article: string;
  /** The first words inside the quote marks. */
  quote: string;
  speaker: string;
}

export interface KnowledgeBase {
  entities: readonly KnowledgeEntity[];
  /** Names never recognised as entities. */
  ignore: readonly string[];
  /** Pairs of names that are different entities, however alike they look. */
  distinct: ReadonlyArray<readonly [string, string]>;
  quoteSpeakers: readonly QuoteSpeakerOverride[];
}

export const EMPTY_KNOWLEDGE_BASE: KnowledgeBase = Object.freeze({ entities: [], ignore: [], distinct: [], quoteSpeakers: [] });

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** The knowledge base in a project file's JSON: what is not of the right shape is left out, not the whole file. */
export function normalizeKnowledgeBase(raw: unknown): KnowledgeBase {
  if (!isObject(raw)) return EMPTY_KNOWLEDGE_BASE;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);
  const entities = (Array.isArray(raw.entities) ? raw.entities : []).flatMap((entity): KnowledgeEntity[] => {
    if (!isObject(entity) || typeof entity.name !== 'string' || entity.name.trim() === '') return [];
    const roles = (Array.isArray(entity.roles) ? entity.roles : []).flatMap((role): KnowledgeRole[] => {
      if (typeof role === 'string') return [{ title: role }];
      if (!isObject(role) || typeof role.title !== 'string') return [];
      return [{ title: role.title, ...(typeof role.from === 'string' ? { from: role.from } : {}), ...(typeof role.to === 'string' ? { to: role.to } : {}) }];
    });
    return [{
      name: entity.name,
      ...(TYPES.includes(entity.type as EntityType) ? { type: entity.type as EntityType } : {}),
      aliases: strings(entity.aliases),
      roles,
      ...(typeof entity.nativeName === 'string' ? { nativeName: entity.nativeName } : {}),
      ...(typeof entity.notes === 'string' ? { notes: entity.notes } : {}),
    }];
  });
  const distinct = (Array.isArray(raw.distinct) ? raw.distinct : []).flatMap((pair): Array<[string, string]> =>
    (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string' ? [[pair[0], pair[1]]] : []));
  const quoteSpeakers = (Array.isArray(raw.quoteSpeakers) ? raw.quoteSpeakers : []).flatMap((item): QuoteSpeakerOverride[] =>
    (isObject(item) && typeof item.article === 'string' && typeof item.quote === 'string' && typeof item.speaker === 'string'
      ? [{ article: item.article, quote: item.quote, speaker: item.speaker }] : []));
  return { entities, ignore: strings(raw.ignore), distinct, quoteSpeakers };
}

export function isEmptyKnowledgeBase(kb: KnowledgeBase): boolean {
  return kb.entities.length === 0 && kb.ignore.length === 0 && kb.quoteSpeakers.length === 0;
}

/** The declared entity a name or alias stands for. */
export function knowledgeEntityNamed(kb: KnowledgeBase, name: string): KnowledgeEntity | undefined {
  return kb.entities.find((entity) => entity.name === name || entity.aliases.includes(name));
}

/** Whether the project says these two names are one entity (one the alias of the other) or two. */
export function declaredSame(kb: KnowledgeBase, a: string, b: string): boolean {
  const entity = knowledgeEntityNamed(kb, a);
  return entity !== undefined && (entity.name === b || entity.aliases.includes(b));
}

export function declaredDistinct(kb: KnowledgeBase, a: string, b: string): boolean {
  return kb.distinct.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

const overridden = new WeakSet<Quote>();

/** Whether the quote's speaker was set in the knowledge base (the hover says so). */
export function isSpeakerOverride(quote: Quote): boolean {
  return overridden.has(quote);
}

/** The quote's first words as the knowledge base keys it: inside the marks, spaces collapsed. */
export function quoteKey(text: string, words = 8): string {
  return text.replace(/^[\s“”"‘’'«»‹›„]+|[\s“”"‘’'«»‹›]+$/gu, '').split(/\s+/u).filter(Boolean).slice(0, words).join(' ');
}

/**
 * The model with the knowledge base's corrections: ignored names dropped; declared names and aliases found
 * (where detection missed them), typed as declared and given the declared name; quote speakers set by hand.
 * The original model is not changed (the parse may be cached elsewhere). `article` is the article's path or URI.
 */
export function applyKnowledgeBase(model: ArticleModel, kb: KnowledgeBase, article = ''): ArticleModel {
  if (isEmptyKnowledgeBase(kb)) return model;
  const { text } = model;
  const ignored = new Set(kb.ignore);
  const declared = new Map<string, KnowledgeEntity>();
  for (const entity of kb.entities) for (const form of [entity.name, ...entity.aliases, ...(entity.nativeName ? [entity.nativeName] : [])]) if (!ignored.has(form)) declared.set(form, entity);
  const oldTable = model.entityTable;
  const entityOfMention = new Map<number, Entity>();
  for (const entity of oldTable) for (const index of entity.mentions) entityOfMention.set(index, entity);
  // Every mention kept or corrected, then the declared forms detection missed.
  const kept: Array<{ mention: EntityMention; old: number }> = [];
  model.entities.forEach((mention, old) => {
    const form = text.slice(mention.start, mention.end);
    if (ignored.has(form) || ignored.has(mention.entity)) return;
    const entity = declared.get(form) ?? declared.get(mention.entity);
    kept.push({ mention: entity ? { ...mention, type: entity.type ?? mention.type, entity: entity.name } : mention, old });
  });
  for (const [form, entity] of declared) {
    for (const span of occurrences(text, form)) {
      if (kept.some(({ mention }) => mention.start < span.end && span.start < mention.end)) continue;
      if (model.chrome.some((line) => line.start <= span.start && span.end <= line.end)) continue;
      kept.push({ mention: { ...span, type: entity.type ?? 'MISC', entity: entity.name }, old: -1 });
    }
  }
  kept.sort((a, b) => a.mention.start - b.mention.start);
  const mentions = kept.map(({ mention }) => mention);
  const newIndex = new Map<number, number>();
  kept.forEach(({ old }, index) => { if (old >= 0) newIndex.set(old, index); });
  // The entity table again: one entity per canonical name, in order of first mention, roles carried over.
  const byName = new Map<string, Entity>();
  mentions.forEach((mention, index) => {
    let entity = byName.get(mention.entity);
    if (!entity) byName.set(mention.entity, (entity = { name: mention.entity, type: mention.type, aliases: [], nativeNames: [], mentions: [], roles: [] }));
    entity.mentions.push(index);
    const form = text.slice(mention.start, mention.end);
    if (form !== entity.name && !entity.aliases.includes(form)) entity.aliases.push(form);
  });
  const renamed = new Map<string, string>();
  for (const old of oldTable) {
    const first = old.mentions.map((m) => newIndex.get(m)).find((m) => m !== undefined);
    if (first === undefined) continue;
    const entity = byName.get(mentions[first].entity)!;
    if (old.name !== entity.name) renamed.set(old.name, entity.name);
    for (const native of old.nativeNames) if (!entity.nativeNames.includes(native)) entity.nativeNames.push(native);
    for (const role of old.roles) {
      const mention = newIndex.get(role.mention);
      if (mention !== undefined) entity.roles.push({ ...role, mention });
    }
  }
  for (const entity of kb.entities) {
    const found = byName.get(entity.name);
    if (found && entity.nativeName && !found.nativeNames.includes(entity.nativeName)) found.nativeNames.push(entity.nativeName);
  }
  const overrides = kb.quoteSpeakers.filter((o) => article !== '' && sameArticle(article, o.article));
  const quotes = model.quotes.map((quote) => {
    const override = overrides.find((o) => quoteKey(text.slice(quote.start, quote.end)).startsWith(quoteKey(o.quote)));
    if (override) {
      const changed: Quote = { ...quote, speakers: [override.speaker], speaker: override.speaker, named: true };
      overridden.add(changed);
      return changed;
    }
    if (!quote.speakers.some((s) => renamed.has(s) || ignored.has(s))) return quote;
    const speakers = quote.speakers.filter((s) => !ignored.has(s)).map((s) => renamed.get(s) ?? s);
    return { ...quote, speakers, speaker: speakers.length > 0 ? speakers.join(' and ') : null };
  });
  // Same getters (tokens and sentences segmented on demand, the word count: a parsed model keeps them on its
  // prototype), new entities and quotes.
  const corrected = Object.create(Object.getPrototypeOf(model), Object.getOwnPropertyDescriptors(model)) as ArticleModel;
  Object.defineProperty(corrected, 'entities', { value: mentions, enumerable: true, writable: true });
  Object.defineProperty(corrected, 'entityTable', { value: [...byName.values()], enumerable: true, writable: true });
  Object.defineProperty(corrected, 'quotes', { value: quotes, enumerable: true, writable: true });
  return corrected;
}

/** Whole-word occurrences of `form` in the text. */
function occurrences(text: string, form: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (form.length === 0) return found;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + form.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push({ start: at, end: at + form.length });
  }
  return found;
}

/** "file:///news/002_talks.article" and "002_talks.article" (or "news/002_talks.article") are the same article. */
function sameArticle(article: string, declared: string): boolean {
  const path = decodeURIComponent(article).replace(/\\/g, '/');
  const wanted = declared.replace(/\\/g, '/').replace(/^\.\//, '');
  return path === wanted || path.endsWith(`/${wanted}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
