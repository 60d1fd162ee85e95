// WorkspaceIndex: one ArticleSummary per article in the workspace, plus inverted maps from each fact to the
// articles that state it. Updates are diff-based: replacing a summary reports which other articles share a
// changed key, so only those are checked again.
import { parseArticle } from '../analysis/article';
import { ArticleSummary, summarize } from '../analysis/summary';
import { Workspace } from './workspace';

export interface BuildOptions {
  progress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
  /** Summaries of a batch of article URIs, in order; undefined where one cannot be read. */
  summarizeBatch?: (uris: string[]) => Promise<Array<ArticleSummary | undefined>>;
  /** How many batches to keep in flight (the number of worker threads behind summarizeBatch). */
  parallelism?: number;
}

const BATCH_SIZE = 64;

async function summarizeInProcess(workspace: Workspace, uris: string[]): Promise<Array<ArticleSummary | undefined>> {
  const texts = await Promise.all(uris.map((uri) => workspace.readArticle(uri)));
  return texts.map((text) => (text === undefined ? undefined : summarize(parseArticle(text))));
}

export class WorkspaceIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly articlesByEntity = new Map<string, Set<string>>();

  get size(): number {
    return this.summaries.size;
  }

  get(uri: string): ArticleSummary | undefined {
    return this.summaries.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.summaries.keys();
  }

  entries(): IterableIterator<[string, ArticleSummary]> {
    return this.summaries.entries();
  }

  /** Articles that mention the entity with this canonical name. */
  articlesMentioning(entity: string): ReadonlySet<string> {
    return this.articlesByEntity.get(entity) ?? new Set();
  }

  /**
   * Reads and summarises every article the workspace lists, a batch at a time so that requests are still
   * answered while a large folder is indexed. `summarizeBatch` may hand batches to worker threads; as many
   * batches are in flight as it has workers. `shouldStop` ends the scan early.
   */
  async build(workspace: Workspace, extensions: readonly string[], options: BuildOptions = {}): Promise<number> {
    const uris = await workspace.listArticles(extensions);
    const summarizeBatch = options.summarizeBatch ?? ((batch: string[]) => summarizeInProcess(workspace, batch));
    const inFlight = Math.max(1, options.parallelism ?? 1);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < uris.length && !options.shouldStop?.()) {
        const batch = uris.slice(next, next + BATCH_SIZE);
        next += batch.length;
        const summaries = await summarizeBatch(batch);
        batch.forEach((uri, k) => { if (summaries[k]) this.set(uri, summaries[k]!); });
        done += batch.length;
        options.progress?.(done, uris.length);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return this.summaries.size;
  }

  /** Stores the summary and returns the other articles whose shared keys changed (to be re-checked). */
  set(uri: string, summary: ArticleSummary): Set<string> {
    const before = new Set(this.summaries.get(uri)?.entities.map((e) => e.name) ?? []);
    const after = new Set(summary.entities.map((e) => e.name));
    this.summaries.set(uri, summary);
    const affected = new Set<string>();
    for (const name of before) {
      if (after.has(name)) continue;
      this.unlink(name, uri);
      for (const other of this.articlesMentioning(name)) affected.add(other);
    }
    for (const name of after) {
      if (before.has(name)) continue;
      for (const other of this.articlesMentioning(name)) affected.add(other);
      this.link(name, uri);
    }
    affected.delete(uri);
    return affected;
  }

  /** Forgets the article and returns the articles that shared any of its keys. */
  delete(uri: string): Set<string> {
    const summary = this.summaries.get(uri);
    const affected = new Set<string>();
    if (!summary) return affected;
    this.summaries.delete(uri);
    for (const { name } of summary.entities) {
      this.unlink(name, uri);
      for (const other of this.articlesMentioning(name)) affected.add(other);
    }
    return affected;
  }

  rename(oldUri: string, newUri: string): void {
    const summary = this.summaries.get(oldUri);
    if (!summary) return;
    this.delete(oldUri);
    this.set(newUri, summary);
  }

  clear(): void {
    this.summaries.clear();
    this.articlesByEntity.clear();
  }

  private link(name: string, uri: string): void {
    let set = this.articlesByEntity.get(name);
    if (!set) this.articlesByEntity.set(name, (set = new Set()));
    set.add(uri);
  }

  private unlink(name: string, uri: string): void {
    const set = this.articlesByEntity.get(name);
    if (!set) return;
    set.delete(uri);
    if (set.size === 0) this.articlesByEntity.delete(name);
  }
}
