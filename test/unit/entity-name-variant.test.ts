// entity-name-variant: a name spelt as in no other article, a near miss of a name two or more others use.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KnowledgeBase, normalizeKnowledgeBase } from '../../server/analysis/knowledge-base';
import { fold, nearMissOf } from '../../server/analysis/name-variants';
import { entityNameVariant, MARK_DISTINCT, TREAT_AS_ALIAS } from '../../server/rules/entity-name-variant';
import { Finding } from '../../server/rules/rule';
import { applyEdits } from '../helpers/markers';
import { checkAgainst, expectFlaggedBy, OtherArticles } from '../helpers/workspace-rule';

const URI = 'file:///news/visit.article';
const OTHERS: Array<[string, string]> = [
  ['file:///news/a.article', 'Summit ends\n\nPresident Xi Jinping met Trade Minister Ingrid Halvorsen in Beijing on Monday.'],
  ['file:///news/b.article', 'Talks resume\n\nChina’s President Xi Jinping said on Tuesday that talks with Ingrid Halvorsen would resume.'],
  ['file:///news/c.article', 'Markets rise\n\nShares rose after Xi Jinping spoke. Wang Yang was also there.'],
];

/** The rule's findings on `text`, with the other articles indexed as the server indexes them. */
const check = (text: string, others: OtherArticles = OTHERS, knowledge?: KnowledgeBase): Finding[] => checkAgainst(entityNameVariant, URI, text, others, { knowledge });
/** Asserts that the rule flags exactly the marked spans. */
const expectFlagged = (marked: string, others: OtherArticles = OTHERS, knowledge?: KnowledgeBase): Finding[] => expectFlaggedBy(entityNameVariant, URI, marked, others, { knowledge });

describe('entity-name-variant', () => {
  it('flags the minority spelling, with the majority mentions as related information', () => {
    const [finding] = expectFlagged('Visit planned\n\nPresident ⟦Ki Jinping⟧ will visit Oslo in May.');
    assert.equal(finding.message, '“Ki Jinping”: 3 other articles write “Xi Jinping” (one letter apart), and no other article spells it this way.');
    assert.deepEqual(finding.related!.map((place) => place.uri), OTHERS.map(([uri]) => uri));
    assert.deepEqual(finding.related![0], { uri: 'file:///news/a.article', range: { start: { line: 2, character: 10 }, end: { line: 2, character: 20 } }, message: '“Xi Jinping” in “Summit ends”' });
  });

  it('swapped letters and a transliteration', () => {
    assert.match(expectFlagged('Visit planned\n\nXi Jinping will meet ⟦Ingrid Halvrosen⟧ in May.', [...OTHERS, ['file:///news/d.article', 'Oslo\n\nIngrid Halvorsen spoke.']])[0].message, /two letters swapped/);
    assert.equal(nearMissOf('Mohammed Salman', 'Muhammad Salman'), 'transliteration');
    assert.equal(nearMissOf('Recep Erdoğan', 'Recep Erdogan'), 'transliteration');
    assert.equal(nearMissOf('Moon Jae-in', 'Moon Jaein'), 'hyphen');
  });

  it('folds plain ASCII names as it folds the others: lower case, letters and digits only', () => {
    assert.equal(fold("Jae-in O'Brien"), 'jaeinobrien');
    assert.equal(fold('U.S. Army 1st Division'), 'usarmy1stdivision');
    assert.equal(fold('already folded'), 'alreadyfolded');
    assert.equal(fold('abc'), 'abc');
    assert.equal(fold('Recep Erdoğan'), 'receperdogan');
    assert.equal(fold('Brandtzæg-Łukasz'), 'brandtzaeglukasz');
  });

  it('not a variant: short names, different people who share a surname, plurals, capitals, one-word names', () => {
    assert.equal(nearMissOf('Wang Yang', 'Wang Yong'), undefined);
    assert.equal(nearMissOf('Wang Yang', 'Wang Shouwen'), undefined);
    assert.equal(nearMissOf('Liu He', 'Lui He'), undefined);
    assert.equal(nearMissOf('Americans', 'American'), undefined);
    assert.equal(nearMissOf('LIVERPOOL', 'Liverpool'), undefined);
    assert.equal(nearMissOf('Justine', 'Justin'), undefined);
    assert.equal(nearMissOf('Andrew Stone', 'Andrew Stoner'), undefined);
    expectFlagged('Visit planned\n\nWang Yong will visit Oslo in May.', [...OTHERS, ['file:///news/d.article', 'Talks\n\nWang Yang spoke.']]);
  });

  it('needs the majority spelling in two other articles, and the minority in this one only', () => {
    expectFlagged('Visit planned\n\nPresident Ki Jinping will visit Oslo in May.', OTHERS.slice(0, 1));
    expectFlagged('Visit planned\n\nPresident Ki Jinping will visit Oslo in May.', [...OTHERS, ['file:///news/d.article', 'Oslo\n\nKi Jinping spoke.']]);
  });

  it('fixes: this mention, every mention, and two that write the project file', () => {
    const text = 'Visit planned\n\nPresident Ki Jinping will visit Oslo in May. Ki Jinping last came in 2019.';
    const [first] = check(text);
    assert.deepEqual(first.fixes!.map((fix) => fix.title), [
      'Write “Xi Jinping”', 'Write “Xi Jinping” everywhere in this article',
      'Treat “Ki Jinping” as an alias of “Xi Jinping” (project file)', '“Ki Jinping” and “Xi Jinping” are different (project file)',
    ]);
    assert.equal(applyEdits(text, first.fixes![1].edits), text.replace(/Ki Jinping/g, 'Xi Jinping'));
    assert.deepEqual(first.fixes![2].command, { command: TREAT_AS_ALIAS, arguments: ['Xi Jinping', 'Ki Jinping', 'PERSON'] });
    assert.deepEqual(first.fixes![3].command, { command: MARK_DISTINCT, arguments: ['Ki Jinping', 'Xi Jinping'] });
  });

  it('a declared alias or distinct pair in the knowledge base silences it', () => {
    const text = 'Visit planned\n\nPresident Ki Jinping will visit Oslo in May.';
    assert.equal(check(text, OTHERS, normalizeKnowledgeBase({ distinct: [['Ki Jinping', 'Xi Jinping']] })).length, 0);
    assert.equal(check(text, OTHERS, normalizeKnowledgeBase({ entities: [{ name: 'Xi Jinping', aliases: ['Ki Jinping'] }] })).length, 0);
  });
});
