// Countries, capitals and demonyms from the generated gazetteer (data/countries.json, built from world-countries by
// test/tools/build-gazetteer.mjs). Every lookup is one or two Map gets: detection asks about most capitalised words.
import gazetteer from './data/countries.json';
import citiesAndRegions from './data/cities-regions.json';
import placeExtras from './data/place-extras.json';
import { ownCopy } from './text';

export type PlaceKind = 'country' | 'capital';

export interface Place {
  /** The standard name: "United States" for "U.S.", "Washington" for "Washington, D.C.". */
  name: string;
  kind: PlaceKind;
  /** The country itself, or the country a capital is the capital of. */
  country: string;
}

interface CountryEntry {
  name: string;
  alt: string[];
  demonyms?: string[];
  /** A capital, or [standard form, ...variants] when the package spells it in a way news rarely does. */
  capitals?: Array<string | string[]>;
}

/** Exact spellings ("U.S.", "Beijing"). */
const PLACES = new Map<string, Place>();
/** The same names in capitals, for ALL-CAPS datelines and headlines ("WASHINGTON", "BEIJING"); codes are left out. */
const PLACES_UPPER = new Map<string, Place>();
const DEMONYMS = new Map<string, string>();
const DEMONYMS_UPPER = new Map<string, string>();

function addPlace(spelling: string, place: Place): void {
  if (!PLACES.has(spelling)) PLACES.set(spelling, place);
  // "US" in capitals is still US, but "us" is a pronoun, so only names longer than a code get a folded key.
  if (!/^[A-Z.]{2,9}$/.test(spelling)) {
    const upper = spelling.toUpperCase();
    if (!PLACES_UPPER.has(upper)) PLACES_UPPER.set(upper, place);
  }
}

// Countries first, so that a name that is both ("Singapore", "Kuwait") is a country.
for (const country of (gazetteer.countries as CountryEntry[])) {
  const place: Place = { name: country.name, kind: 'country', country: country.name };
  addPlace(country.name, place);
  for (const alt of country.alt) addPlace(alt, place);
  for (const demonym of country.demonyms ?? []) {
    if (!DEMONYMS.has(demonym)) DEMONYMS.set(demonym, country.name);
    if (!DEMONYMS_UPPER.has(demonym.toUpperCase())) DEMONYMS_UPPER.set(demonym.toUpperCase(), country.name);
  }
}
for (const country of (gazetteer.countries as CountryEntry[])) {
  for (const capital of country.capitals ?? []) {
    const [standard, ...variants] = typeof capital === 'string' ? [capital] : capital;
    const place: Place = { name: standard, kind: 'capital', country: country.name };
    addPlace(standard, place);
    for (const variant of variants) addPlace(variant, place);
  }
}

/** Longer than a code and written in capitals ("WASHINGTON"); checked by character codes, without allocating. */
function isAllCaps(name: string): boolean {
  if (name.length <= 3) return false;
  let letters = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && name[i] !== name[i].toUpperCase()) return false;
  }
  return letters > 0;
}

/**
 * The gazetteer entry for a name as an article writes it: "U.S.", "the United States", "WASHINGTON",
 * "China’s". Undefined for anything else, including lower-case "china" and "us".
 */
export function lookupPlace(name: string): Place | undefined {
  const exact = PLACES.get(name);
  if (exact) return exact;
  const bare = stripDeterminerAndPossessive(name);
  return PLACES.get(bare) ?? (isAllCaps(bare) ? PLACES_UPPER.get(bare) : undefined);
}

/** "U.S.", "USA", "America", "the United States of America" → "United States"; "Washington, D.C." → "Washington". */
export function canonicalPlace(name: string): string | undefined {
  return lookupPlace(name)?.name;
}

export function isCountryOrCapital(name: string): boolean {
  return lookupPlace(name) !== undefined;
}

/** The country a nationality word belongs to: "Chinese" → "China", "American" → "United States", "Kenyans" → "Kenya". */
export function demonymOf(word: string): string | undefined {
  const country = DEMONYMS.get(word) ?? (isAllCaps(word) ? DEMONYMS_UPPER.get(word) : undefined);
  // The gazetteer lists the singular only: "Canadians" are nationals as much as "Canadian" is.
  if (country !== undefined || word.length < 4 || word.charCodeAt(word.length - 1) !== 115) return country;
  return DEMONYMS.get(word.slice(0, -1));
}

/** Cities of 200,000 people or more, and the US states: a detection feature, not a canonical-name source. */
/** "Ore.", "N.M.": US states as AP style abbreviates them after a city. */
export const STATE_ABBREVIATIONS = new Set(placeExtras.stateAbbreviations);

