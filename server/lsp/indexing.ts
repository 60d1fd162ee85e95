// Keeps the WorkspaceIndex in step with the folders: a full scan at start (with work-done progress) and
// after settings change which files are articles, then one file at a time as files are created, changed,
// deleted or renamed.
import { FileChangeType, FileEvent, FileRename } from 'vscode-languageserver/node';
import { ArticleSummary, summarize } from '../analysis/summary';
import { SummarizePool } from '../service/summarize-pool';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleExtensions } from '../service/settings';
import { hasArticleExtension } from '../service/workspace';
import { Session } from './session';

/** Below this many articles, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 256;

export async function indexWorkspace(session: Session, withProgress: boolean): Promise<number> {
  const started = Date.now();
  const progress = withProgress ? await session.connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('Article Lens: indexing articles', 0, 'Looking for articles…', true);
  const workspace = session.workspace();
  const extensions = articleExtensions(session.settings);
  const uris = await workspace.listArticles(extensions);
  const pool = uris.length >= POOL_THRESHOLD ? startPool(session) : undefined;
  let lastPercent = -1;
  session.index.clear();
  const count = await session.index.build({ listArticles: async () => uris, readArticle: workspace.readArticle }, extensions, {
    progress: (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent !== lastPercent) progress?.report(percent, `${done} of ${total} articles`);
      lastPercent = percent;
    },
    shouldStop: () => progress?.token.isCancellationRequested ?? false,
    // Open articles are summarised from their buffers on the main thread; the rest from disk in the workers.
    summarizeBatch: pool ? (batch) => summarizeOnDisk(session, pool, batch) : async (batch) => Promise.all(batch.map(async (uri) => {
      const text = await workspace.readArticle(uri);
      return text === undefined ? undefined : session.summarizeText(uri, text);
    })),
    // Two batches a worker: SummarizePool sends a worker its next batch before it has finished the last.
    parallelism: pool && pool.size * 2,
  });
  const threads = pool?.size;
  await pool?.close();
  progress?.done();
  session.connection.console.info(`Indexed ${count} articles in ${Date.now() - started} ms${threads ? ` on ${threads} threads` : ''}`);
  return count;
}

/** The worker threads' own bundle, next to this one (dist/server.js): see server/summarize-worker.ts. */
const WORKER_SCRIPT = join(__dirname, 'summarize-worker.js');

function startPool(session: Session): SummarizePool | undefined {
  try {
    return new SummarizePool(WORKER_SCRIPT);
  } catch (error) {
    session.connection.console.warn(`Indexing on one thread: ${(error as Error).message}`);
    return undefined;
  }
}

async function summarizeOnDisk(session: Session, pool: SummarizePool, uris: string[]): Promise<Array<ArticleSummary | undefined>> {
  const onDisk = uris.filter((uri) => !session.documents.get(uri));
  const fromWorkers = await pool.summarize(onDisk.map((uri) => fileURLToPath(uri)), session.knowledge).catch(async (error: Error) => {
    // A worker that ran out of memory on this batch: the main thread has no such cap.
    session.connection.console.warn(`Indexing ${onDisk.length} articles on the main thread: ${error.message}`);
    const texts = await Promise.all(onDisk.map((uri) => session.workspace().readArticle(uri)));
    return texts.map((text, i) => (text === undefined ? undefined : session.summarizeText(onDisk[i], text)));
  });
  const byUri = new Map(onDisk.map((uri, i) => [uri, fromWorkers[i]]));
  return uris.map((uri) => {
    if (byUri.has(uri)) return byUri.get(uri);
    const open = session.model(uri);
    return open && summarize(open.model);
  });
}

/** Returns the articles whose workspace findings may have changed (see WorkspaceIndex.update). */
export async function applyFileEvents(session: Session, events: FileEvent[]): Promise<Set<string>> {
  const extensions = articleExtensions(session.settings);
  const affected = new Set<string>();
  for (const event of events) {
    if (!hasArticleExtension(event.uri, extensions)) continue;
    if (event.type === FileChangeType.Deleted) {
      for (const uri of session.index.delete(event.uri)) affected.add(uri);
    } else if (!session.documents.get(event.uri)) {
      // An open article is indexed from its buffer; disk only speaks for the closed ones.
      for (const uri of await indexFromDisk(session, event.uri)) affected.add(uri);
    }
  }
  return affected;
}

/**
 * A closed article is indexed from disk again: closing without saving drops the buffer's changes. Returns the
 * articles to check again: those converting between the same currencies as a conversion it changed, and those
 * naming a person or a near-miss spelling whose names or titles it changed.
 */
export async function indexFromDisk(session: Session, uri: string): Promise<Set<string>> {
  if (!hasArticleExtension(uri, articleExtensions(session.settings))) return new Set();
  const text = await session.workspace().readArticle(uri);
  if (text === undefined) return session.index.delete(uri);
  const { names, conversions } = session.index.update(uri, session.summarizeText(uri, text));
  return new Set([...names, ...conversions]);
}

export function applyRenames(session: Session, renames: FileRename[]): void {
  for (const { oldUri, newUri } of renames) session.index.rename(oldUri, newUri);
}
