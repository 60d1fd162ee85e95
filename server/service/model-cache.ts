// Parse once per document version, while the document is in use: every feature asks the cache, never
// parseArticle directly.
import { ArticleModel, parseArticle } from '../analysis/article';
import { applyKnowledgeBase, EMPTY_KNOWLEDGE_BASE, KnowledgeBase } from '../analysis/knowledge-base';

interface Entry {
  version: number;
  model: ArticleModel;
}

/**
 * How many models the cache keeps. A model is ~20 KB of objects over its text: with every open article's model
 * kept, 2,000 open articles held ~40 MB more of live heap (155 MB against 117 MB after a full collection, with
 * 10,000 articles indexed), and V8 sizes the heap by what is live. An article not used lately keeps only its text
 * (in the document) and is parsed again when asked (~0.5–1 ms), which a hover or a check of another article can
 * afford; the articles being read and edited stay parsed.
 */
export const MODELS_KEPT = 64;

/** Bounded so that a session with thousands of open articles keeps a steady footprint; least recently used goes first. */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();
  private knowledge: KnowledgeBase = EMPTY_KNOWLEDGE_BASE;

  constructor(private readonly capacity = MODELS_KEPT) {}

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
