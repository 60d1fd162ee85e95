// Parse once per document version: every feature asks the cache, never parseArticle directly.
import { ArticleModel, parseArticle } from '../analysis/article';
import { applyKnowledgeBase, EMPTY_KNOWLEDGE_BASE, KnowledgeBase } from '../analysis/knowledge-base';

interface Entry {
  version: number;
  model: ArticleModel;
}

/** Bounded so that a session with thousands of open articles keeps a steady footprint; least recently used goes first. */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();
  private knowledge: KnowledgeBase = EMPTY_KNOWLEDGE_BASE;

  constructor(private readonly capacity = 4096) {}

  /** The project's knowledge base, applied to every model after the parse: a manual correction wins over detection. */
  useKnowledgeBase(knowledge: KnowledgeBase): void {
    this.knowledge = knowledge;
    this.entries.clear();
  }

  get(uri: string, version: number, text: string): ArticleModel {
    const entry = this.entries.get(uri);
    if (entry && entry.version === version) {
      this.entries.delete(uri);
      this.entries.set(uri, entry);
      return entry.model;
    }
    const model = applyKnowledgeBase(parseArticle(text), this.knowledge, uri);
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
