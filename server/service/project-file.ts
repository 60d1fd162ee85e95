// The project file, .article-lens.json at the root of a workspace folder: settings shared by every editor and
// the team (keys as in the editor's articleLens section, without the prefix) and the project's knowledge base
// (entities, names to ignore, distinct pairs, quote speakers), e.g.
//   { "moneyRateTolerance": 0.03, "rates": [{ "from": "USD", "to": "EUR", "rate": 0.835, "date": "2018-05-04" }],
//     "entities": [{ "name": "Xi Jinping", "type": "PERSON", "aliases": ["Xi"], "roles": [{ "title": "President", "from": "2013-03-14" }] }] }
// Its settings are the layer between the defaults and the editor's settings (see settings.ts). The schema is
// schemas/article-lens.schema.json. Comments and trailing commas are forgiven, as VS Code's JSON editor does.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser/lib/esm/main'; // the ESM build: the UMD main requires its parts at run time, which the bundle cannot follow
import { EMPTY_KNOWLEDGE_BASE, KnowledgeBase, normalizeKnowledgeBase } from '../analysis/knowledge-base';

export const PROJECT_FILE = '.article-lens.json';

export interface ProjectFileError {
  message: string;
  /** Where in the file the first error is (UTF-16 offset and length). */
  offset: number;
  length: number;
}

export interface ProjectFile {
  /** The file's JSON, or undefined where no folder has one (or it cannot be parsed). */
  settings: unknown;
  knowledge: KnowledgeBase;
  /** The file read (or the one a new knowledge base entry would create: the first folder's). */
  file?: string;
  /** Why a file that exists was not used: to be shown on the file and logged, since a bad project file must not stop the server. */
  error?: string;
  errorAt?: ProjectFileError;
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
    return { ...parseProjectFile(text, file), file };
  }
  return { settings: undefined, knowledge: EMPTY_KNOWLEDGE_BASE, file: folders[0] && path.join(folders[0], PROJECT_FILE) };
}

/** The project file's text read: on a syntax error, nothing of it is used (half a file could drop an `ignore`). */
export function parseProjectFile(text: string, file = PROJECT_FILE): ProjectFile {
  const errors: ParseError[] = [];
  const json: unknown = text.trim() === '' ? {} : parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const [first] = errors;
    const message = `${humanError(printParseErrorCode(first.error))} (line ${lineOf(text, first.offset) + 1})`;
    return { settings: undefined, knowledge: EMPTY_KNOWLEDGE_BASE, error: `${file}: ${message}`, errorAt: { message, offset: first.offset, length: first.length } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const message = 'the project file must hold one JSON object ({ … })';
    return { settings: undefined, knowledge: EMPTY_KNOWLEDGE_BASE, error: `${file}: ${message}`, errorAt: { message, offset: 0, length: Math.min(text.length, 1) } };
  }
  return { settings: json, knowledge: normalizeKnowledgeBase(json) };
}

export function isProjectFile(uri: string): boolean {
  return uri.endsWith(`/${PROJECT_FILE}`);
}

export function projectFileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** "CloseBraceExpected" → "close brace expected". */
function humanError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
