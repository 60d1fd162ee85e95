// `article-lens annotate`: the annotation contract as JSON Lines, from files or from a JSONL stream.
import { promises as fs } from 'node:fs';
import * as readline from 'node:readline';
import { Readable } from 'node:stream';
import { parseArticle } from '../analysis/article';
import { applyKnowledgeBase, EMPTY_KNOWLEDGE_BASE, KnowledgeBase } from '../analysis/knowledge-base';
import { annotateText, toAnnotation } from '../service/annotate';
import { InputFile } from './inputs';

/** The project file's knowledge base (entities, ignored names, quote speakers) corrects each file's annotation. */
export function annotateFiles(files: InputFile[], write: (line: string) => void, progress?: (done: number, total: number) => void, knowledge: KnowledgeBase = EMPTY_KNOWLEDGE_BASE): void {
  files.forEach((file, index) => {
    write(JSON.stringify(knowledge === EMPTY_KNOWLEDGE_BASE ? annotateText(file.display, file.text) : toAnnotation(file.display, applyKnowledgeBase(parseArticle(file.text), knowledge, file.display))));
    progress?.(index + 1, files.length);
  });
}

/**
 * Reads `{"id", "text"}` lines. A bad line is reported with its number and skipped, so one broken record
 * costs that record, not the whole batch; the caller turns any bad line into exit code 2.
 */
export async function annotateJsonl(source: string, write: (line: string) => void, report: (message: string) => void): Promise<number> {
  const name = source === '-' ? 'stdin' : source;
  const input: Readable = source === '-' ? process.stdin : (await fs.open(source)).createReadStream({ encoding: 'utf8' });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const problem = annotateLine(line, String(lineNumber), write);
    if (problem) {
      bad++;
      report(`${name}:${lineNumber}: ${problem}`);
    }
  }
  return bad;
}

function annotateLine(line: string, fallbackId: string, write: (line: string) => void): string | undefined {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  if (typeof record !== 'object' || record === null) return 'expected an object {"id": "...", "text": "..."}';
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return 'missing "text" (a string)';
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string';
  write(JSON.stringify(annotateText(id === undefined ? fallbackId : String(id), text)));
  return undefined;
}
