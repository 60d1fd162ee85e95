// The project file, .article-lens.json at the root of a workspace folder: settings shared by every editor and
// the team (keys as in the editor's articleLens section, without the prefix), e.g.
//   { "moneyRateTolerance": 0.03, "rates": [{ "from": "USD", "to": "EUR", "rate": 0.835, "date": "2018-05-04" }] }
// It is the layer between the defaults and the editor's settings (see settings.ts).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const PROJECT_FILE = '.article-lens.json';

export interface ProjectFile {
  /** The file's JSON, or undefined where no folder has one (or it cannot be parsed). */
  settings: unknown;
  /** Why a file that exists was not used: to be logged, since a bad project file must not stop the server. */
  error?: string;
}

/** The project file of the first folder that has one. */
export async function readProjectFile(folders: readonly string[]): Promise<ProjectFile> {
  for (const folder of folders) {
    const file = path.join(folder, PROJECT_FILE);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    try {
      return { settings: JSON.parse(text) };
    } catch (error) {
      return { settings: undefined, error: `${file}: ${(error as Error).message}` };
    }
  }
  return { settings: undefined };
}

export function isProjectFile(uri: string): boolean {
  return uri.endsWith(`/${PROJECT_FILE}`);
}
