// parseArticle(text) → ArticleModel: the one parse that every feature, rule and output reads.
import { LineIndex, Span } from './text';
import { forEachSentence, Paragraph, Sentence, splitParagraphs, TokenList, tokenize } from './segment';
import { analyseLayout, ChromeLine, Layout, ParagraphRole } from './page-chrome';

import { Entity, EntityMention } from './entity-types';
import { defaultDetector, MentionDetector } from './entities';
import { linkMentionsLazily } from './entity-linking';
import { findRoles } from './roles';
import { findQuotes } from './quotes';
import { withQuotedNames } from './quoted-names';
import { findMoney, MoneyFigure } from './money';
import { Quote, UnbalancedMark } from './quote-types';

export type { Entity, EntityMention, EntityType } from './entity-types';
export type { Quote, QuoteKind, UnbalancedMark } from './quote-types';
export type { MoneyFigure } from './money';

export interface ParagraphInfo extends Paragraph {
  role: ParagraphRole;
}

/** Words and numbers: what a reader counts as words (a parsed model keeps the count, since its tokens are made again when read). */
export function countWords(model: ArticleModel): number {
  return model instanceof ParsedArticle ? model.wordCount : model.tokens.wordCount;
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
  /** Every quoted passage in text order, names and scare quotes included (see Quote.kind). */
  quotes: Quote[];
  /** Quotation marks without a partner. */
  unbalancedQuotes: UnbalancedMark[];
}

/** What name detection reads of a model: the text as segmented, before any entity analysis. */
export type SegmentedArticle = Pick<ArticleModel, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'dateline'>;

// Every parse tokenizes into one list, reused: detection reads the tokens during the parse and nothing after it
// does, so a model does not keep them (see parseArticle).
const SCRATCH_CAPACITY = 4096;
const MAX_SCRATCH_TOKENS = 65536;
let scratchTokens = new TokenList(SCRATCH_CAPACITY);

function emptyScratch(): TokenList {
  // A freak article (a megabyte of text) does not keep its token room for the life of the process.
  if (scratchTokens.capacity > MAX_SCRATCH_TOKENS) scratchTokens = new TokenList(SCRATCH_CAPACITY);
  scratchTokens.clear();
  return scratchTokens;
}

/** The tokens of a paragraph that end in a stop, as the tokenizer lists them for the sentence splitter: reused. */
const scratchStops: number[] = [];

/** Tokenizes the paragraphs into `tokens` and splits them into sentences. */
function segmentParagraphs(text: string, paragraphs: readonly Span[], tokens: TokenList): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((span, index) => {
    const firstToken = tokens.length;
    scratchStops.length = 0;
    tokenize(text, span.start, span.end, tokens, scratchStops);
    forEachSentence(text, tokens, firstToken, tokens.length, (from, to) => {
      sentences.push({ start: tokens.start(from), end: tokens.end(to - 1), paragraph: index, firstToken: from, tokenCount: to - from });
    }, scratchStops);
  });
  return sentences;
}

/** `detector`: the shipped one unless a tool scores other weights (`npm run eval -- --model`). */
export function parseArticle(text: string, detector: MentionDetector = defaultDetector()): ArticleModel {
  const lines = new LineIndex(text);
  const paragraphSpans = splitParagraphs(text, lines);
  const layout = analyseLayout(text, paragraphSpans);

  const tokens = emptyScratch();
  const sentences = segmentParagraphs(text, paragraphSpans, tokens);
  let next = 0;
  const paragraphs: ParagraphInfo[] = paragraphSpans.map((span, index) => {
    const firstSentence = next;
    while (next < sentences.length && sentences[next].paragraph === index) next++;
    // Spelled out rather than spread: a spread copy of `span` came out at ~350 bytes a paragraph, this at ~60.
    return {
      start: span.start,
      end: span.end,
      line: lines.lineAt(span.start),
      firstSentence,
      sentenceCount: next - firstSentence,
      role: layout.roles[index],
    };
  });
  const words = tokens.wordCount;
  const raw = detector.detect({ text, paragraphs, sentences, tokens, dateline: layout.dateline });
  let { mentions, entities } = linkMentionsLazily(text, raw);
  const { quotes, unbalanced } = findQuotes({ text, paragraphs, sentences, mentions });
  // Names in quote marks become MISC mentions; linking again is needed only in the few articles that have any.
  const withNames = withQuotedNames(text, raw, quotes);
  if (withNames !== raw) ({ mentions, entities } = linkMentionsLazily(text, withNames));
  const money = findMoney(text, paragraphs, (index) => paragraphs[index]!.role === 'chrome');
  return new ParsedArticle(text, lines, paragraphs, layout, mentions, entities, quotes, unbalanced, money, words);
}

