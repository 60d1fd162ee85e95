import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalPlace, demonymOf, isCountryOrCapital, lookupPlace, placeKind } from '../../server/analysis/places';
import gazetteer from '../../server/analysis/data/countries.json';

describe('canonicalPlace', () => {
  it('gives the standard name for every spelling news uses', () => {
    const cases: Record<string, string> = {
      US: 'United States', 'U.S.': 'United States', USA: 'United States', 'U.S.A.': 'United States', America: 'United States',
      'United States of America': 'United States', 'the United States of America': 'United States', 'the United States’': 'United States',
      UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
      China: 'China', PRC: 'China', "People's Republic of China": 'China', 'China’s': 'China',
      'North Korea': 'North Korea', DPRK: 'North Korea', 'Washington, D.C.': 'Washington', 'Washington D.C.': 'Washington',
    };
    for (const [name, expected] of Object.entries(cases)) assert.equal(canonicalPlace(name), expected, name);
  });

  it('reads datelines in capitals, but not codes or words in lower case', () => {
    assert.equal(canonicalPlace('WASHINGTON'), 'Washington');
    assert.equal(canonicalPlace('BEIJING'), 'Beijing');
    assert.equal(canonicalPlace('NORTH KOREA'), 'North Korea');
    for (const word of ['us', 'china', 'IT', 'IN', 'AM', 'SA', 'S.A.', 'Florida', 'President']) assert.equal(canonicalPlace(word), undefined, word);
  });
});

describe('places: kinds and demonyms', () => {
  it('knows countries and capitals', () => {
    assert.deepEqual(lookupPlace('Beijing'), { name: 'Beijing', kind: 'capital', country: 'China' });
    assert.deepEqual(lookupPlace('Washington'), { name: 'Washington', kind: 'capital', country: 'United States' });
    assert.deepEqual(lookupPlace('U.S.'), { name: 'United States', kind: 'country', country: 'United States' });
    assert.ok(isCountryOrCapital('Pyongyang'));
    assert.ok(!isCountryOrCapital('Mar-A-Lago'));
  });

  it('maps nationality words to their country', () => {
    assert.equal(demonymOf('Chinese'), 'China');
    assert.equal(demonymOf('American'), 'United States');
    assert.equal(demonymOf('North Korean'), 'North Korea');
    assert.equal(demonymOf('French'), 'France');
    assert.equal(demonymOf('CHINESE'), 'China');
    assert.equal(demonymOf('Mnuchin'), undefined);
  });

  it('maps the nouns for a national that are no adjective to their country', () => {
    assert.deepEqual(['Finn', 'Swede', 'Briton', 'Frenchman', 'Spaniard', 'Turk', 'Finns'].map(demonymOf), ['Finland', 'Sweden', 'United Kingdom', 'France', 'Spain', 'Türkiye', 'Finland']);
  });

  it('answers the PlaceLookup question detection asks', () => {
    assert.deepEqual(['China', 'Beijing', 'Chinese', 'Cornell'].map(placeKind), ['country', 'capital', 'demonym', undefined]);
  });
});

describe('the generated gazetteer', () => {
  it('carries its source and licence, and stays small', () => {
    assert.match(gazetteer.$source, /world-countries .*ODbL 1\.0/);
    assert.ok(JSON.stringify(gazetteer).length < 150_000);
    assert.ok(gazetteer.countries.length > 240);
  });
});
