import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkMentions } from '../../server/analysis/entity-linking';
import { EntityType, RawMention } from '../../server/analysis/entity-types';
import { parseMarked } from '../helpers/markers';

const TYPES: Record<string, EntityType> = { P: 'PERSON', O: 'ORG', L: 'LOC', M: 'MISC' };

/** Raw mentions from a fixture: ⟦…⟧ marks each span, `types` gives their types in order ("PPL" = person, person, place). */
function rawMentions(marked: string, types: string): { text: string; raw: RawMention[] } {
  const { text, spans } = parseMarked(marked);
  assert.equal(spans.length, types.length, 'one type letter per ⟦…⟧');
  return { text, raw: spans.map((span, i) => ({ ...span, type: TYPES[types[i]] })) };
}

/** Each entity as "Name: mention, mention" (mentions as written), in order of first mention. */
function linked(marked: string, types: string): string[] {
  const { text, raw } = rawMentions(marked, types);
  const { mentions, entities } = linkMentions(text, raw);
  return entities.map((e) => `${e.name}: ${e.mentions.map((i) => text.slice(mentions[i].start, mentions[i].end)).join(', ')}`);
}

describe('linkMentions: people', () => {
  it('links a surname to the full name, and an honorific + surname too', () => {
    assert.deepEqual(
      linked('⟦Steven Mnuchin⟧ flew to ⟦Beijing⟧. ⟦Mnuchin⟧ met ⟦Liu He⟧, and Mr. ⟦Liu⟧ thanked Mr ⟦Mnuchin⟧.', 'PLPPPP'),
      ['Steven Mnuchin: Steven Mnuchin, Mnuchin, Mnuchin', 'Beijing: Beijing', 'Liu He: Liu He, Liu'],
    );
  });

  it('reads a lone family name as the first word of a surname-first name', () => {
    assert.deepEqual(linked('Chinese President ⟦Xi Jinping⟧ arrived. ⟦Xi⟧ said little.', 'PP'), ['Xi Jinping: Xi Jinping, Xi']);
  });

  it('keeps two people who share a surname apart, and does not force a bare shared surname into either', () => {
    const result = linked('⟦Wang Yang⟧ led the team with ⟦Wang Shouwen⟧. Later ⟦Wang⟧ spoke, and ⟦Wang Yang⟧ left.', 'PPPP');
    assert.deepEqual(result, ['Wang Yang: Wang Yang, Wang Yang', 'Wang Shouwen: Wang Shouwen', 'Wang: Wang']);
  });

  it('links the first two words of one longer name to it, but not when two longer names open alike', () => {
    assert.deepEqual(
      linked('⟦Nur Aisyah Rahman⟧ spoke first. Later ⟦Nur Aisyah⟧ said the firm had lied.', 'PP'),
      ['Nur Aisyah Rahman: Nur Aisyah Rahman, Nur Aisyah'],
    );
    assert.deepEqual(
      linked('⟦Ana Maria Silva⟧ and ⟦Ana Maria Costa⟧ spoke. ⟦Ana Maria⟧ left.', 'PPP'),
      ['Ana Maria Silva: Ana Maria Silva', 'Ana Maria Costa: Ana Maria Costa', 'Ana Maria: Ana Maria'],
    );
  });

  it('names a person by the fullest form even when a short form comes first', () => {
    assert.deepEqual(
      linked('⟦Trump⟧ spoke first. President ⟦Donald Trump⟧ then left, and ⟦Trump⟧ returned.', 'PPP'),
      ['Donald Trump: Trump, Donald Trump, Trump'],
    );
  });

  it('never makes a possessive a separate name', () => {
    const { text, raw } = rawMentions("⟦Donald Trump⟧ spoke; ⟦Trump’s⟧ aides and ⟦Trump's⟧ team listened.", 'PPP');
    const { entities } = linkMentions(text, raw);
    assert.deepEqual(entities.map((e) => [e.name, e.aliases, e.mentions]), [['Donald Trump', ['Trump'], [0, 1, 2]]]);
  });

  it('keeps "Mr. Liu" as an alias and prefers a mixed-case form over a headline in capitals', () => {
    const { text, raw } = rawMentions('⟦LIU HE⟧ VISITS\n\nVice Premier ⟦Liu He⟧ met officials. Mr. ⟦Liu⟧ smiled.', 'PPP');
    const { entities } = linkMentions(text, raw);
    assert.equal(entities[0].name, 'Liu He');
    assert.deepEqual(entities[0].aliases, ['LIU HE', 'Liu', 'Mr. Liu']);
  });

  it('retypes a lone surname the tagger called an organization, but not a known place', () => {
    const { text, raw } = rawMentions('⟦Wilbur Ross⟧ met ⟦Xi Jinping⟧ in ⟦China⟧. ⟦Ross⟧ praised ⟦Xi⟧.', 'PPLOL');
    const { mentions } = linkMentions(text, raw);
    assert.deepEqual(mentions.map((m) => [m.type, m.entity]), [
      ['PERSON', 'Wilbur Ross'], ['PERSON', 'Xi Jinping'], ['LOC', 'China'], ['PERSON', 'Wilbur Ross'], ['PERSON', 'Xi Jinping'],
    ]);
  });

  it('retypes the leading words of an organisation’s name that the tagger called a person, but not a founder’s', () => {
    const { text, raw } = rawMentions(
      '⟦Vantrell Grayson Securities LLC⟧ paid. ⟦Vantrell Grayson⟧ misled clients, and ⟦Marcus Vantrell⟧ left. The ⟦V.K. Mehta Foundation⟧ thanked ⟦V.K. Mehta⟧ and Mr. ⟦Vantrell Grayson⟧.',
      'OPPOPP',
    );
    const { mentions } = linkMentions(text, raw);
    assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'ORG', 'PERSON', 'ORG', 'PERSON', 'PERSON']);
  });

  it('takes a lone name for the firm that bears it, unless a form of address or an age makes it the person', () => {
    const { text, raw } = rawMentions(
      '⟦Okonjo Holdings⟧ agreed a sale. ⟦Adaeze Okonjo⟧ founded it. ⟦Okonjo⟧ shares rose, and Ms ⟦Okonjo⟧ stayed away. ⟦Okonjo⟧, 74, did not join the call.',
      'OPPPP',
    );
    const { mentions } = linkMentions(text, raw);
    assert.deepEqual(mentions.map((m) => [m.type, m.entity]), [
      ['ORG', 'Okonjo Holdings'], ['PERSON', 'Adaeze Okonjo'], ['ORG', 'Okonjo Holdings'], ['PERSON', 'Adaeze Okonjo'], ['PERSON', 'Adaeze Okonjo'],
    ]);
  });

  it('drops a title a detector left inside the span from the name', () => {
    assert.deepEqual(linked('⟦Vice Premier Liu He⟧ spoke. ⟦Liu He⟧ left.', 'PP'), ['Liu He: Vice Premier Liu He, Liu He']);
  });
});

