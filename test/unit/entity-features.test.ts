// The editor features over people, organizations and places: hover, navigation, rename, outline, semantic
// tokens, code lens, workspace symbols and the index, on models whose mentions the test links by hand (so
// these tests do not depend on how well the detection does).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { ArticleModel, Entity, EntityType, parseArticle } from '../../server/analysis/article';
import { entitiesOf, entityIn, entityNamed, entityTableOf, mentionRangesOf, sentenceText, summarize } from '../../server/analysis/summary';
import { annotateText, toAnnotation } from '../../server/service/annotate';
import { codeLenses, entityCounts, SHOW_ENTITIES_COMMAND } from '../../server/service/code-lens';
import { hoverAt } from '../../server/service/hover';
import { WorkspaceIndex } from '../../server/service/index';
import { definitionAt, highlightsAt, referencesAt } from '../../server/service/navigation';
import { prepareRenameAt, renamedForm, renamedName, renameEdit } from '../../server/service/rename';
import { semanticTokens, TOKEN_TYPES } from '../../server/service/semantic-tokens';
import { documentSymbols } from '../../server/service/symbols';
import { workspaceSymbols } from '../../server/service/workspace-symbols';
import { applyEdits, parseMarked, renderSpans, Span } from '../helpers/markers';

const ROOT = path.resolve(__dirname, '../../..');
const URI = 'file:///news/mnuchin-beijing.article';
const OTHER_URI = 'file:///news/tariffs.article';

const TEXT = [
  'Mnuchin heads to Beijing for trade talks',
  '',
  'By Jane Doe',
  '',
  'WASHINGTON (Reuters) - US Treasury Secretary Steven Mnuchin will travel to Beijing next week, the White House said on Friday.',
  '',
  'Mnuchin will meet Chinese President Xi Jinping (習近平) and other officials. Xi has said China wants a deal.',
  '',
  '“We are hopeful,” Mr. Mnuchin told reporters at the White House.',
].join('\n');

const OTHER_TEXT = [
  'Tariffs loom as talks stall',
  '',
  'Treasury chief Steven Mnuchin said the White House would decide on tariffs by June.',
  '',
  'Mnuchin spoke in Washington.',
].join('\n');

interface EntitySpec {
  name: string;
  type: EntityType;
  /** Other forms, found in the text wherever they stand as whole words. */
  forms?: string[];
  native?: string[];
  /** Roles, attached to the first mention with the text `at`. */
  roles?: Array<{ title: string; at: string; placement?: 'before' | 'apposition' }>;
}

const SPECS: EntitySpec[] = [
  { name: 'Steven Mnuchin', type: 'PERSON', forms: ['Mnuchin'], roles: [{ title: 'Treasury Secretary', at: 'Steven Mnuchin' }] },
  { name: 'Beijing', type: 'LOC' },
  { name: 'Washington', type: 'LOC', forms: ['WASHINGTON'] },
  { name: 'United States', type: 'LOC', forms: ['US'] },
  { name: 'White House', type: 'ORG' },
  { name: 'Xi Jinping', type: 'PERSON', forms: ['Xi'], native: ['習近平'], roles: [{ title: 'President', at: 'Xi Jinping' }] },
  { name: 'China', type: 'LOC' },
];

const OTHER_SPECS: EntitySpec[] = [
  { name: 'Steven Mnuchin', type: 'PERSON', forms: ['Mnuchin'], roles: [{ title: 'Treasury chief', at: 'Steven Mnuchin' }] },
  { name: 'White House', type: 'ORG' },
  { name: 'Washington', type: 'LOC' },
];

