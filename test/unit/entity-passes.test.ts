// The passes after the tagger (mention-passes.ts) and the tagger's article features (entity-features.ts), on
// mentions and candidates the tests give by hand: what they settle does not depend on the trained weights.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { defaultDetector } from '../../server/analysis/entities';
import { candidateFeatures, documentContext } from '../../server/analysis/entity-features';
import { RawMention } from '../../server/analysis/entity-types';
import { withNameParts } from '../../server/analysis/mention-passes';
import { findCandidates } from '../../server/analysis/name-candidates';
import { GAZETTEER_PLACES } from '../../server/analysis/places';
import { TokenWords } from '../../server/analysis/token-words';

const detector = defaultDetector();

/** A mention of the first occurrence of `name` at or after `from` in `text`. */
function mention(text: string, name: string, type: RawMention['type'], from = 0): RawMention {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, `${name} is in the text`);
  return { start, end: start + name.length, type };
}

/** The passes' mentions, as "name/TYPE", given the tagger's mentions and the one-word candidates it was unsure of. */
function settled(text: string, mentions: RawMention[], unsureNames: string[] = []): string[] {
  const model = parseArticle(text);
  const words = new TokenWords(text, model.tokens, detector.lexicon);
  const candidates = findCandidates(model, detector.lexicon, words);
  const unsure = candidates.filter((c) => unsureNames.includes(text.slice(c.start, c.end)));
  assert.equal(unsure.length, unsureNames.length, 'every unsure name is a candidate');
  return withNameParts(model, words, mentions, unsure, detector.lexicon).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('passes after the tagger', () => {
  it('take a person’s first word for that person, where the family name comes first, but not a common word', () => {
    const text = 'Xi Jinping met Rose Tremain. Later Xi said Rose was right.';
    const found = settled(text, [mention(text, 'Xi Jinping', 'PERSON'), mention(text, 'Rose Tremain', 'PERSON')], ['Xi', 'Rose']);
    assert.deepEqual(found, ['Xi Jinping/PERSON', 'Rose Tremain/PERSON', 'Xi/PERSON']);
  });

  it('take a lone word the tagger called a person for the organisation whose name ends with it', () => {
    const text = 'The Denver Nuggets won again. The Nuggets led by 19 before Tillery rested.';
    const found = settled(text, [mention(text, 'Denver Nuggets', 'ORG'), mention(text, 'Nuggets', 'PERSON', 30), mention(text, 'Tillery', 'PERSON')]);
    assert.deepEqual(found, ['Denver Nuggets/ORG', 'Nuggets/ORG', 'Tillery/PERSON']);
  });

  it('keep a lone word a person’s name ends with, though an organisation’s name ends with it too', () => {
    const text = 'Kate Morgan met JP Morgan bankers. Morgan said little.';
    const found = settled(text, [mention(text, 'Kate Morgan', 'PERSON'), mention(text, 'JP Morgan', 'ORG'), mention(text, 'Morgan', 'PERSON', 30)]);
    assert.deepEqual(found, ['Kate Morgan/PERSON', 'JP Morgan/ORG', 'Morgan/PERSON']);
  });

  it('take a given name and a word that names a person elsewhere for that person, though the tagger said organisation', () => {
    const text = 'Steven Mnuchin said on Monday that talks would go on. Mnuchin declined to say more.';
    const found = settled(text, [mention(text, 'Steven Mnuchin', 'ORG'), mention(text, 'Mnuchin', 'PERSON', 10)]);
    assert.deepEqual(found, ['Steven Mnuchin/PERSON', 'Mnuchin/PERSON']);
  });

  it('take the given name of a full name retyped as a person for that person, not for an organisation', () => {
    const text = 'Steven Mnuchin said on Monday that talks would go on. Mnuchin declined to say more. Steven laughed.';
    const found = settled(text, [mention(text, 'Steven Mnuchin', 'ORG'), mention(text, 'Mnuchin', 'PERSON', 10)], ['Steven']);
    assert.deepEqual(found, ['Steven Mnuchin/PERSON', 'Mnuchin/PERSON', 'Steven/PERSON']);
  });

  it('take a lone word the tagger called a place for the company whose name opens with it, but not where a place stands', () => {
    const text = 'Zawadi Pay Ltd was fined. Shares of Zawadi fell, and a depot in Zawadi closed. Dunmore Town Council met in Dunmore.';
    const found = settled(text, [
      mention(text, 'Zawadi Pay Ltd', 'ORG'), mention(text, 'Zawadi', 'LOC', 20), mention(text, 'Zawadi', 'LOC', 50),
      mention(text, 'Dunmore Town Council', 'ORG'), mention(text, 'Dunmore', 'LOC', 90),
    ]);
    assert.deepEqual(found, ['Zawadi Pay Ltd/ORG', 'Zawadi/ORG', 'Zawadi/LOC', 'Dunmore Town Council/ORG', 'Dunmore/LOC']);
  });

  it('leave an organisation of a given name and a word no person has alone', () => {
    const text = 'Morgan Stanley said on Monday that fees would rise. Stanley Tucci was not reached.';
    const found = settled(text, [mention(text, 'Morgan Stanley', 'ORG'), mention(text, 'Stanley Tucci', 'PERSON')]);
    assert.deepEqual(found, ['Morgan Stanley/ORG', 'Stanley Tucci/PERSON']);
  });
});

/** The tagger's features for the first candidate `name` at or after `after` in `text`. */
function featuresOf(text: string, name: string, after = ''): string[] {
  const model = parseArticle(text);
  const words = new TokenWords(text, model.tokens, detector.lexicon);
  const candidates = findCandidates(model, detector.lexicon, words);
  const doc = documentContext(candidates, words, GAZETTEER_PLACES);
  const from = text.indexOf(after);
  const candidate = candidates.find((c) => c.start >= from && text.slice(c.start, c.end) === name);
  assert.ok(candidate, `${name} is a candidate`);
  return candidateFeatures(model, candidate, detector.lexicon, GAZETTEER_PLACES, doc, words);
}

const GAME = [
  'Tillery scores 34 as Denver beats Phoenix',
  '',
  'DENVER (AP) — Marcus Tillery scored 34 points and Denver beat Phoenix 118-109 on Saturday night.',
  '',
  'The coach said the team played its best game of the season, and Phoenix lost its fourth game in five. Its players',
  'struggled with rebounds in the third quarter.',
].join('\n');

const BUSINESS = [
  'Kestrelle raises $40 million',
  '',
  'AUSTIN, Texas — Kestrelle, an online retailer of outdoor gear, said on Tuesday that it had raised $40 million from',
  'investors in Denver and Phoenix, and would open two warehouses next year.',
].join('\n');

describe('the tagger’s features of where a name stands', () => {
  it('pair the words on each side of a name', () => {
    const features = featuresOf(BUSINESS, 'Denver');
    assert.ok(features.includes('prev2=investors in'), features.join(' '));
    assert.ok(features.includes('next2=and phoenix'), features.join(' '));
    assert.ok(features.includes('around=in and'), features.join(' '));
  });

  it('read the noun of an apposition after the name', () => {
    const features = featuresOf(BUSINESS, 'Kestrelle', 'Texas');
    assert.ok(features.includes('apposition-noun=retailer'), features.join(' '));
    assert.ok(!featuresOf(BUSINESS, 'Denver').some((f) => f.startsWith('apposition-noun=')));
  });

  it('mark the names of a game’s report, with the kind of place a name is, and no others', () => {
    const game = featuresOf(GAME, 'Phoenix', 'season');
    assert.ok(game.includes('sports-report'), game.join(' '));
    assert.ok(game.includes('sports-place=city'), game.join(' '));
    assert.ok(game.includes('sports-next=lost'), game.join(' '));
    assert.ok(!featuresOf(BUSINESS, 'Phoenix').some((f) => f.startsWith('sports-')));
  });
});

describe('name candidates', () => {
  /** The candidates' names, in the order of the text. */
  const names = (text: string) => findCandidates(parseArticle(text), detector.lexicon).map((c) => text.slice(c.start, c.end));

  it('join a firm’s partners, listed with commas up to an ampersand, into one name', () => {
    assert.deepEqual(names('He follows steel for Bremmer, Oakes & Co. in New York.'), ['Bremmer, Oakes & Co.', 'New York']);
    assert.deepEqual(names('The deal was run by Skadden, Arps, Slate, Meagher & Flom lawyers.'), ['Skadden, Arps, Slate, Meagher & Flom']);
  });

  it('keep a place, or a list with no ampersand, apart from the names after its comma', () => {
    assert.deepEqual(names('A broker in Boston, Oakes & Co., sold.'), ['Boston', 'Oakes & Co.']);
    assert.deepEqual(names('He met Smith, Jones and Brown.'), ['Smith', 'Jones', 'Brown']);
  });

  it('join a body named by its subjects after "on", "for" or "of", through commas and "and"', () => {
    assert.deepEqual(names('The Commission on Rural Broadband and Digital Equity met.'), ['Commission on Rural Broadband and Digital Equity']);
    assert.deepEqual(names('She wrote to the Senate Committee on Commerce, Science, and Transportation.'), ['Senate Committee on Commerce, Science, and Transportation']);
    assert.deepEqual(names('He is a fellow at the Center for Regulatory Integrity and Law in Ohio.'), ['Center for Regulatory Integrity and Law', 'Ohio']);
    assert.deepEqual(names('She testified before the Subcommittee on the Constitution.'), ['Subcommittee on the Constitution']);
  });

  it('keep a shop or a center on its street, and a place after "and", apart', () => {
    assert.deepEqual(names("He runs Gaffney's Sporting Goods on Main Street."), ["Gaffney's Sporting Goods", 'Main Street']);
    assert.deepEqual(names('The Arts Center on Main Street reopened.'), ['Arts Center', 'Main Street']);
    assert.deepEqual(names('Staff of the Council on Trade and Ohio officials met.'), ['Council on Trade', 'Ohio']);
  });

  it('keep a sentence’s first word where the lexicon says it opens names more often than sentences', () => {
    const text = 'Network Rail said the line would reopen.';
    const withOpeners = (openers: string[]) => findCandidates(parseArticle(text), { ...detector.lexicon, isNameOpener: (lower: string) => openers.includes(lower) });
    assert.deepEqual(withOpeners([]).map((c) => text.slice(c.start, c.end)), ['Rail']);
    assert.deepEqual(withOpeners(['network']).map((c) => text.slice(c.start, c.end)), ['Network Rail']);
    // In a Title Case line every word is capitalised, and the first says nothing.
    const headline = 'Network Rail Warns of Delays\n\nTrains were late.';
    const inHeadline = findCandidates(parseArticle(headline), { ...detector.lexicon, isNameOpener: (lower: string) => lower === 'network' });
    assert.ok(inHeadline.every((c) => !headline.slice(c.start, c.end).startsWith('Network')));
  });

  it('read a month written short without its stop as a date, and "Mian" as a form of address', () => {
    assert.deepEqual(names('Mr Desmond Seah will retire on Oct 1.'), ['Desmond Seah']);
    assert.deepEqual(names('The chief executive, Mian Zubair Haroon, said.'), ['Zubair Haroon']);
  });
});
