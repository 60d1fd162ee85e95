// WorkspaceIndex: one ArticleSummary per article in the workspace, plus inverted maps from each fact to the
// articles that state it. Updates are diff-based: replacing a summary reports which other articles share a
// changed key, so only those are checked again.
import { parseArticle } from '../analysis/article';
import { ArticleSummary, entityForms, EntitySummary, NONE, summarize } from '../analysis/summary';
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
  /** Every form (canonical name, alias, native name) → the canonical names it stands for → how many articles say so. */
  private readonly namesByForm = new Map<string, Map<string, number>>();
  /** One copy of every name, alias and role title (see compact). Grows with the distinct names only. */
  private readonly strings = new Map<string, string>();

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

  /** The entity with this canonical name in each article that mentions it. */
  *mentionsOf(entity: string): IterableIterator<{ uri: string; summary: ArticleSummary; entity: EntitySummary }> {
    for (const uri of this.articlesMentioning(entity)) {
      const summary = this.summaries.get(uri)!;
      const found = summary.entities.find((e) => e.name === entity);
      if (found) yield { uri, summary, entity: found };
    }
  }

  /** Every form any article uses, with the canonical names it stands for: what Ctrl+T searches. */
  forms(): IterableIterator<[string, ReadonlyMap<string, number>]> {
    return this.namesByForm.entries();
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
        batch.forEach((uri, k) => { if (summaries[k]) this.store(uri, summaries[k]!); });
        done += batch.length;
        options.progress?.(done, uris.length);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return this.summaries.size;
  }

  /** Stores the summary and returns the other articles whose shared keys changed (to be re-checked). */
  set(uri: string, summary: ArticleSummary): Set<string> {
    this.compact(summary);
    const previous = this.summaries.get(uri);
    const before = new Set(previous?.entities.map((e) => e.name) ?? []);
    const after = new Set(summary.entities.map((e) => e.name));
    if (previous) this.countForms(previous.entities, -1);
    this.countForms(summary.entities, +1);
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

  private store(uri: string, summary: ArticleSummary): void {
    this.compact(summary);
    const previous = this.summaries.get(uri);
    if (previous) { this.set(uri, summary); return; }
    this.countForms(summary.entities, +1);
    this.summaries.set(uri, summary);
    for (const e of summary.entities) this.link(e.name, uri);
  }

  /** Forgets the article and returns the articles that shared any of its keys. */
  delete(uri: string): Set<string> {
    const summary = this.summaries.get(uri);
    const affected = new Set<string>();
    if (!summary) return affected;
    this.summaries.delete(uri);
    this.countForms(summary.entities, -1);
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
    this.namesByForm.clear();
  }

  private link(name: string, uri: string): void {
    let set = this.articlesByEntity.get(name);
    if (!set) this.articlesByEntity.set(name, (set = new Set()));
    set.add(uri);
  }

  /**
   * Thousands of articles name the same people and places: one copy of each name, alias and title serves all
   * of them, and summaries that come back from worker threads (as structured clones, every string and empty
   * array a fresh copy) shrink to what is theirs alone. 10,000 articles held 56 MB of entities without this.
   */
  private compact(summary: ArticleSummary): void {
    const intern = (text: string) => {
      const known = this.strings.get(text);
      if (known !== undefined) return known;
      this.strings.set(text, text);
      return text;
    };
    const all = (list: readonly string[]) => (list.length === 0 ? NONE : list.map(intern));
    for (const entity of summary.entities) {
      entity.name = intern(entity.name);
      entity.type = intern(entity.type) as EntitySummary['type'];
      entity.aliases = all(entity.aliases);
      entity.nativeNames = all(entity.nativeNames);
      entity.roles = entity.roles.length === 0 ? NONE : entity.roles.map((role) => ({ title: intern(role.title), placement: intern(role.placement) as typeof role.placement }));
    }
  }

  private countForms(entities: readonly EntitySummary[], delta: 1 | -1): void {
    for (const entity of entities) {
      for (const form of new Set(entityForms(entity))) {
        let names = this.namesByForm.get(form);
        if (!names) {
          if (delta < 0) continue;
          this.namesByForm.set(form, (names = new Map()));
        }
        const count = (names.get(entity.name) ?? 0) + delta;
        if (count > 0) names.set(entity.name, count);
        else names.delete(entity.name);
        if (names.size === 0) this.namesByForm.delete(form);
      }
    }
  }

  private unlink(name: string, uri: string): void {
    const set = this.articlesByEntity.get(name);
    if (!set) return;
    set.delete(uri);
    if (set.size === 0) this.articlesByEntity.delete(name);
  }
}
