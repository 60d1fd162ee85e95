// Linking: which raw mentions name the same thing. "Steven Mnuchin" … "Mnuchin" … "Mr. Mnuchin" are one person,
// "US", "U.S." and "America" one country, "World Trade Organization" … "WTO" one organization. Everything is keyed
// by words in Maps built once per article, so linking costs a few Map lookups a mention.
import { Entity, EntityMention, EntityType, RawMention } from './entity-types';
import { canonicalPlace, demonymOf, placeKind } from './places';
import nameParts from './data/name-parts.json';
import titleData from './data/titles.json';
import { ownCopy } from './text';
import { RecentSpellings } from './recent-spellings';
import { GIVEN_NAMES, HONORIFICS, honorificBefore } from './word-facts';

// Title words a detector might leave inside a person's span ("Vice Premier Liu He"): dropped from the name.
const TITLE_WORDS = new Set([...titleData.offices, ...titleData.ranks, ...titleData.departments]);
// Words that never identify a person on their own: "Donald J. Trump" is keyed donald…trump, and "Jr." is no surname.
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;
const ORG_FILLERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * What a spelling says about itself. It depends on nothing but the spelling, so one form serves every mention
 * written that way in every article (see readNames); the lazily filled fields are facts of the spelling too.
 * Every form is made by makeForm with all its fields, in one order: forms of one shape keep each property read in
 * linking's loops to one hidden class (fields added later, or a spread copy, made those reads polymorphic).
 */
interface NameForm {
  /** The name as written, minus possessive, leading "the" and titles: "Mnuchin", "U.S.", "White House". */
  readonly display: string;
  /** Lower-case words that identify it, without initials and suffixes: ["donald", "trump"] for "Donald J. Trump". */
  readonly keys: readonly string[];
  /** "Mr." when an honorific stands right before the span ("Mr. Liu"): set on a per-mention copy only. */
  readonly honorific: string | undefined;
  /** The standard place name, once looked up: null when it is no country or capital. */
  place: string | null | undefined;
  key: string | undefined;
  /** "person:donald trump": the first and last key words. */
  personKey: string | undefined;
  /** "person:trump": the first key word alone. */
  bareKey: string | undefined;
  initials: string[] | undefined;
  /** An acronym's letters without dots ("U.S." → "US"), once tested: null when the display is no acronym. */
  acronym: string | null | undefined;
}

function makeForm(display: string, keys: readonly string[], honorific: string | undefined): NameForm {
  return { display, keys, honorific, place: undefined, key: undefined, personKey: undefined, bareKey: undefined, initials: undefined, acronym: undefined };
}

/** A per-mention copy of a shared form with the honorific before it; the facts found so far come along. */
function withHonorific(form: NameForm, honorific: string): NameForm {
  const copy = makeForm(form.display, form.keys, honorific);
  copy.place = form.place;
  copy.key = form.key;
  copy.personKey = form.personKey;
  copy.bareKey = form.bareKey;
  copy.initials = form.initials;
  copy.acronym = form.acronym;
  return copy;
}

/** Other names are keyed by their words: "name:white house" (places by their standard name, people by "person:…"). */
function nameKey(form: NameForm): string {
  return (form.key ??= `name:${form.display.toLowerCase()}`);
}

function personKey(form: NameForm): string {
  return (form.personKey ??= `person:${form.keys[0]} ${form.keys[form.keys.length - 1]}`);
}

function bareKey(form: NameForm): string {
  return (form.bareKey ??= `person:${form.keys[0]}`);
}

/** "US" for "U.S.", undefined when the display is no acronym ("WTO", "U.S.": two to eight capitals, each maybe dotted). */
function acronymOf(form: NameForm): string | undefined {
  if (form.acronym === undefined) form.acronym = ACRONYM.test(form.display) ? form.display.replace(/\./g, '') : null;
  return form.acronym ?? undefined;
}