const CITIES = new Set<string>(citiesAndRegions.cities);
const REGIONS = new Set<string>(citiesAndRegions.regions);

/** The PlaceLookup shape detection uses: 'country' | 'capital' | 'demonym' | 'city' | 'region', or undefined. */
export function placeKind(name: string): PlaceKind | 'demonym' | 'city' | 'region' | undefined {
  // "Mnuchin and Ross", "Pellucid Systems": most names of several words open with a word no such place opens
  // with, and are answered by that word alone, with no look-up of the whole name and no cache entry for it.
  const space = name.indexOf(' ');
  if (space > 0 && !OPENERS_OF_LONGER_NAMES.has(name.slice(0, space)) && !opensWithArticle(name)) return undefined;
  // Detection asks about the same few thousand capitalised words again and again: one Map get answers a repeat.
  const cached = KIND_CACHE.get(name);
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const kind = lookupPlace(name)?.kind ?? (demonymOf(name) !== undefined ? 'demonym' : REGIONS.has(name) ? 'region' : CITIES.has(name) ? 'city' : undefined);
  if (KIND_CACHE.size >= KIND_CACHE_LIMIT) KIND_CACHE.clear();
  // A copy of the name: a slice would keep the article it came from alive for as long as the cache lives.
  KIND_CACHE.set(ownCopy(name), kind ?? '');
  return kind;
}

type Kind = PlaceKind | 'demonym' | 'city' | 'region';
const KIND_CACHE = new Map<string, Kind | ''>();
const KIND_CACHE_LIMIT = 50000;

/**
 * The first words of the names of more than one word above, in every spelling kept ("New" and "NEW" of "New
 * York"). Candidate rules ask whether two words make a place ("West Bank") for most words that open a sentence:
 * a first word not in here answers no without building the pair and probing the Maps with it.
 */
const FIRST_WORDS = new Set<string>();
for (const names of [PLACES.keys(), PLACES_UPPER.keys(), CITIES, REGIONS]) {
  for (const name of names) if (name.includes(' ')) FIRST_WORDS.add(name.slice(0, name.indexOf(' ')));
}

/**
 * The first words of every name of two or more words placeKind knows: the places above and the nationalities
 * ("Sierra Leonean"). A name whose first word is none of these is none of them, unless an article opens it
 * ("the Netherlands", which lookupPlace reads without "the").
 */
const OPENERS_OF_LONGER_NAMES = new Set<string>(FIRST_WORDS);
for (const names of [DEMONYMS.keys(), DEMONYMS_UPPER.keys()]) {
  for (const name of names) if (name.includes(' ')) OPENERS_OF_LONGER_NAMES.add(name.slice(0, name.indexOf(' ')));
}

const opensWithArticle = (name: string) => name.startsWith('the ') || name.startsWith('The ') || name.startsWith('THE ');

/** Whether some place of two or more words (not a nationality) starts with this word, as placeKind spells them. */
/** A place of any kind the gazetteer knows ("New York", "West Bank"), not a nationality. */
export function isPlaceName(name: string): boolean {
  const kind = placeKind(name);
  return kind !== undefined && kind !== 'demonym';
}

export function mayOpenPlaceName(word: string): boolean {
  return FIRST_WORDS.has(word);
}

/** The same question under the name detection's PlaceLookup gives it (answered from placeKind's cache). */
export function isKnownPlace(name: string): boolean {
  const kind = placeKind(name);
  return kind === 'country' || kind === 'capital';
}

/** "the United States’" → "United States"; cheap when there is nothing to strip. */
function stripDeterminerAndPossessive(name: string): string {
  let out = name;
  if (out.startsWith('the ') || out.startsWith('The ') || out.startsWith('THE ')) out = out.slice(4);
  const last = out.charCodeAt(out.length - 1);
  if (last === 0x73 /* s */ || last === 0x53 /* S */) {
    const before = out.charCodeAt(out.length - 2);
    if (before === 0x2019 || before === 0x27) out = out.slice(0, -2);
  } else if (last === 0x2019 || last === 0x27) {
    out = out.slice(0, -1);
  }
  return out;
}

/** What detection needs beyond the model: place names, for features and for splitting "US-China". */
export interface PlaceLookup {
  isKnownPlace(name: string): boolean;
  /** 'country' | 'capital' | 'demonym' | undefined */
  placeKind(name: string): string | undefined;
}

/** The places of the bundled gazetteer, as detection asks about them. */
export const GAZETTEER_PLACES: PlaceLookup = { isKnownPlace, placeKind };
