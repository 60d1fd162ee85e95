// Running a workspace rule as the server does: the other articles and the checked one are indexed from their
// summaries, then the rule checks the one article against the index.
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { summarize } from '../../server/analysis/summary';
import { ArticleContext, Finding, WorkspaceRule } from '../../server/rules/rule';
import { WorkspaceIndex } from '../../server/service/index';
import { parseMarked, renderSpans } from './markers';

/** Articles of the workspace other than the checked one, as [uri, text]. */
export type OtherArticles = ReadonlyArray<readonly [string, string]>;

export function checkAgainst(rule: WorkspaceRule, uri: string, text: string, others: OtherArticles, extra: Pick<ArticleContext, 'options' | 'knowledge'> = {}): Finding[] {
  const index = new WorkspaceIndex();
  for (const [other, otherText] of others) index.set(other, summarize(parseArticle(otherText)));
  const model = parseArticle(text);
  index.set(uri, summarize(model));
  return rule.check({ uri, model, workspace: index, ...extra });
}

/** Asserts that the rule flags exactly the ⟦marked⟧ spans, and gives the findings for more checks. */
export function expectFlaggedBy(rule: WorkspaceRule, uri: string, marked: string, others: OtherArticles, extra: Pick<ArticleContext, 'options' | 'knowledge'> = {}): Finding[] {
  const { text } = parseMarked(marked);
  const findings = checkAgainst(rule, uri, text, others, extra);
  assert.equal(renderSpans(text, findings.map((f) => f.span)), marked);
  return findings;
}
