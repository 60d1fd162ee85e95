// Commands that run on the server (workspace/executeCommand), so every editor has them, not only VS Code.
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { ArticleModel } from '../analysis/article';
import { removeAllPageBoilerplate } from '../rules/page-boilerplate';
import { toTextEdits } from './code-actions';

export const COMMANDS = {
  /** Arguments: [uri]. Removes every page-boilerplate line of the article through one WorkspaceEdit. */
  removePageBoilerplate: 'articleLens.removePageBoilerplate',
  /** No arguments. Scans the workspace folders again; answers with the number of articles indexed. */
  reindexWorkspace: 'articleLens.reindexWorkspace',
} as const;

export const SERVER_COMMANDS: string[] = Object.values(COMMANDS);

/** The edit that removes all page boilerplate, or null when the article has none. */
export function removePageBoilerplateEdit(uri: string, model: ArticleModel): WorkspaceEdit | null {
  if (model.chrome.length === 0) return null;
  return { changes: { [uri]: toTextEdits(model, removeAllPageBoilerplate(model)) } };
}
