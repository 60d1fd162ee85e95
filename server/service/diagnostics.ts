// Runs the rules an article's settings switch on and turns their findings into LSP diagnostics.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { KnowledgeBase } from '../analysis/knowledge-base';
import { LineIndex } from '../analysis/text';
import { ALL_RULES } from '../rules';
import { Finding, Severity, WorkspaceSummaries } from '../rules/rule';
import { toRange } from './ranges';
import { Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'article-lens';

export interface RatedFinding extends Finding {
  severity: Severity;
}

/**
 * Every finding of every rule that is not switched off, in text order. Workspace rules run only when the
 * other articles' summaries are given (the server passes its index; `check` on files runs the article rules).
 */
export function checkArticle(uri: string, model: ArticleModel, settings: Settings, workspace?: WorkspaceSummaries, knowledge?: KnowledgeBase): RatedFinding[] {
  const findings: RatedFinding[] = [];
  for (const rule of ALL_RULES) {
    const level = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    const found = rule.scope === 'article' ? rule.check({ uri, model, options: settings, knowledge }) : workspace ? rule.check({ uri, model, options: settings, workspace, knowledge }) : [];
    for (const finding of found) findings.push({ ...finding, severity: level });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/** `linesOf` gives the line index of another article named in related information, when it is known. */
export function toDiagnostics(uri: string, lines: LineIndex, findings: RatedFinding[], linesOf: (uri: string) => LineIndex | undefined = () => undefined): Diagnostic[] {
  return findings.map((finding) => {
    const diagnostic: Diagnostic = {
      range: toRange(lines, finding.span),
      severity: LSP_SEVERITY[finding.severity],
      code: finding.ruleId,
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
    };
    const related: DiagnosticRelatedInformation[] = [];
    for (const place of finding.related ?? []) {
      if ('range' in place) {
        related.push({ location: { uri: place.uri, range: place.range }, message: place.message });
        continue;
      }
      const placeLines = place.uri === uri ? lines : linesOf(place.uri);
      if (placeLines) related.push({ location: { uri: place.uri, range: toRange(placeLines, place.span) }, message: place.message });
    }
    if (related.length > 0) diagnostic.relatedInformation = related;
    return diagnostic;
  });
}