function placeOf(form: NameForm): string | undefined {
  if (form.place === undefined) form.place = canonicalPlace(form.display) ?? null;
  return form.place ?? undefined;
}

/**
 * The clusters of an article, by number, in parallel arrays: annotating needs no more than each one's name, so
 * a cluster costs no object or member list of its own (buildEntities gathers the members when asked).
 */
interface Clusters {
  person: boolean[];
  place: Array<string | undefined>;
  /** A place's standard name, else the fullest form joined so far (see formScore). */
  name: string[];
  /** formScore of `name`: Infinity for a place's, which no form replaces. */
  nameScore: number[];
  /** The mentions in the order they joined: an entity's type is counted in that order. */
  joined: number[];
}

/** The linked mentions, and their entities made when first asked for. */
export interface Linking {
  mentions: EntityMention[];
  entities: () => Entity[];
}

export function linkMentions(text: string, raw: readonly RawMention[]): { mentions: EntityMention[]; entities: Entity[] } {
  const { mentions, entities } = linkMentionsLazily(text, raw);
  return { mentions, entities: entities() };
}

/**
 * linkMentions, with the entities (aliases, names in other scripts, mention lists) made only when they are read:
 * annotating reads the mentions alone, and each mention's canonical name is all it needs of its entity.
 */
