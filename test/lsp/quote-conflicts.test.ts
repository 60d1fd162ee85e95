// quote-speaker-conflict over the wire: two open articles give one statement to two people. Opening the second
// flags it, and the first (already open, checked before the second existed) is checked again and flagged too.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, stopServer } from '../helpers/lsp-client';

const FERRY = 'Ferry link approved\n\n“The new ferry link will carry its first passengers before the winter storms,” Transport Minister Odile Varga said on Monday.\n';
const HARBOUR = 'Harbour works begin\n\n“The new ferry link will carry its first passengers before the winter storms,” Mayor Tomas Reyna said on Tuesday.\n';

const conflicts = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'quote-speaker-conflict');

describe('quote-speaker-conflict across two open documents', () => {
  let client: LspClient;
  before(async () => {
    const settings = { diagnosticsDelay: 50 };
    client = await LspClient.spawn({ settings });
    await client.initialize({ capabilities: {}, initializationOptions: { settings } });
  });
  after(() => stopServer(client));

  it('flags both quotes, each pointing at the other', async () => {
    const ferry = 'file:///newsroom/ferry.article';
    const harbour = 'file:///newsroom/harbour.article';
    client.open(ferry, FERRY);
    assert.deepEqual(conflicts((await client.waitForDiagnostics(ferry, { version: 1 })).params.diagnostics as Diagnostic[]), []);
    const since = client.mark();
    client.open(harbour, HARBOUR);
    const [here] = conflicts((await client.waitForDiagnostics(harbour, { version: 1, since })).params.diagnostics as Diagnostic[]);
    assert.ok(here, 'the second article is flagged');
    assert.equal(here.severity, 2);
    assert.equal(here.message, 'This statement is attributed to Tomas Reyna here but to Odile Varga in “Ferry link approved”.');
    assert.equal(here.relatedInformation?.[0]?.location.uri, ferry);
    assert.deepEqual(here.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 78 } });
    const [there] = conflicts((await client.waitForDiagnostics(ferry, { since })).params.diagnostics as Diagnostic[]);
    assert.ok(there, 'the first article is checked again and flagged');
    assert.equal(there.relatedInformation?.[0]?.location.uri, harbour);
  });
});
