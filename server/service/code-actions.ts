// Quick fixes come straight from the fixes that rules attach to their findings: no separate logic.
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { KnowledgeBase } from '../analysis/knowledge-base';
import { Span } from '../analysis/text';
import { Fix, WorkspaceSummaries } from '../rules/rule';
import { checkArticle, toDiagnostics } from './diagnostics';
import { toRange } from './ranges';
import { Settings } from './settings';

/** The quick fixes of every finding that touches `span` (a cursor is an empty span), workspace rules' too where the index is given. */
export function codeActionsAt(uri: string, model: ArticleModel, settings: Settings, span: Span, workspace?: WorkspaceSummaries, knowledge?: KnowledgeBase): CodeAction[] {
  const findings = checkArticle(uri, model, settings, workspace, knowledge).filter((f) => f.span.start <= span.end && span.start <= f.span.end);
  const diagnostics = toDiagnostics(uri, model.lines, findings);
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  findings.forEach((finding, index) => {
    for (const fix of finding.fixes ?? []) {
      // "Fix all" appears once however many findings under the cursor offer it.
      const key = fix.edits.length > 1 ? fix.title : `${index}:${fix.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push(toCodeAction(uri, model, fix, [diagnostics[index]]));
    }
  });
  return actions;
}

export function toCodeAction(uri: string, model: ArticleModel, fix: Fix, diagnostics: Diagnostic[]): CodeAction {
  return {
    title: fix.title,
    kind: 'quickfix',
    diagnostics,
    isPreferred: fix.preferred,
    ...(fix.edits.length > 0 || !fix.command ? { edit: { changes: { [uri]: toTextEdits(model, fix) } } } : {}),
    // Fixes that change the project file are server commands: the server writes it (workspace/applyEdit).
    ...(fix.command ? { command: { title: fix.title, command: fix.command.command, arguments: fix.command.arguments } } : {}),
  };
}

export function toTextEdits(model: ArticleModel, fix: Fix): TextEdit[] {
  return fix.edits.map((edit) => ({ range: toRange(model.lines, edit.span), newText: edit.newText }));
}
