// entity-role-conflict: one person, incompatible titles in different articles; the knowledge base decides.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KnowledgeBase, normalizeKnowledgeBase } from '../../server/analysis/knowledge-base';
import { dateOf, entityRoleConflict, RECORD_ROLE, sameTitle, titlesConflict } from '../../server/rules/entity-role-conflict';
import { Finding } from '../../server/rules/rule';
import { applyEdits } from '../helpers/markers';
import { checkAgainst, expectFlaggedBy, OtherArticles } from '../helpers/workspace-rule';

const URI = 'file:///news/talks.article';
const PREMIER: Array<[string, string]> = [
  ['file:///news/a.article', 'Talks open\n\nOn Monday, Vice Premier Liu He said the talks had begun well.'],
  ['file:///news/b.article', 'Talks close\n\nOn Friday, Vice Premier Liu He said the talks had gone well.'],
];

/** The rule's findings on `text`, with the other articles indexed as the server indexes them. */
const check = (text: string, others: OtherArticles = PREMIER, knowledge?: KnowledgeBase): Finding[] => checkAgainst(entityRoleConflict, URI, text, others, { knowledge });
/** Asserts that the rule flags exactly the marked spans. */
const expectFlagged = (marked: string, others: OtherArticles = PREMIER, knowledge?: KnowledgeBase): Finding[] => expectFlaggedBy(entityRoleConflict, URI, marked, others, { knowledge });

describe('entity-role-conflict', () => {
  it('flags the title most other articles disagree with, on the title', () => {
    const [finding] = expectFlagged('Talks go on\n\n⟦Vice Minister⟧ Liu He met the press on Tuesday.');
    assert.equal(finding.message, 'Liu He is “Vice Minister” here but “Vice Premier” in 2 other articles.');
    assert.equal(finding.related!.length, 2);
  });

  it('nothing where the titles agree, however written, or where one is a description', () => {
    expectFlagged('Talks go on\n\nVice Premier Liu He met the press on Tuesday.');
    expectFlagged('Talks go on\n\nLiu He, a top economic adviser, met the press on Tuesday.');
    assert.ok(sameTitle('Secretary of the Treasury', 'Treasury Secretary'));
    assert.ok(sameTitle('US Secretary of Treasury', 'Treasury Secretary'));
    assert.ok(sameTitle('Vice Minister', 'Commerce Vice Minister'));
    assert.ok(titlesConflict('President', 'Vice President'));
    assert.ok(titlesConflict('Treasury Secretary', 'Commerce Secretary'));
    assert.ok(!titlesConflict('President', 'General Secretary'), 'two offices at once');
    assert.ok(!titlesConflict('top economic adviser', 'Vice Premier'));
  });

  it('articles dated far apart may both be right', () => {
    const dated: Array<[string, string]> = PREMIER.map(([uri, text]) => [uri, text.replace('\n\n', '\n\nMarch 2, 2015\n\n')]);
    expectFlagged('Talks go on\n\nMay 4, 2018\n\nVice Minister Liu He met the press on Tuesday.', dated);
    assert.equal(dateOf('May 4, 2018'), Date.UTC(2018, 4, 4));
    assert.equal(dateOf('2018-05', true), Date.UTC(2018, 4, 31));
  });

  it('a role in the knowledge base decides, with its dates', () => {
    const knowledge = normalizeKnowledgeBase({ entities: [{ name: 'Liu He', type: 'PERSON', roles: [{ title: 'Vice Premier', from: '2018-03-19' }] }] });
    const [finding] = expectFlagged('Talks go on\n\n⟦Vice Minister⟧ Liu He met the press on Tuesday.', [], knowledge);
    assert.equal(finding.message, 'Liu He is “Vice Minister” here, but the project file gives “Vice Premier” (from 2018-03-19).');
    expectFlagged('Talks go on\n\nVice Premier Liu He met the press on Tuesday.', [], knowledge);
  });

  it('fixes: replace the title; record either title in the project file', () => {
    const text = 'Talks go on\n\nVice Minister Liu He met the press on Tuesday.';
    const [finding] = check(text);
    assert.equal(applyEdits(text, finding.fixes![0].edits), text.replace('Vice Minister', 'Vice Premier'));
    assert.deepEqual(finding.fixes!.slice(1).map((fix) => fix.command), [
      { command: RECORD_ROLE, arguments: ['Liu He', 'Vice Premier'] },
      { command: RECORD_ROLE, arguments: ['Liu He', 'Vice Minister'] },
    ]);
  });

  it('on a tie, the side that copies a neighbour’s title is the one flagged', () => {
    const other: Array<[string, string]> = [['file:///news/a.article', PREMIER[0][1]]];
    expectFlagged('Talks go on\n\nCommerce Vice Minister Wang Shouwen and ⟦Vice Minister⟧ Liu He met the press.', other);
  });
});
