// Inline fixtures with visible markers: ⟦…⟧ marks an expected span and ‸ a cursor. News text is full of | and $,
// so the markers are characters that never occur in it.
export interface Span {
  start: number;
  end: number;
}

export interface Marked {
  text: string;
  spans: Span[];
  cursor?: number;
}

export function parseMarked(marked: string): Marked {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  let cursor: number | undefined;
  for (const char of marked) {
    if (char === '⟦') open.push(text.length);
    else if (char === '⟧') {
      const start = open.pop();
      if (start === undefined) throw new Error('⟧ without ⟦ in fixture');
      spans.push({ start, end: text.length });
    } else if (char === '‸') cursor = text.length;
    else text += char;
  }
  if (open.length > 0) throw new Error('⟦ without ⟧ in fixture');
  spans.sort((a, b) => a.start - b.start);
  return { text, spans, cursor };
}

/** Puts ⟦⟧ around each span, so a test compares whole marked texts and a failure shows where spans went wrong. */
export function renderSpans(text: string, spans: readonly Span[]): string {
  const inserts: Array<[number, string]> = [];
  for (const span of spans) inserts.push([span.start, '⟦'], [span.end, '⟧']);
  inserts.sort((a, b) => a[0] - b[0] || (a[1] === '⟧' ? -1 : 1));
  let out = '';
  let at = 0;
  for (const [offset, mark] of inserts) {
    out += text.slice(at, offset) + mark;
    at = offset;
  }
  return out + text.slice(at);
}

/** Applies non-overlapping replacements, as an editor applies a WorkspaceEdit. */
export function applyEdits(text: string, edits: ReadonlyArray<{ span: Span; newText: string }>): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  }
  return out;
}