export function linkMentionsLazily(text: string, raw: readonly RawMention[]): Linking {
  const forms = readNames(text, raw);
  const types: EntityType[] = raw.map((mention) => mention.type);
  // Plain arrays rather than typed ones: a typed array this size gets a backing store of its own off the heap,
  // which costs more to make and to collect than the array does, and this runs for every article.
  const clusterOf: number[] = new Array<number>(raw.length).fill(-1);
  const clusters: Clusters = { person: [], place: [], name: [], nameScore: [], joined: [] };
  const join = (index: number, cluster: number) => {
    clusterOf[index] = cluster;
    clusters.joined.push(index);
    // The fullest form, kept up as mentions join: a later form must score higher to replace the first.
    const display = forms[index].display;
    if (display === clusters.name[cluster]) return;
    const score = formScore(display);
    if (score > clusters.nameScore[cluster]) {
      clusters.name[cluster] = display;
      clusters.nameScore[cluster] = score;
    }
  };
  const keyed = new Map<string, number>();
  const clusterFor = (key: string, person: boolean, place?: string) => {
    let id = keyed.get(key);
    if (id === undefined) {
      id = clusters.person.push(person) - 1;
      clusters.place.push(place);
      clusters.name.push(place ?? '');
      clusters.nameScore.push(place !== undefined ? Infinity : -1);
      keyed.set(key, id);
    }
    return id;
  };

  // 0. "Vantrell Grayson" in an article about "Vantrell Grayson Securities LLC": the leading words of an
  // organisation's name in the same article name that organisation, though they read like a person's.
  const longOrganizations = organizationsOfThreeWords(forms, types);
  if (longOrganizations) {
    for (let i = 0; i < raw.length; i++) if (types[i] === 'PERSON' && forms[i].keys.length >= 2 && !forms[i].honorific && opensOrganization(forms[i].display, longOrganizations)) types[i] = 'ORG';
  }

  // 0b. "Okonjo" in an article about "Okonjo Holdings": a lone name with no form of address and no age after it
  // is the firm that bears it, though its founders are named too ("Adaeze Okonjo"): news gives a person who shares
  // the firm's name a form of address or the full name, and "Ms Okonjo, 74," stays her.
  // The firms' first words are gathered only for an article with such a lone name, and then once.
  let firmHeads: Set<string> | null | undefined;
  const isFirmHead = (word: string) => (firmHeads === undefined ? (firmHeads = firstWordsOfOrganizations(forms, types)) : firmHeads)?.has(word) === true;
  for (let i = 0; i < raw.length; i++) {
    if (types[i] !== 'PERSON' || forms[i].keys.length !== 1 || forms[i].honorific || !isFirmHead(forms[i].display)) continue;
    if (!AGE_AFTER.test(text.slice(raw[i].end, raw[i].end + 6))) types[i] = 'ORG';
  }

  // 1. Full names, in any order: "Trump" before "Donald Trump" still finds Donald Trump.
  const byLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  // "Nur Aisyah" after "Nur Aisyah Rahman": the first two words of exactly one longer name are that person.
  let openings: Map<string, string | null> | undefined;
  forms.forEach((form, i) => {
    if (types[i] !== 'PERSON' || form.keys.length < 3) return;
    const opening = `${form.keys[0]} ${form.keys[1]}`;
    const key = personKey(form);
    openings ??= new Map();
    openings.set(opening, openings.has(opening) && openings.get(opening) !== key ? null : key);
  });
  forms.forEach((form, i) => {
    if (types[i] !== 'PERSON' || form.keys.length < 2) return;
    const first = form.keys[0];
    const last = form.keys[form.keys.length - 1];
    const longer = form.keys.length === 2 ? openings?.get(`${first} ${last}`) : undefined;
    const id = clusterFor(longer ?? personKey(form), true);
    join(i, id);
    addUnique(byLast, last, id);
    // Surname-first names ("Xi Jinping", "Liu He") are the two-word ones; "Xi" alone means the first word.
    if (form.keys.length === 2) addUnique(byFirst, first, id);
  });

  // 2. Lone words: a surname (or a surname-first family name) of exactly one person joins that person; one that
  // fits two ("Wang" with Wang Yang and Wang Shouwen) stays a person of its own rather than a guess.
  const personWords = (i: number) => {
    const word = forms[i].keys[0];
    return byLast.get(word) ?? byFirst.get(word);
  };
  const loneWord = (i: number) => clusterOf[i] < 0 && forms[i].keys.length === 1;
  const personish = (i: number) => types[i] === 'PERSON' || forms[i].honorific !== undefined;
  for (let i = 0; i < raw.length; i++) {
    if (!loneWord(i) || !personish(i)) continue;
    const candidates = personWords(i);
    join(i, candidates?.length === 1 ? candidates[0] : clusterFor(bareKey(forms[i]), true));
    types[i] = 'PERSON';
  }
  // A lone word the tagger typed ORG or MISC ("Mnuchin" as an organization) that is a known person's name. A
  // place the tagger saw ("Virginia", a state and a given name) stays a place: only a surname, or the family
  // name of a surname-first name that is no given name ("Xi"), makes it a person.
  for (let i = 0; i < raw.length; i++) {
    if (!loneWord(i) || placeOf(forms[i]) !== undefined || demonymOf(forms[i].display) !== undefined) continue;
    if (types[i] === 'LOC' && placeKind(forms[i].display) !== undefined) continue;
    // "ATLANTA —" opening a dateline is the place, whoever "Atlanta Journal-Constitution" was taken for.
    if (types[i] === 'LOC' && !hasLowerCase(forms[i].display)) continue;
    const word = forms[i].keys[0];
    // The article's own small Map first: most lone words are no one's first word, and then the 8,400 given names need no asking.
    const candidates = byLast.get(word) ?? (byFirst.has(word) && !GIVEN_NAMES.has(forms[i].display) ? byFirst.get(word) : undefined);
    const bare = bareKey(forms[i]);
    if (!candidates && !keyed.has(bare)) continue;
    // "Okonjo" beside "Okonjo Holdings" and "Adaeze Okonjo" was settled as the firm (0b).
    if (types[i] === 'ORG' && isFirmHead(forms[i].display)) continue;
    join(i, candidates?.length === 1 ? candidates[0] : clusterFor(bare, true));
    types[i] = 'PERSON';
  }

  // 3. Places by their standard name, everything else by its words; multi-word organizations are indexed by
  // their initials ("World Trade Organization" → WTO) and first word ("Xinhua News Agency" → Xinhua).
  const byInitials = new Map<string, number[]>();
  const byOrgWord = new Map<string, number[]>();
  const deferred: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (clusterOf[i] >= 0) continue;
    const form = forms[i];
    const place = placeOf(form);
    if (place !== undefined) {
      join(i, clusterFor(place, false, place));
    } else if (form.keys.length === 1 && (types[i] === 'ORG' || acronymOf(form) !== undefined)) {
      deferred.push(i);
    } else {
      const id = clusterFor(nameKey(form), false);
      join(i, id);
      if (types[i] === 'ORG' && form.keys.length > 1) {
        for (const initials of (form.initials ??= initialsOf(form.display))) addUnique(byInitials, initials, id);
        addUnique(byOrgWord, form.keys[0], id);
      }
    }
  }
  for (const i of deferred) {
    const form = forms[i];
    const acronym = acronymOf(form);
    const candidates = acronym !== undefined ? byInitials.get(acronym) : byOrgWord.get(form.keys[0]);
    if (candidates?.length === 1) {
      join(i, candidates[0]);
      types[i] = 'ORG';
    } else {
      join(i, clusterFor(nameKey(form), false));
    }
  }

  const names = clusters.name;
  const mentions: EntityMention[] = raw.map((mention, i) => ({ start: mention.start, end: mention.end, type: types[i], entity: names[clusterOf[i]] }));
  let entities: Entity[] | undefined;
  return { mentions, entities: () => (entities ??= buildEntities(text, raw, forms, types, clusterOf, clusters)) };
}

