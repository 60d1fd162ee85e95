// People, organizations and places over --stdio: the capabilities, the answers off a name, and (on plain news
// sentences whose names the entity analysis finds) hover, definition, references, highlights, rename, code lens,
// outline groups, semantic tokens and workspace symbols, across an open article and a closed one on disk.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type {
  CodeLens, DocumentHighlight, DocumentSymbol, Hover, InitializeResult, Location, MarkupContent, Range, SemanticTokens,
  SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { Span } from '../helpers/markers';
import { applyTextEdits, copyFixtureFolder, eventually, fileUri, LspClient, stopServer, positionAt, rangeOf } from '../helpers/lsp-client';

let client: LspClient;
let init: InitializeResult;
let folder: string;
let uri: string;
let otherUri: string;
let text: string;
let otherText: string;

/** The span of the `nth` (0-based) occurrence of `needle` in the open article. */
function find(needle: string, nth = 0, source = text): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = source.indexOf(needle, start + 1);
    assert.ok(start >= 0, `fixture contains ${JSON.stringify(needle)} ${nth + 1} times`);
  }
  return { start, end: start + needle.length };
}

function at(offset: number) {
  return { textDocument: { uri }, position: positionAt(text, offset) };
}

function hoverValue(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

before(async () => {
  folder = await copyFixtureFolder('entities');
  uri = fileUri(path.join(folder, 'trade-talks.article'));
  otherUri = fileUri(path.join(folder, 'tariff-deadline.article'));
  text = await fs.readFile(path.join(folder, 'trade-talks.article'), 'utf8');
  otherText = await fs.readFile(path.join(folder, 'tariff-deadline.article'), 'utf8');
  client = await LspClient.spawn();
  init = await client.initialize({ workspaceFolders: [{ uri: fileUri(folder), name: 'entities' }], capabilities: { window: { workDoneProgress: false } } });
  // The closed article is in the index once Ctrl+T finds its headline.
  await eventually(() => client.request<SymbolInformation[]>('workspace/symbol', { query: 'Tariff deadline' }), (found) => found.length > 0, 10000, 'the index');
  client.open(uri, text);
  await client.waitForDiagnostics(uri, { version: 1 });
});

after(() => stopServer(client, folder));

describe('capabilities', () => {
  it('rename with prepareRename, code lens, and the person, organization and place token types', () => {
    assert.deepEqual(init.capabilities.renameProvider, { prepareProvider: true });
    assert.ok(init.capabilities.codeLensProvider, 'codeLensProvider');
    const legend = init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    for (const type of ['headline', 'byline', 'dateline', 'boilerplate', 'person', 'organization', 'place']) assert.ok(legend.includes(type), type);
  });
});

describe('off a name', () => {
  const word = () => at(find('expected').start + 2);

  it('prepareRename is null and rename gives no edit', async () => {
    assert.equal(await client.request('textDocument/prepareRename', word()), null);
    assert.equal(await client.request('textDocument/rename', { ...word(), newName: 'Anything' }), null);
  });

  it('no definition, references or highlights; no hover', async () => {
    assert.equal(await client.request('textDocument/definition', word()), null);
    assert.deepEqual(await client.request('textDocument/references', { ...word(), context: { includeDeclaration: true } }), []);
    assert.deepEqual(await client.request('textDocument/documentHighlight', word()), []);
    assert.equal(await client.request('textDocument/hover', word()), null);
  });

  it('code lens on an article without names is empty', async () => {
    const empty = 'file:///scratch/empty.article';
    client.open(empty, 'the talks went on all night and ended without a deal.\n');
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: empty } }), []);
    client.close(empty);
  });
});

