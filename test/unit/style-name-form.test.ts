// style-name-form: one name written two ways in one article.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { styleNameForm } from '../../server/rules/style-name-form';
import { applyEdits, parseMarked, renderSpans } from '../helpers/markers';

const check = (text: string, preferredNameForms: string[] = []) => styleNameForm.check({ uri: 'file:///a.article', model: parseArticle(text), options: { preferredNameForms } });
const expectFlagged = (marked: string, preferred: string[] = []) => {
  const { text } = parseMarked(marked);
  assert.equal(renderSpans(text, check(text, preferred).map((f) => f.span)), marked);
};

describe('style-name-form', () => {
  it('flags the minority form of a name written two ways', () => {
    expectFlagged('Tariffs rise\n\nThe U.S. raised tariffs. The U.S. Treasury said China would answer. ⟦US⟧ officials declined to comment.');
  });

  it('a preferred form wins over the majority', () => {
    expectFlagged('Tariffs rise\n\nThe ⟦U.S.⟧ raised tariffs. The ⟦U.S.⟧ said China would answer. US officials declined to comment.', ['US']);
  });

  it('nothing for one form, or for a dateline in capitals', () => {
    expectFlagged('Tariffs rise\n\nThe U.S. raised tariffs. The U.S. Treasury said China would answer.');
    expectFlagged('Tariffs rise\n\nWASHINGTON (Reuters) - Washington raised tariffs on Monday.');
  });

  it('fixes: this mention, and every mention (a tie goes to the form used first)', () => {
    const text = 'Tariffs rise\n\nUS officials met. The U.S. raised tariffs. The U.S. said so. US markets fell.';
    const [finding] = check(text);
    assert.equal(finding.message, '“U.S.” is also written “US” in this article: the form used 2 times in this article.');
    assert.equal(applyEdits(text, finding.fixes![0].edits), text.replace('U.S.', 'US'));
    assert.equal(applyEdits(text, finding.fixes![1].edits), text.replace(/U\.S\./g, 'US'));
  });
});
