// Money over --stdio: the money token type, the hover on a figure (with the same figure in a closed article on
// disk), and money-conversion-rate across two open articles (the first re-checked when the second arrives, and
// again when the second is edited to agree) and against the rates of the project file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { eventually, fileUri, LspClient, positionAt, stopServer } from '../helpers/lsp-client';

const TARIFFS = 'Tariffs widen\n\nThe US put tariffs on $200 billion (€167 billion) of goods.\n';
const REPLY = 'Europe answers\n\nThe EU weighed duties on $200 billion (€180 billion) of US goods.\n';
const YUAN = 'Yuan deal\n\nThe fund holds 150 million yuan ($20 million).\n';
const CLOSED = 'Brussels weighs a reply\n\nThe EU said the duties on $200 billion of goods were unjustified.\n';

let client: LspClient;
let init: InitializeResult;
let folder: string;
const uriOf = (name: string) => fileUri(path.join(folder, name));
const rateDiagnostics = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'money-conversion-rate');

before(async () => {
  folder = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-money-')));
  await fs.writeFile(path.join(folder, 'closed.article'), CLOSED);
  await fs.writeFile(path.join(folder, '.article-lens.json'), JSON.stringify({ rates: [{ from: 'USD', to: 'CNY', rate: 6.4, date: '2018-05-04' }] }));
  client = await LspClient.spawn({ settings: {} });
  init = await client.initialize({
    workspaceFolders: [{ uri: fileUri(folder), name: 'money' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: false } },
  });
});

after(() => stopServer(client, folder));

describe('money over the protocol', () => {
  it('declares the money token type', () => {
    assert.ok(init.capabilities.semanticTokensProvider!.legend.tokenTypes.includes('money'));
  });

  it('hover on a figure: the full value, the conversion, and the closed article with the same figure', async () => {
    const uri = uriOf('tariffs.article');
    client.open(uri, TARIFFS);
    const position = positionAt(TARIFFS, TARIFFS.indexOf('$200') + 2);
    const hover = await eventually(
      () => client.request<Hover>('textDocument/hover', { textDocument: { uri }, position }),
      (found) => (found.contents as MarkupContent).value.includes('Same figure in'), 10000, 'the index to hold the closed article');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*USD 200,000,000,000\*\* · 2\.0 × 10¹¹\n\nUnited States dollar\n\nConverted: = €167 billion · 0\.835 EUR per USD/);
    assert.ok(value.includes(`[Brussels weighs a reply](${uriOf('closed.article')})`), value);
    assert.deepEqual(rateDiagnostics((await client.waitForDiagnostics(uri)).params.diagnostics), [], 'alone: nothing to disagree with');
  });

  it('money-conversion-rate across two open articles: the second flagged, the first re-checked, both cleared once they agree', async () => {
    const tariffs = uriOf('tariffs.article');
    const reply = uriOf('reply.article');
    const since = client.mark();
    client.open(reply, REPLY);
    const published = await client.waitForDiagnostics(reply, { since });
    const [finding] = rateDiagnostics(published.params.diagnostics);
    assert.equal(finding.severity, 2);
    assert.deepEqual(finding.range.start, positionAt(REPLY, REPLY.indexOf('€180')));
    assert.match(finding.message, /implies 0\.9 EUR per USD; “Tariffs widen” converts at 0\.835 EUR per USD/);
    assert.deepEqual(finding.relatedInformation!.map((r) => [r.location.uri, r.location.range.start]), [[tariffs, positionAt(TARIFFS, TARIFFS.indexOf('€167'))]]);
    // The first article did not change, but a conversion it is checked against did.
    const rechecked = await eventually(async () => client.published(tariffs, since), (found) => found.length > 0, 5000, 'the first article re-checked');
    assert.match(rateDiagnostics(rechecked[rechecked.length - 1].params.diagnostics)[0].message, /implies 0\.835 EUR per USD; “Europe answers” converts at 0\.9 EUR per USD/);

    const agreed = client.mark();
    const at = REPLY.indexOf('180');
    client.change(reply, 2, [{ range: { start: positionAt(REPLY, at), end: positionAt(REPLY, at + 3) }, text: '167' }]);
    assert.deepEqual(rateDiagnostics((await client.waitForDiagnostics(reply, { version: 2 })).params.diagnostics), []);
    const cleared = await eventually(async () => client.published(tariffs, agreed), (found) => found.length > 0, 5000, 'the first article re-checked again');
    assert.deepEqual(rateDiagnostics(cleared[cleared.length - 1].params.diagnostics), []);
  });

  it('a rate declared in the project file is checked', async () => {
    const uri = uriOf('yuan.article');
    client.open(uri, YUAN);
    const [finding] = rateDiagnostics((await client.waitForDiagnostics(uri)).params.diagnostics);
    assert.match(finding.message, /implies 0\.1333 USD per CNY; the project file declares 6\.4 CNY per USD \(0\.1563 USD per CNY\) as of 2018-05-04/);
  });
});
