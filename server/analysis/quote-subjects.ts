// Who a stretch of text names as a speaker: "Mnuchin and Ross", "Jacob Parker, vice president of …", "she",
// "the embassy", "a senior US official". Named people and organisations resolve to their entity's canonical
// name; pronouns to the nearest person (or organisation) that fits; anything else is kept as a description.
import { EntityMention } from './entity-types';
import { TITLE_HEADS, TITLE_WORDS } from './word-facts';
import { Span } from './text';
import { demonymOf } from './places';
import cues from './data/quote-cues.json';
import { countWordsUpTo, firstWord, WORD } from './quote-kinds';
import { acronymExpansions } from './acronyms';
import { Couple, findCouples } from './couples';
import { clauses, CLAUSE_WORDS, lastWord, OPENS_UPPER_CASE, placeEnd, PLACE_PREPOSITIONS } from './clause-text';
import { FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, PersonGenders } from './person-gender';

export interface Subject {
  speakers: string[];
  named: boolean;
  span: Span;
  pronoun: boolean;
}

/**
 * The speaker before, whom a pronoun or "the official" may mean: a function, so that it is worked out only where
 * it is read (see SubjectFinder.deferred). Most cues name their speaker and never ask.
 */
export type LastSpeaker = () => Subject | undefined;
export const NO_SPEAKER: LastSpeaker = () => undefined;

/** Pronoun → what it refers to. A Map, not the JSON object: "constructor" or "toString" must not look like pronouns. */
const PRONOUNS = new Map(Object.entries(cues.pronouns as Record<string, string>));
/** No pronoun is longer: the longer word before a speech verb ("Okafor said") is not cut out and lower-cased to ask. */
const LONGEST_PRONOUN = Math.max(...[...PRONOUNS.keys()].map((pronoun) => pronoun.length));
const CUE_VERBS = new Set(cues.cueVerbs);
const CONJUNCTIONS = new Set(cues.conjunctions);
const RELATIVES = new Set(cues.relatives);
const ORGANIZATION_NOUNS = new Set(cues.organizationNouns);
const STATEMENT_NOUNS = new Set(cues.statementNouns);
const COUPLE_NOUNS = new Set(cues.coupleNouns);
const AUXILIARIES = new Set(cues.auxiliaries);
const ASIDE_PREPOSITIONS = new Set(cues.asidePrepositions);
const ALIAS_OPENINGS = new Set(cues.aliasOpenings);
/** A Map-like record read only for its own keys: "constructor" is no title. */
const TITLE_ABBREVIATIONS: Record<string, string[]> = Object.assign(Object.create(null), cues.titleAbbreviations);
/** A phrase that ends in someone's relation to a person named before: "… read by his lawyer". */
const POSSESSED_NOUN_END = /\b(?:his|her|their|its)\s+\p{Ll}+$/u;
/** "the two mayors", "both leaders": a description of a pair. */
const PAIR_START = new RegExp(`^(?:${cues.pairWords.join('|')})\\s`, 'i');
/**
 * What joins two people named together: "Ann Kessler and Hal Briggs", "… Brandvold of Minnesota and Lucinda …",
 * "Lena Sokol and her husband, Pavel Sokol".
 */
