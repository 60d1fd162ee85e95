// Money in a real VS Code: the hover over a money figure shows its value in full digits, its short form and the
// conversion it is paired with. The article is an untitled buffer in the `article` language, so the workspace
// fixtures (and the other suites' counts) stay as they are.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverAt, hoverTexts, retry } from './util';

const TEXT = 'Tariffs widen\n\nThe US put tariffs on $200 billion (€167 billion) of goods.\n';

suite('Money', () => {
  test('hover over a money figure shows the full value and the conversion', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: TEXT });
    await vscode.window.showTextDocument(doc, { preview: false });
    const position = doc.positionAt(TEXT.indexOf('$200') + 2);
    const texts = await retry(
      () => hoverAt(doc.uri, position).then(hoverTexts),
      (found) => found.some((t) => t.includes('USD 200,000,000,000')),
      'a hover on the money figure',
    );
    const hover = texts.find((t) => t.includes('USD 200,000,000,000'))!;
    assert.match(hover, /\*\*USD 200,000,000,000\*\* · 2\.0 × 10¹¹/);
    assert.match(hover, /United States dollar/);
    assert.match(hover, /Converted: = €167 billion · 0\.835 EUR per USD/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
