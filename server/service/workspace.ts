// What the service needs from wherever articles live: the language server (open editors + disk), the CLI (disk)
// and tests (memory) each provide one.

export interface Workspace {
  /** Every article's URI under the workspace roots, for the given file extensions. */
  listArticles(extensions: readonly string[], onFolder?: (folder: string) => void): Promise<string[]>;
  /** The article's current text (the editor's buffer where one is open), or undefined if it cannot be read. */
  readArticle(uri: string): Promise<string | undefined>;
}

export function hasArticleExtension(uri: string, extensions: readonly string[]): boolean {
  const lower = uri.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