// The rest needs the entity analysis to find the names in the fixtures.
describe('on a name', () => {
  const surname = () => at(find('Mr. Mnuchin').start + 5);

  it('hover: name and type, counts here and in the workspace, the first sentence, the other article', async () => {
    const value = hoverValue(await client.request<Hover | null>('textDocument/hover', surname()));
    assert.match(value, /^\*\*Steven Mnuchin\*\* · person/);
    assert.match(value, /Mentions: \d+ here · \d+ in 2 articles/);
    assert.match(value, /> WASHINGTON \(Reuters\) - US Treasury Secretary Steven Mnuchin will travel/);
    assert.ok(value.includes(`[Tariff deadline looms for Beijing](${otherUri})`), value);
  });

  it('definition: the first full mention in this article', async () => {
    const location = await client.request<Location | null>('textDocument/definition', surname());
    assert.deepEqual(location, { uri, range: rangeOf(text, find('Steven Mnuchin')) });
  });

  it('highlights: every mention of Xi Jinping in this article', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at(find('Xi has').start));
    const ranges = highlights.map((h) => h.range);
    const xi = find('Xi has').start;
    assert.deepEqual(ranges, [rangeOf(text, find('Xi Jinping')), rangeOf(text, { start: xi, end: xi + 2 })]);
  });

  it('references: the mentions in this article and in the closed one', async () => {
    const locations = await client.request<Location[]>('textDocument/references', { ...surname(), context: { includeDeclaration: true } });
    const here = locations.filter((l) => l.uri === uri).map((l) => l.range);
    const there = locations.filter((l) => l.uri === otherUri).map((l) => l.range);
    assert.ok(here.some((r) => JSON.stringify(r) === JSON.stringify(rangeOf(text, find('Steven Mnuchin')))), 'the full mention here');
    assert.ok(here.length >= 4, `${here.length} mentions here`);
    assert.deepEqual(there[0], rangeOf(otherText, find('Steven Mnuchin', 0, otherText)));
    assert.equal(there.length, 2);
  });

  it('prepareRename gives the mention; rename changes every mention in both articles', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', surname());
    assert.deepEqual(prepared, { range: rangeOf(text, { start: find('Mr. Mnuchin').start + 4, end: find('Mr. Mnuchin').end }), placeholder: 'Mnuchin' });
    const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { ...at(find('Steven Mnuchin').start), newName: 'Robert Smith' });
    assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), [otherUri, uri].sort());
    const renamed = applyTextEdits(text, edit!.changes![uri]);
    assert.ok(!renamed.includes('Mnuchin'), renamed);
    assert.ok(renamed.includes('Secretary Robert Smith will') && renamed.includes('Mr. Smith told'), renamed);
    assert.equal(applyTextEdits(otherText, edit!.changes![otherUri]), otherText.replace('Steven Mnuchin', 'Robert Smith').replace('Mnuchin declined', 'Smith declined'));
  });

  it('code lens at the top counts the people, organizations and places', async () => {
    const all = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    // The others are the quote lenses on quoted people (see quotes.test.ts).
    const lenses = all.filter((lens) => lens.command!.command === 'articleLens.showEntities');
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command!.title, /^\d+ (person|people) · \d+ organizations? · \d+ places?$/);
    assert.match(lenses[0].command!.title, /^[2-9] people/, lenses[0].command!.title);
  });

  it('outline: People, Organizations and Places, each entity once with its mentions', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const group = (name: string) => symbols.find((s) => s.name.startsWith(`${name} (`));
    const people = group('People')?.children?.map((c) => c.name) ?? [];
    assert.ok(people.includes('Steven Mnuchin') && people.includes('Xi Jinping'), `people: ${people}`);
    assert.equal(people.filter((n) => n === 'Steven Mnuchin').length, 1);
    assert.ok(group('Organizations')?.children?.some((c) => c.name === 'White House'), JSON.stringify(symbols.map((s) => s.name)));
    const places = group('Places')?.children?.map((c) => c.name) ?? [];
    assert.ok(places.includes('China') && places.includes('Beijing'), `places: ${places}`);
    const mnuchin = flatten(symbols).find((s) => s.name === 'Steven Mnuchin')!;
    assert.ok((mnuchin.children ?? []).length >= 4, 'its mentions as children');
  });

  it('semantic tokens colour the names', async () => {
    const legend = init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = new Set<string>();
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      tokens.add(`${line}:${character}:${data[i + 2]}:${legend[data[i + 3]]}`);
    }
    const token = (span: Span, type: string) => `${positionAt(text, span.start).line}:${positionAt(text, span.start).character}:${span.end - span.start}:${type}`;
    assert.ok(tokens.has(token(find('Steven Mnuchin'), 'person')), 'Steven Mnuchin is a person');
    assert.ok(tokens.has(token(find('White House'), 'organization')), 'the White House is an organization');
    assert.ok(tokens.has(token(find('Beijing', 1), 'place')), 'Beijing is a place');
  });

  it('workspace symbols find the entity by its surname', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Mnuchin' });
    const mnuchin = found.find((s) => s.name === 'Steven Mnuchin');
    assert.ok(mnuchin, JSON.stringify(found.map((s) => s.name)));
    assert.match(mnuchin.containerName ?? '', /person · 2 articles/);
  });
});