/** Parses the text, then links the mentions the specs describe, as the entity analysis would. */
function linked(text: string, specs: EntitySpec[]): ArticleModel {
  const model = parseArticle(text);
  const found: Array<Span & { entity: string; type: EntityType }> = [];
  for (const spec of specs) {
    const forms = [spec.name, ...(spec.forms ?? []), ...(spec.native ?? [])].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
        if (found.some((m) => m.start < end && at < m.end)) continue;
        found.push({ start: at, end, entity: spec.name, type: spec.type });
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  model.entities = found;
  const table: Entity[] = specs.map((spec) => {
    const mentions = found.flatMap((m, i) => (m.entity === spec.name ? [i] : []));
    const texts = mentions.map((i) => text.slice(found[i].start, found[i].end));
    return {
      name: spec.name,
      type: spec.type,
      aliases: [...new Set(texts.filter((t) => t !== spec.name && !(spec.native ?? []).includes(t)))],
      nativeNames: spec.native ?? [],
      mentions,
      roles: (spec.roles ?? []).map((role) => {
        const mention = mentions.find((i) => texts[mentions.indexOf(i)] === role.at)!;
        return { start: found[mention].start, end: found[mention].end, title: role.title, mention, placement: role.placement ?? 'before' };
      }),
    };
  });
  model.entityTable = table.sort((a, b) => a.mentions[0] - b.mentions[0]);
  return model;
}

const model = linked(TEXT, SPECS);

/** The fixture with no names at all. */
function bare(): ArticleModel {
  return linked(TEXT, []);
}
const otherModel = linked(OTHER_TEXT, OTHER_SPECS);

/** Offset of the `nth` (0-based) whole occurrence of `needle`, plus `into` characters. */
function offsetOf(needle: string, nth = 0, into = 1, text = TEXT): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    while (at >= 0 && /\p{L}/u.test(text[at - 1] ?? '')) at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of ${needle}`);
  }
  return at + into;
}

function indexWithOther(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.set(URI, summarize(model));
  index.set(OTHER_URI, summarize(otherModel));
  return index;
}

function hoverText(hover: Hover | null): string {
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

/** Applies the edits of one document of a WorkspaceEdit to its text. */
function applied(text: string, edits: TextEdit[] = []): string {
  const lines = parseArticle(text).lines;
  return applyEdits(text, edits.map((edit) => ({ span: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) }, newText: edit.newText })));
}

describe('summaries carry entities for the workspace', () => {
  const summary = summarize(model);
  const named = (name: string) => entitiesOf(summary).find((e) => e.name === name)!;

  it('name, type, aliases, native names, roles and counts', () => {
    assert.deepEqual(named('Steven Mnuchin'), {
      index: entityTableOf(model).findIndex((e) => e.name === 'Steven Mnuchin'),
      name: 'Steven Mnuchin', type: 'PERSON', aliases: ['Mnuchin'], nativeNames: [], roles: [{ title: 'Treasury Secretary', placement: 'before' }],
      mentions: 4,
    });
    const xi = named('Xi Jinping');
    assert.deepEqual([xi.aliases, xi.nativeNames, xi.mentions], [['Xi'], ['習近平'], 3]);
    assert.deepEqual(entitiesOf(summary).map((e) => e.name), entityTableOf(model).map((e) => e.name));
    assert.equal(summary.entityCount, entityTableOf(model).length);
    entitiesOf(summary).forEach((entity, index) => assert.deepEqual(entityIn(summary, index), entity));
    entitiesOf(summary).forEach((entity) => assert.deepEqual(entityNamed(summary, entity.name), entity));
    assert.equal(entityNamed(summary, 'Mnuchin'), undefined);
  });

  it('mention ranges as line and character, with the form each mention uses', () => {
    const ranges = mentionRangesOf(summary, named('Steven Mnuchin'));
    assert.deepEqual(ranges.map((r) => [r.start.line, r.start.character, r.end.line, r.end.character, r.text]), [
      [0, 0, 0, 7, 'Mnuchin'],
      [4, 45, 4, 59, 'Steven Mnuchin'],
      [6, 0, 6, 7, 'Mnuchin'],
      [8, 22, 8, 29, 'Mnuchin'],
    ]);
    assert.equal(entitiesOf(summary).reduce((sum, e) => sum + mentionRangesOf(summary, e).length, 0), model.entities.length);
    assert.deepEqual(mentionRangesOf(summary, named('Xi Jinping')).map((r) => r.text), ['Xi Jinping', '習近平', 'Xi']);
  });

  it('packs large positions and many entities without loss', () => {
    const far = `${'word '.repeat(40_000)}Steven Mnuchin spoke.`;
    const long = linked(far, [{ name: 'Steven Mnuchin', type: 'PERSON' }]);
    const packed = summarize(long);
    assert.deepEqual(mentionRangesOf(packed, entitiesOf(packed)[0]).map((r) => [r.start.character, r.end.character]), [[200_000, 200_014]]);
  });

  it('keeps no sentences: a long one is cut to a window around the name when shown', () => {
    const long = linked(`Officials said ${'that the talks would go on and on '.repeat(10)}until Steven Mnuchin arrived in the city on Friday.`, [{ name: 'Steven Mnuchin', type: 'PERSON' }]);
    const mention = long.entities[0];
    const cut = sentenceText(long, long.sentences[0], mention);
    assert.ok(cut.length <= 204 && cut.startsWith('… ') && cut.includes('Steven Mnuchin arrived'), cut);
  });

  it('survive the structured clone that brings them back from worker threads', () => {
    const copy = structuredClone(summary);
    assert.deepEqual(mentionRangesOf(copy, entitiesOf(copy)[0]), mentionRangesOf(summary, entitiesOf(summary)[0]));
  });

  it('an article whose analysis fills only the mentions still gets entities, grouped by canonical name', () => {
    const bare = parseArticle('Mnuchin met Steven Mnuchin.');
    bare.entities = [{ start: 0, end: 7, type: 'PERSON', entity: 'Steven Mnuchin' }, { start: 12, end: 26, type: 'PERSON', entity: 'Steven Mnuchin' }];
    assert.deepEqual(entityTableOf(bare).map((e) => [e.name, e.aliases, e.mentions]), [['Steven Mnuchin', ['Mnuchin'], [0, 1]]]);
    assert.equal(entitiesOf(summarize(bare))[0].mentions, 2);
  });
});

describe('the workspace index keys entities by canonical name and by every form', () => {
  it('finds the articles that mention an entity and forgets them on delete', () => {
    const index = indexWithOther();
    assert.deepEqual([...index.articlesMentioning('Steven Mnuchin')].sort(), [URI, OTHER_URI].sort());
    assert.deepEqual([...index.mentionsOf('White House')].map((m) => [m.uri, m.entity.mentions]).sort(), [[OTHER_URI, 1], [URI, 2]].sort());
    const forms = new Map([...index.forms()].map(([form, names]) => [form, new Map(names)]));
    assert.deepEqual(forms.get('Mnuchin'), new Map([['Steven Mnuchin', 2]]));
    assert.deepEqual(forms.get('習近平'), new Map([['Xi Jinping', 1]]));
    index.delete(URI);
    assert.equal(new Map(index.forms()).has('習近平'), false);
    assert.deepEqual(new Map(index.forms()).get('Mnuchin'), new Map([['Steven Mnuchin', 1]]));
    index.set(OTHER_URI, summarize(parseArticle('Nothing here.')));
    assert.equal([...index.forms()].length, 0);
  });
});

describe('hover on a name', () => {
  it('gives name and type, roles with their articles, aliases, counts, the first sentence and the other articles', () => {
    const index = indexWithOther();
    const hover = hoverAt(URI, model, offsetOf('Mnuchin', 2), index);
    const value = hoverText(hover);
    assert.equal(value.split('\n\n')[0], '**Steven Mnuchin** · person');
    assert.match(value, /Roles: Treasury Secretary \(this article\); Treasury chief \(\[Tariffs loom as talks stall\]\(file:\/\/\/news\/tariffs\.article\)\)/);
    assert.match(value, /Also: Mnuchin\n/);
    assert.match(value, /Mentions: 4 here · 6 in 2 articles/);
    assert.match(value, /> WASHINGTON \(Reuters\) - US Treasury Secretary Steven Mnuchin will travel/, 'the sentence of the first full mention');
    assert.match(value, /Also in: \[Tariffs loom as talks stall\]\(file:\/\/\/news\/tariffs\.article\)$/);
    const start = offsetOf('Mnuchin', 2, 0);
    assert.deepEqual(hover!.range, { start: model.lines.positionAt(start), end: model.lines.positionAt(start + 7) });
  });

  it('shows other scripts among the aliases, and works without an index', () => {
    const value = hoverText(hoverAt(URI, model, offsetOf('Xi has'), undefined));
    assert.match(value, /^\*\*Xi Jinping\*\* · person/);
    assert.match(value, /Also: Xi, 習近平/);
    assert.match(value, /Mentions: 3 times in this article, in no other article/);
  });

  it('in the dateline, the name comes first and the dateline after it', () => {
    const value = hoverText(hoverAt(URI, model, offsetOf('WASHINGTON'), undefined));
    assert.match(value, /^\*\*Washington\*\* · place[\s\S]*\n\n---\n\n\*\*Dateline\*\*/);
  });

  it('on the headline outside a name, still the headline', () => {
    assert.match(hoverText(hoverAt(URI, model, offsetOf('heads to'), undefined)), /^\*\*Headline\*\*/);
  });

  it('escapes Markdown in names', () => {
    const star = linked('E*Trade gains.', [{ name: 'E*Trade', type: 'ORG' }]);
    assert.match(hoverText(hoverAt(URI, star, 2)), /^\*\*E\\\*Trade\*\* · organization/);
  });
});

describe('navigation', () => {
  it('definition goes to the first full mention, not the first mention', () => {
    const { text, spans } = parseMarked(TEXT.replace('Secretary Steven Mnuchin', 'Secretary ⟦Steven Mnuchin⟧'));
    assert.equal(text, TEXT);
    assert.deepEqual(definitionAt(model, offsetOf('Mnuchin', 0)), spans[0]);
    assert.deepEqual(definitionAt(model, offsetOf('Mnuchin', 3, 7)), spans[0], 'a cursor just after the name');
    assert.equal(definitionAt(model, offsetOf('next week')), undefined);
  });

  it('highlights every mention in this article', () => {
    assert.equal(renderSpans(TEXT, highlightsAt(model, offsetOf('Xi has'))), TEXT
      .replace('Xi Jinping', '⟦Xi Jinping⟧').replace('習近平', '⟦習近平⟧').replace('Xi has', '⟦Xi⟧ has'));
  });

  it('references reach closed articles through the index and open ones through their models', () => {
    const index = indexWithOther();
    const closed = referencesAt({ uri: URI, model, index }, offsetOf('White House'));
    assert.deepEqual(closed.map((l) => [l.uri, l.range.start.line, l.range.start.character]), [
      [URI, 4, 98], [URI, 8, 52], [OTHER_URI, 2, 39],
    ]);
    // Open, the other article's buffer has moved the name down a line: the model wins over the summary.
    const edited = linked(`\n${OTHER_TEXT}`, OTHER_SPECS);
    const open = referencesAt({ uri: URI, model, index, openModel: (uri) => (uri === OTHER_URI ? edited : undefined) }, offsetOf('White House'));
    assert.deepEqual(open[2].range.start, { line: 3, character: 39 });
    const withoutDeclaration = referencesAt({ uri: URI, model, index }, offsetOf('Mnuchin'), false);
    assert.equal(withoutDeclaration.length, 5);
    assert.ok(!withoutDeclaration.some((l) => l.uri === URI && l.range.start.line === 4), 'the definition is left out');
  });
});

describe('rename', () => {
  it('prepareRename gives the mention’s range and text, and null off a name', () => {
    const start = offsetOf('Mnuchin', 3, 0);
    assert.deepEqual(prepareRenameAt(model, start + 2), { range: { start: model.lines.positionAt(start), end: model.lines.positionAt(start + 7) }, placeholder: 'Mnuchin' });
    assert.equal(prepareRenameAt(model, offsetOf('next week')), null);
  });

  it('changes every mention in every article through one WorkspaceEdit', () => {
    const edit = renameEdit({ uri: URI, model, index: indexWithOther() }, offsetOf('Steven Mnuchin', 0, 3), 'Robert Smith') as WorkspaceEdit;
    assert.deepEqual(Object.keys(edit.changes!).sort(), [OTHER_URI, URI].sort());
    assert.equal(applied(TEXT, edit.changes![URI]), TEXT.replace('Steven Mnuchin', 'Robert Smith').replace(/Mnuchin/g, 'Smith'));
    assert.equal(applied(OTHER_TEXT, edit.changes![OTHER_URI]), OTHER_TEXT.replace('Steven Mnuchin', 'Robert Smith').replace('Mnuchin spoke', 'Smith spoke'));
  });

  it('from a surname renames that part of the name', () => {
    const edit = renameEdit({ uri: URI, model }, offsetOf('Mnuchin', 0), 'Smith')!;
    assert.equal(applied(TEXT, edit.changes![URI]), TEXT.replace('Steven Mnuchin', 'Steven Smith').replace(/Mnuchin/g, 'Smith'));
  });

  it('leaves forms that do not change and names in other scripts alone', () => {
    const edit = renameEdit({ uri: URI, model }, offsetOf('Xi Jinping'), 'Xi Jin-ping')!;
    assert.deepEqual(edit.changes![URI].map((e) => e.newText), ['Xi Jin-ping']);
    assert.equal(renameEdit({ uri: URI, model }, offsetOf('Xi Jinping'), '   '), null);
    assert.equal(renameEdit({ uri: URI, model }, offsetOf('next week'), 'Anything'), null);
  });

  it('maps forms word by word', () => {
    assert.equal(renamedForm('Mr. Mnuchin', 'Steven Mnuchin', 'Robert Smith'), 'Mr. Smith');
    assert.equal(renamedForm('MNUCHIN', 'Steven Mnuchin', 'Robert Smith'), 'SMITH');
    assert.equal(renamedForm('Mnuchin', 'Steven Mnuchin', 'Steven T. Mnuchin'), 'Mnuchin');
    assert.equal(renamedForm('Steven', 'Steven Mnuchin', 'Steve T. Mnuchin'), 'Steve');
    assert.equal(renamedForm('Xi', 'Xi Jinping', 'Jinping'), 'Jinping');
    assert.equal(renamedForm('U.S.', 'United States', 'USA'), 'USA', 'a form that shares no word becomes the new name');
    assert.equal(renamedName('Steven Mnuchin', 'Mr. Mnuchin', 'Mr. Smith'), 'Steven Smith');
    assert.equal(renamedName('Steven Mnuchin', 'Mnuchin', 'Smith'), 'Steven Smith');
    assert.equal(renamedName('United States', 'US', 'USA'), 'USA');
    assert.equal(renamedName('Steven Mnuchin', 'Mr. Mnuchin', 'Mr.'), undefined);
  });
});

describe('outline groups', () => {
  const symbols = documentSymbols(model);
  const names = symbols.map((s) => s.name);

  it('People, Organizations and Places after the paragraphs, before the boilerplate', () => {
    assert.deepEqual(names.filter((n) => /^(People|Organizations|Places|Other names) \(/.test(n)), ['People (2)', 'Organizations (1)', 'Places (4)']);
    assert.ok(names.indexOf('People (2)') > names.findIndex((n) => n.startsWith('¶')));
    assert.equal(names[0], 'Mnuchin heads to Beijing for trade talks');
  });

  it('each entity once, its mentions as children, selecting the first full mention', () => {
    const people = symbols.find((s) => s.name === 'People (2)')!;
    assert.deepEqual(people.children!.map((c) => [c.name, c.detail]), [['Steven Mnuchin', '4 mentions'], ['Xi Jinping', '3 mentions']]);
    const mnuchin = people.children![0];
    assert.deepEqual(mnuchin.children!.map((c) => [c.name, c.detail]), [['Mnuchin', 'line 1'], ['Steven Mnuchin', 'line 5'], ['Mnuchin', 'line 7'], ['Mnuchin', 'line 9']]);
    assert.deepEqual(mnuchin.selectionRange.start, { line: 4, character: 45 });
    assert.deepEqual(mnuchin.range, { start: { line: 0, character: 0 }, end: { line: 8, character: 29 } });
    const places = symbols.find((s) => s.name === 'Places (4)')!;
    assert.deepEqual(places.children!.map((c) => c.name), ['Beijing', 'Washington', 'United States', 'China']);
  });

  it('no groups without entities', () => {
    assert.ok(!documentSymbols(bare()).some((s) => /^(People|Organizations|Places)/.test(s.name)));
  });
});

describe('semantic tokens for names', () => {
  function decode(data: number[]): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    let line = 0;
    let character = 0;
    const lines = TEXT.split('\n');
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      out.push([lines[line].slice(character, character + data[i + 2]), TOKEN_TYPES[data[i + 3]]]);
    }
    return out;
  }

  it('colour people, organizations and places, and the furniture around the names in it', () => {
    assert.deepEqual(decode(semanticTokens(model).data), [
      ['Mnuchin', 'person'], [' heads to ', 'headline'], ['Beijing', 'place'], [' for trade talks', 'headline'],
      ['By Jane Doe', 'byline'],
      ['WASHINGTON', 'place'], [' (Reuters) -', 'dateline'], ['US', 'place'], ['Steven Mnuchin', 'person'], ['Beijing', 'place'], ['White House', 'organization'],
      ['Mnuchin', 'person'], ['Xi Jinping', 'person'], ['習近平', 'person'], ['Xi', 'person'], ['China', 'place'],
      // The quote and its speaker have token types of their own (see quote-features.test.ts).
      ['“We are hopeful,”', 'quote'], ['Mnuchin', 'speaker'], ['White House', 'organization'],
    ]);
  });

  it('the legend and package.json’s semanticTokenTypes and scopes agree', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared: Array<{ id: string; superType?: string }> = manifest.contributes.semanticTokenTypes;
    assert.deepEqual(declared.map((t) => t.id), [...TOKEN_TYPES]);
    const scopes: Record<string, string[]> = manifest.contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'article').scopes;
    for (const type of TOKEN_TYPES) {
      assert.ok(scopes[type]?.length, `a TextMate scope for ${type}, so that themes colour it`);
      assert.ok(declared.find((t) => t.id === type)!.superType, `a superType for ${type}`);
    }
    // Scopes the default Dark+ and Light+ themes colour, each differently.
    assert.deepEqual([scopes.person[0], scopes.organization[0], scopes.place[0]].map((s) => s.split('.').slice(0, 3).join('.')), ['entity.name.function', 'entity.name.type', 'variable.other.constant']);
  });
});

describe('code lens', () => {
  it('counts people, organizations and places at the top, with singular forms', () => {
    assert.deepEqual(codeLenses(model), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: '2 people · 1 organization · 4 places', command: SHOW_ENTITIES_COMMAND } }]);
    assert.equal(entityCounts(['PERSON', 'LOC', 'MISC']), '1 person · 0 organizations · 1 place');
    assert.deepEqual(codeLenses(bare()), []);
  });
});

describe('workspace symbols find entities by any name', () => {
  const index = indexWithOther();
  const find = (query: string) => workspaceSymbols(index, query).map((s) => [s.name, s.containerName, s.location.uri]);

  it('by surname, by full name and by native name, each entity once', () => {
    assert.deepEqual(find('mnuchin')[0], ['Steven Mnuchin', 'person · 2 articles', URI]);
    assert.equal(find('mnuchin').filter(([name]) => name === 'Steven Mnuchin').length, 1);
    assert.deepEqual(find('習近平'), [['Xi Jinping (習近平)', 'person · 1 article', URI]]);
    assert.deepEqual(find('us')[0], ['United States', 'place · 1 article', URI]);
  });

  it('at the first full mention, and articles by headline still', () => {
    const [symbol] = workspaceSymbols(index, 'Steven Mnuchin');
    assert.deepEqual(symbol.location.range, { start: { line: 4, character: 45 }, end: { line: 4, character: 59 } });
    assert.ok(find('tariffs loom').some(([name]) => name === 'Tariffs loom as talks stall'));
  });
});

describe('annotate keeps the contract', () => {
  it('maps the mentions with their canonical names', () => {
    const entities = toAnnotation('doc', model).entities;
    assert.deepEqual(entities[0], { start: 0, end: 7, text: 'Mnuchin', type: 'PERSON', entity: 'Steven Mnuchin' });
    assert.equal(entities.length, model.entities.length);
    assert.equal(annotateText('x', '').entities.length, 0);
  });
});
