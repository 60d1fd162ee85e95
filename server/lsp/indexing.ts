// Keeps the WorkspaceIndex in step with the folders: a full scan at start (with work-done progress) and
// after settings change which files are articles, then one file at a time as files are created, changed,
// deleted or renamed.
import { FileChangeType, FileEvent, FileRename } from 'vscode-languageserver/node';
import { parseArticle } from '../analysis/article';
import { summarize } from '../analysis/summary';
import { articleExtensions } from '../service/settings';
import { hasArticleExtension } from '../service/workspace';
import { Session } from './session';

export async function indexWorkspace(session: Session, withProgress: boolean): Promise<number> {
  const started = Date.now();
  const progress = withProgress ? await session.connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('Article Lens: indexing articles', 0, 'Looking for articles…', true);
  let lastPercent = -1;
  session.index.clear();
  const count = await session.index.build(
    session.workspace(),
    articleExtensions(session.settings),
    (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent !== lastPercent) progress?.report(percent, `${done} of ${total} articles`);
      lastPercent = percent;
    },
    () => progress?.token.isCancellationRequested ?? false,
  );
  progress?.done();
  session.connection.console.info(`Indexed ${count} articles in ${Date.now() - started} ms`);
  return count;
}

export async function applyFileEvents(session: Session, events: FileEvent[]): Promise<void> {
  const extensions = articleExtensions(session.settings);
  for (const event of events) {
    if (!hasArticleExtension(event.uri, extensions)) continue;
    if (event.type === FileChangeType.Deleted) {
      session.index.delete(event.uri);
    } else if (!session.documents.get(event.uri)) {
      // An open article is indexed from its buffer; disk only speaks for the closed ones.
      await indexFromDisk(session, event.uri);
    }
  }
}

/** A closed article is indexed from disk again: closing without saving drops the buffer's changes. */
export async function indexFromDisk(session: Session, uri: string): Promise<void> {
  if (!hasArticleExtension(uri, articleExtensions(session.settings))) return;
  const text = await session.workspace().readArticle(uri);
  if (text === undefined) session.index.delete(uri);
  else session.index.set(uri, summarize(parseArticle(text)));
}

export function applyRenames(session: Session, renames: FileRename[]): void {
  for (const { oldUri, newUri } of renames) session.index.rename(oldUri, newUri);
}
