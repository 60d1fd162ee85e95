// Diagnostics, pushed and pulled: at once on open, after the typing delay on change, in UTF-16 columns.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { parseMarked, renderSpans, Span } from '../helpers/markers';
import { applyTextEdits, LspClient, stopServer, positionAt, readFixture, spanOf } from '../helpers/lsp-client';

const DELAY_MS = 150;

let harbourMarked: string;

before(async () => {
  harbourMarked = await readFixture('harbour-terminal.article');
});

/** Renders diagnostics back into the text as ⟦…⟧, to compare with a marked fixture. */
function render(text: string, diagnostics: Diagnostic[]): string {
  return renderSpans(text, diagnostics.map((d) => spanOf(text, d.range)));
}

function assertBoilerplateHints(diagnostics: Diagnostic[]): void {
  assert.ok(diagnostics.length > 0);
  for (const diagnostic of diagnostics) {
    assert.equal(diagnostic.source, 'article-lens');
    assert.equal(diagnostic.code, 'page-boilerplate');
    assert.equal(diagnostic.severity, 4, 'hint');
    assert.ok(diagnostic.message.length > 0);
  }
}

async function startServer(settings: Record<string, unknown>, capabilities: Record<string, unknown> = {}): Promise<LspClient> {
  const client = await LspClient.spawn({ settings });
  await client.initialize({ capabilities, initializationOptions: { settings } });
  return client;
}


describe('push diagnostics on open', () => {
  let client: LspClient;
  // The longest delay the settings allow: if opening waited for it, the test would time out.
  before(async () => { client = await startServer({ diagnosticsDelay: 5000 }); });
  after(() => stopServer(client));

  it('publishes page-boilerplate hints at once, on the marked lines, with the document version', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/open-now.article';
    const sent = performance.now();
    client.open(uri, text, 7);
    const published = await client.waitForDiagnostics(uri, { timeoutMs: 2500 });
    assert.ok(published.at - sent < 2500, 'not held back by the 5 s typing delay');
    assert.equal(published.params.version, 7);
    assertBoilerplateHints(published.params.diagnostics);
    assert.equal(render(text, published.params.diagnostics), harbourMarked);
  });

  it('publishes an empty list for an article without boilerplate', async () => {
    const uri = 'file:///newsroom/clean.article';
    client.open(uri, 'Library opens on Sundays from March\n\nThe town library will open on Sunday afternoons, the council said.\n');
    const published = await client.waitForDiagnostics(uri);
    assert.deepEqual(published.params.diagnostics, []);
  });

  it('ignores a .txt file, which is not an article unless includeTxtFiles is on', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/notes.txt';
    client.open(uri, text, 1, 'plaintext');
    // A request after the notification is answered after it was handled: a push would have come first.
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(client.published(uri), []);
  });

  it('clears the diagnostics when the article is closed', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/closing.article';
    client.open(uri, text);
    await client.waitForDiagnostics(uri, { version: 1 });
    const since = client.mark();
    client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, { since });
    assert.deepEqual(cleared.params.diagnostics, []);
  });
});

describe('push diagnostics while typing', () => {
  let client: LspClient;
  before(async () => { client = await startServer({ diagnosticsDelay: DELAY_MS }); });
  after(() => stopServer(client));

  const insertion = (text: string, before: string, inserted: string) => {
    const at = positionAt(text, text.indexOf(before));
    return { range: { start: at, end: at }, text: inserted };
  };

  it('checks again only after the typing delay, for the new version', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/typing.article';
    client.open(uri, text);
    await client.waitForDiagnostics(uri, { version: 1 });
    const since = client.mark();
    const sent = performance.now();
    client.change(uri, 2, [insertion(text, 'Work on the terminal', 'Advertisement\n\n')]);
    const published = await client.waitForDiagnostics(uri, { since, timeoutMs: DELAY_MS + 3000 });
    const elapsed = published.at - sent;
    assert.equal(published.params.version, 2, 'the first diagnostics after the change are for the changed version');
    assert.ok(elapsed >= DELAY_MS - 5, `diagnostics came ${elapsed.toFixed(0)} ms after the change, before the ${DELAY_MS} ms delay`);
    const expected = harbourMarked.replace('Work on the terminal', '⟦Advertisement⟧\n\nWork on the terminal');
    const newText = expected.replace(/[⟦⟧]/gu, '');
    assertBoilerplateHints(published.params.diagnostics);
    assert.equal(render(newText, published.params.diagnostics), expected);
  });

  it('publishes once, for the last version, after a burst of changes', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/burst.article';
    client.open(uri, text);
    await client.waitForDiagnostics(uri, { version: 1 });
    const since = client.mark();
    // Three edits without pauses: delete the "Share this article" line piece by piece, then the blank line.
    const share = text.indexOf('Share this article');
    client.change(uri, 2, [{ range: { start: positionAt(text, share), end: positionAt(text, share + 6) }, text: '' }]);
    const v2 = text.slice(0, share) + text.slice(share + 6);
    client.change(uri, 3, [{ range: { start: positionAt(v2, share), end: positionAt(v2, share + 12) }, text: '' }]);
    const v3 = v2.slice(0, share) + v2.slice(share + 12);
    client.change(uri, 4, [{ range: { start: positionAt(v3, share), end: positionAt(v3, share + 1) }, text: '' }]);
    const v4 = v3.slice(0, share) + v3.slice(share + 1);
    assert.equal(v4, text.replace('Share this article\n', ''));
    const published = await client.waitForDiagnostics(uri, { version: 4, since, timeoutMs: DELAY_MS + 3000 });
    assert.deepEqual(client.published(uri, since).map((n) => n.params.version), [4], 'one publish, for version 4');
    assert.equal(render(v4, published.params.diagnostics), harbourMarked.replace('⟦Share this article⟧\n', ''));
  });
});

