// The contract between rules and everything that shows their findings. Fixes are data on the finding, so the
// editor's quick fixes, the CLI and the tests all read the same edits.
import { ArticleModel } from '../analysis/article';
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
}

/** A place in another (or the same) article that explains the finding. */
export interface RelatedPlace {
  uri: string;
  span: Span;
  message: string;
}

export interface Finding {
  ruleId: string;
  span: Span;
  message: string;
  related?: RelatedPlace[];
  fixes?: Fix[];
}

/** The settings that rules read (server/service/settings.ts holds their one default). */
export interface RuleOptions {
  /** quote-unattributed flags statements of at least this many words. */
  quoteUnattributedMinWords: number;
}

export interface ArticleContext {
  uri: string;
  model: ArticleModel;
  /** Missing: each rule's own defaults. */
  options?: RuleOptions;
}

export interface ArticleRule {
  id: string;
  scope: 'article';
  defaultSeverity: Severity;
  /** User-facing: feeds the README rule table and the setting's description. */
  description: string;
  check(context: ArticleContext): Finding[];
}

/** Workspace rules (scope 'workspace') arrive with the cross-article checks; the registry already allows them. */
export type Rule = ArticleRule;
