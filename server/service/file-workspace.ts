// A Workspace over folders on disk, shared by the language server (with open buffers layered on top) and the CLI.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { hasArticleExtension, Workspace } from './workspace';

/** Folders no one keeps articles in; skipping them keeps the scan of a code repository fast. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', '.vscode-test']);

export class FileWorkspace implements Workspace {
  constructor(private readonly roots: string[]) {}

  async listArticles(extensions: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const root of this.roots) await walk(root, extensions, found);
    return found.sort().map((file) => pathToFileURL(file).toString());
  }

  async readArticle(uri: string): Promise<string | undefined> {
    try {
      return await fs.readFile(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }
}

async function walk(folder: string, extensions: readonly string[], found: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(full, extensions, found);
    } else if (entry.isFile() && hasArticleExtension(entry.name, extensions)) {
      found.push(full);
    }
  }
}
