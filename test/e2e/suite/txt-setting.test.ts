// The e2e workspace's .vscode/settings.json turns on articleLens.includeTxtFiles, so a .txt file there is checked
// like an article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { boilerplateDiagnostics, lineOf, openFixture, waitForDiagnostics } from './util';

suite('articleLens.includeTxtFiles', () => {
  test('a .txt article in the workspace gets page-boilerplate diagnostics', async () => {
    const setting = vscode.workspace.getConfiguration('articleLens').get<boolean>('includeTxtFiles');
    assert.strictEqual(setting, true, 'the fixture workspace settings were not picked up');

    const doc = await openFixture('wire', 'bakery-strike.txt');
    console.log(`[txt] ${doc.uri.path} opened with languageId ${doc.languageId}`);
    const expected = ['Skip to content', 'Share story'].map((text) => lineOf(doc, text));
    await waitForDiagnostics(
      doc.uri,
      () => {
        const lines = new Set(boilerplateDiagnostics(doc.uri).map((d) => d.range.start.line));
        return expected.every((line) => lines.has(line));
      },
      `page-boilerplate diagnostics on lines ${expected.map((l) => l + 1).join(', ')} of bakery-strike.txt`,
    );
    const byline = lineOf(doc, 'By Tomas Lind');
    assert.ok(!boilerplateDiagnostics(doc.uri).some((d) => d.range.start.line === byline), 'the byline was flagged');
  });
});
