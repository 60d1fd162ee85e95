import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NO_SPEAKER, SubjectFinder } from '../../server/analysis/quote-subjects';
import { countWordsUpTo, firstWord, WORD } from '../../server/analysis/quote-kinds';
import { Span } from '../../server/analysis/text';

describe('firstWord', () => {
  // What it must always answer: the first WORD of the text cut at [from, to).
  const byPattern = (text: string, from: number, to: number): Span | undefined => {
    const match = new RegExp(WORD.source, 'u').exec(text.slice(from, to));
    return match ? { start: from + match.index, end: from + match.index + match[0].length } : undefined;
  };
  const texts = ['U.S. officials said', "O'Brien, AT&T and Jean-Luc", 'São Paulo’s mayor', 'rock ’n’ roll', '  42nd street', 'U.É. and Ωmega', '—“Quite,” she said.', '',
    'O’Brien’s ‘word’… «Oui» – non', 'don’t’é U.S.— a.b.’c', '\u00a0“’Tis”\u00a0it’s'];

  it('reads the words the pattern reads, however the text is cut', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) assert.deepEqual(firstWord(text, from, to), byPattern(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`);
      }
    }
  });

  it('counts the words the pattern reads, up to a limit', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const words = (text.slice(from, to).match(WORD) ?? []).length;
          for (const cap of [1, 3, 5]) assert.equal(countWordsUpTo(text, from, to, cap), Math.min(words, cap), `${JSON.stringify(text)} [${from}, ${to}) up to ${cap}`);
        }
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

  it('never runs what is not read and comes before no reading of the descriptions', () => {
    const finder = new SubjectFinder(text, [], () => 0);
    let ran = false;
    finder.deferred(() => (ran = true));
    assert.deepEqual(speakers(finder, 'A senior aide')(), ['a senior aide']);
    assert.equal(ran, false);
  });

  it('keeps what a deferred resolution met before what was met after it was deferred, however late it runs', () => {
    const both = `A senior aide said the talks had stalled. A junior aide agreed. ${'Nothing more was known then. '.repeat(120)}The aide said more talks were planned.`;
    const at = (words: string): Span => ({ start: both.indexOf(words), end: both.indexOf(words) + words.length + 1 });
    const finder = new SubjectFinder(both, [], () => 0);
    const senior = finder.deferred(() => finder.subjectBefore(at('A senior aide').start, at('A senior aide').end, NO_SPEAKER));
    finder.subjectBefore(at('A junior aide').start, at('A junior aide').end, NO_SPEAKER);
    senior();
    // Met in the order senior, junior: the latest is the junior aide, though the senior one was added last.
    assert.deepEqual(finder.subjectBefore(at('The aide').start, at('The aide').end, NO_SPEAKER)?.speakers, ['a junior aide']);
  });
});
