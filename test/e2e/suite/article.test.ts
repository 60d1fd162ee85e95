// The language features of Article Lens as a user of VS Code gets them: activation, page-boilerplate
// diagnostics, hovers and the outline, on harbour-ferry.article in the e2e workspace.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  BOILERPLATE_RULE,
  boilerplateDiagnostics,
  describe,
  EXTENSION_ID,
  flaggedLines,
  hoverAt,
  hoverTexts,
  lineOf,
  openFixture,
  retry,
  SOURCE,
  symbolNames,
  waitForDiagnostics,
} from './util';

const ARTICLE = 'harbour-ferry.article';

/** Boilerplate lines of the fixture, and a word each diagnostic message must use to say what kind it found. */
const EXPECTED_BOILERPLATE: Array<[line: string, messageMentions: RegExp]> = [
  ['Skip to content', /navigation/i],
  ['Share story', /share/i],
  ['Read more: Mainland bus routes', /read more/i],
  ['Photo: Reuters/A. Brennan', /image credit|photo/i],
];

suite('Article Lens in a real VS Code extension host', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    console.log(
      '[host] ' +
        JSON.stringify({
          vscode: vscode.version,
          appName: vscode.env.appName,
          appHost: vscode.env.appHost,
          uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
          remoteName: vscode.env.remoteName ?? null,
          node: process.version,
          extensionPath: ext?.extensionPath ?? null,
          extensionVersion: ext?.packageJSON?.version ?? null,
          expectedExtensionDir: process.env.ARTICLE_LENS_E2E_EXTENSION_DIR ?? null,
        }),
    );
    doc = await openFixture(ARTICLE);
  });

  test('the extension is the expected build and activates on an .article file', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    const expectedDir = process.env.ARTICLE_LENS_E2E_EXTENSION_DIR;
    if (expectedDir) {
      // The launcher installed the .vsix and asks us to make sure that copy, not the working tree, is under test.
      assert.strictEqual(path.resolve(ext.extensionPath), path.resolve(expectedDir), 'extension loaded from an unexpected folder');
    }
    assert.strictEqual(doc.languageId, 'article');
    // Opening the article is what activates the extension (onLanguage:article); activate() only awaits that.
    await ext.activate();
    assert.ok(ext.isActive, 'extension did not activate');
  });

  test('page-boilerplate diagnostics appear on scraped page chrome only', async () => {
    const expectedLines = EXPECTED_BOILERPLATE.map(([text]) => doc.lineAt(lineOf(doc, text)).text.trim());
    await waitForDiagnostics(
      doc.uri,
      () => expectedLines.every((text) => flaggedLines(doc).includes(text)),
      `${BOILERPLATE_RULE} diagnostics on ${JSON.stringify(expectedLines)} in ${ARTICLE}`,
    );
    // Exactly the page chrome: the headline, byline, dates and every body paragraph are article text.
    assert.deepStrictEqual(
      flaggedLines(doc),
      expectedLines,
      `lines flagged as page boilerplate; diagnostics: ${describe(boilerplateDiagnostics(doc.uri))}`,
    );

    const ours = boilerplateDiagnostics(doc.uri);
    for (const [text, mentions] of EXPECTED_BOILERPLATE) {
      const line = lineOf(doc, text);
      const onLine = ours.filter((d) => d.range.start.line === line);
      assert.strictEqual(onLine.length, 1, `one diagnostic expected on "${text}", got ${onLine.length}`);
      const diagnostic = onLine[0];
      assert.strictEqual(diagnostic.source, SOURCE);
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Hint, `severity of the diagnostic on "${text}"`);
      assert.match(diagnostic.message, mentions, `message on "${text}"`);
    }
  });

  test('hover explains boilerplate, the dateline and the byline, and stays quiet on body text', async () => {
    // Diagnostics prove the server has read the document; hovers are then answered at once.
    await waitForDiagnostics(doc.uri, () => boilerplateDiagnostics(doc.uri).length > 0, 'the first diagnostics');

    const hoverOn = async (text: string, character = 2): Promise<string[]> => {
      const position = new vscode.Position(lineOf(doc, text), character);
      return hoverTexts(await hoverAt(doc.uri, position));
    };
    const expectHover = async (text: string, wanted: string) => {
      const texts = await retry(
        () => hoverAt(doc.uri, new vscode.Position(lineOf(doc, text), 2)).then(hoverTexts),
        (found) => found.some((t) => t.includes(wanted)),
        `a hover containing "${wanted}" on "${text}"`,
      );
      assert.ok(texts.length > 0);
    };

    await expectHover('Share story', 'Page boilerplate');
    await expectHover('Skip to content', 'Page boilerplate');
    await expectHover('May 4, 2018', 'Dateline');
    await expectHover('By Elena Marsh', 'Byline');

    const body = await hoverOn('The council said', 12);
    const ourWords = /boilerplate|dateline|byline/i;
    assert.ok(!body.some((t) => ourWords.test(t)), `no Article Lens hover expected on body text, got ${JSON.stringify(body)}`);
  });

  test('document symbols give the headline, byline, dateline and one symbol per paragraph', async () => {
    const symbols = await retry(
      () => vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      ),
      (found) => Array.isArray(found) && found.length > 0,
      `document symbols of ${ARTICLE}`,
    );
    const names = symbolNames(symbols);
    const show = JSON.stringify(names);

    assert.ok(
      names.some((n) => n.includes('Island votes to keep its last winter ferry')),
      `headline symbol missing: ${show}`,
    );
    assert.ok(names.some((n) => /^Byline:.*Elena Marsh/.test(n)), `byline symbol missing: ${show}`);
    assert.ok(names.some((n) => /^Dateline:/.test(n)), `dateline symbol missing: ${show}`);

    const paragraphs = names.filter((n) => /^¶\d+\s/.test(n));
    assert.ok(paragraphs.length >= 4, `expected at least 4 paragraph symbols, got ${paragraphs.length}: ${show}`);
    for (const opening of ['The council said', 'The operator, Northern Isles']) {
      assert.ok(paragraphs.some((n) => n.includes(opening)), `no paragraph symbol starting "${opening}": ${show}`);
    }
    // Paragraph numbers are in reading order.
    const numbers = paragraphs.map((n) => Number(/^¶(\d+)/.exec(n)![1]));
    assert.deepStrictEqual(numbers, [...numbers].sort((a, b) => a - b), `paragraph symbols out of order: ${show}`);
  });
});