/**
 * The model, whose tokens and sentences are segmented again when read and whose entities (and the roles on them)
 * are made the first time its entity table is read.
 *
 * An open article keeps its model in the cache, and its tokens (7 KB) and sentence objects (4 KB) were over a
 * third of it, for what only name detection (during the parse), the word count (kept) and a hover's quoted
 * sentence read: segmenting again takes ~0.05 ms. Roles are read only through the table (hovers, summaries, the
 * index) and `annotate` reads the mentions alone, so making them late gives the same table for less work.
 *
 * A class: its accessors are made once, on the prototype; an object literal made a pair of closures for each of
 * them for every article.
 */
class ParsedArticle implements ArticleModel {
  readonly chrome: ChromeLine[];
  readonly headline: Span | undefined;
  readonly byline: Span | undefined;
  readonly dateline: Span | undefined;
  private table: Entity[] | undefined;
  /** Dropped once the table is made: it holds the linking's working arrays, which an open article need not keep. */
  private makeEntities: (() => Entity[]) | undefined;
  private keptTokens: TokenList | undefined;
  private keptSentences: Sentence[] | undefined;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly paragraphs: ParagraphInfo[],
    layout: Layout,
    readonly entities: EntityMention[],
    makeEntities: () => Entity[],
    readonly quotes: Quote[],
    readonly unbalancedQuotes: UnbalancedMark[],
    readonly money: MoneyFigure[],
    /** Words and numbers, counted while the tokens were at hand (summaries need it). */
    readonly wordCount: number,
  ) {
    this.chrome = layout.chrome;
    this.headline = layout.headline;
    this.byline = layout.byline;
    this.dateline = layout.dateline;
    this.makeEntities = makeEntities;
  }

  get tokens(): TokenList {
    if (this.keptTokens) return this.keptTokens;
    const scratch = emptyScratch();
    segmentParagraphs(this.text, this.paragraphs, scratch);
    return scratch.copy();
  }

  set tokens(value: TokenList) {
    this.keptTokens = value;
  }

  get sentences(): Sentence[] {
    return this.keptSentences ?? segmentParagraphs(this.text, this.paragraphs, emptyScratch());
  }

  set sentences(value: Sentence[]) {
    this.keptSentences = value;
  }

  get entityTable(): Entity[] {
    if (this.table === undefined) {
      this.table = this.makeEntities!();
      this.makeEntities = undefined;
      attachRoles(this.text, this.entities, this.table);
    }
    return this.table;
  }

  set entityTable(value: Entity[]) {
    this.makeEntities = undefined;
    this.table = value;
  }
}

/** The roles people are given, each attached to the entity of the mention it was found at. */
function attachRoles(text: string, mentions: EntityMention[], entities: Entity[]): void {
  // By mention number in an array, not a Map: every mention of every article summarised is filed here.
  const entityOf = new Array<Entity | undefined>(mentions.length);
  for (const entity of entities) for (const index of entity.mentions) entityOf[index] = entity;
  for (const role of findRoles(text, mentions)) entityOf[role.mention]?.roles.push(role);
  // Cut to size: an array grown by push keeps room for 16 more, and an open article keeps its table.
  for (const entity of entities) if (entity.roles.length > 0) entity.roles = entity.roles.slice();
}
