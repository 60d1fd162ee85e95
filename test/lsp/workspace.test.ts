// The workspace index: the scan at start with work-done progress, workspace symbols, .txt files by setting,
// and file events (created, changed, deleted, renamed) keeping the index in step with the disk.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { copyFixtureFolder, eventually, fileUri, LspClient, stopServer, LSP_FIXTURES, Received } from '../helpers/lsp-client';

const COUNCIL = 'Council agrees leaner budget for village schools';
const RAIL = 'Rail workers call off weekend strike after late offer';
const COD = 'Cod prices climb at the quayside auction';
const FERRY = 'Island ferry fares to rise in the new year';

const FILE_CREATED = 1;
const FILE_CHANGED = 2;
const FILE_DELETED = 3;

function symbols(client: LspClient, query: string): Promise<SymbolInformation[]> {
  return client.request<SymbolInformation[]>('workspace/symbol', { query });
}


/** The $/progress notifications of one token, in order, up to and including `end`. */
async function progressRun(client: LspClient, since: number, requestsSince: number): Promise<Array<Record<string, unknown>>> {
  const create = await client.waitForRequest('window/workDoneProgress/create', () => true, { since: requestsSince });
  const token = create.params.token;
  assert.ok(typeof token === 'string' || typeof token === 'number', 'progress token');
  await client.waitForNotification('$/progress', (p) => p.token === token && p.value.kind === 'end', { since, timeoutMs: 10000 });
  return client.notifications.slice(since)
    .filter((n: Received) => n.method === '$/progress' && n.params.token === token)
    .map((n) => n.params.value as Record<string, unknown>);
}

function assertProgressShape(values: Array<Record<string, unknown>>): void {
  const kinds = values.map((v) => v.kind);
  assert.equal(kinds[0], 'begin', `kinds: ${kinds}`);
  assert.equal(kinds[kinds.length - 1], 'end', `kinds: ${kinds}`);
  assert.ok(kinds.slice(1, -1).length > 0 && kinds.slice(1, -1).every((k) => k === 'report'), `begin, reports, end: ${kinds}`);
  assert.equal(typeof values[0].title, 'string');
  const percentages = values.filter((v) => v.kind === 'report').map((v) => v.percentage as number);
  assert.ok(percentages.every((p, i) => typeof p === 'number' && p >= 0 && p <= 100 && (i === 0 || p >= percentages[i - 1])), `percentages: ${percentages}`);
  assert.equal(percentages[percentages.length - 1], 100);
}

