// The server's state: open documents, parsed models, the workspace index and the settings in force.
// Handlers reach everything through a Session, so each stays a few lines.
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleModel } from '../analysis/article';
import { LineIndex } from '../analysis/text';
import { EntityScope } from '../service/entity-lookup';
import { FileWorkspace } from '../service/file-workspace';
import { QuotesScope } from '../service/quote-lookup';
import { WorkspaceIndex } from '../service/index';
import { ModelCache } from '../service/model-cache';
import { readProjectFile } from '../service/project-file';
import { articleExtensions, DEFAULT_SETTINGS, normalizeSettings, Settings } from '../service/settings';
import { hasArticleExtension, Workspace } from '../service/workspace';

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly models = new ModelCache();
  readonly index = new WorkspaceIndex();
  settings: Settings = DEFAULT_SETTINGS;
  folders: string[] = [];
  /** The defaults with the project file (.article-lens.json) over them: what the editor's settings go over. */
  private project: Settings = DEFAULT_SETTINGS;
  private editor: unknown;

  constructor(readonly connection: Connection) {}

  /** The editor's `articleLens` section, over the project file. */
  useEditorSettings(raw: unknown): void {
    this.editor = raw;
    this.settings = normalizeSettings(raw, this.project);
  }

  /** Reads the project file of the workspace folders again (at start, and when it changes). */
  async loadProjectFile(): Promise<void> {
    const { settings, error } = await readProjectFile(this.folders);
    if (error) this.connection.console.warn(`Ignoring the project file: ${error}`);
    this.project = normalizeSettings(settings);
    this.settings = normalizeSettings(this.editor, this.project);
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
