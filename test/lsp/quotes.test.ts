// Quotes over --stdio: the capabilities, quote diagnostics, the hover on a quote, the next/previous-quote,
// quote-list and quotes-by-person server commands across an open article and a closed one on disk, and the
// pronoun inlay hints once the setting is on.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover, InitializeResult, InlayHint, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { eventually, fileUri, LspClient, positionAt, stopServer } from '../helpers/lsp-client';

const TALKS = [
  'Trade talks end without a deal',
  '',
  'BEIJING (Reuters) - Chinese and US negotiators ended two days of talks on Friday without a deal on tariffs.',
  '',
  '“We will keep talking about the tariffs and the deficit for as long as it takes,” said Ann Lee, a spokeswoman for the Commerce Ministry.',
  '',
  'Lee met Reyes on Thursday. “We hope for a deal before the summer,” she said.',
  '',
  'Officials on both sides said the next round would be in Washington in June.',
  '',
  'Markets barely moved.',
  '',
  '“Nobody expects a breakthrough this month, and nobody should.”',
  '',
  '“The talks ended early, said one delegate.',
].join('\n');
const ENVOY = 'Envoy returns from Beijing\n\nAnn Lee, a spokeswoman for the Commerce Ministry, spoke on Monday.\n\n“The talks will go on in June,” Lee said.\n';

let client: LspClient;
let init: InitializeResult;
let folder: string;
let uri: string;
let envoyUri: string;

const at = (needle: string, delta = 0) => {
  const offset = TALKS.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return positionAt(TALKS, offset + delta);
};
const command = <T>(name: string, ...args: unknown[]) => client.request<T>('workspace/executeCommand', { command: name, arguments: args });

before(async () => {
  folder = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-lsp-')));
  await fs.writeFile(path.join(folder, 'talks.article'), TALKS);
  await fs.writeFile(path.join(folder, 'envoy.article'), ENVOY);
  uri = fileUri(path.join(folder, 'talks.article'));
  envoyUri = fileUri(path.join(folder, 'envoy.article'));
  client = await LspClient.spawn({ settings: {} });
  init = await client.initialize({
    workspaceFolders: [{ uri: fileUri(folder), name: 'quotes' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: false } },
  });
  // The closed article is in the index once its quote is in the workspace list.
  await eventually(() => command<Array<{ uri: string }>>('articleLens.listQuotes'), (items) => items.some((i) => i.uri === envoyUri), 10000, 'the index');
  client.open(uri, TALKS);
  await client.waitForDiagnostics(uri, { version: 1 });
});

after(() => stopServer(client, folder));

describe('quotes over the protocol', () => {
  it('declares the quote commands, inlay hints and the quote and speaker token types', () => {
    const commands = init.capabilities.executeCommandProvider!.commands;
    for (const name of ['articleLens.nextQuote', 'articleLens.previousQuote', 'articleLens.listQuotes', 'articleLens.quotesByPerson']) assert.ok(commands.includes(name), name);
    assert.ok(init.capabilities.inlayHintProvider);
    const legend = init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    assert.ok(legend.includes('quote') && legend.includes('speaker'));
  });

  it('publishes quote-unbalanced at the unclosed mark and quote-unattributed on the long unattributed statement', async () => {
    const published = await client.waitForDiagnostics(uri, { version: 1 });
    const quoteDiagnostics = (published.params.diagnostics as Diagnostic[]).filter((d) => String(d.code).startsWith('quote-'));
    assert.deepEqual(quoteDiagnostics.map((d) => [d.code, d.severity, d.range.start]), [
      ['quote-unattributed', 3, at('“Nobody')],
      ['quote-unbalanced', 2, at('“The talks ended')],
    ]);
    assert.deepEqual(quoteDiagnostics[1].range.end, at('“The talks ended', 1));
  });

  it('hover on a quote names the speaker, how they were found and the word count', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('hope for') });
    assert.match((hover.contents as MarkupContent).value, /^\*\*Quote\*\* · statement · 8 words\n\nSpeaker: \*\*Ann Lee\*\*\n\nHow: the pronoun “she”/);
  });

  it('next and previous quote answer with the quote’s location, wrapping around', async () => {
    const next = await command<Location>('articleLens.nextQuote', uri, at('BEIJING'));
    assert.deepEqual(next, { uri, range: { start: at('“We will'), end: at('said Ann Lee', -1) } });
    const previous = await command<Location>('articleLens.previousQuote', uri, at('“We will'));
    assert.deepEqual(previous.range.start, at('“The talks ended'), 'the last quote, unclosed as it is');
    assert.equal(await command('articleLens.nextQuote', 'file:///nowhere.article', { line: 0, character: 0 }), null);
  });

  it('lists every quote in the workspace and the quotes of one person, closed articles included', async () => {
    const items = await command<Array<{ label: string; uri: string }>>('articleLens.listQuotes');
    assert.ok(items.some((i) => i.uri === envoyUri && i.label === 'Ann Lee: “The talks will go on in…”'), JSON.stringify(items));
    const byLee = await command<Location[]>('articleLens.quotesByPerson', uri, at('Lee met'));
    assert.deepEqual(byLee.map((l) => `${l.uri} ${l.range.start.line}`).sort(), [`${envoyUri} 4`, `${uri} 4`, `${uri} 6`]);
  });

  it('inlay hints after a pronoun speaker only once the setting is on', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 16, character: 0 } };
    assert.deepEqual(await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range }), []);
    client.settings = { pronounSpeakerHints: true };
    client.notify('workspace/didChangeConfiguration', { settings: { articleLens: client.settings } });
    const hints = await eventually(() => client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range }), (found) => found.length > 0, 5000, 'a hint');
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [[at('she said', 3), '⟨Ann Lee⟩']]);
  });
});
