// Quotes in a real VS Code: the hover on a quote, and Next Quote / Previous Quote moving the selection (the
// server command answers with the quote's location; the client selects it), on trade-talks.article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverAt, hoverTexts, lineOf, openFixture, retry, waitForEvent } from './util';

const ARTICLE = 'trade-talks.article';
const QUOTE = '“We are optimistic,”';

suite('Quotes', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let line: number;

  suiteSetup(async () => {
    doc = await openFixture(ARTICLE);
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    line = lineOf(doc, QUOTE);
  });

  test('hover on a quote names its speaker and the cue', async () => {
    const texts = await retry(
      () => hoverAt(doc.uri, new vscode.Position(line, 4)).then(hoverTexts),
      (found) => found.some((t) => t.includes('**Quote**')),
      'a hover on the quote',
    );
    const hover = texts.find((t) => t.includes('**Quote**'))!;
    assert.match(hover, /\*\*Quote\*\* · statement · 3 words/);
    assert.match(hover, /Speaker: \*\*Steven Mnuchin\*\*/);
    assert.match(hover, /How: named at the cue \*told\*/);
  });

  test('Next Quote selects the next quote from the cursor, Previous Quote wraps around to it', async () => {
    const selected = (what: string) => waitForEvent(
      vscode.window.onDidChangeTextEditorSelection,
      () => doc.getText(editor.selection) === QUOTE && editor.selection.active.line === line,
      what,
    );
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const next = selected('Next Quote to select the quote');
    await vscode.commands.executeCommand('articleLens.nextQuote');
    await next;
    assert.equal(editor.selection.active.character, 0, 'the cursor at the opening mark, so the next jump starts there');

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const previous = selected('Previous Quote to wrap around to the quote');
    await vscode.commands.executeCommand('articleLens.previousQuote');
    await previous;
  });
});
