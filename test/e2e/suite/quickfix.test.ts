// Quick fixes change the document, so they run after the read-only checks (files run in name order) and put the
// document back afterwards. The launcher works on a throwaway copy of the fixture workspace anyway.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { boilerplateDiagnostics, flaggedLines, lineOf, openFixture, retry, waitForDiagnostics, waitForEvent } from './util';

const ARTICLE = 'harbour-ferry.article';
const REMOVE_LINE = 'Remove this line';
const REMOVE_ALL = 'Remove all page boilerplate in this article';

async function quickFixesAt(doc: vscode.TextDocument, line: number): Promise<vscode.CodeAction[]> {
  const range = doc.lineAt(line).range;
  return retry(
    () => vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    ),
    (actions) => Array.isArray(actions) && actions.some((a) => a.title === REMOVE_LINE),
    `a "${REMOVE_LINE}" quick fix on line ${line + 1}`,
  );
}

/** Applies a code action the way the light bulb does: its edit first, then its command. */
async function apply(doc: vscode.TextDocument, action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `"${action.title}" has neither an edit nor a command`);
  const before = doc.version;
  // Subscribe before applying; a command may apply its edit later through workspace/applyEdit.
  const changed = waitForEvent(
    vscode.workspace.onDidChangeTextDocument,
    () => doc.version > before,
    `an edit to ${doc.uri.path} from "${action.title}"`,
  ).then(
    () => undefined,
    (error: Error) => error,
  );
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applyEdit failed for "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  const failure = await changed;
  if (failure) throw failure;
}

suite('Article Lens quick fixes', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openFixture(ARTICLE);
    await waitForDiagnostics(doc.uri, () => boilerplateDiagnostics(doc.uri).length >= 4, 'the page-boilerplate diagnostics');
  });

  suiteTeardown(async () => {
    // Leave the file as it was on disk, whatever the tests did to the buffer.
    if (doc && doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test(`"${REMOVE_LINE}" deletes exactly the flagged line`, async () => {
    const line = lineOf(doc, 'Share story');
    const before = doc.getText().split(/\r?\n/);

    const actions = await quickFixesAt(doc, line);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes(REMOVE_ALL), `"${REMOVE_ALL}" missing among ${JSON.stringify(titles)}`);
    const removeLine = actions.find((a) => a.title === REMOVE_LINE)!;
    assert.ok(
      !removeLine.kind || vscode.CodeActionKind.QuickFix.contains(removeLine.kind),
      `kind of "${REMOVE_LINE}" is ${removeLine.kind?.value}`,
    );
    await apply(doc, removeLine);

    const after = doc.getText().split(/\r?\n/);
    assert.ok(!after.some((l) => l.trim() === 'Share story'), 'the "Share story" line is still there');
    assert.deepStrictEqual(after, [...before.slice(0, line), ...before.slice(line + 1)], 'only that one line may go');

    // The server re-checks the edited text: the other three chrome lines stay flagged, at their new line numbers.
    const remaining = ['Skip to content', 'Read more: Mainland bus routes cut as drivers retire', 'Photo: Reuters/A. Brennan'];
    await waitForDiagnostics(
      doc.uri,
      () => JSON.stringify(flaggedLines(doc)) === JSON.stringify(remaining),
      `page-boilerplate diagnostics on exactly ${JSON.stringify(remaining)} after the fix`,
    );
  });

  test(`"${REMOVE_ALL}" deletes every flagged line and keeps the article`, async () => {
    const line = lineOf(doc, 'Skip to content');
    const actions = await quickFixesAt(doc, line);
    const removeAll = actions.find((a) => a.title === REMOVE_ALL);
    assert.ok(removeAll, `"${REMOVE_ALL}" missing among ${JSON.stringify(actions.map((a) => a.title))}`);
    await apply(doc, removeAll);

    const text = doc.getText();
    for (const gone of ['Skip to content', 'Read more: Mainland bus routes', 'Photo: Reuters/A. Brennan']) {
      assert.ok(!text.includes(gone), `"${gone}" is still in the document`);
    }
    for (const kept of ['Island votes to keep', 'By Elena Marsh', 'May 4, 2018', 'The council said', 'The operator, Northern Isles']) {
      assert.ok(text.includes(kept), `"${kept}" was removed too`);
    }
    await waitForDiagnostics(doc.uri, () => boilerplateDiagnostics(doc.uri).length === 0, 'no page-boilerplate diagnostics left');
  });
});
