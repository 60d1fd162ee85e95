// The VS Code client: starts dist/server.js and hands it the articles. All analysis lives in the server, so
// every other editor gets the same features; this file only adds what is VS Code's own.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DocumentSelector, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'articleLens',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{article,txt}'),
    },
    // The client restarts a server that dies (up to 4 times in 3 minutes, then it says so).
    initializationOptions: { settings: vscode.workspace.getConfiguration().get('articleLens') },
  };
  client = new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.restartServer', () => client?.restart()),
    // The entity-count code lens runs this: the quick outline lists the People, Organizations and Places groups.
    vscode.commands.registerCommand('articleLens.showEntities', () => vscode.commands.executeCommand('workbench.action.gotoSymbol')),
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

function documentSelector(): DocumentSelector {
  const selector: DocumentSelector = [{ language: 'article' }];
  if (vscode.workspace.getConfiguration('articleLens').get<boolean>('includeTxtFiles')) {
    selector.push({ scheme: 'file', pattern: '**/*.txt' }, { scheme: 'untitled', language: 'plaintext' });
  }
  return selector;
}
