// The knowledge base: read from the project file, applied after detection, and edited through jsonc-parser so that
// the file keeps its formatting, comments and unknown keys.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { applyKnowledgeBase, isSpeakerOverride, normalizeKnowledgeBase } from '../../server/analysis/knowledge-base';
import { changeKnowledgeText, knowledgeEdit } from '../../server/service/knowledge-edits';
import { parseProjectFile } from '../../server/service/project-file';

describe('knowledge base', () => {
  it('a malformed file: one error with its place, nothing of it used', () => {
    const read = parseProjectFile('{ "ignore": ["Reuters"], ');
    assert.equal(read.settings, undefined);
    assert.deepEqual(read.knowledge.ignore, []);
    assert.match(read.errorAt!.message, /expected \(line 1\)$/);
    assert.deepEqual(parseProjectFile('// team file\n{ "ignore": ["Reuters"], }').knowledge.ignore, ['Reuters'], 'comments and a trailing comma are forgiven');
  });

  it('declared entities win over detection; ignored names are never recognised; quote speakers set by hand', () => {
    const text = 'Talks end\n\n“We made progress on many points today,” said the envoy. Reuters reported that Acme Widgets would pay. Acme Widgets declined to comment.';
    const kb = normalizeKnowledgeBase({
      entities: [{ name: 'Acme Widgets Ltd', type: 'ORG', aliases: ['Acme Widgets'] }],
      ignore: ['Reuters'],
      quoteSpeakers: [{ article: 'talks.article', quote: 'We made progress', speaker: 'Liu He' }],
    });
    const model = applyKnowledgeBase(parseArticle(text), kb, 'file:///news/talks.article');
    assert.deepEqual(model.entities.map((m) => [text.slice(m.start, m.end), m.type, m.entity]), [
      ['Acme Widgets', 'ORG', 'Acme Widgets Ltd'], ['Acme Widgets', 'ORG', 'Acme Widgets Ltd'],
    ]);
    assert.equal(model.quotes[0].speaker, 'Liu He');
    assert.ok(isSpeakerOverride(model.quotes[0]));
    assert.equal(applyKnowledgeBase(parseArticle(text), kb, 'file:///news/other.article').quotes[0].speaker === 'Liu He', false);
  });

  it('edits keep formatting, comments and unknown keys, and never repeat an entry', () => {
    const text = '{\n  // shared by the desk\n  "house": "style",\n  "entities": [\n    { "name": "Xi Jinping", "type": "PERSON" }\n  ]\n}\n';
    const aliased = changeKnowledgeText(text, { kind: 'alias', name: 'Xi Jinping', alias: 'Ki Jinping' })!;
    assert.ok(aliased.includes('// shared by the desk') && aliased.includes('"house": "style"'));
    assert.deepEqual(normalizeKnowledgeBase(JSON.parse(aliased.replace(/\/\/.*\n/, ''))).entities[0].aliases, ['Ki Jinping']);
    assert.equal(changeKnowledgeText(aliased, { kind: 'alias', name: 'Xi Jinping', alias: 'Ki Jinping' }), undefined);
    const distinct = changeKnowledgeText(aliased, { kind: 'distinct', names: ['Wang Yang', 'Wang Yong'] })!;
    assert.match(distinct, /"distinct": \[\n\s+\[\n\s+"Wang Yang",\n\s+"Wang Yong"\n\s+\]\n\s+\]/);
    const role = changeKnowledgeText(undefined, { kind: 'role', name: 'Liu He', role: { title: 'Vice Premier', from: '2018-03-19' }, type: 'PERSON' })!;
    assert.deepEqual(JSON.parse(role), { entities: [{ name: 'Liu He', type: 'PERSON', roles: [{ title: 'Vice Premier', from: '2018-03-19' }] }] });
    const ignored = changeKnowledgeText(text, { kind: 'ignore', name: 'Reuters' })!;
    assert.deepEqual(JSON.parse(changeKnowledgeText(ignored, { kind: 'entity', name: 'Reuters', type: 'ORG' })!.replace(/\/\/.*\n/, '')).ignore, []);
  });

  it('the WorkspaceEdit: one replacement of what changed, or the file created', () => {
    const text = '{\n  "ignore": []\n}\n';
    const changed = changeKnowledgeText(text, { kind: 'ignore', name: 'Reuters' })!;
    const edit = knowledgeEdit('file:///w/.article-lens.json', text, changed);
    const [only] = edit.changes!['file:///w/.article-lens.json'];
    assert.equal(only.range.start.line, 1);
    const created = knowledgeEdit('file:///w/.article-lens.json', undefined, changed);
    assert.deepEqual((created.documentChanges![0] as { kind: string }).kind, 'create');
  });
});