/** The entities of the clusters, in order of first mention. */
function buildEntities(
  text: string, raw: readonly RawMention[], forms: NameForm[], types: EntityType[], clusterOf: readonly number[], clusters: Clusters,
): Entity[] {
  const count = clusters.name.length;
  const members: number[][] = Array.from({ length: count }, () => []);
  for (const i of clusters.joined) members[clusterOf[i]].push(i);
  // 4. Names in another script right after a mention: "Xi Jinping (習近平)"; a Set for the few clusters that have one.
  const natives = new Array<Set<string> | undefined>(count);
  for (let i = 0; i < raw.length; i++) {
    const native = nativeNameAfter(text, raw[i].end);
    if (native) (natives[clusterOf[i]] ??= new Set()).add(native);
  }
  // By cluster; each entity's mentions array is made at its final size (an open article keeps its table).
  const entityOf = new Array<Entity | undefined>(count);
  const filled: number[] = new Array<number>(count).fill(0);
  const entities: Entity[] = [];
  for (let i = 0; i < raw.length; i++) {
    const id = clusterOf[i];
    const name = clusters.name[id];
    let entity = entityOf[id];
    if (!entity) {
      const native = natives[id];
      const nativeNames = native ? [...native] : [];
      const type = clusters.person[id] ? 'PERSON' : clusters.place[id] ? 'LOC' : mostCommonType(members[id], types);
      entity = { name, type, aliases: [], nativeNames, mentions: new Array<number>(members[id].length), roles: [] };
      entityOf[id] = entity;
      entities.push(entity);
    }
    entity.mentions[filled[id]++] = i;
    const { display, honorific } = forms[i];
    if (display !== name && !entity.aliases.includes(display)) entity.aliases.push(display);
    if (honorific && !entity.aliases.includes(`${honorific} ${display}`)) entity.aliases.push(`${honorific} ${display}`);
  }
  // An array grown by push keeps room for 16 more: cut to size.
  for (const entity of entities) if (entity.aliases.length > 0) entity.aliases = entity.aliases.slice();
  return entities;
}

/** The longest form wins a cluster's name, preferring one not in ALL CAPS (a headline's "XI JINPING" loses to "Xi Jinping"); the first on ties. */
const formScore = (display: string) => display.length + (hasLowerCase(display) ? 1000 : 0);

