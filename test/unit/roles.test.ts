import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkMentions } from '../../server/analysis/entity-linking';
import { EntityType } from '../../server/analysis/entity-types';
import { findRoles, isFormalTitle } from '../../server/analysis/roles';
import { parseMarked, renderSpans } from '../helpers/markers';

const TYPES: Record<string, EntityType> = { P: 'PERSON', O: 'ORG', L: 'LOC', M: 'MISC' };

/**
 * The roles found in a fixture whose ⟦…⟧ mark the name mentions (typed in order by `types`), rendered back into the
 * plain text with ⟦…⟧ around each role, so a failure shows where a role started or stopped.
 */
function roles(marked: string, types: string): { rendered: string; titles: string[] } {
  const { text, spans } = parseMarked(marked);
  assert.equal(spans.length, types.length, 'one type letter per ⟦…⟧');
  const { mentions } = linkMentions(text, spans.map((span, i) => ({ ...span, type: TYPES[types[i]] })));
  const found = findRoles(text, mentions);
  for (const role of found) assert.equal(role.title, text.slice(role.start, role.end).replace(/\s+/gu, ' '));
  return { rendered: renderSpans(text, found), titles: found.map((r) => `${r.placement} ${mentions[r.mention].entity}: ${r.title}`) };
}

describe('findRoles: titles before the name', () => {
  it('takes the title and leaves out the country or nationality in front', () => {
    const { rendered, titles } = roles(
      '“Fine,” ⟦US⟧ Secretary of the Treasury ⟦Steven Mnuchin⟧ and ⟦Chinese⟧ Vice Minister ⟦Liu He⟧ said.', 'LPMP');
    assert.equal(rendered, '“Fine,” US ⟦Secretary of the Treasury⟧ Steven Mnuchin and Chinese ⟦Vice Minister⟧ Liu He said.');
    assert.deepEqual(titles, ['before Steven Mnuchin: Secretary of the Treasury', 'before Liu He: Vice Minister']);
  });

  it('stops at a possessive, a lower-case word that is no title word, and the start of the sentence', () => {
    const { rendered } = roles(
      '⟦China⟧’s Vice Premier ⟦Liu He⟧ met Commerce Secretary ⟦Wilbur Ross⟧. Treasury Secretary ⟦Steven Mnuchin⟧ waited.', 'LPPP');
    assert.equal(rendered, 'China’s ⟦Vice Premier⟧ Liu He met ⟦Commerce Secretary⟧ Wilbur Ross. ⟦Treasury Secretary⟧ Steven Mnuchin waited.');
  });

  it('reads lower-case titles and descriptions made of title words', () => {
    const { titles } = roles(
      'He met trade representative ⟦Robert Lighthizer⟧, economic adviser ⟦Larry Kudlow⟧ and ⟦Xi Jinping⟧’s top economic adviser ⟦Liu He⟧.', 'PPPP');
    assert.deepEqual(titles, [
      'before Robert Lighthizer: trade representative', 'before Larry Kudlow: economic adviser', 'before Liu He: top economic adviser',
    ]);
  });

  it('reads "President" before a surname and "the U.S. ambassador to China, Terry Branstad"', () => {
    const { rendered } = roles('President ⟦Trump⟧ thanked the ⟦U.S.⟧ ambassador to ⟦China⟧, ⟦Terry Branstad⟧.', 'PLLP');
    assert.equal(rendered, '⟦President⟧ Trump thanked the U.S. ⟦ambassador to China⟧, Terry Branstad.');
  });

  it('gives no role for an honorific or an ordinary word before the name', () => {
    const { titles } = roles('Mr. ⟦Liu⟧ and Ms ⟦Hua⟧ left. Under the deal ⟦Trump⟧ won; said ⟦Ross⟧.', 'PPPP');
    assert.deepEqual(titles, []);
  });

  it('does not run a headline into the first name of the body', () => {
    const { titles } = roles('Trade Talks End Early\n⟦Steven Mnuchin⟧ flew home.', 'P');
    assert.deepEqual(titles, []);
  });

  it('records roles only for people', () => {
    assert.deepEqual(roles('Commerce Secretary ⟦Wilbur Ross⟧ visited President ⟦Trump Tower⟧.', 'PO').titles, ['before Wilbur Ross: Commerce Secretary']);
  });
});

describe('findRoles: apposition', () => {
  it('reads the role after the comma up to the closing comma, sentence end or a clause verb, without the article', () => {
    const { rendered } = roles(
      '“No,” said ⟦Ana Ruiz⟧, vice president of Asia operations at the ⟦US-Asia Trade Council⟧. ' +
      '⟦Mei Lin⟧, a spokeswoman for ⟦China⟧’s commerce ministry, declined. ' +
      '⟦Tom Hale⟧, an expert on ⟦China⟧ at ⟦Yale University⟧ said it was late.', 'POPLPLO');
    assert.equal(rendered,
      '“No,” said Ana Ruiz, ⟦vice president of Asia operations at the US-Asia Trade Council⟧. ' +
      'Mei Lin, a ⟦spokeswoman for China’s commerce ministry⟧, declined. ' +
      'Tom Hale, an ⟦expert on China at Yale University⟧ said it was late.');
  });

  it('allows modifiers before the head and a possessive organization after it', () => {
    assert.deepEqual(roles('says ⟦Yu Chen⟧, a professor at ⟦Fudan University⟧’s School of Economics. ⟦Raj Rao⟧, a China expert, agreed.', 'POP').titles, [
      'apposition Yu Chen: professor at Fudan University’s School of Economics', 'apposition Raj Rao: China expert',
    ]);
  });

  it('is no role when the comma starts a clause, a list of names or another person’s title', () => {
    const { titles } = roles(
      '⟦Liu He⟧, who leads the team, met ⟦Steven Mnuchin⟧, Commerce Secretary ⟦Wilbur Ross⟧ and ⟦Xi⟧, in ⟦Beijing⟧.', 'PPPPL');
    assert.deepEqual(titles, ['before Wilbur Ross: Commerce Secretary']);
  });

  it('keeps "and" inside a capitalised department name', () => {
    assert.deepEqual(roles('⟦Ann Lee⟧, the Secretary of Health and Human Services, spoke.', 'P').titles, [
      'apposition Ann Lee: Secretary of Health and Human Services',
    ]);
  });
});

describe('isFormalTitle', () => {
  it('is true for offices, capitalised or written in lower case', () => {
    for (const title of ['Vice Premier', 'Secretary of the Treasury', 'Commerce Secretary', 'Trade Representative', 'trade representative', 'President', 'Treasury Undersecretary']) {
      assert.ok(isFormalTitle(title), title);
    }
  });

  it('is false for descriptions', () => {
    for (const title of ['top economic adviser', 'China expert at Cornell University', 'spokeswoman for China’s foreign ministry', 'former President', 'analyst']) {
      assert.ok(!isFormalTitle(title), title);
    }
  });
});
