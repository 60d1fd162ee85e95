// `article-lens check`: every rule over the files given, in the chosen format, with an exit code for CI. The
// files given are the workspace: workspace rules (money-conversion-rate) compare each article with the others.
import { parseArticle } from '../analysis/article';
import { applyKnowledgeBase, EMPTY_KNOWLEDGE_BASE, KnowledgeBase } from '../analysis/knowledge-base';
import { summarize } from '../analysis/summary';
import { WorkspaceIndex } from '../service/index';
import { Severity, SEVERITIES } from '../rules/rule';
import { checkArticle } from '../service/diagnostics';
import { toLineColumn } from '../service/ranges';
import { Settings } from '../service/settings';
import { CheckTotals, formatJson, formatSarif, formatText, Reported } from './formats';
import { InputFile } from './inputs';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  format: OutputFormat;
  /** The lowest severity that fails the run, or 'none'. */
  failOn: Severity | 'none';
  settings: Settings;
  /** The project file's knowledge base, applied to every article after the parse. */
  knowledge?: KnowledgeBase;
  progress?: (done: number, total: number) => void;
}

export interface CheckResult {
  output: string;
  exitCode: 0 | 1;
}

export function runCheck(files: InputFile[], options: CheckOptions): CheckResult {
  const reported: Reported[] = [];
  const totals: CheckTotals = { articles: files.length, articlesWithFindings: 0, bySeverity: { error: 0, warning: 0, information: 0, hint: 0 } };
  // A first pass indexes every article's summary; the second checks each one against the index. Parsing twice
  // keeps one model in memory at a time, however many files are given.
  const knowledge = options.knowledge ?? EMPTY_KNOWLEDGE_BASE;
  const parse = (file: InputFile) => applyKnowledgeBase(parseArticle(file.text), knowledge, file.display);
  const workspace = new WorkspaceIndex();
  // Summaries are keyed by the name shown (every file's is unique), the uri a workspace rule's related places name.
  for (const file of files) workspace.replaceSummary(file.display, summarize(parse(file)));
  files.forEach((file, index) => {
    const model = parse(file);
    const findings = checkArticle(file.display, model, options.settings, workspace, knowledge);
    if (findings.length > 0) totals.articlesWithFindings++;
    for (const finding of findings) {
      const start = toLineColumn(model.lines, finding.span.start);
      const end = toLineColumn(model.lines, finding.span.end);
      totals.bySeverity[finding.severity]++;
      reported.push({
        file: file.display, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
        severity: finding.severity, rule: finding.ruleId, message: finding.message, fixes: (finding.fixes ?? []).map((fix) => fix.title),
      });
    }
    options.progress?.(index + 1, files.length);
  });
  const output = options.format === 'json' ? formatJson(reported, totals)
    : options.format === 'sarif' ? formatSarif(reported, VERSION)
    : formatText(reported, totals);
  return { output, exitCode: fails(reported, options.failOn) ? 1 : 0 };
}

function fails(findings: Reported[], failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  return findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= threshold);
}

declare const VERSION: string;
