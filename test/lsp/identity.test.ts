// One person across articles over --stdio: an open article that only says "President Trump" and a closed one
// that names Donald Trump in full. The workspace makes the lone "Trump" Donald Trump, so hover, references,
// rename and workspace symbols answer for both articles.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Hover, Location, MarkupContent, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, copyFixtureFolder, eventually, fileUri, LspClient, stopServer, positionAt, rangeOf } from '../helpers/lsp-client';

let client: LspClient;
let folder: string;
let uri: string;
let fullUri: string;
let text: string;
let fullText: string;

/** Spans of every whole-word occurrence of `needle`. */
function all(needle: string, source: string) {
  const spans = [];
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) {
    if (!/\p{L}/u.test(source[at - 1] ?? '') && !/\p{L}/u.test(source[at + needle.length] ?? '')) spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

const onTrump = () => ({ textDocument: { uri }, position: positionAt(text, all('Trump', text)[1].start + 1) });

before(async () => {
  folder = await copyFixtureFolder('identity');
  uri = fileUri(path.join(folder, 'markets-react.article'));
  fullUri = fileUri(path.join(folder, 'tariffs-signed.article'));
  text = await fs.readFile(path.join(folder, 'markets-react.article'), 'utf8');
  fullText = await fs.readFile(path.join(folder, 'tariffs-signed.article'), 'utf8');
  client = await LspClient.spawn();
  await client.initialize({ workspaceFolders: [{ uri: fileUri(folder), name: 'identity' }], capabilities: { window: { workDoneProgress: false } } });
  await eventually(() => client.request<SymbolInformation[]>('workspace/symbol', { query: 'Trump signs' }), (found) => found.length > 0, 10000, 'the index');
  client.open(uri, text);
  await client.waitForDiagnostics(uri, { version: 1 });
});

after(() => stopServer(client, folder));

describe('a lone surname is the person the workspace names in full', () => {
  it('hover shows Donald Trump, with the mentions and the article that names him in full', async () => {
    const value = ((await client.request<Hover | null>('textDocument/hover', onTrump()))?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /^\*\*Donald Trump\*\* · person/);
    assert.match(value, /Also: Trump/);
    assert.match(value, /Mentions: 2 here · 5 in 2 articles/);
    assert.ok(value.includes(`[Trump signs new tariffs on steel](${fullUri})`), value);
  });

  it('references reach every mention of Donald Trump in the closed article', async () => {
    const locations = await client.request<Location[]>('textDocument/references', { ...onTrump(), context: { includeDeclaration: true } });
    assert.deepEqual(locations.filter((l) => l.uri === uri).map((l) => l.range), all('Trump', text).map((span) => rangeOf(text, span)));
    const there = locations.filter((l) => l.uri === fullUri).map((l) => l.range);
    const expected = [all('Trump', fullText)[0], all('Donald Trump', fullText)[0], all('Trump', fullText)[2]].map((span) => rangeOf(fullText, span));
    assert.deepEqual(there, expected);
  });

  it('rename of the surname renames him in both articles', async () => {
    const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { ...onTrump(), newName: 'Smith' });
    assert.equal(applyTextEdits(text, edit!.changes![uri]), text.replaceAll('Trump', 'Smith'));
    assert.equal(applyTextEdits(fullText, edit!.changes![fullUri]), fullText.replaceAll('Trump', 'Smith'));
  });

  it('workspace symbols list him once, in both articles', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Trump' });
    const people = found.filter((s) => /person/.test(s.containerName ?? ''));
    assert.deepEqual(people.map((s) => [s.name, s.containerName]), [['Donald Trump', 'person · 2 articles']]);
    assert.equal(people[0].location.uri, fullUri);
  });
});