/** Whether upper-casing would change the text, read by character codes (no upper-case copy). */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code > 127 && s[i] !== s[i].toUpperCase()) return true;
  }
  return false;
}

/** The type most of a cluster's members have, the first to get there on ties. */
function mostCommonType(members: readonly number[], types: EntityType[]): EntityType {
  let best = types[members[0]];
  if (members.length === 1) return best;
  // Counted in four numbers, not a Map per cluster.
  const counts = [0, 0, 0, 0];
  for (const i of members) {
    const type = types[i];
    const count = ++counts[TYPE_INDEX[type]];
    if (count > counts[TYPE_INDEX[best]]) best = type;
  }
  return best;
}

const TYPE_INDEX: Record<EntityType, number> = { PERSON: 0, ORG: 1, LOC: 2, MISC: 3 };

/**
 * Forms by spelling, for the life of the process: China is named in most articles of a folder, and fifteen
 * times in some, and each spelling is read once. Past the limit the cache starts again.
 */
const PERSON_FORMS = new Map<string, NameForm>();
const OTHER_FORMS = new Map<string, NameForm>();
const FORM_CACHE_LIMIT = 20000;
/** The forms met last, read from the text before the Maps above are asked (see RecentSpellings). */
const RECENT_PERSON_FORMS = new RecentSpellings<NameForm>();
const RECENT_OTHER_FORMS = new RecentSpellings<NameForm>();

/** Name forms of every mention. */
function readNames(text: string, raw: readonly RawMention[]): NameForm[] {
  const forms = new Array<NameForm>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const mention = raw[i];
    const person = mention.type === 'PERSON';
    const recent = person ? RECENT_PERSON_FORMS : RECENT_OTHER_FORMS;
    let form = recent.get(text, mention.start, mention.end);
    if (!form) {
      form = formOf(text.slice(mention.start, mention.end), person);
      recent.set(text, mention.start, mention.end, form);
    }
    const honorific = honorificBefore(text, mention.start);
    forms[i] = honorific ? withHonorific(form, honorific) : form;
  }
  return forms;
}

/** The form of a spelling, read once per process (see PERSON_FORMS). */
function formOf(written: string, person: boolean): NameForm {
  const cache = person ? PERSON_FORMS : OTHER_FORMS;
  let form = cache.get(written);
  if (!form) {
    if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
    // A copy: a slice would keep the whole article alive for as long as the cache holds its form (whose
    // display is cut from the same string).
    const spelling = ownCopy(written);
    form = readName(spelling, person);
    cache.set(spelling, form);
  }
  return form;
}

function readName(written: string, person: boolean): NameForm {
  let display = MESSY_SPACE.test(written) ? written.replace(/\s+/gu, ' ') : written;
  display = stripPossessive(display);
  if (!person && (display.startsWith('the ') || display.startsWith('The ') || display.startsWith('THE '))) display = display.slice(4);
  let words = display.split(' ');
  if (person) {
    let drop = 0;
    while (drop < words.length - 1 && isTitleOrHonorific(words[drop])) drop++;
    if (drop > 0) {
      words = words.slice(drop);
      display = words.join(' ');
    }
  }
  const keys: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    const initial = word.length === 1 || (word.length === 2 && word.endsWith('.'));
    if (!initial && !NAME_SUFFIXES.has(lower)) keys.push(lower);
  }
  if (keys.length === 0) keys.push(words[words.length - 1].toLowerCase());
  return makeForm(display, keys, undefined);
}

const MESSY_SPACE = /\s\s|[\t\n\r\u00a0]/;

/** Detection strips the possessive, but a stray "Trump’s" (or "Reuters’") must still be Trump. */
function stripPossessive(name: string): string {
  const n = name.length;
  const last = name.charCodeAt(n - 1);
  const apostrophe = (code: number) => code === 0x2019 || code === 0x27;
  if ((last === 0x73 || last === 0x53) && n > 2 && apostrophe(name.charCodeAt(n - 2))) return name.slice(0, -2);
  if (apostrophe(last) && n > 1 && (name.charCodeAt(n - 2) | 0x20) === 0x73) return name.slice(0, -1);
  return name;
}

