// Per-document features over --stdio on one open article: hover, outline, semantic tokens, quick fixes,
// server commands and entity navigation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CodeAction, DocumentSymbol, Hover, InitializeResult, MarkupContent, Range, SemanticTokens, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { parseMarked, Span } from '../helpers/markers';
import { applyTextEdits, LspClient, stopServer, positionAt, rangeOf, readFixture, spanOf } from '../helpers/lsp-client';

const URI = 'file:///newsroom/harbour-terminal.article';
const CLEAN_URI = 'file:///newsroom/clean.article';
const CLEAN_TEXT = 'Library opens on Sundays from March\n\nThe town library will open on Sunday afternoons from March, the council said.\n';

let client: LspClient;
let init: InitializeResult;
let text: string;
let chrome: Span[];

/** The span of the first occurrence of `needle` in the article. */
function find(needle: string): Span {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `fixture contains ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}

function at(offset: number) {
  return { textDocument: { uri: URI }, position: positionAt(text, offset) };
}

function lineText(span: Span): string {
  return text.slice(span.start, span.end);
}

/** The text with each of these whole lines removed together with the blank line after it. */
function withoutLines(source: string, lines: string[]): string {
  let out = source;
  for (const line of lines) {
    const block = `${line}\n\n`;
    assert.equal(out.split(block).length, 2, `fixture has ${JSON.stringify(block)} exactly once`);
    out = out.replace(block, '');
  }
  return out;
}

before(async () => {
  ({ text, spans: chrome } = parseMarked(await readFixture('harbour-terminal.article')));
  assert.equal(chrome.length, 3, 'fixture marks three lines of page chrome');
  client = await LspClient.spawn();
  init = await client.initialize({ capabilities: { window: { workDoneProgress: false } } });
  client.open(URI, text);
  client.open(CLEAN_URI, CLEAN_TEXT);
  await client.waitForDiagnostics(URI, { version: 1 });
});

after(() => stopServer(client));

describe('hover', () => {
  it('explains a page-boilerplate line, over the whole line', async () => {
    const line = chrome[1];
    const hover = await client.request<Hover | null>('textDocument/hover', at(line.start + 3));
    assert.ok(hover, 'hover on boilerplate');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /Page boilerplate/);
    assert.match(contents.value, /teaser/i, 'names the kind of chrome');
    assert.deepEqual(hover.range, rangeOf(text, line));
  });

  it('names the dateline and quotes it', async () => {
    const dateline = find('BERGEN, Norway (Reuters) -');
    // Between the names: a name in a dateline (BERGEN, Norway, Reuters) answers with its own hover first.
    const hover = await client.request<Hover | null>('textDocument/hover', at(dateline.start + 'BERGEN, '.length - 1));
    assert.ok(hover, 'hover on the dateline');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Dateline/);
    assert.ok(value.includes('BERGEN, Norway (Reuters) -'), value);
    assert.deepEqual(hover.range, rangeOf(text, dateline));
  });

  it('names the byline and the headline', async () => {
    const byline = await client.request<Hover | null>('textDocument/hover', at(find('By Ingrid Solberg').start + 5));
    assert.match((byline?.contents as MarkupContent).value, /Byline/);
    const headline = await client.request<Hover | null>('textDocument/hover', at(find('Harbour board backs').start + 1));
    assert.match((headline?.contents as MarkupContent).value, /Headline/);
    assert.match((headline?.contents as MarkupContent).value, /3 lines of page boilerplate/);
  });

  it('has nothing to say about body text or a blank line', async () => {
    assert.equal(await client.request('textDocument/hover', at(find('due to start next spring').start)), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 0 } }), null);
    // The body text of the dateline's paragraph, after the dateline itself.
    assert.equal(await client.request('textDocument/hover', at(find('approved plans').start)), null);
  });
});

describe('document symbols', () => {
  let symbols: DocumentSymbol[];

  before(async () => {
    symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  });

  it('starts with the headline, the byline and the dateline', () => {
    assert.equal(symbols[0].name, 'Harbour board backs second ferry terminal for Bergen');
    assert.deepEqual(symbols[0].range, rangeOf(text, find('Harbour board backs second ferry terminal for Bergen')));
    assert.equal(symbols[1].name, 'Byline: By Ingrid Solberg');
    assert.deepEqual(symbols[1].range, rangeOf(text, find('By Ingrid Solberg')));
    assert.equal(symbols[2].name, 'Dateline: BERGEN, Norway (Reuters) -');
  });

  it('lists the body paragraphs as ¶N with their first words, in order', () => {
    const paragraphs = symbols.filter((s) => s.name.startsWith('¶'));
    const bodyStarts = ['BERGEN, Norway (Reuters) - The harbour', 'Work on the terminal', 'Local shipping companies'];
    assert.equal(paragraphs.length, bodyStarts.length, `paragraph symbols: ${paragraphs.map((s) => s.name)}`);
    const numbers: number[] = [];
    paragraphs.forEach((symbol, index) => {
      const match = /^¶(\d+) (.+)$/u.exec(symbol.name);
      assert.ok(match, `name ${JSON.stringify(symbol.name)} is ¶N and words`);
      numbers.push(Number(match[1]));
      const start = find(bodyStarts[index]).start;
      assert.deepEqual(symbol.range.start, positionAt(text, start), `${symbol.name} starts at its paragraph`);
      const words = match[2].replace(/…$/u, '');
      assert.ok(text.slice(start).startsWith(words), `${JSON.stringify(words)} are the paragraph's first words`);
      // The whole paragraph, not just its first line or first words.
      assert.equal(offsetOf(symbol.range.end), text.indexOf('\n', start));
    });
    assert.ok(numbers.every((n, i) => i === 0 || n > numbers[i - 1]), `¶ numbers increase: ${numbers}`);
  });

  it('groups the page chrome last, one child per line', () => {
    const group = symbols[symbols.length - 1];
    assert.equal(group.name, 'Page boilerplate (3)');
    assert.deepEqual((group.children ?? []).map((child) => child.range), chrome.map((span) => rangeOf(text, span)));
    assert.deepEqual((group.children ?? []).map((child) => child.name), chrome.map(lineText));
    assert.deepEqual(group.range, { start: positionAt(text, chrome[0].start), end: positionAt(text, chrome[2].end) });
  });

  function offsetOf(position: Range['end']): number {
    return spanOf(text, { start: position, end: position }).start;
  }
});

