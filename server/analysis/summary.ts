// summarize(model) → ArticleSummary: the small set of facts other articles are checked against. Workspace
// features read summaries, never another article's text, so that the index stays small and a change to one
// article only replaces one summary.
import { ArticleModel, countWords, Entity, EntityType } from './article';
import { Span } from './text';

/** A title or role given to a person in one article, once per distinct title. */
export interface RoleSummary {
  title: string;
  placement: 'before' | 'apposition';
}

export interface EntitySummary {
  /** Canonical name: the key that makes entities of different articles one entity in the index. */
  name: string;
  type: EntityType;
  /** Other forms the article uses ("Mnuchin", "Mr. Mnuchin"); the shared NONE array when there are none. */
  aliases: readonly string[];
  /** Names in other scripts ("習近平"). */
  nativeNames: readonly string[];
  roles: readonly RoleSummary[];
  /** How many mentions this article makes of it. */
  mentions: number;
  /** Where this entity's mentions start in ArticleSummary.mentionRanges, in numbers (MENTION_FIELDS each). */
  firstRange: number;
  /** People only: index into ArticleSummary.sentences of the sentence with the first mention, else -1. */
  sentence: number;
}

export interface ArticleSummary {
  /** The headline, or the first words of the article where it has none. */
  title: string;
  words: number;
  paragraphs: number;
  quotes: number;
  moneyFigures: number;
  chromeLines: number;
  dateline?: string;
  byline?: string;
  entities: EntitySummary[];
  /**
   * Every entity mention as line/character numbers, so that references and rename can name places in an
   * article without its text: MENTION_FIELDS numbers per mention (see MentionRange), entity by entity.
   * One typed array per article costs 4 bytes a number instead of an object per mention.
   */
  mentionRanges: Int32Array;
  /** The sentences that first mention a person, each once (several are often introduced in one sentence). */
  sentences: string[];
}

/** line, character, end line, end character, form (index into entityForms(entity), or -1). */
export const MENTION_FIELDS = 5;

export interface MentionRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
  /** The mention's text as one of entityForms(entity), or undefined when it is none of them. */
  text: string | undefined;
}

export const NONE: readonly never[] = Object.freeze([]);

const TITLE_WORDS = 12;
/** Longer first-mention sentences are cut to a window around the mention. */
const MAX_SENTENCE = 200;

export function summarize(model: ArticleModel): ArticleSummary {
  const { text } = model;
  const body = model.paragraphs.find((p) => p.role === 'body');
  const title = model.headline
    ? text.slice(model.headline.start, model.headline.end)
    : body ? firstWords(text.slice(body.start, body.end), TITLE_WORDS) : '';
  const table = entityTableOf(model);
  const mentionCount = table.reduce((sum, entity) => sum + entity.mentions.length, 0);
  const mentionRanges = new Int32Array(mentionCount * MENTION_FIELDS);
  const sentences: string[] = [];
  const sentenceIndex = new Map<number, number>();
  let at = 0;
  const entities = table.map((entity): EntitySummary => {
    const forms = entityForms(entity);
    const firstRange = at;
    for (const index of entity.mentions) {
      const mention = model.entities[index];
      const start = model.lines.positionAt(mention.start);
      const end = model.lines.positionAt(mention.end);
      mentionRanges.set([start.line, start.character, end.line, end.character, forms.indexOf(text.slice(mention.start, mention.end))], at);
      at += MENTION_FIELDS;
    }
    // Only people keep their introducing sentence: it is the context of the roles the cross-article checks
    // compare, and keeping one for every place and organization doubled the index's memory.
    const first = entity.type === 'PERSON' ? model.entities[entity.mentions[0]] : undefined;
    let sentence = -1;
    const found = first ? sentenceAt(model, first.start) : -1;
    if (found >= 0) {
      if (!sentenceIndex.has(found)) {
        sentenceIndex.set(found, sentences.length);
        sentences.push(ownCopy(sentenceText(model, model.sentences[found], first!)));
      }
      sentence = sentenceIndex.get(found)!;
    }
    return {
      name: ownCopy(entity.name),
      type: entity.type,
      aliases: copyAll(entity.aliases),
      nativeNames: copyAll(entity.nativeNames),
      roles: distinctRoles(entity),
      mentions: entity.mentions.length,
      firstRange,
      sentence,
    };
  });
  return {
    title: ownCopy(title),
    words: countWords(model),
    paragraphs: model.paragraphs.filter((p) => p.role === 'body').length,
    quotes: model.quotes.length,
    moneyFigures: model.money.length,
    chromeLines: model.chrome.length,
    dateline: model.dateline && ownCopy(text.slice(model.dateline.start, model.dateline.end)),
    byline: model.byline && ownCopy(text.slice(model.byline.start, model.byline.end)),
    entities,
    mentionRanges,
    sentences,
  };
}