function isTitleOrHonorific(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower);
}

/** ", 74,": a person's age after the name. */
const AGE_AFTER = /^, \d{1,3}\b/;

/**
 * The first words of the article's organisations' names of two words or more ("Okonjo" of "Okonjo Holdings",
 * "Crossley" of "Crossley & Hatch"), but not of a name given after a person ("V.K. Mehta Foundation"); null when
 * there are none.
 */
function firstWordsOfOrganizations(forms: readonly NameForm[], types: readonly EntityType[]): Set<string> | null {
  let heads: Set<string> | null = null;
  for (let i = 0; i < forms.length; i++) {
    if (types[i] !== 'ORG' || forms[i].keys.length < 2) continue;
    const display = forms[i].display;
    const space = display.indexOf(' ');
    const next = display.indexOf(' ', space + 1);
    if (!NAMED_AFTER_PERSON.has(display.slice(space + 1, next < 0 ? undefined : next))) (heads ??= new Set()).add(display.slice(0, space));
  }
  return heads;
}

/** The article's organisations' names of three words or more, or undefined when it names none that long. */
function organizationsOfThreeWords(forms: readonly NameForm[], types: readonly EntityType[]): string[] | undefined {
  let names: string[] | undefined;
  for (let i = 0; i < forms.length; i++) if (types[i] === 'ORG' && forms[i].keys.length >= 3) (names ??= []).push(forms[i].display);
  return names;
}

/**
 * Whether `name` (two words or more) is the leading words, not all, of one of the organisations' names, and not
 * those of a name given after a person ("V.K. Mehta Foundation", "Van Rijckevorsel & Zonen"), whose leading words
 * are that person. Each name is checked by its first characters before it is cut into words: most match none.
 */
function opensOrganization(name: string, organizations: readonly string[]): boolean {
  for (const organization of organizations) {
    // A space after the name's last character: the organisation has words past it.
    if (organization.length <= name.length + 1 || organization.charCodeAt(name.length) !== 32 || !organization.startsWith(name)) continue;
    const words = organization.split(' ');
    const count = name.split(' ').length;
    let afterPerson = false;
    for (let n = 2; n <= count && !afterPerson; n++) afterPerson = NAMED_AFTER_PERSON.has(words[n]!);
    if (!afterPerson) return true;
  }
  return false;
}

const NAMED_AFTER_PERSON = new Set(nameParts.namedAfterPersonHeads);

/** "World Trade Organization" → WTO; "Bank of America" → BOA and BA; "US-China Business Council" → UCBC. */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/u).filter((w) => w.length > 0);
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const content = words.filter((w) => !ORG_FILLERS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
  return all === content ? [all] : [content, all];
}

// A name in another script, in round or full-width brackets right after the mention: "Xi Jinping (習近平)",
// "Wang Yang（汪洋）", "Sergei Lavrov (Сергей Лавров)". Latin text in brackets is an abbreviation or a note, not a name.
const NATIVE_AFTER = /[ \u00a0]*[(（]\s*([^()（）\n]{1,40}?)\s*[)）]/uy;
// Constants: a pattern with \p{…} written inside a function is built anew at every call in the bundle.
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

function nativeNameAfter(text: string, end: number): string | undefined {
  let at = end;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0) at++;
  if (text.charCodeAt(at) !== 0x28 && text.charCodeAt(at) !== 0xff08) return undefined;
  NATIVE_AFTER.lastIndex = end;
  const match = NATIVE_AFTER.exec(text);
  if (!match) return undefined;
  const inner = match[1];
  return LETTER.test(inner) && !LATIN.test(inner) ? inner : undefined;
}

function addUnique(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