describe('indexing a workspace folder', () => {
  let client: LspClient;
  let folder: string;
  let initialProgress: Array<Record<string, unknown>>;

  before(async () => {
    folder = await copyFixtureFolder('workspace');
    client = await LspClient.spawn({ settings: {} });
    await client.initialize({
      workspaceFolders: [{ uri: fileUri(folder), name: 'newsroom' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
      initializationOptions: { settings: {} },
    });
    initialProgress = await progressRun(client, 0, 0);
  });
  after(() => stopServer(client, folder));

  it('reports work-done progress: begin, reports up to 100 %, end', () => {
    assertProgressShape(initialProgress);
  });

  it('registers a file watcher for articles with a client that allows dynamic registration', async () => {
    const request = await client.waitForRequest('client/registerCapability');
    const registrations = request.params.registrations as Array<{ method: string; registerOptions: { watchers: Array<{ globPattern: string }> } }>;
    const watcher = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watcher, `registrations: ${JSON.stringify(registrations)}`);
    const globs = watcher.registerOptions.watchers.map((w) => w.globPattern);
    assert.ok(globs.some((g) => g.includes('article')), `globs: ${globs}`);
  });

  it('finds an article by its headline with workspace/symbol', async () => {
    const found = await symbols(client, 'leaner budget');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].name, COUNCIL);
    assert.equal(found[0].location.uri, fileUri(path.join(folder, 'council-budget.article')));
    assert.equal(found[0].containerName, 'LEEDS, England (Reuters) -');
  });

  it('matches the query characters in order, as editors do', async () => {
    assert.deepEqual((await symbols(client, 'rail strike')).map((s) => s.name), [RAIL]);
    assert.deepEqual(await symbols(client, 'strike rail'), []);
  });

  it('lists every .article headline for an empty query, but no .txt file by default', async () => {
    const names = (await symbols(client, '')).map((s) => s.name).sort();
    assert.deepEqual(names, [COUNCIL, RAIL].sort());
    assert.deepEqual(await symbols(client, 'cod prices'), []);
  });

  it('articleLens.reindexWorkspace scans again, with progress, and answers the number of articles', async () => {
    const since = client.mark();
    const requestsSince = client.serverRequests.length;
    const count = await client.request('workspace/executeCommand', { command: 'articleLens.reindexWorkspace', arguments: [] }, 10000);
    assert.equal(count, 2);
    assertProgressShape(await progressRun(client, since, requestsSince));
  });

  it('a created file is indexed after workspace/didChangeWatchedFiles', async () => {
    const file = path.join(folder, 'ferry-fares.article');
    await fs.copyFile(path.join(LSP_FIXTURES, 'incoming', 'ferry-fares.article'), file);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: FILE_CREATED }] });
    const found = await eventually(() => symbols(client, 'ferry fares'), (s) => s.length === 1, 5000, 'new article in workspace/symbol');
    assert.equal(found[0].name, FERRY);
    assert.equal(found[0].location.uri, fileUri(file));
  });

  it('a changed file is read again', async () => {
    const file = path.join(folder, 'ferry-fares.article');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(FERRY, 'Island ferry fares frozen for another year'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: FILE_CHANGED }] });
    const found = await eventually(() => symbols(client, 'island ferry'), (s) => s.length === 1 && s[0].name !== FERRY, 5000, 'new headline');
    assert.equal(found[0].name, 'Island ferry fares frozen for another year');
  });

  it('workspace/didRenameFiles moves the article to its new URI', async () => {
    const oldFile = path.join(folder, 'ferry-fares.article');
    await fs.mkdir(path.join(folder, 'archive'), { recursive: true });
    const newFile = path.join(folder, 'archive', 'ferry-fares-frozen.article');
    await fs.rename(oldFile, newFile);
    client.notify('workspace/didRenameFiles', { files: [{ oldUri: fileUri(oldFile), newUri: fileUri(newFile) }] });
    const found = await eventually(() => symbols(client, 'island ferry'), (s) => s.length === 1 && s[0].location.uri === fileUri(newFile), 5000, 'renamed article');
    assert.equal(found[0].name, 'Island ferry fares frozen for another year');
    assert.equal((await symbols(client, '')).length, 3, 'renaming does not duplicate the article');
  });

  it('a deleted file leaves the index', async () => {
    const file = path.join(folder, 'archive', 'ferry-fares-frozen.article');
    await fs.rm(file);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: FILE_DELETED }] });
    await eventually(() => symbols(client, 'island ferry'), (s) => s.length === 0, 5000, 'deleted article gone');
    assert.deepEqual((await symbols(client, '')).map((s) => s.name).sort(), [COUNCIL, RAIL].sort());
  });

  it('an open article is indexed from its buffer, and from the disk again once closed without saving', async () => {
    const file = path.join(folder, 'rail-strike.article');
    const uri = fileUri(file);
    const text = await fs.readFile(file, 'utf8');
    client.open(uri, text);
    await client.waitForDiagnostics(uri, { version: 1 });
    const headline = { start: { line: 0, character: 0 }, end: { line: 0, character: RAIL.length } };
    client.change(uri, 2, [{ range: headline, text: 'Rail strike goes ahead after talks collapse' }]);
    await client.waitForDiagnostics(uri, { version: 2, timeoutMs: 5000 });
    assert.deepEqual((await symbols(client, 'talks collapse')).map((s) => s.location.uri), [uri], 'the unsaved headline is searchable');
    // The editor discards the edit: the file on disk still has the old headline.
    client.close(uri);
    await eventually(() => symbols(client, 'rail'), (s) => s.some((x) => x.name === RAIL), 3000,
      'after closing an edited article without saving, the headline on disk is back in workspace/symbol');
    assert.deepEqual(await symbols(client, 'talks collapse'), []);
  });

  it('turning includeTxtFiles on (workspace/didChangeConfiguration) indexes the .txt files', async () => {
    const since = client.mark();
    const requestsSince = client.serverRequests.length;
    client.settings = { includeTxtFiles: true };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForRequest('workspace/configuration', () => true, { since: requestsSince });
    assertProgressShape(await progressRun(client, since, requestsSince));
    const found = await symbols(client, 'cod prices');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].location.uri, fileUri(path.join(folder, 'reports', 'fish-market.txt')));
  });
});