describe('semantic tokens', () => {
  it('decode to the headline, byline, dateline and each boilerplate line', async () => {
    const legend = init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    assert.equal(tokens.data.length % 5, 0);
    const decoded: Array<{ line: number; character: number; length: number; type: string }> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, typeIndex, modifiers] = tokens.data.slice(i, i + 5);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      assert.equal(modifiers, 0);
      assert.ok(typeIndex < legend.length, `type index ${typeIndex} is in the legend`);
      decoded.push({ line, character, length, type: legend[typeIndex] });
    }
    const token = (span: Span, type: string) => ({ ...positionAt(text, span.start), length: span.end - span.start, type });
    // Names inside the furniture ("BERGEN" in the dateline) have tokens of their own that split the furniture's
    // token; joined back, the furniture is whole whatever the entity analysis finds.
    const names = new Set(['person', 'organization', 'place']);
    const joined: typeof decoded = [];
    for (const t of decoded) {
      const last = joined[joined.length - 1];
      const touches = last && last.line === t.line && last.character + last.length === t.character;
      if (touches && (names.has(t.type) || names.has(last.type) || last.type === t.type)) {
        last.length += t.length;
        if (names.has(last.type)) last.type = t.type;
      } else {
        joined.push({ ...t });
      }
    }
    const furniture = joined.filter((t) => !names.has(t.type));
    const expected = [
      token(chrome[0], 'boilerplate'),
      token(find('Harbour board backs second ferry terminal for Bergen'), 'headline'),
      token(find('By Ingrid Solberg'), 'byline'),
      token(find('BERGEN, Norway (Reuters) -'), 'dateline'),
      token(chrome[1], 'boilerplate'),
      token(chrome[2], 'boilerplate'),
    ];
    assert.deepEqual(furniture, expected);
  });
});

