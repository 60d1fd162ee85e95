// JSON Lines, as the gold fixtures and the scorer's files are kept: one JSON value per non-blank line.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Reads every line of a JSONL file; a bad line throws with its file name and line number. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${path.basename(file)}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

export function writeJsonl(file: string, rows: unknown[]): void {
  writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}
