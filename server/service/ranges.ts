// The one place where analysis offsets become LSP positions and ranges (and back).
import type { Position, Range } from 'vscode-languageserver-types';
import { LineIndex, Span } from '../analysis/text';

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

/** 1-based line and column for human-readable output (`file:line:col`). */
export function toLineColumn(lines: LineIndex, offset: number): { line: number; column: number } {
  const position = lines.positionAt(offset);
  return { line: position.line + 1, column: position.character + 1 };
}
