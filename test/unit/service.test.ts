import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { summarize } from '../../server/analysis/summary';
import { annotateText } from '../../server/service/annotate';
import { codeActionsAt } from '../../server/service/code-actions';
import { removePageBoilerplateEdit } from '../../server/service/commands';
import { checkArticle, toDiagnostics } from '../../server/service/diagnostics';
import { hoverAt } from '../../server/service/hover';
import { WorkspaceIndex } from '../../server/service/index';
import { ModelCache } from '../../server/service/model-cache';
import { definitionAt, highlightsAt } from '../../server/service/navigation';
import { semanticTokens, TOKEN_TYPES } from '../../server/service/semantic-tokens';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/service/settings';
import { documentSymbols } from '../../server/service/symbols';
import { workspaceSymbols } from '../../server/service/workspace-symbols';
import { parseMarked } from '../helpers/markers';

const URI = 'file:///news/port.article';
const ARTICLE = [
  'Skip to content',
  '',
  'Port strike ends after nine days',
  '',
  'By Maria Okafor',
  'June 3, 2025',
  '',
  'Dock workers returned to the cranes on Tuesday after the union accepted a new contract.',
  '',
  'Share story',
  '',
  'Pay talks',
  '',
  'The deal raises pay by 4% a year, the union said.',
].join('\n');

describe('hover', () => {
  const at = (marked: string) => {
    const { text, cursor } = parseMarked(marked);
    return hoverAt(URI, parseArticle(text), cursor!);
  };
  const value = (hover: ReturnType<typeof hoverAt>) => (hover?.contents as { value: string } | undefined)?.value ?? '';

  it('explains a boilerplate line and offers its fix', () => {
    const hover = at(ARTICLE.replace('Share story', 'Share‸ story'));
    assert.match(value(hover), /\*\*Page boilerplate\*\* · share/);
    assert.match(value(hover), /Remove this line/);
    assert.deepEqual(hover!.range, { start: { line: 9, character: 0 }, end: { line: 9, character: 11 } });
  });

  it('names the dateline, the byline and the headline', () => {
    assert.match(value(at(ARTICLE.replace('June 3', 'Ju‸ne 3'))), /\*\*Dateline\*\*.*\n\n`June 3, 2025`/);
    assert.match(value(at(ARTICLE.replace('By Maria', 'By Ma‸ria'))), /\*\*Byline\*\*/);
    assert.match(value(at(ARTICLE.replace('Port strike', 'Po‸rt strike'))), /\*\*Headline\*\*\n\n\d+ words · 2 paragraphs · 2 lines of page boilerplate/);
  });

  it('answers null on plain body text', () => {
    assert.equal(at(ARTICLE.replace('Dock workers', 'Dock wo‸rkers')), null);
  });
});

/** The article's model without names: these tests are about the furniture, whatever the entity analysis finds. */
function withoutNames(text: string) {
  const model = parseArticle(text);
  model.entities = [];
  model.entityTable = [];
  return model;
}

describe('document symbols', () => {
  it('list headline, byline, dateline, paragraphs under their subheading, and the boilerplate group', () => {
    const symbols = documentSymbols(withoutNames(ARTICLE));
    assert.deepEqual(symbols.map((s) => s.name), [
      'Port strike ends after nine days',
      'Byline: By Maria Okafor',
      'Dateline: June 3, 2025',
      '¶5 Dock workers returned to the cranes on Tuesday…',
      'Pay talks',
      'Page boilerplate (2)',
    ]);
    assert.deepEqual(symbols[4].children!.map((s) => s.name), ['¶8 The deal raises pay by 4% a year,…']);
    assert.equal(symbols[4].range.end.line, 13);
    assert.deepEqual(symbols[5].children!.map((s) => s.detail), ['navigation', 'share']);
  });

  it('give an empty outline for an empty article', () => {
    assert.deepEqual(documentSymbols(parseArticle('')), []);
  });
});

