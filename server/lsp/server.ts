// The language server: wiring only. Every handler looks up the document, calls one service function, returns.
import {
  createConnection, DidChangeWatchedFilesNotification, InitializeParams, InitializeResult, ProposedFeatures,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { codeActionsAt } from '../service/code-actions';
import { codeLenses } from '../service/code-lens';
import { COMMANDS, QUOTE_COMMANDS, removePageBoilerplateEdit, runQuoteCommand, SERVER_COMMANDS } from '../service/commands';
import { KNOWLEDGE_COMMAND_IDS, runKnowledgeCommand } from '../service/knowledge-commands';
import { hoverAt } from '../service/hover';
import { inlayHints } from '../service/inlay-hints';
import { definitionAt, highlightsAt, referencesAt } from '../service/navigation';
import { toOffset, toRange } from '../service/ranges';
import { prepareRenameAt, renameEdit } from '../service/rename';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../service/semantic-tokens';
import { isProjectFile, PROJECT_FILE } from '../service/project-file';
import { documentSymbols } from '../service/symbols';
import { workspaceSymbols } from '../service/workspace-symbols';
import { DiagnosticsScheduler } from './diagnostics';
import { applyFileEvents, applyRenames, indexFromDisk, indexWorkspace } from './indexing';
import { Session } from './session';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

/**
 * After each full collection V8 lets the old generation grow by a factor it picks from its GC speed, up to 4×
 * the live heap: the server's heap went from ~120 MB live to ~270 MB before a collection while 2,000 articles
 * were opened, and resident memory with it. 1.1× keeps it near what is live, for a few more full collections: in
 * the bench, peak RSS 297–302 MB at 1.2×, 287–288 MB at 1.1×, with the same server CPU for the cold index and the
 * same hover and edit latencies (within the noise of a shared machine). Editors start the server with no V8 flags
 * (`node dist/server.js --stdio`), so it is set here; unlike the heap size flags, V8 reads this one at every
 * collection, so setting it once the heap is up works. It applies to the index's worker threads too.
 */
function keepHeapNearLive(): void {
  setFlagsFromString('--heap-growing-percent=10');
}

export function startLanguageServer(): void {
  keepHeapNearLive();
  // createConnection reads --stdio, --node-ipc or --socket=N from the command line.
  const connection = createConnection(ProposedFeatures.all);
  // Nothing but JSON-RPC may reach stdout: stray console output goes to the client's log instead.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  const session = new Session(connection);
  let scheduler: DiagnosticsScheduler;
  let capabilities: InitializeParams['capabilities'];

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    session.useEditorSettings(options?.settings);
    session.folders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    if (session.folders.length === 0 && params.rootUri) session.folders = [fileURLToPath(params.rootUri)];
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    scheduler = new DiagnosticsScheduler(session, pull);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'Article' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        workspaceSymbolProvider: true,
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: {
          workspaceFolders: { supported: true },
          fileOperations: { didRename: { filters: [{ pattern: { glob: '**/*.{article,txt}' } }] } },
        },
      },
      serverInfo: { name: 'article-lens', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    await session.loadProjectFile();
    if (capabilities.workspace?.configuration) session.useEditorSettings(await connection.workspace.getConfiguration('articleLens'));
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{article,txt}' }, { globPattern: `**/${PROJECT_FILE}` }] });
    }
    // Articles opened while the index was built were checked against a part of it.
    if (session.folders.length > 0) await indexWorkspace(session, capabilities.window?.workDoneProgress === true);
    scheduler.refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const before = session.settings.includeTxtFiles;
    session.useEditorSettings(capabilities.workspace?.configuration
      ? await connection.workspace.getConfiguration('articleLens')
      : (change.settings as { articleLens?: unknown } | undefined)?.articleLens);
    scheduler.refreshAll();
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    if (session.settings.includeTxtFiles !== before) await indexWorkspace(session, capabilities.window?.workDoneProgress === true);
  });

  session.documents.onDidOpen(({ document }) => scheduler.opened(document.uri, document.version));
  session.documents.onDidChangeContent(({ document }) => scheduler.changed(document.uri, document.version));
  session.documents.onDidClose(({ document }) => {
    session.models.delete(document.uri);
    scheduler.closed(document.uri);
    void indexFromDisk(session, document.uri).then((affected) => scheduler.recheck(affected));
  });
  connection.languages.diagnostics.on((params, token) => scheduler.report(params.textDocument.uri, token));
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (changes.some((change) => isProjectFile(change.uri))) {
      if (await session.loadProjectFile()) await indexWorkspace(session, false);
      scheduler.refreshAll();
    }
    scheduler.recheck(await applyFileEvents(session, changes));
  });
  connection.workspace.onDidRenameFiles(({ files }) => applyRenames(session, files));

  connection.onHover(({ textDocument, position }) => {
    const open = session.model(textDocument.uri);
    return open ? hoverAt(textDocument.uri, open.model, toOffset(open.model.lines, position), session.index) : null;
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const open = session.model(textDocument.uri);
    return open ? documentSymbols(open.model) : [];
  });
  connection.onDefinition(({ textDocument, position }) => {
    const open = session.model(textDocument.uri);
    const span = open && definitionAt(open.model, toOffset(open.model.lines, position));
    return span ? { uri: textDocument.uri, range: toRange(open.model.lines, span) } : null;
  });
  connection.onReferences(({ textDocument, position, context }) => {
    const scope = session.scope(textDocument.uri);
    return scope ? referencesAt(scope, toOffset(scope.model.lines, position), context.includeDeclaration) : [];
  });
  connection.onPrepareRename(({ textDocument, position }) => {
    const open = session.model(textDocument.uri);
    return open ? prepareRenameAt(open.model, toOffset(open.model.lines, position)) : null;
  });
  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const scope = session.scope(textDocument.uri);
    return scope ? renameEdit(scope, toOffset(scope.model.lines, position), newName) : null;
  });
  connection.onCodeLens(({ textDocument }) => {
    const open = session.model(textDocument.uri);
    return open ? codeLenses(open.model, textDocument.uri) : [];
  });
  connection.languages.inlayHint.on(({ textDocument, range }) => {
    const open = session.model(textDocument.uri);
    const span = open && { start: toOffset(open.model.lines, range.start), end: toOffset(open.model.lines, range.end) };
    return open && span ? inlayHints(open.model, span, session.settings) : [];
  });
  connection.onDocumentHighlight(({ textDocument, position }) => {
    const open = session.model(textDocument.uri);
    return open ? highlightsAt(open.model, toOffset(open.model.lines, position)).map((span) => ({ range: toRange(open.model.lines, span) })) : [];
  });
  connection.languages.semanticTokens.on(({ textDocument }) => {
    const open = session.model(textDocument.uri);
    return open ? semanticTokens(open.model) : { data: [] };
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const open = session.model(textDocument.uri);
    if (!open) return [];
    const { lines } = open.model;
    return codeActionsAt(textDocument.uri, open.model, session.settings, { start: toOffset(lines, range.start), end: toOffset(lines, range.end) }, session.index, session.knowledge);
  });
  connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(session.index, query));
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === COMMANDS.reindexWorkspace) return indexWorkspace(session, capabilities.window?.workDoneProgress === true);
    if (QUOTE_COMMANDS.includes(command)) return runQuoteCommand(command, args ?? [], session);
    if (KNOWLEDGE_COMMAND_IDS.includes(command)) {
      // The editor applies the edit to .article-lens.json (saved or not); the server uses the new text at once.
      const change = runKnowledgeCommand(command, args ?? [], session.knowledgeScope());
      const applied = change !== null && (await connection.workspace.applyEdit({ label: change.label, edit: change.edit })).applied;
      if (applied && (await session.loadProjectFile(change.text))) await indexWorkspace(session, false);
      if (applied) scheduler.refreshAll();
      return applied;
    }
    if (command !== COMMANDS.removePageBoilerplate) return null;
    const open = typeof args?.[0] === 'string' ? session.model(args[0]) : undefined;
    const edit = open && removePageBoilerplateEdit(open.document.uri, open.model);
    return edit ? (await connection.workspace.applyEdit({ label: 'Remove all page boilerplate', edit })).applied : false;
  });

  session.documents.listen(connection);
  connection.listen();
}

declare const VERSION: string;
