// The server keeps the parsed models of the articles used last only (MODELS_KEPT); another open article keeps its
// text and is parsed again when asked. An article whose model was let go answers exactly as before.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { MODELS_KEPT } from '../../server/service/model-cache';
import { parseMarked } from '../helpers/markers';
import { LspClient, positionAt, readFixture, stopServer } from '../helpers/lsp-client';

const URI = 'file:///newsroom/harbour-terminal.article';
/** Enough other articles to push the first one's model out of the cache, naming nothing it names. */
const OTHERS = Array.from({ length: MODELS_KEPT + 8 }, (_, i) => ({
  uri: `file:///newsroom/other-${i}.article`,
  text: `Library opens on Sundays from March ${i}\n\nThe town library will open on Sunday afternoons from March, the council said.\n`,
}));

let client: LspClient;
let text: string;

/** Everything the server answers about the article: hovers at every word, outline, tokens, references, lenses, hints. */
async function answers(): Promise<unknown[]> {
  const found: unknown[] = [];
  const document = { textDocument: { uri: URI } };
  for (const match of text.matchAll(/\S+/g)) {
    const position = positionAt(text, match.index! + 1);
    found.push(await client.request('textDocument/hover', { ...document, position }));
    found.push(await client.request('textDocument/references', { ...document, position, context: { includeDeclaration: true } }));
  }
  found.push(await client.request('textDocument/documentSymbol', document));
  found.push(await client.request('textDocument/semanticTokens/full', document));
  found.push(await client.request('textDocument/codeLens', document));
  const end = positionAt(text, text.length);
  found.push(await client.request('textDocument/inlayHint', { ...document, range: { start: { line: 0, character: 0 }, end } }));
  return found;
}

before(async () => {
  ({ text } = parseMarked(await readFixture('harbour-terminal.article')));
  client = await LspClient.spawn();
  await client.initialize({ capabilities: { window: { workDoneProgress: false } } });
});

after(() => stopServer(client));

describe('an open article whose model the cache let go', () => {
  it('is parsed again and answers as before', async () => {
    client.open(URI, text);
    const first = await client.waitForDiagnostics(URI, { version: 1 });
    const before = await answers();
    for (const other of OTHERS) client.open(other.uri, other.text);
    for (const other of OTHERS) await client.waitForDiagnostics(other.uri, { version: 1 });
    assert.deepEqual(await answers(), before);
    // Checked again (the settings changed: every open article is), its diagnostics are the same too.
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: { articleLens: {} } });
    const again = await client.waitForDiagnostics(URI, { since });
    assert.deepEqual(again.params, first.params);
  });
});