/** The canonical name, then the aliases, then the native names: what a mention's form number counts in. */
export function entityForms(entity: { name: string; aliases: readonly string[]; nativeNames: readonly string[] }): string[] {
  return [entity.name, ...entity.aliases, ...entity.nativeNames];
}

/** The mentions of one entity of a summary, as ranges. */
export function mentionRangesOf(summary: ArticleSummary, entity: EntitySummary): MentionRange[] {
  const forms = entityForms(entity);
  const ranges: MentionRange[] = [];
  const packed = summary.mentionRanges;
  for (let i = 0; i < entity.mentions; i++) {
    const at = entity.firstRange + i * MENTION_FIELDS;
    const form = packed[at + 4];
    ranges.push({
      start: { line: packed[at], character: packed[at + 1] },
      end: { line: packed[at + 2], character: packed[at + 3] },
      text: form >= 0 ? forms[form] : undefined,
    });
  }
  return ranges;
}

const tables = new WeakMap<ArticleModel, Entity[]>();

/**
 * The model's entity table, or one grouped from its mentions when only the mentions are filled (each
 * canonical name one entity, the other mention texts its aliases), so every feature sees the same entities.
 */
export function entityTableOf(model: ArticleModel): Entity[] {
  if (model.entityTable.length > 0 || model.entities.length === 0) return model.entityTable;
  let table = tables.get(model);
  if (table) return table;
  const byName = new Map<string, Entity>();
  model.entities.forEach((mention, index) => {
    let entity = byName.get(mention.entity);
    if (!entity) byName.set(mention.entity, (entity = { name: mention.entity, type: mention.type, aliases: [], nativeNames: [], mentions: [], roles: [] }));
    entity.mentions.push(index);
    const form = model.text.slice(mention.start, mention.end);
    if (form !== entity.name && !entity.aliases.includes(form)) entity.aliases.push(form);
  });
  table = [...byName.values()];
  tables.set(model, table);
  return table;
}

/** Index into model.sentences of the sentence that contains `offset`, or -1. */
export function sentenceAt(model: ArticleModel, offset: number): number {
  const { sentences } = model;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end <= offset) low = mid + 1;
    else if (sentences[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** A sentence on one line, cut to a window around `focus` when long ("… said Mnuchin, who …"). */
export function sentenceText(model: ArticleModel, sentence: Span, focus: Span): string {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_SENTENCE) {
    start = Math.max(sentence.start, Math.min(focus.start - MAX_SENTENCE / 4, sentence.end - MAX_SENTENCE));
    end = Math.min(sentence.end, start + MAX_SENTENCE);
  }
  const words = model.text.slice(start, end).split(/\s+/u).filter(Boolean);
  // A window cut mid-word drops the broken word.
  if (start > sentence.start) words.shift();
  if (end < sentence.end) words.pop();
  return `${start > sentence.start ? '… ' : ''}${words.join(' ')}${end < sentence.end ? ' …' : ''}`;
}

function distinctRoles(entity: Entity): readonly RoleSummary[] {
  if (entity.roles.length === 0) return NONE;
  const seen = new Map<string, RoleSummary>();
  for (const role of entity.roles) {
    if (!seen.has(role.title)) seen.set(role.title, { title: ownCopy(role.title), placement: role.placement });
  }
  return [...seen.values()];
}

function copyAll(strings: readonly string[]): readonly string[] {
  return strings.length === 0 ? NONE : strings.map(ownCopy);
}

/**
 * A copy of a string that does not share memory with the article it was cut from. V8 keeps a slice as a view
 * into its parent, so a 30-character headline held in the index would otherwise keep the whole article alive
 * (10,000 indexed articles held 100 MB that way).
 */
export function ownCopy(slice: string): string {
  return (' ' + slice).slice(1);
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
