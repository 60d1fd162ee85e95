// The server's state: open documents, parsed models, the workspace index and the settings in force.
// Handlers reach everything through a Session, so each stays a few lines.
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleModel, parseArticle } from '../analysis/article';
import { applyKnowledgeBase, EMPTY_KNOWLEDGE_BASE, KnowledgeBase } from '../analysis/knowledge-base';
import { ArticleSummary, summarize } from '../analysis/summary';
import { LineIndex } from '../analysis/text';
import { EntityScope } from '../service/entity-lookup';
import { FileWorkspace } from '../service/file-workspace';
import { QuotesScope } from '../service/quote-lookup';
import { WorkspaceIndex } from '../service/index';
import { ModelCache } from '../service/model-cache';
import { KnowledgeCommandScope } from '../service/knowledge-commands';
import { parseProjectFile, PROJECT_FILE, projectFileUri, readProjectFile } from '../service/project-file';
import { join } from 'node:path';
import { promises as fs, readFileSync } from 'node:fs';
import { articleExtensions, DEFAULT_SETTINGS, normalizeSettings, Settings } from '../service/settings';
import { hasArticleExtension, Workspace } from '../service/workspace';

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly models = new ModelCache();
  readonly index = new WorkspaceIndex();
  settings: Settings = DEFAULT_SETTINGS;
  folders: string[] = [];
  /** The project's knowledge base (.article-lens.json): applied to every model after the parse. */
  knowledge: KnowledgeBase = EMPTY_KNOWLEDGE_BASE;
  /** The project file in use (or where a new one goes), as a path. */
  projectFile: string | undefined;
  /** The defaults with the project file (.article-lens.json) over them: what the editor's settings go over. */
  private project: Settings = DEFAULT_SETTINGS;
  private editor: unknown;
  /** The project file URI that has a diagnostic on it now (a syntax error), to clear once it is fixed. */
  private flaggedProjectFile: string | undefined;

  constructor(readonly connection: Connection) {}

  /** The editor's `articleLens` section, over the project file. */
  useEditorSettings(raw: unknown): void {
    this.editor = raw;
    this.settings = normalizeSettings(raw, this.project);
  }

  /**
   * Reads the project file of the workspace folders again (at start, and when it changes), or uses `text` (the
   * file as a knowledge base command left it, before the editor saves it). A file that does not parse gets one
   * diagnostic, and the defaults are used. Answers whether the knowledge base changed (the index must be rebuilt).
   */
  async loadProjectFile(text?: string): Promise<boolean> {
    const read = text !== undefined && this.projectFile ? { ...parseProjectFile(text, this.projectFile), file: this.projectFile } : await readProjectFile(this.folders);
    const { settings, error, errorAt, file, knowledge } = read;
    this.projectFile = file;
    if (error) this.connection.console.warn(`Ignoring the project file: ${error}`);
    const uri = file && projectFileUri(file);
    if (this.flaggedProjectFile && this.flaggedProjectFile !== uri) void this.connection.sendDiagnostics({ uri: this.flaggedProjectFile, diagnostics: [] });
    if (uri && (errorAt || this.flaggedProjectFile === uri)) {
      const source = errorAt && (this.documents.get(uri)?.getText() ?? (await fs.readFile(file!, 'utf8').catch(() => '')));
      const lines = source !== undefined ? new LineIndex(source) : undefined;
      const diagnostics = errorAt && lines ? [{
        range: { start: lines.positionAt(errorAt.offset), end: lines.positionAt(errorAt.offset + errorAt.length) },
        severity: 1 as const,
        source: 'article-lens',
        message: `Article Lens cannot read ${PROJECT_FILE}: ${errorAt.message}. Its settings and knowledge base are ignored until it is fixed; the defaults are in force.`,
      }] : [];
      void this.connection.sendDiagnostics({ uri, diagnostics });
      this.flaggedProjectFile = errorAt ? uri : undefined;
    }
    this.project = normalizeSettings(settings);
    this.settings = normalizeSettings(this.editor, this.project);
    const changed = JSON.stringify(knowledge) !== JSON.stringify(this.knowledge);
    this.knowledge = knowledge;
    if (changed) this.models.useKnowledgeBase(knowledge);
    return changed;
  }

  /** An article's summary as the index keeps it: parsed, corrected by the knowledge base, summarised. */
  summarizeText(uri: string, text: string): ArticleSummary {
    return summarize(applyKnowledgeBase(parseArticle(text), this.knowledge, uri));
  }

  /** What the knowledge base commands read: open articles, and the project file's text (unsaved changes first). */
  knowledgeScope(): KnowledgeCommandScope {
    return {
      model: (uri) => this.model(uri)?.model,
      projectFile: () => {
        const file = this.projectFile ?? (this.folders[0] && join(this.folders[0], PROJECT_FILE));
        if (!file) return undefined;
        const uri = projectFileUri(file);
        return { uri, text: this.documents.get(uri)?.getText() ?? this.readSync(file) };
      },
    };
  }

  private readSync(file: string): string | undefined {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The parsed model of an open article, or undefined for documents that are not articles. */
  model(uri: string): { document: TextDocument; model: ArticleModel } | undefined {
    const document = this.documents.get(uri);
    if (!document || !this.isArticle(document)) return undefined;
    return { document, model: this.models.get(uri, document.version, document.getText()) };
  }

  /** An open article with the index and the other open buffers behind it, for workspace-wide entity answers. */
  scope(uri: string): EntityScope | undefined {
    const open = this.model(uri);
    return open && { uri, model: open.model, index: this.index, openModel: (other) => this.model(other)?.model };
  }

  /** The index and every open article's model: what a workspace-wide quote list reads. */
  quotesScope(): QuotesScope {
    const open = this.documents.all().flatMap((document) => {
      const article = this.model(document.uri);
      return article ? [{ uri: document.uri, model: article.model }] : [];
    });
    return { index: this.index, open };
  }

  /** An open article with the workspace's quotes behind it, for the quotes of the speaker under the cursor. */
  quoteScope(uri: string): (EntityScope & QuotesScope) | undefined {
    const scope = this.scope(uri);
    return scope && { ...scope, ...this.quotesScope() };
  }

  isArticle(document: TextDocument): boolean {
    // A client may send any language; what makes an article is its file name (or the language id for untitled buffers).
    return document.languageId === 'article' || hasArticleExtension(document.uri, articleExtensions(this.settings));
  }

  /** Disk, with the editor's unsaved buffers taking precedence. */
  workspace(): Workspace {
    const disk = new FileWorkspace(this.folders);
    return {
      listArticles: (extensions) => disk.listArticles(extensions),
      readArticle: async (uri) => this.documents.get(uri)?.getText() ?? disk.readArticle(uri),
    };
  }

  linesOf(uri: string): LineIndex | undefined {
    return this.model(uri)?.model.lines;
  }
}
