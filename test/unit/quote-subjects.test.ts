import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NO_SPEAKER, SubjectFinder } from '../../server/analysis/quote-subjects';
import { firstWord, WORD } from '../../server/analysis/quote-kinds';
import { Span } from '../../server/analysis/text';

describe('firstWord', () => {
  // What it must always answer: the first WORD of the text cut at [from, to).
  const byPattern = (text: string, from: number, to: number): Span | undefined => {
    const match = new RegExp(WORD.source, 'u').exec(text.slice(from, to));
    return match ? { start: from + match.index, end: from + match.index + match[0].length } : undefined;
  };
  const texts = ['U.S. officials said', "O'Brien, AT&T and Jean-Luc", 'São Paulo’s mayor', 'rock ’n’ roll', '  42nd street', 'U.É. and Ωmega', '—“Quite,” she said.', ''];

  it('reads the words the pattern reads, however the text is cut', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) assert.deepEqual(firstWord(text, from, to), byPattern(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`);
      }
    }
  });
});

describe('deferred speaker resolution', () => {
  // Past the 3,000 characters "the aide" looks back over in the text, so only the descriptions met so far can fill it out.
  const text = `A senior aide said the talks had stalled. ${'Nothing more was known then. '.repeat(120)}The aide said more talks were planned.`;
  const clause = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length + 1 });
  const speakers = (finder: SubjectFinder, words: string) => () => finder.subjectBefore(clause(words).start, clause(words).end, NO_SPEAKER)?.speakers;

  it('runs what is pending before the descriptions met so far are read', () => {
    const finder = new SubjectFinder(text, [], () => 0);
    const aide = finder.deferred(speakers(finder, 'A senior aide'));
    assert.deepEqual(speakers(finder, 'The aide')(), ['a senior aide']);
    assert.deepEqual(aide(), ['a senior aide']);
  });

  it('answers as it would have when it was deferred', () => {
    const finder = new SubjectFinder(text, [], () => 0);
    const theAide = finder.deferred(speakers(finder, 'The aide'));
    assert.deepEqual(speakers(finder, 'A senior aide')(), ['a senior aide']);
    assert.deepEqual(theAide(), ['the aide']);
  });
});
