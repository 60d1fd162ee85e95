// The VS Code client: starts dist/server.js and hands it the articles. All analysis lives in the server, so
// every other editor gets the same features; this file only adds what is VS Code's own.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DocumentSelector, ExecuteCommandRequest, LanguageClient, LanguageClientOptions, Location, Position, Range, ServerOptions, TransportKind,
} from 'vscode-languageclient/node';
import { SERVER_ENVIRONMENT } from './server-environment';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The client adds `env` to its own environment.
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: SERVER_ENVIRONMENT } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env: SERVER_ENVIRONMENT, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'articleLens',
      // Articles, and the project file (.article-lens.json: shared settings and exchange rates).
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{article,txt}'), vscode.workspace.createFileSystemWatcher('**/.article-lens.json')],
    },
    // The client restarts a server that dies (up to 4 times in 3 minutes, then it says so).
    initializationOptions: { settings: vscode.workspace.getConfiguration().get('articleLens') },
    // The person hover links to "Quotes by this person"; no other command may run from a hover.
    markdown: { isTrusted: { enabledCommands: [QUOTES_BY_PERSON] } },
    middleware: {
      executeCommand: (command, args, next) => (QUOTE_MOVES.includes(command) || command === QUOTES_BY_PERSON ? runQuoteCommand(command, args, next)
        : KNOWLEDGE_FROM_EDITOR.includes(command) && args.length === 0 ? runKnowledgeCommand(command, next) : next(command, args)),
    },
  };
  client = new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.restartServer', () => client?.restart()),
    // The entity-count code lens runs this: the quick outline lists the People, Organizations and Places groups.
    vscode.commands.registerCommand('articleLens.showEntities', () => vscode.commands.executeCommand('workbench.action.gotoSymbol')),
    vscode.commands.registerCommand('articleLens.goToQuote', goToQuote),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // Which files are articles is part of the client's document selector, so that setting needs a restart.
      if (event.affectsConfiguration('articleLens.includeTxtFiles') && client) {
        client.clientOptions.documentSelector = documentSelector();
        await client.restart();
      }
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

// Server commands (workspace/executeCommand) that every editor has; here they also move the cursor or show a peek.
const QUOTE_MOVES = ['articleLens.nextQuote', 'articleLens.previousQuote'];
const QUOTES_BY_PERSON = 'articleLens.quotesByPerson';

// Server commands that write the knowledge base (.article-lens.json). From the palette or the context menu they
// come without arguments: they act on the selection (or the name under the cursor) of the active editor.
const KNOWLEDGE_FROM_EDITOR = [
  'articleLens.addToKnowledgeBase', 'articleLens.markAsPerson', 'articleLens.markAsOrganization', 'articleLens.markAsPlace',
  'articleLens.markNotEntity', 'articleLens.setQuoteSpeaker',
];

async function runKnowledgeCommand(command: string, next: (command: string, args: unknown[]) => vscode.ProviderResult<unknown>): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return false;
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  if (command !== 'articleLens.setQuoteSpeaker') return next(command, [uri, client.code2ProtocolConverter.asRange(editor.selection)]);
  const speaker = await vscode.window.showInputBox({ prompt: 'Speaker of this quote (the name as the article gives it)', placeHolder: 'Liu He' });
  return speaker ? next(command, [uri, client.code2ProtocolConverter.asPosition(editor.selection.active), speaker]) : false;
}

/** One quote of the workspace as the server's articleLens.listQuotes answers it. */
interface QuoteItem {
  label: string;
  article: string;
  uri: string;
  range: Range;
}

/**
 * From a keybinding or the command palette the quote commands come without arguments: they act on the cursor of
 * the active editor. Next/Previous quote then select the quote they found (the cursor at its start, so the next
 * jump starts from there); Quotes by this person shows the quotes in the references peek.
 */
async function runQuoteCommand(command: string, args: unknown[], next: (command: string, args: unknown[]) => vscode.ProviderResult<unknown>): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  const fromEditor = args.length === 0;
  if (fromEditor) {
    if (!editor || !client) return null;
    args = [client.code2ProtocolConverter.asUri(editor.document.uri), client.code2ProtocolConverter.asPosition(editor.selection.active)];
  }
  const answer = await next(command, args);
  if (!client) return answer;
  const converter = client.protocol2CodeConverter;
  if (command === QUOTES_BY_PERSON) {
    const locations = (answer ?? []) as Location[];
    if (locations.length === 0) void vscode.window.showInformationMessage('Article Lens: no quotes by this speaker in the workspace.');
    else await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(args[0] as string), converter.asPosition(args[1] as Position), locations.map((l) => converter.asLocation(l)));
  } else if (fromEditor && answer && editor) {
    const range = converter.asRange((answer as Location).range);
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return answer;
}

/** Go to quote…: every quote in the workspace as `Speaker: “first words…” (article)`, filtered by speaker, words or article. */
async function goToQuote(): Promise<void> {
  if (!client) return;
  const quotes = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'articleLens.listQuotes', arguments: [] })) as QuoteItem[] | null;
  const picked = await vscode.window.showQuickPick(
    (quotes ?? []).map((quote) => ({ label: quote.label, description: `(${quote.article})`, quote })),
    { placeHolder: quotes?.length ? 'Go to quote: type a speaker, words of the quote or the article' : 'No quotes in the workspace articles', matchOnDescription: true },
  );
  if (!picked) return;
  const range = client.protocol2CodeConverter.asRange(picked.quote.range);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(picked.quote.uri));
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function documentSelector(): DocumentSelector {
  const selector: DocumentSelector = [{ language: 'article' }];
  if (vscode.workspace.getConfiguration('articleLens').get<boolean>('includeTxtFiles')) {
    selector.push({ scheme: 'file', pattern: '**/*.txt' }, { scheme: 'untitled', language: 'plaintext' });
  }
  return selector;
}
