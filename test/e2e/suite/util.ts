// Helpers shared by the end-to-end tests. Every wait is bounded and says what it was waiting for when it gives up.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-lens.article-lens';
export const SOURCE = 'article-lens';
export const BOILERPLATE_RULE = 'page-boilerplate';

/** Default bound for one wait: long enough for a cold language-server start on a slow CI box. */
export const WAIT_MS = Number(process.env.ARTICLE_LENS_E2E_WAIT_MS || 20000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e workspace folder is not open');
  return folder.uri;
}

export function fixtureUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export async function openFixture(...segments: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Zero-based number of the only line whose trimmed text equals (or starts with) `text`. */
export function lineOf(doc: vscode.TextDocument, text: string): number {
  const hits: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.trim().startsWith(text)) hits.push(i);
  }
  if (hits.length !== 1) throw new Error(`expected one line starting with ${JSON.stringify(text)}, found ${hits.length}`);
  return hits[0];
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The trimmed text of every line that carries a page-boilerplate diagnostic, top to bottom, each once. */
export function flaggedLines(doc: vscode.TextDocument): string[] {
  const lines = [...new Set(boilerplateDiagnostics(doc.uri).map((d) => d.range.start.line))].sort((a, b) => a - b);
  return lines.map((line) => (line < doc.lineCount ? doc.lineAt(line).text.trim() : `<line ${line + 1} past the end>`));
}

export function boilerplateDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && ruleOf(d) === BOILERPLATE_RULE);
}

/**
 * Resolves with the first truthy value of `probe`, evaluated now and again whenever `event` fires.
 * Rejects after `ms` with `what` and the last value seen, so a failure explains itself.
 */
export function waitForEvent<E, T>(
  event: vscode.Event<E>,
  probe: () => T | undefined | null | false,
  what: string,
  ms = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = probe();
    if (first) {
      resolve(first);
      return;
    }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const subscription = event(() => {
      let value: T | undefined | null | false;
      try {
        value = probe();
      } catch (error) {
        clearTimeout(timer);
        subscription.dispose();
        reject(error);
        return;
      }
      if (value) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(value);
      }
    });
  });
}

/** Diagnostics for one document, once `accept` likes them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const current = vscode.languages.getDiagnostics(uri);
      return accept(current) ? current : undefined;
    },
    what,
    ms,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; diagnostics at that point: ${describe(vscode.languages.getDiagnostics(uri))}`);
  });
}

export function describe(diagnostics: vscode.Diagnostic[]): string {
  return JSON.stringify(
    diagnostics.map((d) => `${d.range.start.line}:${d.source}/${ruleOf(d)}: ${d.message}`),
  );
}

/**
 * Asks for something that has no change event (hover, symbols, code actions) until it gives an acceptable answer.
 * Used only after the server has answered once, so the retries cover a restart or a document version race, not startup.
 */
export async function retry<T>(ask: () => Thenable<T>, accept: (value: T) => boolean, what: string, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  for (let attempt = 0; ; attempt++) {
    last = await ask();
    if (accept(last)) return last;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 500)));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; last answer: ${JSON.stringify(last)}`);
}

/**
 * Hover contents as plain strings. vscode-languageclient turns plain-text hovers into MarkdownStrings whose spaces
 * are escaped as &nbsp;, and some renderings carry U+00A0, so both become ordinary spaces here.
 */
export function hoverTexts(hovers: vscode.Hover[] | undefined): string[] {
  const texts: string[] = [];
  for (const hover of hovers ?? []) {
    for (const part of hover.contents) {
      const raw = typeof part === 'string' ? part : part.value;
      texts.push(raw.replace(/&nbsp;/g, ' ').replace(/\u00a0/g, ' '));
    }
  }
  return texts;
}

export function hoverAt(uri: vscode.Uri, position: vscode.Position): Thenable<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
}

export type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

/** Symbol names, depth first, whether the provider answered with a tree or a flat list. */
export function symbolNames(symbols: AnySymbol[] | undefined): string[] {
  const names: string[] = [];
  const walk = (list: AnySymbol[]) => {
    for (const symbol of list) {
      names.push(symbol.name);
      if ('children' in symbol && symbol.children) walk(symbol.children);
    }
  };
  walk(symbols ?? []);
  return names;
}
