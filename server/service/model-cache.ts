// Parse once per document version: every feature asks the cache, never parseArticle directly.
import { ArticleModel, parseArticle } from '../analysis/article';

interface Entry {
  version: number;
  model: ArticleModel;
}

/** Bounded so that a session with thousands of open articles keeps a steady footprint; least recently used goes first. */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 4096) {}

  get(uri: string, version: number, text: string): ArticleModel {
    const entry = this.entries.get(uri);
    if (entry && entry.version === version) {
      this.entries.delete(uri);
      this.entries.set(uri, entry);
      return entry.model;
    }
    const model = parseArticle(text);
    this.entries.delete(uri);
    this.entries.set(uri, { version, model });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