describe('semantic tokens', () => {
  it('encode headline, byline, dateline and boilerplate as relative single-line tokens', () => {
    const { data } = semanticTokens(withoutNames(ARTICLE));
    const decoded: Array<[number, number, number, string]> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      decoded.push([line, character, data[i + 2], TOKEN_TYPES[data[i + 3]]]);
    }
    assert.deepEqual(decoded, [
      [0, 0, 15, 'boilerplate'], [2, 0, 32, 'headline'], [4, 0, 15, 'byline'], [5, 0, 12, 'dateline'], [9, 0, 11, 'boilerplate'],
    ]);
  });
});

describe('diagnostics and code actions', () => {
  it('rate findings by the settings and switch a rule off', () => {
    const model = parseArticle(ARTICLE);
    assert.deepEqual(checkArticle(URI, model, DEFAULT_SETTINGS).map((f) => f.severity), ['hint', 'hint']);
    const warning = normalizeSettings({ rules: { 'page-boilerplate': 'warning' } });
    const diagnostics = toDiagnostics(URI, model.lines, checkArticle(URI, model, warning));
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.severity, d.code, d.source]), [[0, 2, 'page-boilerplate', 'article-lens'], [9, 2, 'page-boilerplate', 'article-lens']]);
    assert.deepEqual(checkArticle(URI, model, normalizeSettings({ rules: { 'page-boilerplate': 'off' } })), []);
  });

  it('offer the finding’s fixes at the cursor, with the edit as a WorkspaceEdit', () => {
    const model = parseArticle(ARTICLE);
    const offset = ARTICLE.indexOf('Share story') + 2;
    const actions = codeActionsAt(URI, model, DEFAULT_SETTINGS, { start: offset, end: offset });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [
      ['Remove this line', 'quickfix', true],
      ['Remove all page boilerplate in this article', 'quickfix', undefined],
    ]);
    assert.deepEqual(actions[0].edit!.changes![URI], [{ range: { start: { line: 9, character: 0 }, end: { line: 11, character: 0 } }, newText: '' }]);
    assert.equal(actions[0].diagnostics![0].code, 'page-boilerplate');
    assert.deepEqual(codeActionsAt(URI, model, DEFAULT_SETTINGS, { start: 100, end: 100 }), []);
  });

  it('the remove-all command edit removes every boilerplate line, and is null when there is none', () => {
    const edit = removePageBoilerplateEdit(URI, parseArticle(ARTICLE));
    assert.equal(edit!.changes![URI].length, 2);
    assert.equal(removePageBoilerplateEdit(URI, parseArticle('Just a body paragraph.')), null);
  });

  it('the remove-all command edit removes adjacent boilerplate lines too', () => {
    const text = '1. Skip to content\n2. Skip to main menu\n\nPort strike ends\n\nDock workers returned on Tuesday.\n\nShare story\n';
    const model = parseArticle(text);
    const edits = removePageBoilerplateEdit(URI, model)!.changes![URI];
    const offsets = edits.map((e) => [model.lines.offsetAt(e.range.start), model.lines.offsetAt(e.range.end), e.newText] as const);
    let out = text;
    for (const [start, end, newText] of [...offsets].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + newText + out.slice(end);
    assert.equal(out, 'Port strike ends\n\nDock workers returned on Tuesday.\n\n');
  });
});

describe('navigation without entities', () => {
  it('gives no definition and no highlights', () => {
    const model = parseArticle(ARTICLE);
    assert.equal(definitionAt(model, 5), undefined);
    assert.deepEqual(highlightsAt(model, 5), []);
  });
});

describe('settings', () => {
  it('keep valid values and fall back on bad ones', () => {
    const settings = normalizeSettings({ includeTxtFiles: 'yes', diagnosticsDelay: 99999, rules: { 'page-boilerplate': 'loud', 'no-such-rule': 'error' } });
    assert.equal(settings.includeTxtFiles, false);
    assert.equal(settings.diagnosticsDelay, 5000);
    assert.deepEqual(settings.rules, DEFAULT_SETTINGS.rules);
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
  });

  it('layer: a later layer overrides only what it sets', () => {
    const project = normalizeSettings({ includeTxtFiles: true });
    const editor = normalizeSettings({ diagnosticsDelay: 0 }, project);
    assert.equal(editor.includeTxtFiles, true);
    assert.equal(editor.diagnosticsDelay, 0);
  });
});

