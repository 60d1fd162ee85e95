// The contract between rules and everything that shows their findings. Fixes are data on the finding, so the
// editor's quick fixes, the CLI and the tests all read the same edits.
import { ArticleModel } from '../analysis/article';
import { KnowledgeBase } from '../analysis/knowledge-base';
import { ArticleSummary, EntitySummary, QuotePrint } from '../analysis/summary';
import { Span } from '../analysis/text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Replace `span` of the finding's article with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor may apply on "auto fix". */
  preferred?: boolean;
  /**
   * A server command to run instead of (or after) the edits: fixes that change the knowledge base
   * (.article-lens.json) run on the server, which writes the file through a WorkspaceEdit (see service/commands.ts).
   */
  command?: { command: string; arguments: unknown[] };
}

/** A line and a UTF-16 character on it, as summaries keep places in other articles. */
export interface LinePosition {
  line: number;
  character: number;
}

/**
 * A place in another (or the same) article that explains the finding: a span of an article whose text is at
 * hand, or a line range read from another article's summary (which holds no text to count offsets in).
 */
export type RelatedPlace = { uri: string; message: string } & ({ span: Span } | { range: { start: LinePosition; end: LinePosition } });

export interface Finding {
  ruleId: string;
  span: Span;
  message: string;
  related?: RelatedPlace[];
  fixes?: Fix[];
}

/** A rate declared in the project file: `rate` units of `to` for one unit of `from`, as of `date`. */
export interface DeclaredRate {
  from: string;
  to: string;
  rate: number;
  date?: string;
}

/** The settings that rules read (server/service/settings.ts holds their one default). */
export interface RuleOptions {
  /** quote-unattributed flags statements of at least this many words. */
  quoteUnattributedMinWords: number;
  /** money-conversion-rate flags a conversion whose rate is further than this (0.05: 5 %) from another. */
  moneyRateTolerance: number;
  /** Exchange rates the project declares (`"rates"` in .article-lens.json). */
  rates: readonly DeclaredRate[];
  /** style-name-form writes an entity the way listed here ("U.S.") where an article writes it two ways. */
  preferredNameForms: readonly string[];
}

export interface ArticleContext {
  uri: string;
  model: ArticleModel;
  /** Missing (or an option missing): each rule's own defaults. */
  options?: Partial<RuleOptions>;
  /** The project's knowledge base (.article-lens.json); missing: an empty one. */
  knowledge?: KnowledgeBase;
}

export interface ArticleRule {
  id: string;
  scope: 'article';
  defaultSeverity: Severity;
  /** User-facing: feeds the README rule table and the setting's description. */
  description: string;
  check(context: ArticleContext): Finding[];
}

/** What a workspace rule may read of the other articles: their summaries, looked up by a key, never their text. */
export interface WorkspaceSummaries {
  /** The title of an article in the workspace, for messages. */
  titleOf(uri: string): string | undefined;
  /** The articles that convert between these two currencies, in either direction (the one checked too, if indexed). */
  withConversion(currency: string, other: string): Iterable<[string, ArticleSummary]>;
  /**
   * The rate of every indexed conversion between two currencies (the checked article's too, if indexed), in units
   * of `to` per `from`, sorted ascending; “$0 (€0)” (no rate at all) is left out.
   */
  conversionRates(from: string, to: string): readonly number[];
  /** The article's summary, if indexed. */
  get(uri: string): ArticleSummary | undefined;
  /** The articles whose summaries name an entity by exactly this canonical name. */
  articlesNaming(name: string): readonly string[];
  /** How many articles name it (cheaper than articlesNaming where only the count matters). */
  articleCount(name: string): number;
  /** Whether this article is the only one that names it. */
  namedOnlyIn(name: string, uri: string): boolean;
  /** Whether this article names it. */
  isNamedIn(name: string, uri: string): boolean;
  /** The titles the indexed articles give the person of this canonical name (each once). */
  titlesGiven(name: string): Iterable<string>;
  /** For each of `names`, the canonical names in the workspace that are a near miss of it (analysis/name-variants). */
  nearNames(names: readonly string[]): Map<string, string[]>;
  /** The entity `name` (under any name of its identity) in each article that mentions it. */
  mentionsOf(name: string): Iterable<{ uri: string; summary: ArticleSummary; entity: EntitySummary }>;
  /** The name the workspace knows a person by ("Trump" → "Donald Trump" where only one Trump is named in full). */
  identity(name: string): string;
  /** The articles holding a quote with this exact fingerprint (analysis/summary's quotePrint), the checked one too. */
  articlesQuoting(print: QuotePrint): readonly string[];
  /** The articles quoting `speaker` with a quote that may be a near match of `print` (a shared minhash band). */
  articlesQuotingNear(speaker: string, print: QuotePrint): readonly string[];
}

export interface WorkspaceContext extends ArticleContext {
  workspace: WorkspaceSummaries;
}

/** A rule that checks an article against the others. It runs where a workspace index is at hand (the server). */
export interface WorkspaceRule {
  id: string;
  scope: 'workspace';
  defaultSeverity: Severity;
  description: string;
  check(context: WorkspaceContext): Finding[];
}

export type Rule = ArticleRule | WorkspaceRule;
