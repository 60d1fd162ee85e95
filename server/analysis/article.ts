// parseArticle(text) → ArticleModel: the one parse that every feature, rule and output reads.
import { LineIndex, Span, trimSpan } from './text';
import { Paragraph, Sentence, splitParagraphs, splitSentences, TokenList, tokenize } from './segment';
import { analyseLayout, ChromeLine, ParagraphRole } from './page-chrome';

import { Entity, EntityMention } from './entity-types';
import { defaultDetector } from './entities';
import { linkMentions } from './entity-linking';
import { findRoles } from './roles';

export type { Entity, EntityMention, EntityType } from './entity-types';

/** A monetary figure with its exact value. Filled by the money analysis; empty until then. */
export interface MoneyFigure extends Span {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  min?: number;
  max?: number;
}

/** A quoted statement and its speaker. Filled by the quote analysis; empty until then. */
export interface Quote extends Span {
  speaker: string | null;
  speakerSpan?: Span;
}

export interface ParagraphInfo extends Paragraph {
  role: ParagraphRole;
}

/** Words and numbers: what a reader counts as words. */
export function countWords(model: ArticleModel): number {
  let words = 0;
  for (let i = 0; i < model.tokens.length; i++) {
    const kind = model.tokens.kind(i);
    if (kind === 'word' || kind === 'number') words++;
  }
  return words;
}

export interface ArticleModel {
  text: string;
  lines: LineIndex;
  paragraphs: ParagraphInfo[];
  sentences: Sentence[];
  tokens: TokenList;
  /** Scraped page chrome, in text order: what the page-boilerplate rule reports. */
  chrome: ChromeLine[];
  headline?: Span;
  byline?: Span;
  dateline?: Span;
  /** Every name mention, in text order. */
  entities: EntityMention[];
  /** The entities those mentions belong to, in order of first mention. */
  entityTable: Entity[];
  money: MoneyFigure[];
  quotes: Quote[];
}

/** What name detection reads of a model: the text as segmented, before any entity analysis. */
export type SegmentedArticle = Pick<ArticleModel, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'dateline'>;

export function parseArticle(text: string): ArticleModel {
  const lines = new LineIndex(text);
  const paragraphSpans = splitParagraphs(text).map((span) => trimSpan(text, span));
  const layout = analyseLayout(text, paragraphSpans);

  // Sized from the text so that the arrays rarely grow while tokenizing (about one token per five characters).
  const tokens = new TokenList(Math.max(16, Math.ceil(text.length / 4)));
  const sentences: Sentence[] = [];
  const paragraphs: ParagraphInfo[] = paragraphSpans.map((span, index) => {
    const firstToken = tokens.length;
    tokenize(text, span.start, span.end, tokens);
    const firstSentence = sentences.length;
    for (const [from, to] of splitSentences(text, tokens, firstToken, tokens.length)) {
      sentences.push({ start: tokens.start(from), end: tokens.end(to - 1), paragraph: index, firstToken: from, tokenCount: to - from });
    }
    // Spelled out rather than spread: a spread copy of `span` came out at ~350 bytes a paragraph, this at ~60.
    return {
      start: span.start,
      end: span.end,
      line: lines.positionAt(span.start).line,
      firstSentence,
      sentenceCount: sentences.length - firstSentence,
      role: layout.roles[index],
    };
  });

  tokens.compact();
  const { mentions, entities } = linkMentions(text, defaultDetector().detect({ text, paragraphs, sentences, tokens, dateline: layout.dateline }));
  const model = {
    text,
    lines,
    paragraphs,
    sentences,
    tokens,
    chrome: layout.chrome,
    headline: layout.headline,
    byline: layout.byline,
    dateline: layout.dateline,
    entities: mentions,
    money: [],
    quotes: [],
  };
  return withEntityTable(model, entities);
}

/**
 * The model with its entity table, whose roles are attached the first time the table is read. Roles are read
 * only through the table (hovers, summaries, the index) and `annotate` reads the mentions alone, so finding
 * them late gives the same table for less work.
 */
function withEntityTable(model: Omit<ArticleModel, 'entityTable'>, entities: Entity[]): ArticleModel {
  const { text, entities: mentions } = model;
  let table = entities;
  let rolesPending = true;
  return {
    ...model,
    get entityTable(): Entity[] {
      if (rolesPending) {
        rolesPending = false;
        attachRoles(text, mentions, entities);
      }
      return table;
    },
    set entityTable(value: Entity[]) {
      rolesPending = false;
      table = value;
    },
  };
}

/** The roles people are given, each attached to the entity of the mention it was found at. */
function attachRoles(text: string, mentions: EntityMention[], entities: Entity[]): void {
  const entityOf = new Map<number, Entity>();
  for (const entity of entities) for (const index of entity.mentions) entityOf.set(index, entity);
  for (const role of findRoles(text, mentions)) entityOf.get(role.mention)?.roles.push(role);
}