describe('model cache', () => {
  it('parses once per version and evicts the least recently used', () => {
    const cache = new ModelCache(2);
    const first = cache.get('a', 1, 'Alpha.');
    assert.equal(cache.get('a', 1, 'ignored'), first);
    const second = cache.get('a', 2, 'Alpha two.');
    assert.notEqual(second, first);
    const beta = cache.get('b', 1, 'Beta.');
    cache.get('a', 2, '');
    cache.get('c', 1, 'Gamma.');
    // "a" was used last, so "b" went: asking for it again parses anew, while "a" is still the same model.
    assert.equal(cache.get('a', 2, 'ignored'), second);
    assert.notEqual(cache.get('b', 1, 'Beta.'), beta);
  });
});

describe('workspace index', () => {
  /** A summary whose article names these people (each mentioned once, at the start). */
  const summaryWith = (names: string[]) => {
    const model = parseArticle('Body.');
    model.entities = names.map((name) => ({ start: 0, end: 4, type: 'PERSON' as const, entity: name }));
    model.entityTable = names.map((name, i) => ({ name, type: 'PERSON' as const, aliases: [], nativeNames: [], mentions: [i], roles: [] }));
    return summarize(model);
  };

  it('reports which other articles share a changed key', () => {
    const index = new WorkspaceIndex();
    index.set('a', summaryWith(['Xi Jinping']));
    index.set('b', summaryWith(['Liu He']));
    assert.deepEqual([...index.set('c', summaryWith(['Xi Jinping', 'Liu He']))].sort(), ['a', 'b']);
    assert.deepEqual([...index.set('c', summaryWith(['Xi Jinping', 'Liu He']))], []);
    assert.deepEqual([...index.delete('a')], ['c']);
    assert.deepEqual([...index.articlesMentioning('Xi Jinping')], ['c']);
  });

  it('a lone surname is the one person the workspace names in full with it', () => {
    const index = new WorkspaceIndex();
    index.set('full', summaryWith(['Donald Trump', 'Xi Jinping']));
    index.set('short', summaryWith(['Trump', 'Xi']));
    assert.equal(index.identity('Trump'), 'Donald Trump');
    assert.equal(index.identity('Xi'), 'Xi Jinping', 'a surname-first name by its first word');
    assert.equal(index.identity('Donald Trump'), 'Donald Trump');
    assert.deepEqual(index.namesOf('Trump'), ['Donald Trump', 'Trump']);
    assert.deepEqual(index.namesOf('Donald Trump'), ['Donald Trump', 'Trump']);
    assert.deepEqual(index.articlesMentioning('Trump').sort(), ['full', 'short']);
    assert.deepEqual([...index.mentionsOf('Donald Trump')].map((m) => [m.uri, m.entity.name]), [['full', 'Donald Trump'], ['short', 'Trump']]);
    assert.deepEqual(index.entitiesIn('short', 'Donald Trump').map((e) => e.name), ['Trump']);
    assert.deepEqual(workspaceSymbols(index, 'trump').filter((s) => s.kind !== 1).map((s) => [s.name, s.containerName]), [['Donald Trump', 'person · 2 articles']]);
  });

  it('a lone name that fits two people stays apart, and joins again when one of them goes', () => {
    const index = new WorkspaceIndex();
    index.set('a', summaryWith(['Wang Yang']));
    index.set('b', summaryWith(['Wang Shouwen']));
    index.set('c', summaryWith(['Wang']));
    assert.equal(index.identity('Wang'), 'Wang');
    assert.deepEqual(index.articlesMentioning('Wang'), ['c']);
    assert.deepEqual(index.namesOf('Wang Yang'), ['Wang Yang']);
    index.delete('b');
    assert.equal(index.identity('Wang'), 'Wang Yang');
    assert.deepEqual(index.articlesMentioning('Wang Yang').sort(), ['a', 'c']);
    index.set('d', summaryWith(['Jennifer Wang']));
    assert.equal(index.identity('Wang'), 'Wang', 'a surname and a surname-first family name are two candidates');
  });

  it('only people join: a lone name that no article calls a person keeps its name', () => {
    const index = new WorkspaceIndex();
    index.set('a', summaryWith(['Donald Trump']));
    const model = parseArticle('Body.');
    model.entities = [{ start: 0, end: 4, type: 'ORG', entity: 'Trump' }];
    model.entityTable = [{ name: 'Trump', type: 'ORG', aliases: [], nativeNames: [], mentions: [0], roles: [] }];
    index.set('b', summarize(model));
    assert.equal(index.identity('Trump'), 'Trump');
    assert.deepEqual(index.articlesMentioning('Donald Trump'), ['a']);
  });

  it('follows renames and answers workspace symbols by headline', () => {
    const index = new WorkspaceIndex();
    index.set('file:///old.article', summarize(parseArticle('Port strike ends after nine days\n\nDock workers returned.')));
    index.rename('file:///old.article', 'file:///new.article');
    assert.deepEqual([...index.uris()], ['file:///new.article']);
    assert.deepEqual(workspaceSymbols(index, 'strike').map((s) => [s.name, s.location.uri]), [['Port strike ends after nine days', 'file:///new.article']]);
    assert.equal(workspaceSymbols(index, 'prtstrk').length, 1);
    assert.deepEqual(workspaceSymbols(index, 'election'), []);
  });

  it('builds from a workspace with progress', async () => {
    const files: Record<string, string> = { 'file:///a.article': 'Alpha headline\n\nBody.', 'file:///b.txt': 'Beta.', 'file:///gone.article': '' };
    const workspace = {
      listArticles: async (extensions: readonly string[]) => Object.keys(files).filter((uri) => extensions.some((e) => uri.endsWith(e))),
      readArticle: async (uri: string) => (uri.includes('gone') ? undefined : files[uri]),
    };
    const seen: Array<[number, number]> = [];
    const index = new WorkspaceIndex();
    assert.equal(await index.build(workspace, ['.article'], { progress: (done, total) => seen.push([done, total]) }), 1);
    assert.deepEqual(seen, [[2, 2]]);
    assert.equal(index.get('file:///a.article')!.title, 'Alpha headline');
  });

  it('keeps as many batches in flight as asked and stores every summary', async () => {
    const uris = Array.from({ length: 300 }, (_, i) => `file:///${i}.article`);
    const workspace = { listArticles: async () => uris, readArticle: async () => 'Body.' };
    let inFlight = 0;
    let most = 0;
    const index = new WorkspaceIndex();
    const count = await index.build(workspace, ['.article'], {
      parallelism: 3,
      summarizeBatch: async (batch) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return batch.map(() => summarize(parseArticle('Body.')));
      },
    });
    assert.equal(count, 300);
    assert.equal(most, 3);
  });
});

describe('annotate', () => {
  it('writes the contract shape: entities with offsets, text, type and canonical name; money and quotes empty until they land', () => {
    const annotation = annotateText('doc-1', ARTICLE);
    assert.equal(annotation.id, 'doc-1');
    assert.deepEqual(annotation.money, []);
    assert.deepEqual(annotation.quotes, []);
    const maria = annotation.entities.find((e) => e.text === 'Maria Okafor');
    assert.deepEqual(maria, { start: ARTICLE.indexOf('Maria Okafor'), end: ARTICLE.indexOf('Maria Okafor') + 12, text: 'Maria Okafor', type: 'PERSON', entity: 'Maria Okafor' });
    for (const entity of annotation.entities) assert.equal(ARTICLE.slice(entity.start, entity.end), entity.text);
  });
});