describe('linkMentions: places and organizations', () => {
  it('links every spelling of a country to its standard name', () => {
    const text = '⟦US⟧, ⟦U.S.⟧ and ⟦USA⟧ mean ⟦United States⟧, as do ⟦America⟧ and ⟦the United States of America⟧; ⟦UK⟧, ⟦U.K.⟧, ⟦Britain⟧ and ⟦Great Britain⟧ differ; ⟦China⟧ is the ⟦PRC⟧.';
    assert.deepEqual(linked(text, 'LLLLLLLLLLLL'), [
      'United States: US, U.S., USA, United States, America, the United States of America',
      'United Kingdom: UK, U.K., Britain, Great Britain',
      'China: China, PRC',
    ]);
  });

  it('types a country entity as a place even when one mention is typed as an organization', () => {
    const { text, raw } = rawMentions('⟦China⟧ said ⟦China⟧ would reply.', 'OL');
    const { mentions, entities } = linkMentions(text, raw);
    assert.deepEqual(entities.map((e) => [e.name, e.type]), [['China', 'LOC']]);
    assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'LOC']);
  });

  it('links an acronym to the organization whose initials it is, and a first word to its full name', () => {
    assert.deepEqual(
      linked('The ⟦World Trade Organization⟧ ruled. The ⟦WTO⟧ and ⟦Xinhua News Agency⟧ agreed; ⟦Xinhua⟧ said so.', 'OOOO'),
      ['World Trade Organization: World Trade Organization, WTO', 'Xinhua News Agency: Xinhua News Agency, Xinhua'],
    );
  });

  it('leaves an acronym that fits no organization alone', () => {
    assert.deepEqual(linked('The ⟦IMF⟧ and the ⟦World Bank⟧ met.', 'OO'), ['IMF: IMF', 'World Bank: World Bank']);
  });

  it('links the same organization written with and without "the" and in capitals', () => {
    assert.deepEqual(linked('⟦the White House⟧ said ⟦White House⟧ aides ⟦WHITE HOUSE⟧', 'OOO'), ['White House: the White House, White House, WHITE HOUSE']);
  });
});

describe('linkMentions: names in other scripts', () => {
  it('takes a name in CJK, Cyrillic or full-width brackets right after a mention as a native name', () => {
    const { text, raw } = rawMentions('⟦Xi Jinping⟧ (習近平) met ⟦Wang Yang⟧（汪洋）and ⟦Sergei Lavrov⟧ (Сергей Лавров). ⟦Xi⟧ spoke.', 'PPPP');
    const { entities } = linkMentions(text, raw);
    assert.deepEqual(entities.map((e) => [e.name, e.nativeNames]), [
      ['Xi Jinping', ['習近平']], ['Wang Yang', ['汪洋']], ['Sergei Lavrov', ['Сергей Лавров']],
    ]);
  });

  it('ignores Latin text in brackets', () => {
    const { text, raw } = rawMentions('⟦Steven Mnuchin⟧ (pictured) and ⟦Xinhua⟧ (AP) reported.', 'PO');
    assert.deepEqual(linkMentions(text, raw).entities.map((e) => e.nativeNames), [[], []]);
  });
});

describe('linkMentions: shape', () => {
  it('keeps spans, lists entities in order of first mention with their mention indices, and leaves roles empty', () => {
    const { text, raw } = rawMentions('⟦Mnuchin⟧ left ⟦Beijing⟧; ⟦Steven Mnuchin⟧ later returned to ⟦Beijing⟧.', 'PLPL');
    const { mentions, entities } = linkMentions(text, raw);
    assert.deepEqual(mentions.map((m) => [m.start, m.end]), raw.map((m) => [m.start, m.end]));
    assert.deepEqual(entities.map((e) => [e.name, e.type, e.mentions, e.roles]), [
      ['Steven Mnuchin', 'PERSON', [0, 2], []],
      ['Beijing', 'LOC', [1, 3], []],
    ]);
  });

  it('handles no mentions', () => {
    assert.deepEqual(linkMentions('Nothing here.', []), { mentions: [], entities: [] });
  });
});