const PAIR_JOIN = new RegExp(`^(?:\\s+of(?:\\s+\\p{Lu}[\\p{L}.’'-]*)+)?,?\\s+and\\s+(?:(?:his|her)\\s+(?:${cues.relatives.join('|')}),\\s+)?$`, 'u');
/** What may follow a name in its own phrase: "Governor Wendell Pruitt of Arizona". */
const NAME_PHRASE_END = /^(?:\s+of(?:\s+\p{Lu}[\p{L}.’'-]*)+)?\s*$/u;
/** What comes between a person and a relative in apposition: "’s daughter, ". */
const RELATION = /^[’']s\s+(\p{Ll}+),\s*$/u;
/** A person's full name: capitalised words alone ("Ruth Marchetti", not the firm "Marchetti & Marchetti"). */
const FULL_NAME = /^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)+$/u;
/** "the Finn", "the Dutchman": the article and one capitalised word, the whole clause. */
const EPITHET = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u;

// At module level: the bundler writes a pattern with \p{Lu} or \p{Ll} as `new RegExp(…)`, which in a function
// body would be compiled again on every call.
const PLURAL_NOUN = /^\p{Ll}[\p{L}]*s$|^(?:people|police|staff)$/u;
const LOWER_CASE_PARTICIPLE = /^\p{Ll}{3,}ing$/u;
const CAPITALISED_WORDS_LAST = /(?:\p{Lu}[\p{L}.’'-]*\s+)+$/u;
const LOWER_CASE_WORD_LAST = /(?:^|\s)(\p{Ll}+)\s+$/u;
/** A description that opens with whose it is: "Its chief executive", "Their secretary". */
const POSSESSIVE_START = /^(?:its|their|his|her)\s/i;
/** A description of one unnamed person or thing: "a Labour MP", "one engineer". */
const INDEFINITE_START = /^(?:a|an|one)\s/i;
/** A person's age in apposition: "Ida Marsh, 71,". */
const AGE = /^\d{1,3}$/;
/** What a description of an organisation in apposition opens with: "Brindle Foods, the largest maker of …,". */
const ARTICLE_START = /^(?:a|an|the)\s/i;
/** How far back a pair named together can be for "the two mayors". */
const PAIR_REACH = 1500;
const RELATIVE = /^\s*(?:who|which|whose|whom|that)\b/i;
/** A sentence that opens with an unnamed person: "A bus driver, who …", "One commuter, a nurse …". */
const INDEFINITE_PERSON_OPENING = /(?:^\s*|[.!?][”"’]?\s+)((?:A|An|One)\s[^,.;:\n“”"]{1,60}?),\s+(?:who\s|an?\s)/gu;
/** How both of those open; most paragraphs have neither, and this one pass says so. */
const INDEFINITE_OPENING = /(?:^\s*|[.!?][”"’]?\s+)(?:A|An|One)\s/u;
/** A sentence whose subject is an unnamed person who speaks: "A currency trader in Oslo said …". */
const INDEFINITE_SPEAKER_OPENING = new RegExp(
  `(?:^\\s*|[.!?][”"’]?\\s+)((?:A|An|One)\\s[^,.;:\\n“”"]{1,60}?)\\s+(?:${cues.cueVerbs.filter((verb) => !verb.endsWith('ing')).join('|')})\\s`,
  'gu',
);
/** A sentence that opens with a clause before its subject: "Asked whether …,", "After the match,", "Smiling,". */
const OPENING_CLAUSE = new RegExp(`^(?:\\p{Lu}\\p{Ll}+(?:ed|ing)|${cues.openingSubordinators.join('|')})\\b`, 'u');
/** A description opens with one of these: "a senior US official", "the embassy", "two people familiar with …". */
const DESCRIPTION_WORDS = 'a|an|the|these|those|one|two|three|several|some|many|most|other|another|senior|officials?|people|sources?|analysts?|experts?|critics?|residents?|witnesses?';
const DESCRIPTION_START = new RegExp(`^(?:${DESCRIPTION_WORDS})\\b`, 'i');
/** A short described subject after "that" or "which" at the end of a clause: "a decision that one member". */
const RELATIVE_SUBJECT = new RegExp(`\\s(?:that|which)\\s+((?:${DESCRIPTION_WORDS})\\b(?:\\s+[\\p{L}-]+){0,3})$`, 'iu');

/** An article's mentions and text, with what speaker resolution learns about them on the way. */
export class SubjectFinder {
  private readonly genders: PersonGenders;
  private readonly fullNames = new Map<string, string>();
  /**
   * The anonymous speakers met so far, as first described ("a senior Senate aide"): "the aide" is the same one. Each
   * is kept with the moment it was met in the order the parse asks (`descriptionTimes`, see `deferred`), in that order.
   */
  private readonly descriptions: string[] = [];
  private readonly descriptionTimes: number[] = [];
  /** The names the article's acronyms stand for, read when a speaker is first an acronym. */
  private acronyms: Map<string, string> | undefined;
  /** The couples named with one surname ("Marta and Luis Ferreira"), read when first needed. */
  private couplesFound: Couple[] | undefined;
  /** What `deferred` put off, oldest first, with the moment each was asked for; run ones are passed over. */
  private readonly pending: { time: number; run: () => void; done: boolean }[] = [];
  /** The first of `pending` that may not have run. */
  private firstPending = 0;
  /** The moment of what runs now: odd in the parse's own order, even inside a deferred computation (see `deferred`). */
  private now = 1;

  /**
   * `mentions` are the names a speaker can be (a byline's author is not one); `paragraphStart` gives the start of
   * the paragraph an offset is in, where a pronoun looks first.
   */
  constructor(
    private readonly text: string,
    private readonly mentions: readonly EntityMention[],
    private readonly paragraphStart: (offset: number) => number,
  ) {
    this.genders = new PersonGenders(text, mentions);
  }

  /**
   * A value worked out when first read, if ever. The one thing resolution changes as it goes is `descriptions`, which
   * later resolutions read; so each description is kept with the moment it would have been met had the value been
   * worked out when asked for (an even moment between the parse's odd ones), and a reading sees only those met before
   * it, after whatever was deferred before it has run: the answers are the same. What is never read, and is not before
   * a reading of the descriptions, never runs (running everything before a value read cost more: most of it was never
   * needed). A deferred computation may read only values deferred before it.
   */
  deferred<T>(compute: () => T): () => T {
    let result: { value: T } | undefined;
    const entry = {
      time: this.now + 1,
      done: false,
      run: () => {
        if (entry.done) return;
        entry.done = true;
        const outer = this.now;
        this.now = entry.time;
        try {
          result = { value: compute() };
        } finally {
          this.now = outer;
        }
      },
    };
    this.pending.push(entry);
    this.now += 2;
    return () => {
      entry.run();
      return result!.value;
    };
  }

  /** Runs, oldest first, what was deferred before this moment and has not run: a reading of the descriptions needs it. */
  private runPendingBefore(time: number): void {
    for (let i = this.firstPending; i < this.pending.length && this.pending[i]!.time < time; i++) this.pending[i]!.run();
    while (this.firstPending < this.pending.length && this.pending[this.firstPending]!.done) this.firstPending++;
  }

  /** Adds a description met now, after those met before it (a deferred computation may run after later ones). */
  private addDescription(description: string): void {
    let at = this.descriptions.length;
    while (at > 0 && this.descriptionTimes[at - 1]! > this.now) at--;
    this.descriptions.splice(at, 0, description);
    this.descriptionTimes.splice(at, 0, this.now);
  }

  /**
   * The speaker a clause before a cue verb names ("Eswar Prasad, a China expert at Cornell University," or
   * ", a senior US official"). The last comma-separated piece is the subject unless it is an apposition or a
   * relative clause, in which case the name before it is.
   */
  subjectBefore(from: number, to: number, previous: LastSpeaker): Subject | undefined {
    const pieces = clauses(this.text, from, to);
    // "the two negotiators, had told": the auxiliary a comma cut off is no subject.
    while (pieces.length > 1 && this.onlyAuxiliaries(pieces[pieces.length - 1]!)) pieces.pop();
    // "Tom Reyes, in a statement read by his lawyer, Ann Wu, said": the lawyer's name belongs to the aside, and the
    // aside ("in a statement issued on Friday") is never the subject.
    if (pieces.length > 2 && this.isAside(pieces[pieces.length - 2]!) && POSSESSED_NOUN_END.test(this.pieceText(pieces[pieces.length - 2]!)) && this.personSpanning(pieces[pieces.length - 1]!)) pieces.pop();
    while (pieces.length > 1 && this.isAside(pieces[pieces.length - 1]!)) pieces.pop();
    while (pieces.length > 1) {
      if (RELATIVE.test(this.pieceText(pieces[pieces.length - 1]!))) {
        pieces.pop();
        continue;
      }
      const name = this.nameBeforeAppositions(pieces);
      if (name === undefined) break;
      pieces.length = name + 1;
    }
    let clause = pieces[pieces.length - 1];
    if (!clause) return undefined;
    // "…, she said": the word right before the verb decides first.
    const last = lastWord(this.text, clause.start, clause.end);
    const pronounKind = last && last.end - last.start <= LONGEST_PRONOUN ? PRONOUNS.get(this.text.slice(last.start, last.end).toLowerCase()) : undefined;
    if (pronounKind !== undefined) return this.resolvePronoun(last!, previous, pronounKind);
    const named = this.family(clause) ?? this.epithet(clause, previous) ?? this.named(clause.start, clause.end) ?? this.unrecognisedName(clause);
    // "one Labour MP from a rural seat said": an organisation inside an indefinite description only says which one.
    const describedMember = named && INDEFINITE_START.test(this.pieceText(clause)) && !named.speakers.some((name) => this.isPerson(name));
    if (named && !describedMember) return named;
    // Only a short noun phrase right before the verb is a subject ("a senior US official", "U.S. officials", "analysts"),
    // without the conjunction that joins its clause to the one before (", though officials said").
    const first = firstWord(this.text, clause.start, clause.end);
    if (first && CONJUNCTIONS.has(this.text.slice(first.start, first.end).toLowerCase())) clause = { start: first.end, end: clause.end };
    // "a decision that one member warned could …": the relative clause has a subject of its own.
    const relative = RELATIVE_SUBJECT.exec(this.pieceText(clause));
    if (relative) clause = { start: clause.end - relative[1]!.length, end: clause.end };
    const words = this.text.slice(clause.start, clause.end).match(WORD) ?? [];
    // Counted up to a relative clause about a person, as after the verb: "A Dutch team doctor who declined to be
    // named said". Not "that": "As one that's battled hard through many a broken dream Let me say" is no subject.
    const own = words.findIndex((w, i) => i > 0 && /^who$/i.test(w));
    if (words.length === 0 || (own < 0 ? words.length : own) > 8 || !(DESCRIPTION_START.test(words[0]!) || (words.length <= 4 && PLURAL_NOUN.test(words[words.length - 1]!)))) return undefined;
    return this.described(clause.start, clause.end, previous, true);
  }

  /** The speaker right after an inverted cue: "said Jacob Parker, vice president of …", "said the news agency". */
  subjectAfter(from: number, to: number, previous: LastSpeaker): Subject | undefined {
    // The first piece and the one after it are all that is read: "said the owner, Rose Tancredi, …".
    const pieces = clauses(this.text, from, to, 2);
    const clause = pieces[0];
    if (!clause) return undefined;
    const first = firstWord(this.text, clause.start, clause.end);
    if (!first) return undefined;
    const word = this.text.slice(first.start, first.end).toLowerCase();
    const pronounKind = PRONOUNS.get(word);
    if (pronounKind !== undefined && first.end === lastWord(this.text, clause.start, clause.end)?.end) return this.resolvePronoun(first, previous, pronounKind);
    // "said on Friday": the subject is elsewhere.
    if (CLAUSE_WORDS.has(word)) return undefined;
    // "said Jacob Parker, vice president …" names the speaker at once; "said the delegation stressed that …" is reported speech.
    const named = this.family(clause) ?? this.epithet(clause, previous) ?? this.named(clause.start, clause.end, true);
    if (named) return named;
    // Counted up to a relative clause: "said a produce supplier who sells to the chain and asked not to be named".
    const words = this.text.slice(clause.start, clause.end).match(WORD) ?? [];
    const own = words.findIndex((w, i) => i > 0 && RELATIVE.test(w));
    if ((own < 0 ? words.length : own) > 8) return undefined;
    // "said the owner, Rose Tancredi": a description that the next piece names.
    const apposed = DESCRIPTION_START.test(words[0] ?? '') && pieces[1] ? this.personSpanning(pieces[1]) : undefined;
    if (apposed) return { speakers: [this.fullName(apposed.entity)], named: true, span: { start: apposed.start, end: apposed.end }, pronoun: false };
    return this.described(clause.start, clause.end, previous);
  }

  /** The person whose mention is the whole piece, but for a courtesy title before it ("Mrs. Nadia Brook"). */
  private personSpanning(piece: Span): EntityMention | undefined {
    const index = this.mentionIndexBefore(piece.end);
    const m = index >= 0 ? this.mentions[index] : undefined;
    if (!m || m.type !== 'PERSON' || m.end !== piece.end || m.start < piece.start) return undefined;
    const title = this.text.slice(piece.start, m.start).trim().toLowerCase();
    return title === '' || FEMALE_WORDS.has(title) || MALE_WORDS.has(title) ? m : undefined;
  }

  /** The subject at the start of a sentence, for participle cues: "The Chinese embassy in Washington …, saying". */
  sentenceSubject(from: number, to: number, previous: LastSpeaker): Subject | undefined {
    const clause = clauses(this.text, from, to, 1)[0];
    if (!clause) return undefined;
    return this.named(clause.start, clause.end, true) ?? this.described(clause.start, clause.end, previous);
  }

  /**
   * The person a sentence opens with as its subject: "Top pupil Ada Obi, 18, wants …", or named in apposition
   * to a description that opens it, "One of them, Beatrice Onyango, 81, had walked …". Not a person who only
   * owns the subject ("Maria Voss’s branch closed").
   */
  personOpening(sentence: Span): Subject | undefined {
    // The first piece and the one after it, unless the sentence opens with a clause: this is asked of every sentence
    // of the paragraph before a quote, and most are not cut up further.
    const pieces = clauses(this.text, sentence.start, sentence.end, 2);
    if (pieces.length === 0) return undefined;
    // "Asked whether Jonah Pike … would stay, Marta Quill laughed": after an opening clause, the main clause's subject
    // is a person who opens a later piece, or the one "he" or "she" there means ("Sitting in the dugout, he talked …").
    if (OPENING_CLAUSE.test(this.pieceText(pieces[0]!))) {
      for (const piece of clauses(this.text, sentence.start, sentence.end).slice(1)) {
        const pronoun = firstWord(this.text, piece.start, piece.end);
        const kind = pronoun && PRONOUNS.get(this.text.slice(pronoun.start, pronoun.end).toLowerCase());
        if (pronoun && pronoun.start === piece.start && (kind === 'male' || kind === 'female')) return this.resolvePronoun(pronoun, NO_SPEAKER, kind);
        const index = this.mentionIndexBefore(piece.start) + 1;
        const m = this.mentions[index];
        if (m && m.start === piece.start && m.end <= piece.end && m.type === 'PERSON' && !/^[’']s?\b/.test(this.text.slice(m.end, m.end + 2))) {
          return { speakers: [this.fullName(m.entity)], named: true, span: { start: m.start, end: m.end }, pronoun: false };
        }
      }
      return undefined;
    }
    const first = pieces[0]!;
    let person: EntityMention | undefined;
    for (let i = this.mentionIndexBefore(first.start) + 1; i < this.mentions.length && this.mentions[i]!.end <= first.end; i++) {
      const m = this.mentions[i]!;
      if (m.start < first.start) continue;
      // "Bristol coach Len Dace praised …": a team or a place before a title word only says whose coach he is.
      const next = this.mentions[i + 1];
      if (m.type !== 'PERSON' && next?.type === 'PERSON' && next.end <= first.end && this.onlyTitleWords(m.end, next.start)) continue;
      if (m.type === 'PERSON' && this.leads(first.start, m) && !/^[’']s?\b/.test(this.text.slice(m.end, m.end + 2))) person = m;
      break;
    }
    // "One of them, Beatrice Onyango, …" and "Its chief executive, Carla Moss, …": the name in apposition.
    if (!person && pieces[1] && (DESCRIPTION_START.test(this.pieceText(first)) || POSSESSIVE_START.test(this.pieceText(first)))) person = this.personSpanning(pieces[1]);
    return person && { speakers: [this.fullName(person.entity)], named: true, span: { start: person.start, end: person.end }, pronoun: false };
  }

  /** People named in the span, joined by "and"; else the first organisation. */
  private named(from: number, to: number, leadingOnly = false): Subject | undefined {
    // The people and the first organisation inside, in one pass and with no list where there is none: this is
    // asked of nearly every clause before a speech verb.
    let people: EntityMention[] | undefined;
    let organization: EntityMention | undefined;
    for (let i = this.mentionIndexBefore(from) + 1; i < this.mentions.length && this.mentions[i]!.start < to; i++) {
      const m = this.mentions[i]!;
      if (m.start < from || m.end > to) continue;
      if (m.type === 'PERSON') (people ??= []).push(m);
      else if (m.type === 'ORG') organization ??= m;
    }
    if (people) {
      const chosen = [people[0]];
      for (let i = 1; i < people.length; i++) {
        // "Mnuchin and US Secretary of Commerce Wilbur Ross": the next name joined by "and".
        if (!/^,?\s+and\s/.test(this.text.slice(chosen[chosen.length - 1].end, people[i].start))) break;
        chosen.push(people[i]);
      }
      if (leadingOnly && !this.leads(from, chosen[0])) return undefined;
      // One person, most often: no set needed to keep each name once.
      const speakers = chosen.length === 1 ? [this.fullName(chosen[0]!.entity)] : [...new Set(chosen.map((m) => this.fullName(m.entity)))];
      return { speakers, named: true, span: { start: chosen[0].start, end: chosen[chosen.length - 1].end }, pronoun: false };
    }
    // "a barman at Quayside Tavern said": the organisation is where the one described works, not who speaks.
    if (organization && this.placeOfDescription(from, organization)) return undefined;
    if (organization && (!leadingOnly || this.leads(from, organization))) {
      return { speakers: [this.spelledOut(organization.entity)], named: true, span: { start: organization.start, end: organization.end }, pronoun: false };
    }
    return undefined;
  }

  /** Whether `mention` follows "at", "in", "on" or "from" in a stretch that opens with "a", "an" or "one". */
  private placeOfDescription(from: number, mention: Span): boolean {
    const first = firstWord(this.text, from, mention.start);
    if (!first || !INDEFINITE_START.test(this.text.slice(first.start, mention.start))) return false;
    const before = lastWord(this.text, first.end, mention.start);
    return before !== undefined && PLACE_PREPOSITIONS.has(this.text.slice(before.start, before.end));
  }

  /**
   * One to three capitalised words right before a speech verb are a name even where the tagger missed it
   * ("Sallow said", with "sallow" an English word): the person of the article whose name ends so, or the words.
   */
  private unrecognisedName(clause: Span): Subject | undefined {
    // Counted first, without the list: most clauses that get here are longer.
    const count = countWordsUpTo(this.text, clause.start, clause.end, 4);
    if (count === 0 || count > 3) return undefined;
    const words = this.text.slice(clause.start, clause.end).match(WORD) ?? [];
    if (words.length === 0 || words.length > 3 || DESCRIPTION_START.test(words[0]!)) return undefined;
    if (!words.every((w) => OPENS_UPPER_CASE.test(w) && !CLAUSE_WORDS.has(w.toLowerCase()) && !PRONOUNS.has(w.toLowerCase()))) return undefined;
    const last = words[words.length - 1]!;
    const person = this.mentions.find((m) => m.type === 'PERSON' && (m.entity === last || m.entity.endsWith(` ${last}`)));
    return { speakers: [person?.entity ?? this.spelledOut(words.join(' '))], named: true, span: clause, pronoun: false };
  }

  /** "HPA" as the name the article spelled it out as, "Harbour Pilots’ Association"; any other name as it is. */
  private spelledOut(name: string): string {
    if (!/^[A-Z][A-Z&]+$/.test(name)) return name;
    this.acronyms ??= acronymExpansions(this.text);
    return this.acronyms.get(name) ?? name;
  }

  /** Whether the mention opens the span, after at most a few words ("the", "US President", "China's official"). */
  private leads(from: number, mention: Span): boolean {
    return countWordsUpTo(this.text, from, mention.start, 5) <= 4;
  }

  /**
   * "the Finn said": a person's name never takes "the", so a lone capitalised word after it that the tagger took
   * for a person is an epithet (a nationality, "the Dutchman") for someone named before, like a pronoun; and so is
   * a national's noun the gazetteer knows, typed MISC.
   */
  private epithet(clause: Span, previous: LastSpeaker): Subject | undefined {
    const match = this.epithetMatch(clause);
    if (!match) return undefined;
    const word = { start: clause.end - match[1]!.length, end: clause.end };
    const index = this.mentionIndexBefore(word.end);
    const mention = index >= 0 ? this.mentions[index] : undefined;
    if (!mention || mention.start !== word.start) return undefined;
    if (mention.type !== 'PERSON' && (mention.type !== 'MISC' || demonymOf(match[1]!) === undefined)) return undefined;
    return this.resolvePronoun(word, previous, 'person');
  }

  /**
   * Whether a piece opens with a preposition, "in a statement read by his lawyer", or is a phrase that opens with a
   * participle in lower case, "speaking on condition of anonymity" (a lone "including:" only introduces a list).
   */
  private isAside(piece: Span): boolean {
    const first = firstWord(this.text, piece.start, piece.end);
    if (!first) return false;
    const word = this.text.slice(first.start, first.end);
    return ASIDE_PREPOSITIONS.has(word.toLowerCase()) || (LOWER_CASE_PARTICIPLE.test(word) && first.end < piece.end);
  }

  /**
   * EPITHET's match of a clause ("the Finn", "the Ferreiras"). Its first three letters are read in place first: nearly
   * every clause before or after a speech verb is asked, and few open with "the".
   */
  private epithetMatch(clause: Span): RegExpExecArray | null {
    const at = clause.start;
    if (clause.end - at < 5 || (this.text.charCodeAt(at) | 0x20) !== 116 || this.text.charCodeAt(at + 1) !== 104 || this.text.charCodeAt(at + 2) !== 101) return null;
    return EPITHET.exec(this.text.slice(at, clause.end));
  }

  private pieceText(piece: Span): string {
    return this.text.slice(piece.start, piece.end);
  }

  /** Whether the text between two offsets is one or more lower-case title words and nothing else: " coach ", " head coach ". */
  private onlyTitleWords(from: number, to: number): boolean {
    const between = this.text.slice(from, to);
    const words = between.match(WORD) ?? [];
    return words.length > 0 && /^\s[\p{Ll}\s-]+\s$/u.test(between) && words.every((w) => TITLE_WORDS.has(w));
  }

  /** Whether a piece is only words like "had" or "also" that come between a subject and its verb. */
  private onlyAuxiliaries(piece: Span): boolean {
    // The first word decides for most pieces, read in place without the list of them all.
    const first = firstWord(this.text, piece.start, piece.end);
    if (!first || !AUXILIARIES.has(this.text.slice(first.start, first.end).toLowerCase())) return false;
    const words = this.text.slice(piece.start, piece.end).match(WORD) ?? [];
    return words.length > 0 && words.every((w) => AUXILIARIES.has(w.toLowerCase()));
  }

  /** The last two people named together ("Ann Kessler and Hal Briggs") before an offset, within a few paragraphs. */
  private pairBefore(offset: number): [EntityMention, EntityMention] | undefined {
    for (let i = this.mentionIndexBefore(offset); i > 0 && offset - this.mentions[i]!.end < PAIR_REACH; i--) {
      const second = this.mentions[i]!;
      if (second.type !== 'PERSON') continue;
      // The place of "Martin Hartley of Ohio and …" is a mention of its own, between the two.
      let j = i - 1;
      while (j > 0 && this.mentions[j]!.type !== 'PERSON' && i - j <= 2) j--;
      const first = this.mentions[j]!;
      if (first.type === 'PERSON' && PAIR_JOIN.test(this.text.slice(first.end, second.start))) return [first, second];
    }
    return undefined;
  }

  /**
   * Two people named together who open a sentence of the pronoun's paragraph or the one before it, with no
   * organisation named after them: "Lena Sokol and her husband, Pavel Sokol, … had queued since dawn." is who a
   * "they said" after it means.
   */
  private pairOpening(before: number): [EntityMention, EntityMention] | undefined {
    const pair = this.pairBefore(before);
    if (!pair) return undefined;
    const paragraphStart = this.paragraphStart(before);
    const reach = paragraphStart > 0 ? this.paragraphStart(paragraphStart - 1) : paragraphStart;
    if (pair[0].start < reach || !/(?:^|[.!?][”"’]?)\s*$/.test(this.text.slice(Math.max(reach, pair[0].start - 3), pair[0].start))) return undefined;
    for (let i = this.mentionIndexBefore(before); i >= 0 && this.mentions[i]!.start > pair[1].end; i--) if (this.mentions[i]!.type === 'ORG') return undefined;
    return pair;
  }

  /** "the Ferreiras said": the couple the article named with that surname. */
  private family(clause: Span): Subject | undefined {
    const match = this.epithetMatch(clause);
    const plural = match?.[1];
    if (!plural?.endsWith('s')) return undefined;
    const isTheirs = (c: Couple) => plural === `${c.surname}s` || plural === `${c.surname}es`;
    // "the Baloguns" says the word before "and Kemi Balogun" is a given name, whether or not the name lists know it.
    const couple = this.couples().find(isTheirs) ?? findCouples(this.text, this.mentions, () => true).filter((c) => c.start < clause.start).find(isTheirs);
    return couple && { speakers: [...couple.members], named: true, span: clause, pronoun: false };
  }

  private couples(): Couple[] {
    return (this.couplesFound ??= findCouples(this.text, this.mentions, (word) => FEMALE_NAMES.has(word) || MALE_NAMES.has(word)));
  }

  /** "a senior US official", "the embassy" (made "the Chinese embassy" when the article said so before). */
  private described(from: number, to: number, previous: LastSpeaker, checked = false): Subject | undefined {
    // The first word, read in place, turns most stretches down before the words of a long one are all listed.
    if (!checked) {
      const first = firstWord(this.text, from, to);
      if (!first || !DESCRIPTION_START.test(this.text.slice(first.start, first.end))) return undefined;
    }
    const words = [...this.text.slice(from, to).matchAll(WORD)];
    if (words.length === 0) return undefined;
    let count = 0;
    while (count < words.length && count < 10 && (count === 0 || !CLAUSE_WORDS.has(words[count][0].toLowerCase()) || this.placeFollows(words, count))) count++;
    const start = from + words[0].index!;
    const end = from + words[count - 1].index! + words[count - 1][0].length;
    let description = this.text.slice(start, end).replace(/^(?:The|An?)\b/, (article) => article.toLowerCase());
    const parts = description.split(' ');
    // “…,” the statement said: the words of whoever the article just reported as speaking.
    if (parts.length === 2 && parts[0] === 'the' && STATEMENT_NOUNS.has(parts[1]!)) {
      const speaker = previous();
      if (speaker?.named) return { ...speaker, span: { start, end }, pronoun: false };
    }
    // "the two mayors said": the two people the article last named together.
    const pair = PAIR_START.test(description) ? this.pairBefore(start) : undefined;
    if (pair) return { speakers: [...new Set(pair.map((m) => this.fullName(m.entity)))], named: true, span: { start, end }, pronoun: false };
    // "the couple said": the last two the article named together with one surname.
    const couple = parts.length === 2 && parts[0] === 'the' && COUPLE_NOUNS.has(parts[1]!) ? this.couples().filter((c) => c.start < start).pop() : undefined;
    if (couple) return { speakers: [...couple.members], named: true, span: { start, end }, pronoun: false };
    if (parts.length === 2 && parts[0] === 'the') {
      const fuller = this.fuller(parts[1]!, start, previous);
      if (fuller) description = fuller;
      else if (ORGANIZATION_NOUNS.has(parts[1]!)) {
        // "the company said": the organisation the article is about, the one most recently named.
        const organization = this.organizationBefore(start, parts[1]!);
        if (organization) return { speakers: [this.spelledOut(organization.entity)], named: true, span: { start, end }, pronoun: false };
      }
    }
    if (/^(?:an?|one) /.test(description)) this.addDescription(description);
    return { speakers: [description], named: false, span: { start, end }, pronoun: false };
  }

  /**
   * Whether the word at `index` is "at", "in", "on" or "from" and the description ends in the capitalised name after
   * it, which is no day: "a shopkeeper on Recto Avenue", not "The embassy in Washington cast the talks …".
   */
  private placeFollows(words: readonly RegExpMatchArray[], index: number): boolean {
    return placeEnd(words, index) === words.length;
  }

  /**
   * The organisation "the company" means: the last one named before the offset whose name ends or opens with the
   * noun ("the university", "the bank" for "Bank of England"); else the one the article has named most often so far, the nearest of those if several ("In a
   * filing to Nasdaq, the company said": the company the story is about, not the exchange named in passing).
   */
  private organizationBefore(offset: number, noun: string): EntityMention | undefined {
    const capitalised = noun[0]!.toUpperCase() + noun.slice(1);
    const counts = new Map<string, number>();
    let chosen: EntityMention | undefined;
    for (let i = this.mentionIndexBefore(offset); i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.type !== 'ORG') continue;
      // "the association": "Association of American Railroads" opens with the noun as "Brandt University" ends with it.
      if (m.entity.endsWith(capitalised) || m.entity.startsWith(`${capitalised} `)) return m;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    for (let i = this.mentionIndexBefore(offset); i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.type === 'ORG' && (!chosen || counts.get(m.entity)! > counts.get(chosen.entity)!)) chosen = m;
    }
    return chosen;
  }


  /**
   * The fuller form of "the official" or "the embassy": the speaker before, an anonymous speaker described before
   * ("a senior administration official"), or "the Chinese embassy" earlier on.
   */
  private fuller(noun: string, before: number, previous: LastSpeaker): string | undefined {
    const speaker = previous();
    if (speaker && !speaker.named && speaker.speakers[0].split(' ').includes(noun)) return speaker.speakers[0];
    // The descriptions met before now, the latest first: what was deferred before now adds to them when it runs.
    this.runPendingBefore(this.now);
    for (let i = this.descriptions.length - 1; i >= 0; i--) {
      if (this.descriptionTimes[i]! <= this.now && this.descriptions[i]!.split(' ').includes(noun)) return this.descriptions[i];
    }
    const introduced = this.introducedBefore(noun, before);
    if (introduced) return introduced;
    // A capitalised word after "the" is a title too where it stands before a name: "DSP Kunle Afolabi" … "the DSP".
    const titled = TITLE_HEADS.has(noun) || noun in TITLE_ABBREVIATIONS || OPENS_UPPER_CASE.test(noun) ? this.personTitled(noun, before) : undefined;
    if (titled) return this.fullName(titled.entity);
    const pattern = new RegExp(`\\b[Tt]he((?: \\p{Lu}[\\p{L}.’'-]*)+) ${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
    let found: string | undefined;
    for (const match of this.text.slice(0, before).matchAll(pattern)) found = `the${match[1]} ${noun}`;
    return found;
  }

  /**
   * "the judge" after "Judge Pieter van Rensburg" or "Harlan Dufresne, the governor,": the person last named with
   * that title before the name or in apposition after it.
   */
  private personTitled(noun: string, before: number): EntityMention | undefined {
    const forms = [noun, ...(TITLE_ABBREVIATIONS[noun] ?? []).map((short) => short.replace(/\./g, '\\.'))];
    const title = new RegExp(`(?:^|[^\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'iu');
    const apposition = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'iu');
    for (let i = this.mentionIndexBefore(before); i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.type !== 'PERSON') continue;
      // The capitalised words right before the name ("U.S. District Judge"), or a title and a comma ("the governor,").
      const lead = this.text.slice(Math.max(0, m.start - 40), m.start);
      const capitalised = CAPITALISED_WORDS_LAST.exec(lead)?.[0] ?? '';
      const beforeComma = /(?:[\p{L}.’'-]+\s+){1,3},?\s*$/u.exec(lead)?.[0] ?? '';
      // Or the title in lower case right before the name: "Bristol coach Len Dace", "veteran prop Ian Kerr".
      const lowerTitle = LOWER_CASE_WORD_LAST.exec(lead)?.[1];
      if (lowerTitle === noun || title.test(capitalised) || (lead.trimEnd().endsWith(',') && title.test(beforeComma)) || apposition.test(this.text.slice(m.end, m.end + 60))) return m;
    }
    return undefined;
  }

  /**
   * "the aide" after "according to a senior Senate aide who was in the room": the last description with an
   * indefinite article that ends in the noun, up to the clause word after it.
   */
  private introducedBefore(noun: string, before: number): string | undefined {
    const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`\\b[Aa]n? (?:[\\p{L}.’'-]+ ){0,4}?${escaped}\\b[^,.;:\\n]*`, 'gu');
    // "a savings bank branch" describes a branch, not a bank: the noun must be the head, the description's last
    // word, or go on with a preposition ("an aide to the senator").
    const headBeforePreposition = new RegExp(`\\b${escaped}\\s+(?:of|for|with|to|from)\\b`, 'u');
    let found: string | undefined;
    for (const match of this.text.slice(Math.max(0, before - 3000), before).matchAll(pattern)) {
      const words = [...match[0].matchAll(WORD)];
      let count = 1;
      while (count < words.length && count < 10 && !CLAUSE_WORDS.has(words[count]![0].toLowerCase()) && !CUE_VERBS.has(words[count]![0].toLowerCase())) count++;
      // "a police sergeant in Port Ansel said …": the place the description ends with belongs to it.
      const head = words[count - 1]!;
      count = Math.max(count, placeEnd(words, count));
      const last = words[count - 1]!;
      const description = match[0].slice(0, last.index! + last[0].length);
      if (head[0] !== noun && !headBeforePreposition.test(description)) continue;
      found = description;
    }
    return found?.replace(/^A/, 'a');
  }

  /** he/she: the speaker before if they fit, else the nearest person who fits; it/they: the nearest organisation. */
  resolvePronoun(pronoun: Span, previous: LastSpeaker, kind = PRONOUNS.get(this.text.slice(pronoun.start, pronoun.end).toLowerCase())): Subject | undefined {
    const found = (speakers: string[], named = true): Subject => ({ speakers: named ? speakers.map((name) => this.fullName(name)) : speakers, named, span: pronoun, pronoun: true });
    if (kind === 'male' || kind === 'female' || kind === 'person') {
      // The nearest person who fits in the pronoun's paragraph; else the last speaker; else the nearest before.
      // A person known to be a "she" (Ms., a given name, "spokeswoman") comes before one of unknown gender.
      const paragraphStart = this.paragraphStart(pronoun.start);
      // In the pronoun's paragraph the subject, named first, is who "he" is: "Fenwick declined to blame Varga.
      // “…,” he said." Names inside quotes were left out of the mentions. Asked first: where there is one, nothing
      // the search back below finds is read.
      const first = this.firstPersonBetween(paragraphStart, pronoun.start, kind);
      if (first) return found([first.entity]);
      let nearest: EntityMention | undefined;
      let nearestKnown: EntityMention | undefined;
      for (let i = this.mentionIndexBefore(pronoun.start); i >= 0 && !nearestKnown && !(kind === 'person' && nearest); i--) {
        const m = this.mentions[i]!;
        // A person of known gender before the paragraph is never read (only the nearest is, failing all else): the
        // search stops there rather than asking the gender of everyone the article named before.
        if (nearest && m.end <= paragraphStart) break;
        if (m.type !== 'PERSON' || !this.genders.fits(m.entity, kind) || this.isRelativeOf(i, kind)) continue;
        nearest ??= m;
        if (this.genders.genderOf(m.entity) === kind) nearestKnown = m;
      }
      if (nearestKnown && nearestKnown.start >= paragraphStart) return found([nearestKnown.entity]);
      if (nearest && nearest.start >= paragraphStart) return found([nearest.entity]);
      const unnamed = this.openingDescription(paragraphStart, pronoun.start, previous);
      if (unnamed) return { ...unnamed, span: pronoun, pronoun: true };
      const speaker = previous();
      if (speaker?.named && speaker.speakers.length === 1 && this.isPerson(speaker.speakers[0]!) && this.genders.fits(speaker.speakers[0]!, kind)) return found(speaker.speakers);
      return nearest && found([nearest.entity]);
    }
    const speaker = kind === 'group' ? previous() : undefined;
    if (speaker && (speaker.speakers.length > 1 || !this.isPerson(speaker.speakers[0]))) return found(speaker.speakers, speaker.named);
    if (kind === 'group') {
      const pair = this.pairOpening(pronoun.start);
      if (pair) return found(pair.map((m) => m.entity));
    }
    for (let i = this.mentionIndexBefore(pronoun.start); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.type === 'ORG') return found([this.spelledOut(m.entity)]);
      if (pronoun.start - m.end > 600) break;
    }
    return undefined;
  }

  /**
   * The unnamed person the paragraph's last sentence before a pronoun opens with, described and then a relative
   * clause or an apposition: "A bus driver, who asked not to be named, said …", "One commuter, a nurse at the
   * county hospital, held up …", or as the subject of a speech verb: "A currency trader in Oslo said …". The paragraph is now about them, so its "he" or "she" is them rather than anyone
   * named before it.
   */
  private openingDescription(paragraphStart: number, before: number, previous: LastSpeaker): Subject | undefined {
    let opening: RegExpMatchArray | undefined;
    const stretch = this.text.slice(paragraphStart, before);
    if (!INDEFINITE_OPENING.test(stretch)) return undefined;
    for (const match of stretch.matchAll(INDEFINITE_PERSON_OPENING)) opening = match;
    for (const match of stretch.matchAll(INDEFINITE_SPEAKER_OPENING)) if (!opening || match.index! > opening.index!) opening = match;
    if (!opening) return undefined;
    const start = paragraphStart + opening.index! + opening[0].indexOf(opening[1]!);
    return this.described(start, start + opening[1]!.length, previous);
  }

  /**
   * A surname the linker kept apart ("Marchetti", beside the firm "Marchetti & Marchetti") is the one person of the
   * article of that gender whose full name ends with it ("Ruth Marchetti"); the given name of a couple named with
   * one surname is that partner's full name; a name with a space, or with no such person, stays.
   */
  private fullName(name: string): string {
    if (name.includes(' ')) return name;
    let full = this.fullNames.get(name);
    if (full === undefined) {
      // "Marta" after "Marta and Luis Ferreira" is Marta Ferreira.
      full = this.couples().find((c) => c.members[0].startsWith(`${name} `))?.members[0];
      if (full === undefined) {
        // "Ms. Marchetti" is not her son Thomas Marchetti.
        const gender = this.genders.genderOf(name);
        const fuller = new Set<string>();
        const surname = ` ${name}`;
        for (const m of this.mentions) if (m.type === 'PERSON' && m.entity.endsWith(surname) && FULL_NAME.test(m.entity) && this.genders.fits(m.entity, gender)) fuller.add(m.entity);
        full = fuller.size === 1 ? [...fuller][0]! : name;
      }
      this.fullNames.set(name, full);
    }
    return full;
  }

  /**
   * "Mrs. Brandt’s daughter, Harper, arrived …": a person named as a relative of someone who also fits the pronoun
   * is introduced in passing; the pronoun goes on to the one the paragraph is about.
   */
  private isRelativeOf(index: number, kind: string): boolean {
    const possessor = this.mentions[index - 1];
    if (!possessor || possessor.type !== 'PERSON' || !this.genders.fits(possessor.entity, kind)) return false;
    const relation = RELATION.exec(this.text.slice(possessor.end, this.mentions[index]!.start));
    return relation !== null && RELATIVES.has(relation[1]!);
  }

  /** Whether a name is a person's the article names (not an organisation's, and not words taken for a name). */
  isPerson(name: string): boolean {
    return this.mentions.some((m) => m.entity === name && m.type === 'PERSON');
  }

  /** The first person in [from, to) whom the pronoun fits (a known gender that differs rules one out). */
  private firstPersonBetween(from: number, to: number, kind: string): EntityMention | undefined {
    for (let i = this.mentionIndexBefore(from) + 1; i < this.mentions.length && this.mentions[i]!.end <= to; i++) {
      const m = this.mentions[i]!;
      if (m.type === 'PERSON' && this.genders.fits(m.entity, kind) && !this.isRelativeOf(i, kind)) return m;
    }
    return undefined;
  }

  private mentionIndexBefore(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The index of the name phrase that the last pieces all stand in apposition to: "Ida Marsh, 71, a retired nurse,"
   * and "Rep. Owen Tallis, D-Fairview, chairman of the House Roads Committee," describe the person named first, and
   * "Brindle Foods, the largest maker of frozen pies," the organisation. Looks back a few pieces only.
   */
  private nameBeforeAppositions(pieces: readonly Span[]): number | undefined {
    for (let j = pieces.length - 2; j >= 0 && j >= pieces.length - 4; j--) {
      const person = this.namePhrasePerson(pieces[j]!) !== undefined;
      if (!person && !this.isOrganizationName(pieces[j]!)) continue;
      const rest = pieces.slice(j + 1);
      if (person ? rest.every((piece) => AGE.test(this.pieceText(piece)) || this.describesPerson(piece)) : rest.every((piece) => this.describesOrganization(piece))) return j;
    }
    return undefined;
  }

  /** Whether a piece is an organisation's name and nothing more, "the" aside: "Brindle Foods", "the Harbour Trust". */
  private isOrganizationName(piece: Span): boolean {
    const index = this.mentionIndexBefore(piece.end);
    const m = index >= 0 ? this.mentions[index] : undefined;
    return m !== undefined && m.type === 'ORG' && m.end === piece.end && /^(?:[Tt]he\s+)?$/.test(this.text.slice(piece.start, m.start));
  }

  /**
   * A piece that could describe an organisation named before it: a short noun phrase with an article. A longer one is
   * a clause of its own ("(Coast Wire) — The Marlow Harbour Board on Monday shut the quay after divers …").
   */
  private describesOrganization(piece: Span): boolean {
    return ARTICLE_START.test(this.pieceText(piece)) && countWordsUpTo(this.text, piece.start, piece.end, 11) <= 10;
  }

  /** A piece that could describe a person named before it: a description, or a few words naming no one. */
  private describesPerson(piece: Span): boolean {
    if (DESCRIPTION_START.test(this.pieceText(piece))) return true;
    // "known in the village as Dona Nina": the same person by another name.
    const first = firstWord(this.text, piece.start, piece.end);
    if (first && ALIAS_OPENINGS.has(this.text.slice(first.start, first.end).toLowerCase())) return true;
    if (countWordsUpTo(this.text, piece.start, piece.end, 9) > 8) return false;
    for (let i = this.mentionIndexBefore(piece.start) + 1; i < this.mentions.length && this.mentions[i]!.start < piece.end; i++) {
      if (this.mentions[i]!.type === 'PERSON') return false;
    }
    return true;
  }

  /** The person a piece is the name phrase of: a few title words, the name, and at most "of" and a place after it. */
  private namePhrasePerson(piece: Span): EntityMention | undefined {
    const index = this.mentionIndexBefore(piece.end);
    for (let i = index; i >= 0 && this.mentions[i]!.start >= piece.start; i--) {
      const m = this.mentions[i]!;
      if (m.type !== 'PERSON') continue;
      const lead = this.text.slice(piece.start, m.start).match(WORD) ?? [];
      const rest = this.text.slice(m.end, piece.end);
      if (lead.length <= 3 && !lead.some((w) => CLAUSE_WORDS.has(w.toLowerCase())) && NAME_PHRASE_END.test(rest)) return m;
    }
    return undefined;
  }
}