describe('code actions', () => {
  function actionsAt(range: Range, uri = URI): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
  }

  it('offers "Remove this line" (preferred) and "Remove all…" on a boilerplate line', async () => {
    const line = chrome[1];
    const cursor = positionAt(text, line.start + 4);
    const actions = await actionsAt({ start: cursor, end: cursor });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.sort(), ['Remove all page boilerplate in this article', 'Remove this line']);
    const one = actions.find((a) => a.title === 'Remove this line')!;
    assert.equal(one.isPreferred, true);
    assert.equal(one.kind, 'quickfix');
    assert.equal(one.diagnostics?.length, 1);
    assert.equal(one.diagnostics![0].code, 'page-boilerplate');
    assert.deepEqual(one.diagnostics![0].range, rangeOf(text, line));
    assert.notEqual(actions.find((a) => a.title !== 'Remove this line')!.isPreferred, true, 'only one preferred fix');
  });

  it('"Remove this line" removes exactly that line (and the paragraph break after it)', async () => {
    const line = chrome[1];
    const cursor = positionAt(text, line.start);
    const actions = await actionsAt({ start: cursor, end: cursor });
    const edit = actions.find((a) => a.title === 'Remove this line')!.edit!;
    assert.deepEqual(Object.keys(edit.changes ?? {}), [URI]);
    const after = applyTextEdits(text, edit.changes![URI]);
    assert.equal(after, withoutLines(text, [lineText(line)]));
  });

  it('"Remove all page boilerplate" removes every chrome line and nothing else', async () => {
    const cursor = positionAt(text, chrome[2].start);
    const actions = await actionsAt({ start: cursor, end: cursor });
    const edit = actions.find((a) => a.title === 'Remove all page boilerplate in this article')!.edit!;
    const after = applyTextEdits(text, edit.changes![URI]);
    assert.equal(after, withoutLines(text, chrome.map(lineText)));
  });

  it('offers "Remove all…" once for a selection over several boilerplate lines', async () => {
    const actions = await actionsAt(rangeOf(text, { start: 0, end: chrome[1].end }));
    const titles = actions.map((a) => a.title);
    assert.equal(titles.filter((t) => t === 'Remove this line').length, 2, `titles: ${titles}`);
    assert.equal(titles.filter((t) => t === 'Remove all page boilerplate in this article').length, 1, `titles: ${titles}`);
  });

  it('offers nothing on body text', async () => {
    const cursor = positionAt(text, find('Work on the terminal').start + 2);
    assert.deepEqual(await actionsAt({ start: cursor, end: cursor }), []);
  });
});

describe('workspace/executeCommand', () => {
  it('articleLens.removePageBoilerplate [uri] sends one workspace/applyEdit that removes every chrome line', async () => {
    const before = client.appliedEdits.length;
    const applied = await client.request('workspace/executeCommand', { command: 'articleLens.removePageBoilerplate', arguments: [URI] });
    assert.equal(applied, true);
    assert.equal(client.appliedEdits.length, before + 1, 'one workspace/applyEdit request');
    const { edit } = client.appliedEdits[before] as { edit: WorkspaceEdit };
    assert.deepEqual(Object.keys(edit.changes ?? {}), [URI]);
    const after = applyTextEdits(text, edit.changes![URI]);
    assert.equal(after, withoutLines(text, chrome.map(lineText)));
  });

  it('articleLens.removePageBoilerplate on an article without boilerplate asks for no edit', async () => {
    const before = client.appliedEdits.length;
    const applied = await client.request('workspace/executeCommand', { command: 'articleLens.removePageBoilerplate', arguments: [CLEAN_URI] });
    assert.equal(applied, false);
    assert.equal(client.appliedEdits.length, before);
  });
});

describe('entity navigation (no entity analysis yet)', () => {
  const where = () => at(find('harbour board on Tuesday').start + 1);

  it('definition is null', async () => {
    assert.equal(await client.request('textDocument/definition', where()), null);
  });

  it('references are empty', async () => {
    assert.deepEqual(await client.request('textDocument/references', { ...where(), context: { includeDeclaration: true } }), []);
  });

  it('document highlights are empty', async () => {
    assert.deepEqual(await client.request('textDocument/documentHighlight', where()), []);
  });
});