describe('includeTxtFiles from initializationOptions', () => {
  let client: LspClient;
  let folder: string;

  before(async () => {
    folder = await copyFixtureFolder('workspace');
    client = await LspClient.spawn();
    await client.initialize({
      workspaceFolders: [{ uri: fileUri(folder), name: 'newsroom' }],
      capabilities: {},
      initializationOptions: { settings: { includeTxtFiles: true } },
    });
    // Without work-done progress the end of the scan shows in the log.
    await client.waitForNotification('window/logMessage', (p) => /Indexed \d+ articles/.test(p.message), { timeoutMs: 10000 });
  });
  after(() => stopServer(client, folder));

  it('indexes .txt files too, in sub-folders', async () => {
    const found = await symbols(client, 'cod prices');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].name, COD);
    assert.equal(found[0].location.uri, fileUri(path.join(folder, 'reports', 'fish-market.txt')));
    assert.deepEqual((await symbols(client, '')).map((s) => s.name).sort(), [COD, COUNCIL, RAIL].sort());
  });

  it('sends no progress to a client without window.workDoneProgress', () => {
    assert.deepEqual(client.serverRequests.filter((r) => r.method === 'window/workDoneProgress/create'), []);
    assert.deepEqual(client.notifications.filter((n) => n.method === '$/progress'), []);
  });
});

describe('indexing a large folder', () => {
  const COUNT = 300;
  const PLACES = ['Bergen', 'Tromso', 'Aalesund', 'Stavanger', 'Bodo'];
  let client: LspClient;
  let folder: string;
  let log: Received;

  before(async () => {
    folder = await copyFixtureFolder('workspace');
    await fs.mkdir(path.join(folder, 'wire'));
    await Promise.all(Array.from({ length: COUNT }, (_, n) => {
      const place = PLACES[n % PLACES.length];
      const text = `Ferry route ${n} to ${place} reopens after repairs\n\n${place.toUpperCase()}, Norway (Reuters) - The coastal ferry on route ${n} will sail again from Monday after repairs to its landing stage, the operator said.\n\nAdvertisement\n\nTimetables are unchanged.\n`;
      return fs.writeFile(path.join(folder, 'wire', `route-${String(n).padStart(3, '0')}.article`), text);
    }));
    client = await LspClient.spawn();
    await client.initialize({
      workspaceFolders: [{ uri: fileUri(folder), name: 'wire' }],
      capabilities: { window: { workDoneProgress: true } },
    });
    log = await client.waitForNotification('window/logMessage', (p) => /Indexed \d+ articles/.test(p.message), { timeoutMs: 30000 });
  });
  after(() => stopServer(client, folder));

  it('indexes every article, with progress', async () => {
    assert.match(log.params.message, new RegExp(`Indexed ${COUNT + 2} articles`));
    assertProgressShape(await progressRun(client, 0, 0));
  });

  it('finds articles from the start, the middle and the end of the folder', async () => {
    for (const n of [0, 157, COUNT - 1]) {
      const name = `Ferry route ${n} to ${PLACES[n % PLACES.length]} reopens after repairs`;
      const found = await symbols(client, name);
      const hit = found.find((s) => s.name === name);
      assert.ok(hit, `${name} in ${JSON.stringify(found.map((s) => s.name))}`);
      assert.equal(hit.location.uri, fileUri(path.join(folder, 'wire', `route-${String(n).padStart(3, '0')}.article`)));
      assert.equal(hit.containerName, `${PLACES[n % PLACES.length].toUpperCase()}, Norway (Reuters) -`);
    }
    assert.deepEqual((await symbols(client, 'leaner budget')).map((s) => s.name), [COUNCIL]);
  });

  it('articleLens.reindexWorkspace answers the same count', async () => {
    assert.equal(await client.request('workspace/executeCommand', { command: 'articleLens.reindexWorkspace', arguments: [] }, 30000), COUNT + 2);
  });
});
