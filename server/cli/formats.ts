// The three output formats of `check`: text lines for people, JSON for scripts, SARIF for code-scanning tools.
import { ALL_RULES } from '../rules';
import { Severity } from '../rules/rule';

export interface Reported {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  fixes: string[];
}

export interface CheckTotals {
  articles: number;
  articlesWithFindings: number;
  bySeverity: Record<Severity, number>;
}

export function formatText(findings: Reported[], totals: CheckTotals): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  lines.push(summaryLine(findings.length, totals));
  return lines.join('\n') + '\n';
}

export function summaryLine(count: number, totals: CheckTotals): string {
  const { error, warning, information, hint } = totals.bySeverity;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count, 'finding')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${information} information, ${plural(hint, 'hint')}) in ${totals.articlesWithFindings} of ${plural(totals.articles, 'article')}`;
}

export function formatJson(findings: Reported[], totals: CheckTotals): string {
  return JSON.stringify({ findings, summary: totals }, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(findings: Reported[], version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'article-lens',
          version,
          rules: ALL_RULES.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: findings.map((f) => ({
        ruleId: f.rule,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.file.split('\\').join('/') },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