describe('settings changed by workspace/didChangeConfiguration', () => {
  let client: LspClient;
  // No workspace.configuration capability: the settings come in the notification itself.
  before(async () => { client = await startServer({ diagnosticsDelay: DELAY_MS }); });
  after(() => stopServer(client));

  it('re-publishes the open articles with the new rule level, and nothing when the rule is off', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/levels.article';
    client.open(uri, text);
    await client.waitForDiagnostics(uri, { version: 1 });

    let since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: { articleLens: { rules: { 'page-boilerplate': 'warning' } } } });
    const warnings = (await client.waitForDiagnostics(uri, { since })).params.diagnostics as Diagnostic[];
    assert.equal(render(text, warnings), harbourMarked);
    assert.deepEqual(warnings.map((d) => d.severity), [2, 2, 2]);

    since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: { articleLens: { rules: { 'page-boilerplate': 'off' } } } });
    assert.deepEqual((await client.waitForDiagnostics(uri, { since })).params.diagnostics, []);
  });
});

describe('pull diagnostics', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({ diagnosticsDelay: DELAY_MS }, { textDocument: { diagnostic: { dynamicRegistration: false } } });
  });
  after(() => stopServer(client));

  it('answers textDocument/diagnostic with a full report and pushes nothing', async () => {
    const { text } = parseMarked(harbourMarked);
    const uri = 'file:///newsroom/pulled.article';
    client.open(uri, text);
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    const items = (report as FullDocumentDiagnosticReport).items;
    assertBoilerplateHints(items);
    assert.equal(render(text, items), harbourMarked);

    // After an edit the pull reflects the new text.
    const end = positionAt(text, text.length);
    client.change(uri, 2, [{ range: { start: end, end }, text: '\nAdvertisement\n' }]);
    const later = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(later.kind, 'full');
    const newText = `${text}\nAdvertisement\n`;
    assert.equal(render(newText, (later as FullDocumentDiagnosticReport).items), `${harbourMarked}\n⟦Advertisement⟧\n`);

    // One more round trip, so that any push scheduled by the open or the edit would have arrived by now.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const pushed = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics');
    assert.deepEqual(pushed, [], 'a pull client gets no publishDiagnostics');
  });
});

describe('line breaks, BOM and characters outside the BMP', () => {
  let client: LspClient;
  before(async () => { client = await startServer({ diagnosticsDelay: DELAY_MS }); });
  after(() => stopServer(client));

  // CRLF line breaks, a BOM before the first line, emoji (two UTF-16 code units each) and an indented line.
  const LINES = [
    '\uFEFF⟦Skip to main content⟧',
    '',
    'Coastal towns count the cost of the storm 🌊',
    '',
    'By Kari Lunde',
    '',
    'ÅLESUND, Norway (Reuters) - Fishermen 🎣 in the coastal towns said on Friday that the storm had wrecked dozens of boats.',
    '',
    '⟦Read more: 🌊 Storm shuts coastal ferry routes for a second day⟧',
    '',
    '  ⟦Photo: 📷 Kari Lunde/NTB⟧',
    '',
    'Repairs to the harbour walls are expected to take weeks.',
    '',
  ];
  const marked = LINES.join('\r\n');
  const { text } = parseMarked(marked);
  const uri = 'file:///newsroom/storm-crlf.article';
  let diagnostics: Diagnostic[];

  before(async () => {
    client.open(uri, text);
    diagnostics = (await client.waitForDiagnostics(uri, { version: 1 })).params.diagnostics;
  });

  it('finds the marked lines', () => {
    assertBoilerplateHints(diagnostics);
    assert.equal(render(text, diagnostics), marked);
  });

  it('counts a CRLF as one line break and columns in UTF-16 code units', () => {
    const teaser = 'Read more: 🌊 Storm shuts coastal ferry routes for a second day';
    const credit = 'Photo: 📷 Kari Lunde/NTB';
    assert.notEqual(teaser.length, [...teaser].length, 'the teaser has a character outside the BMP');
    assert.deepEqual(diagnostics.map((d) => d.range), [
      // The BOM is the first character of line 0 as sent.
      { start: { line: 0, character: 1 }, end: { line: 0, character: 1 + 'Skip to main content'.length } },
      { start: { line: 8, character: 0 }, end: { line: 8, character: teaser.length } },
      { start: { line: 10, character: 2 }, end: { line: 10, character: 2 + credit.length } },
    ]);
  });

  it('"Remove this line" removes the line with its CRLF and the blank line after it', async () => {
    const teaser = diagnostics[1];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: teaser.range.start, end: teaser.range.start }, context: { diagnostics: [teaser] },
    });
    const edit = actions.find((a) => a.title === 'Remove this line')?.edit;
    assert.ok(edit?.changes?.[uri], `actions: ${actions.map((a) => a.title)}`);
    const line: Span = spanOf(text, teaser.range);
    const removed = `${text.slice(line.start, line.end)}\r\n\r\n`;
    assert.equal(applyTextEdits(text, edit.changes[uri]), text.replace(removed, ''));
  });
});
