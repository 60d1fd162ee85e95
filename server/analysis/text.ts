// Offsets inside, positions at the edge: every analysis result is a UTF-16 offset range into the text exactly
// as read (a BOM, if any, is offset 0). LineIndex is the one place that turns offsets into line/column.

/** A half-open range of UTF-16 offsets, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Zero-based line and UTF-16 column, the shape LSP uses. */
export interface LineColumn {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offset at which each line starts; a line ends at \n, \r\n or a lone \r. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    // Most text breaks lines with \n alone, and indexOf finds those several times faster than a loop over characters.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** The line of `offset`: positionAt(offset).line, without an object for the column (a parse asks for each paragraph). */
  lineAt(offset: number): number {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  offsetAt(position: LineColumn): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  /** Offset just before the line break of `line` (or the end of the text). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The span of the whole line including its line break, for "delete this line" edits. */
  lineSpanWithBreak(line: number): Span {
    const start = this.lineStarts[line];
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    return { start, end };
  }
}

/** An ASCII letter, either case, by its code: read in place where a word is tested letter by letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A lower-case ASCII letter, by its code. */
export function isLowerCaseAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Characters that separate words in news text, including the no-break and ideographic spaces scrapers leave. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12 ||
    code === 0xa0 || code === 0xfeff || code === 0x3000 || code === 0x202f || (code >= 0x2000 && code <= 0x200b)
  );
}

/**
 * Whether lower-casing could change the word: an ASCII capital, or any character beyond ASCII (asked of the
 * character codes, so that the many words already in lower case are kept as they are, uncopied).
 */
export function hasUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return true;
  }
  return false;
}

/** Trims a span so it starts and ends on non-space characters. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function containsOffset(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}

/**
 * A copy of a string that does not share memory with the article it was cut from. V8 keeps a slice as a view
 * into its parent, so a 30-character headline held in the index would otherwise keep the whole article alive
 * (10,000 indexed articles held 100 MB that way).
 */
export function ownCopy(slice: string): string {
  return (' ' + slice).slice(1);
}
