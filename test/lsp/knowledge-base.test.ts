// The knowledge base over --stdio: a malformed .article-lens.json gets one diagnostic and the server goes on with
// the defaults; the five seed articles give exactly their two cross-article warnings; a quick fix's command writes
// the project file through workspace/applyEdit (creating it), and the finding goes at once.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { eventually, fileUri, LspClient, stopServer } from '../helpers/lsp-client';

const SEEDS = path.resolve(__dirname, '../../../../shared/articles');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe('a malformed project file', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-kb-bad-')));
    await fs.writeFile(path.join(folder, '.article-lens.json'), '{\n  "rules": { "page-boilerplate": "off" },\n  "entities": [ { "name": "Xi Jinping" \n}\n');
    client = await LspClient.spawn({ settings: {} });
    await client.initialize({ workspaceFolders: [{ uri: fileUri(folder), name: 'bad' }], capabilities: { workspace: { configuration: true } } });
  });
  after(() => stopServer(client, folder));

  it('gets one diagnostic on the file, and the server goes on with the defaults', async () => {
    const published = await client.waitForDiagnostics(fileUri(path.join(folder, '.article-lens.json')), { timeoutMs: 10000 });
    const diagnostics: Diagnostic[] = published.params.diagnostics;
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /^Article Lens cannot read \.article-lens\.json: .*\(line \d+\)\. .*the defaults are in force\.$/);
    const uri = fileUri(path.join(folder, 'page.article'));
    client.open(uri, 'Talks end\n\nThe talks ended on Friday.\n\nRead more: Markets fall as talks end\n');
    const found = (await client.waitForDiagnostics(uri)).params.diagnostics as Diagnostic[];
    assert.ok(found.some((d) => d.code === 'page-boilerplate'), 'the file’s "off" was not applied: defaults');
  });
});

describe('the seed articles', { skip: seedFiles.length === 0 ? `no seed articles at ${SEEDS}` : false }, () => {
  let client: LspClient;
  let folder: string;
  const uriOf = (name: string) => fileUri(path.join(folder, name));
  before(async () => {
    folder = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-kb-seeds-')));
    for (const file of seedFiles) await fs.copyFile(path.join(SEEDS, file), path.join(folder, file));
    client = await LspClient.spawn({ settings: { includeTxtFiles: true } });
    await client.initialize({ workspaceFolders: [{ uri: fileUri(folder), name: 'seeds' }], capabilities: { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } } });
    await client.waitForNotification('window/logMessage', (params) => /^Indexed \d+ articles/.test(params.message), { timeoutMs: 20000 });
  });
  after(() => stopServer(client, folder));

  const warnings = async () => {
    const all: string[] = [];
    for (const file of seedFiles) {
      const uri = uriOf(file);
      const diagnostics = (await client.waitForDiagnostics(uri, { timeoutMs: 10000 })).params.diagnostics as Diagnostic[];
      for (const d of diagnostics) if (d.severity === 2) all.push(`${file.slice(0, 3)} ${d.code}`);
    }
    return all;
  };

  it('open together, exactly the two real inconsistencies are warnings', async () => {
    for (const file of seedFiles) client.open(uriOf(file), await fs.readFile(path.join(folder, file), 'utf8'), 1, 'plaintext');
    assert.deepEqual(await warnings(), ['001 entity-name-variant', '002 entity-role-conflict']);
  });

  it('“Treat as an alias” writes the project file (creating it) and the warning goes', async () => {
    const uri = uriOf(seedFiles[1]);
    const text = await fs.readFile(path.join(folder, seedFiles[1]), 'utf8');
    const at = text.indexOf('Ki Jinping');
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at - 1) - 1;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character }, end: { line, character } }, context: { diagnostics: [] } });
    const alias = actions.find((a) => a.title.startsWith('Treat “Ki Jinping” as an alias'));
    assert.ok(alias?.command, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Write “Xi Jinping”' && a.edit));
    const since = client.mark();
    assert.equal(await client.request('workspace/executeCommand', { command: alias!.command!.command, arguments: alias!.command!.arguments }), true);
    const { edit } = client.appliedEdits.at(-1)!;
    const [create, insert] = edit.documentChanges as Array<{ kind?: string; edits?: Array<{ newText: string }> }>;
    assert.equal(create.kind, 'create');
    assert.deepEqual(JSON.parse(insert.edits![0].newText), { entities: [{ name: 'Xi Jinping', type: 'PERSON', aliases: ['Ki Jinping'] }] });
    await eventually(async () => (await client.waitForDiagnostics(uri, { since, timeoutMs: 10000 })).params.diagnostics as Diagnostic[],
      (diagnostics) => !diagnostics.some((d) => d.code === 'entity-name-variant'), 10000, 'the warning to go');
  });
});
