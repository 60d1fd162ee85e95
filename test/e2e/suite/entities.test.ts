// People, organizations and places in a real VS Code: the hover on a person, the outline groups and the
// entity-count code lens, on trade-talks.article in the e2e workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { AnySymbol, hoverAt, hoverTexts, lineOf, openFixture, retry, symbolNames } from './util';

const ARTICLE = 'trade-talks.article';

suite('People, organizations and places', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openFixture(ARTICLE);
  });

  test('hover on a surname names the person, with the sentence that introduces him', async () => {
    const line = lineOf(doc, '“We are optimistic,”');
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('Mnuchin') + 3);
    const texts = await retry(
      () => hoverAt(doc.uri, position).then(hoverTexts),
      (found) => found.some((t) => t.includes('Steven Mnuchin')),
      'a hover naming Steven Mnuchin on "Mr. Mnuchin"',
    );
    const hover = texts.find((t) => t.includes('Steven Mnuchin'))!;
    assert.match(hover, /\*\*Steven Mnuchin\*\* · person/);
    assert.match(hover, /Mentions: /);
    assert.match(hover, /US Treasury Secretary Steven Mnuchin will travel/);
  });

  test('the outline groups people, organizations and places, each entity with its mentions', async () => {
    const symbols = await retry(
      () => vscode.commands.executeCommand<AnySymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri),
      (found) => Array.isArray(found) && found.some((s) => s.name.startsWith('People (')),
      `the People group in the outline of ${ARTICLE}`,
    );
    const names = symbols.map((s) => s.name);
    for (const group of ['People', 'Places']) assert.ok(names.some((n) => n.startsWith(`${group} (`)), `${group} group: ${JSON.stringify(names)}`);
    const people = symbols.find((s) => s.name.startsWith('People (')) as vscode.DocumentSymbol;
    const mnuchin = people.children.find((c) => c.name === 'Steven Mnuchin');
    assert.ok(mnuchin, `Steven Mnuchin under People: ${JSON.stringify(symbolNames([people]))}`);
    assert.ok(mnuchin.children.length >= 4, `his mentions as children: ${JSON.stringify(symbolNames([mnuchin]))}`);
    assert.ok(people.children.some((c) => c.name === 'Xi Jinping'), 'Xi Jinping under People');
  });

  test('a code lens at the top counts people, organizations and places', async () => {
    const lenses = await retry(
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri),
      (found) => Array.isArray(found) && found.some((l) => /people/.test(l.command?.title ?? '')),
      `the entity-count code lens of ${ARTICLE}`,
    );
    const lens = lenses.find((l) => /people/.test(l.command?.title ?? ''))!;
    assert.strictEqual(lens.range.start.line, 0);
    assert.match(lens.command!.title, /^\d+ people · \d+ organizations? · \d+ places?$/);
    assert.strictEqual(lens.command!.command, 'articleLens.showEntities');
  });
});
