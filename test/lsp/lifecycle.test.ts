// The server's life over each transport: what initialize announces, and a clean exit.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient, REPO_ROOT, TransportKind, withTimeout } from '../helpers/lsp-client';

const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const started: LspClient[] = [];

async function start(transport: TransportKind = 'stdio'): Promise<LspClient> {
  const client = await LspClient.spawn({ transport });
  started.push(client);
  return client;
}

afterEach(async () => {
  for (const client of started.splice(0)) await client.dispose();
});

function assertCleanWire(client: LspClient): void {
  assert.deepEqual(client.protocolErrors, [], 'the server wrote something that is not JSON-RPC');
}

describe('initialize', () => {
  it('announces every feature the server implements, with a semantic tokens legend and both commands', async () => {
    const client = await start();
    const { capabilities, serverInfo } = await client.initialize({ capabilities: {} });
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(capabilities.definitionProvider, 'definitionProvider');
    assert.ok(capabilities.referencesProvider, 'referencesProvider');
    assert.ok(capabilities.documentHighlightProvider, 'documentHighlightProvider');
    assert.ok(capabilities.workspaceSymbolProvider, 'workspaceSymbolProvider');
    assert.ok(capabilities.codeActionProvider, 'codeActionProvider');
    const semantic = capabilities.semanticTokensProvider;
    assert.ok(semantic, 'semanticTokensProvider');
    assert.ok(semantic.full, 'semantic tokens for the full document');
    for (const type of ['headline', 'byline', 'dateline', 'boilerplate']) {
      assert.ok(semantic.legend.tokenTypes.includes(type), `legend has token type ${type}`);
    }
    assert.equal(new Set(semantic.legend.tokenTypes).size, semantic.legend.tokenTypes.length, 'legend types are distinct');
    const commands = capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes('articleLens.removePageBoilerplate'), `commands: ${commands}`);
    assert.ok(commands.includes('articleLens.reindexWorkspace'), `commands: ${commands}`);
    const sync = capabilities.textDocumentSync;
    const change = typeof sync === 'number' ? sync : sync?.change;
    assert.ok(change === 1 || change === 2, `documents are synchronised (textDocumentSync ${JSON.stringify(sync)})`);
    assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client that cannot pull');
    assert.equal(serverInfo?.name, 'article-lens');
    assert.equal(serverInfo?.version, PACKAGE_VERSION);
    assert.equal(await client.shutdown(), 0);
    assertCleanWire(client);
  });

  it('offers pull diagnostics only to a client that advertises textDocument.diagnostic', async () => {
    const client = await start();
    const { capabilities } = await client.initialize({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    assert.ok(capabilities.diagnosticProvider, 'diagnosticProvider for a pull client');
    assert.equal(await client.shutdown(), 0);
    assertCleanWire(client);
  });
});

describe('shutdown and exit', () => {
  it('exits with code 0 after shutdown then exit', async () => {
    const client = await start();
    await client.initialize();
    assert.equal(await client.shutdown(), 0);
    assertCleanWire(client);
  });

  it('exits with code 1 on exit without shutdown (LSP: exit before shutdown is an error)', async () => {
    const client = await start();
    await client.initialize();
    client.notify('exit', null);
    const { code } = await withTimeout(client.exited, 5000, 'server did not exit');
    assert.equal(code, 1);
    assertCleanWire(client);
  });
});

describe('other transports', () => {
  for (const transport of ['ipc', 'socket'] as const) {
    it(`answers initialize over --${transport === 'ipc' ? 'node-ipc' : 'socket=PORT'} and exits cleanly`, async () => {
      const client = await start(transport);
      const result: InitializeResult = await client.initialize();
      assert.equal(result.capabilities.hoverProvider, true);
      assert.equal(result.serverInfo?.name, 'article-lens');
      const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/none.article' }, position: { line: 0, character: 0 } });
      assert.equal(hover, null, 'a document that is not open has no hover');
      assert.equal(await client.shutdown(), 0);
      assertCleanWire(client);
    });
  }
});
