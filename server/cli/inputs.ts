// Turns the paths on the command line into articles to read, with the errors a user can act on.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FileWorkspace } from '../service/file-workspace';
import { fileURLToPath } from 'node:url';

/** Folders given to the CLI are read for both kinds of article file: naming a folder is the intent. */
export const CLI_EXTENSIONS = ['.article', '.txt'];

export class UsageError extends Error {}

export interface InputFile {
  /** The path as the user would write it (relative to the working directory where possible). */
  display: string;
  text: string;
}

export async function collectFiles(paths: string[], warn: (message: string) => void): Promise<InputFile[]> {
  const files: string[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    if (stat.isDirectory()) {
      const found = await new FileWorkspace([path.resolve(given)]).listArticles(CLI_EXTENSIONS);
      if (found.length === 0) throw new UsageError(`no articles (*.article or *.txt) in folder: ${given}`);
      files.push(...found.map((uri) => fileURLToPath(uri)));
    } else {
      files.push(path.resolve(given));
    }
  }
  const inputs: InputFile[] = [];
  for (const file of [...new Set(files)]) {
    const display = path.relative(process.cwd(), file) || file;
    const bytes = await fs.readFile(file);
    if (looksBinary(bytes)) {
      warn(`skipped ${display}: binary file, not an article`);
      continue;
    }
    inputs.push({ display, text: bytes.toString('utf8') });
  }
  return inputs;
}

/** A NUL byte, or text that is not valid UTF-8, in the first 8 KiB. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? trimPartialCharacter(head) : head);
    return false;
  } catch {
    return true;
  }
}

/** Cutting at 8 KiB may split a multi-byte character; drop its leading bytes so the check stays fair. */
function trimPartialCharacter(head: Buffer): Buffer {
  let end = head.length;
  let back = 0;
  while (back < 3 && end > 0 && (head[end - 1] & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && head[end - 1] >= 0xc0) end--;
  return head.subarray(0, end);
}
