import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, trimSpan } from '../../server/analysis/text';

describe('LineIndex', () => {
  it('maps offsets to lines and UTF-16 columns across LF, CRLF and lone CR', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('four') + 2), { line: 3, character: 2 });
    // The \r of a CRLF belongs to the line it ends, not to a line of its own.
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
    assert.equal(lines.lineEnd(0), 3);
  });

  it('round-trips every offset, with a BOM and emoji counted as UTF-16 units', () => {
    const text = '\uFEFFHeadline 🇨🇳 trade\r\n\r\n“Quote,” she said 😀.\n習近平 visited';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = lines.positionAt(offset);
      const back = lines.offsetAt(position);
      // Offsets inside a line break map to the end of that line.
      assert.ok(back === offset || text.slice(back, offset).match(/^[\r\n]+$/), `offset ${offset} came back as ${back}`);
    }
    assert.deepEqual(lines.positionAt(text.indexOf('she')), { line: 2, character: 9 });
  });

  it('gives the line of an offset alone, as positionAt does', () => {
    const text = 'one\r\ntwo\rthree\n\nfour';
    const lines = new LineIndex(text);
    for (let offset = -1; offset <= text.length + 1; offset++) assert.equal(lines.lineAt(offset), lines.positionAt(offset).line, `offset ${offset}`);
  });

  it('clamps positions past the end of a line or the text', () => {
    const lines = new LineIndex('ab\ncd');
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 5);
  });

  it('gives whole-line spans including the break, for line deletions', () => {
    const lines = new LineIndex('a\r\nb\nc');
    assert.deepEqual(lines.lineSpanWithBreak(0), { start: 0, end: 3 });
    assert.deepEqual(lines.lineSpanWithBreak(2), { start: 5, end: 6 });
  });
});

describe('trimSpan', () => {
  it('trims no-break, ideographic and ordinary spaces', () => {
    const text = '\u00A0\t Mnuchin\u3000 ';
    const span = trimSpan(text, { start: 0, end: text.length });
    assert.equal(text.slice(span.start, span.end), 'Mnuchin');
  });
});
