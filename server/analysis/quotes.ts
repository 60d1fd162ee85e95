// Quoted statements and their speakers. Marks are paired into passages (quote-marks.ts), each passage gets a
// kind (quote-kinds.ts), and statements and partial quotes get a speaker from the cue around them: a speech
// verb after or before the quote, "according to", a colon introduction, or else the quote before it
// (a continuation). The names the cues point at are resolved by quote-subjects.ts.
import { EntityMention } from './entity-types';
import { pairQuoteMarks, QuotedPassage } from './quote-marks';
import { countWords, countWordsUpTo, kindByForm, kindBySpeech, PassageText } from './quote-kinds';
import { LastSpeaker, NO_SPEAKER, Subject, SubjectFinder } from './quote-subjects';
import { AttributionMethod, Quote, UnbalancedMark } from './quote-types';
import { isAsciiLetter, Span } from './text';
import cues from './data/quote-cues.json';

export interface QuoteInput {
  text: string;
  paragraphs: ReadonlyArray<Span & { role: string }>;
  /** Sentences in text order (they may split inside a long quote; attribution only reads their ends). */
  sentences: readonly Span[];
  mentions: readonly EntityMention[];
}

export interface QuoteAnalysis {
  /** Every quoted passage, names and scare quotes included, in text order. */
  quotes: Quote[];
  unbalanced: UnbalancedMark[];
}

const CUE_VERBS = new Set(cues.cueVerbs);
/**
 * Bit n of CUE_LENGTHS[26 × j + k] is set when a cue word of n letters starts with the j-th and k-th letters of the
 * alphabet (in either case): the words around a quote that could be no cue ("the", "and", "with", "some") are
 * passed over unread.
 */
const CUE_LENGTHS = new Int32Array(26 * 26);
/** Bit n of CUE_ENDINGS[k] is set when a cue word of n letters ends with the k-th letter: "same" and "sale" pass the first test, not this. */
const CUE_ENDINGS = new Int32Array(26);
for (const word of [...cues.cueVerbs, 'according']) {
  CUE_LENGTHS[cueLengthsSlot(word.charCodeAt(0), word.charCodeAt(1))] |= 1 << word.length;
  CUE_ENDINGS[word.charCodeAt(word.length - 1) - 97] |= 1 << word.length;
}
function cueLengthsSlot(first: number, second: number): number {
  return ((first | 0x20) - 97) * 26 + ((second | 0x20) - 97);
}
const CONTRAST_OPENINGS = new Set(cues.contrastOpenings);
/** After these a cue verb is passive ("routes will be posted online") and names no speaker. */
const PASSIVE_MARKERS = new Set(cues.passiveMarkers);
/** Before these a cue word is a noun: "the comments", "his remarks", "news reports", "in remarks to staff". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'such', 'news', 'media', 'phone', 'recent',
  'in', 'of', 'with', 'for', 'by', 'from', 'after', 'during', 'without']);

interface Cue extends Span {
  /** A cue that names its speaker after it: "according to the White House". */
  accordingTo: boolean;
  participle: boolean;
}

interface Attribution {
  subject: Subject;
  method: AttributionMethod;
  cue?: Span;
}

export function findQuotes(input: QuoteInput): QuoteAnalysis {
  const { text, paragraphs } = input;
  const { passages, unbalanced } = pairQuoteMarks(text, paragraphs, (i) => paragraphs[i].role === 'chrome');
  if (passages.length === 0) return { quotes: [], unbalanced };
  const subjects = new SubjectFinder(text, speakerMentions(input, passages), (offset) => paragraphAt(paragraphs, offset)?.start ?? 0);
  const quotes: Quote[] = [];
  let previous: { quote: Quote; passage: QuotedPassage; subject?: Subject } | undefined;
  passages.forEach((passage, index) => {
    const own = passageText(text, passage);
    let kind = kindByForm(own);
    let attribution: Attribution | undefined;
    if (kind === undefined) {
      const head = headOf(input, passages, index);
      const tail = passage.closed ? tailOf(input, passages, index) : cueInsideUnclosed(text, passage) ?? tailOf(input, passages, index);
      // “…,” she said: "she" is whoever last spoke, and reported speech in the paragraph right before counts; failing
      // that, the person that paragraph is about. Worked out only where read: most quotes have a cue that names their
      // speaker ("…,” said X) and never ask.
      const before = paragraphBefore(input, passage, previous);
      const priorSpeaker = previous?.subject;
      const lastQuoteSpeaker: LastSpeaker = () => priorSpeaker;
      const paragraphSpeaker = before ? subjects.deferred(() => reportedIn(input, subjects, before, lastQuoteSpeaker) ?? personAbout(input, subjects, before)) : NO_SPEAKER;
      const lastSpeaker: LastSpeaker = () => paragraphSpeaker() ?? priorSpeaker;
      attribution = attribute(input, subjects, passage, head, tail, lastSpeaker);
      kind = kindBySpeech(own, attribution !== undefined);
      // “We knew the ramp was stuck.” opening the paragraph after "Owen Pryce … admitted the delay had been avoidable."
      // or "Before the inquiry opened, Owen Pryce read a short statement.": his words, after the paragraph about him.
      if (!attribution && kind === 'statement' && opensParagraph(text, input.paragraphs[passage.firstParagraph]!, passage)) {
        const subject = paragraphSpeaker();
        if (subject) attribution = { subject, method: 'continuation' };
      }
      // Promoter Lydia Marchetti said the arena … “You saw that crowd.”: the speaker the paragraph just named.
      if (!attribution && kind !== 'name' && kind !== 'scare') attribution = attributeFromParagraph(input, subjects, passages, index, head, lastQuoteSpeaker);
      // "We haven’t seen that yet." after a quote from the same source, in the same or the next paragraph.
      if (!attribution && kind !== 'name' && kind !== 'scare' && previous?.subject && passage.firstParagraph - previous.passage.lastParagraph <= 1) {
        if (kind === 'statement' || passage.firstParagraph === previous.passage.lastParagraph) attribution = { subject: previous.subject, method: 'continuation' };
      }
    }
    const subject = attribution?.subject;
    const quote: Quote = {
      start: passage.start,
      end: passage.end,
      kind,
      speakers: subject?.speakers ?? [],
      speaker: subject ? joinedSpeakers(subject.speakers) : null,
      named: subject?.named ?? false,
      speakerSpan: subject?.span,
      method: attribution?.method,
      cue: attribution?.cue,
      words: own.words,
    };
    quotes.push(quote);
    if (kind === 'statement' || kind === 'partial') previous = { quote, passage, subject };
  });
  attributeRepeatedWords(text, quotes, passages);
  return { quotes, unbalanced };
}

/** The contract's speaker string; most quotes have one speaker, whose name needs no new string. */
function joinedSpeakers(speakers: readonly string[]): string {
  return speakers.length === 1 ? speakers[0]! : speakers.join(' and ');
}

/**
 * The names a speaker can be: not a byline's author, a dateline's place or page chrome, and not a name inside a
 * closed quote (“… tried not to get out to Varga,” he said: Varga is not who "he" is).
 */
function speakerMentions(input: QuoteInput, passages: readonly QuotedPassage[]): EntityMention[] {
  // Copied as plain spans: one shape for the walk below, which reads them for every mention.
  const paragraphs: Span[] = [];
  for (const p of input.paragraphs) if (p.role === 'byline' || p.role === 'dateline' || p.role === 'chrome') paragraphs.push({ start: p.start, end: p.end });
  const quoted: Span[] = [];
  for (const passage of passages) if (passage.closed) quoted.push({ start: passage.start, end: passage.end });
  if (paragraphs.length === 0 && quoted.length === 0) return input.mentions as EntityMention[];
  // Both lists are in text order, so they are merged by start rather than sorted (a paragraph first where both start
  // at once, as a stable sort of the paragraphs and then the passages would put them).
  const outside: Span[] = [];
  let p = 0;
  let q = 0;
  while (p < paragraphs.length || q < quoted.length) {
    if (q === quoted.length || (p < paragraphs.length && paragraphs[p]!.start <= quoted[q]!.start)) outside.push(paragraphs[p++]!);
    else outside.push(quoted[q++]!);
  }
  // Both lists are in text order: one walk.
  const kept: EntityMention[] = [];
  let k = 0;
  for (const m of input.mentions) {
    while (k < outside.length && outside[k]!.end <= m.start) k++;
    if (!(k < outside.length && m.start >= outside[k]!.start && m.end <= outside[k]!.end)) kept.push(m);
  }
  return kept;
}

/**
 * The first paragraph that holds an offset (its end counts as in it). Searched by halves, not read from the top: every
 * pronoun asks where its paragraph starts.
 */
function paragraphAt(paragraphs: readonly Span[], offset: number): Span | undefined {
  // The paragraphs are in text order and do not overlap, so the first that ends at or after the offset is the one
  // that may hold it.
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  const paragraph = paragraphs[lo];
  return paragraph && paragraph.start <= offset ? paragraph : undefined;
}

/**
 * A quote in a headline or a standfirst is usually repeated in the body, where its speaker is given:
 * Okafor: ‘I was never going to lose this one’ … “I was never going to lose this one, not in front of …,” Okafor told reporters.
 */
function attributeRepeatedWords(text: string, quotes: Quote[], passages: QuotedPassage[]): void {
  // Each quote's words are normalised once, when first compared: every quote without a speaker reads all the others.
  const normalisedWords: (string | undefined)[] = [];
  const innerWords = (index: number) => (normalisedWords[index] ??= normalised(text.slice(quotes[index]!.start + 1, passages[index]!.closed ? quotes[index]!.end - 1 : quotes[index]!.end)));
  quotes.forEach((quote, index) => {
    if (quote.speakers.length > 0 || quote.kind === 'name') return;
    const words = innerWords(index);
    // Two words must match a whole quote (a headline's “serious disruption”); six or more may be part of one.
    const longEnoughForPart = words.split(' ').length >= 6;
    const source = quotes.find((other, j) => {
      if (j === index || other.speakers.length === 0) return false;
      const theirs = innerWords(j);
      return theirs === words || (longEnoughForPart && theirs.includes(words));
    });
    if (!source) return;
    const kind = quote.kind === 'scare' ? 'partial' : quote.kind;
    Object.assign(quote, { kind, speakers: source.speakers, speaker: source.speaker, named: source.named, method: 'repeated' as const });
  });
}

const normalised = (passage: string) => passage.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The last speech cue of the paragraph before the quote gives its speaker: X said the arena would … “…” */
function attributeFromParagraph(input: QuoteInput, subjects: SubjectFinder, passages: QuotedPassage[], index: number, head: Span, previous: LastSpeaker): Attribution | undefined {
  const { text } = input;
  const passage = passages[index]!;
  const paragraph = input.paragraphs[passage.firstParagraph]!;
  // Okafor: ‘I was never going to lose this one’ — a name and a colon, in a headline or a lead-in.
  const lead = text.slice(head.start, head.end).trimEnd();
  if (lead.endsWith(':')) {
    const subject = subjects.subjectBefore(head.start, head.start + lead.length - 1, previous);
    if (subject?.named) return { subject, method: 'colon' };
  }
  const before: Span = { start: paragraph.start, end: head.start };
  const cue = cuesIn(text, before).filter((c) => !c.accordingTo).pop();
  if (!cue) {
    // Marta Quill shrugs when I mention this. “Jonah exaggerates everything.”: a quote that opens a sentence right
    // after one that opens with a person (and says more than the name) gives that person's words.
    if (!/^\s*$/.test(text.slice(head.start, head.end))) return undefined;
    const last = input.sentences[sentenceIndexAfter(input.sentences, head.start) - 1];
    if (!last || last.start < paragraph.start || passages.some((p) => p.end > last.start && p.start < head.start)) return undefined;
    const about = subjects.personOpening(last);
    return about && countWordsUpTo(text, about.span.end, last.end, 1) >= 1 ? { subject: about, method: 'continuation' } : undefined;
  }
  const sentence = sentenceAt(input.sentences, cue.start);
  // The cue's clause, without the quotes around it: “…,” said Frank Osei, who chairs the union. “…”
  let start = Math.max(paragraph.start, sentence?.start ?? paragraph.start);
  let end = Math.min(sentence?.end ?? head.start, head.start);
  for (const other of passages) {
    if (other.end <= cue.start && other.end > start) start = other.end;
    if (other.start >= cue.end && other.start < end) end = other.start;
  }
  const subject = subjectOf(text, subjects, cue, { start, end }, previous);
  return subject && { subject, method: 'continuation', cue };
}

/**
 * The paragraph right before a quote's, when it is body text and no quote came in between: what it says of who
 * speaks next is fresher than the last quote's speaker. Paragraphs further back give way to that speaker: an
 * obituary's "said her daughter" at the top is not the "she" of every later quote.
 */
function paragraphBefore(input: QuoteInput, passage: QuotedPassage, previous: { passage: QuotedPassage } | undefined): Span | undefined {
  if (passage.firstParagraph === 0) return undefined;
  const paragraph = input.paragraphs[passage.firstParagraph - 1]!;
  if (paragraph.role !== 'body' || (previous && previous.passage.end > paragraph.start)) return undefined;
  return paragraph;
}

/** The sentences of a paragraph, each cut to it. */
function* sentencesOf(input: QuoteInput, paragraph: Span): Generator<Span> {
  for (let i = sentenceIndexAfter(input.sentences, paragraph.start); i < input.sentences.length && input.sentences[i]!.start < paragraph.end; i++) {
    const sentence = input.sentences[i]!;
    yield { start: Math.max(sentence.start, paragraph.start), end: Math.min(sentence.end, paragraph.end) };
  }
}

/**
 * The person a paragraph reports as speaking: "The state treasurer, Lena Okonjo, told lawmakers that …" makes
 * her the one a "she said" after it means. The last named person a speech cue of the paragraph has as its
 * subject, if any.
 */
function reportedIn(input: QuoteInput, subjects: SubjectFinder, paragraph: Span, previous: LastSpeaker): Subject | undefined {
  let reported: Subject | undefined;
  for (const span of sentencesOf(input, paragraph)) {
    const cue = firstSpeechCue(input.text, span);
    if (!cue) continue;
    const subject = subjectOf(input.text, subjects, cue, span, previous);
    if (subject?.named && subject.speakers.length === 1 && subjects.isPerson(subject.speakers[0]!)) reported = subject;
  }
  return reported;
}

/** The person the last of a paragraph's sentences that opens with one is about: "One of them, Beatrice Onyango, 81, had walked …". */
function personAbout(input: QuoteInput, subjects: SubjectFinder, paragraph: Span): Subject | undefined {
  let about: Subject | undefined;
  for (const span of sentencesOf(input, paragraph)) about = subjects.personOpening(span) ?? about;
  return about;
}

function passageText(text: string, passage: QuotedPassage): PassageText {
  const innerEnd = passage.closed ? passage.end - 1 : passage.end;
  const inner = text.slice(passage.start + 1, innerEnd);
  return {
    inner,
    words: countWords(inner),
    before: text.slice(Math.max(0, passage.start - 40), passage.start),
    after: text.slice(passage.end, passage.end + 40),
    multiParagraph: passage.lastParagraph > passage.firstParagraph,
  };
}

/** The sentence (by index) that holds an offset. */
function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

/** Whether only white space comes before the passage in its paragraph. */
function opensParagraph(text: string, paragraph: Span, passage: Span): boolean {
  return /^\s*$/.test(text.slice(paragraph.start, passage.start));
}

/** The index of the first sentence that ends after an offset. */
function sentenceIndexAfter(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** From the start of the sentence (or the end of the quote before, in the same paragraph) to the opening mark. */
function headOf(input: QuoteInput, passages: QuotedPassage[], index: number): Span {
  const passage = passages[index];
  const paragraph = input.paragraphs[passage.firstParagraph];
  let start = Math.max(paragraph.start, sentenceAt(input.sentences, passage.start)?.start ?? paragraph.start);
  const before = passages[index - 1];
  if (before && before.end > start && before.end <= passage.start) start = before.end;
  return { start, end: passage.start };
}

/** From the closing mark to the end of its sentence, or to the next quote in the same paragraph. */
function tailOf(input: QuoteInput, passages: QuotedPassage[], index: number): Span {
  const passage = passages[index];
  const paragraph = input.paragraphs[passage.lastParagraph];
  let end = Math.min(paragraph.end, sentenceAt(input.sentences, passage.end - 1)?.end ?? paragraph.end);
  // A sentence that ends at the closing mark has its cue in the words after it: “…,” said X.
  if (end <= passage.end) end = Math.min(paragraph.end, sentenceAt(input.sentences, passage.end)?.end ?? paragraph.end);
  const after = passages[index + 1];
  if (after && after.start < end && after.start >= passage.end) end = after.start;
  return { start: passage.end, end: Math.max(end, passage.end) };
}

/**
 * A passage whose closing mark is missing runs to its paragraph's end and may hold its own cue:
 * “We will win, said one delegate. The cue and its speaker are the words after the last comma before it.
 */
function cueInsideUnclosed(text: string, passage: QuotedPassage): Span | undefined {
  const cue = cuesIn(text, passage).filter((c) => !c.participle).pop();
  if (!cue) return undefined;
  const comma = text.lastIndexOf(',', cue.start);
  if (comma <= passage.start || countWordsUpTo(text, comma, cue.start, 6) > 5) return undefined;
  return { start: comma + 1, end: passage.end };
}

/** The speech cues of a span, in order: lower-case speech verbs, and "according to". */
function cuesIn(text: string, span: Span): Cue[] {
  return readCues(text, span, false);
}

/**
 * The first cue of a span that is a speech verb and no participle, the one a sentence reports its speaker with. The
 * span is read only up to it: the paragraph before a quote is asked this of each of its sentences.
 */
function firstSpeechCue(text: string, span: Span): Cue | undefined {
  const found = readCues(text, span, true);
  const last = found[found.length - 1];
  return last && !last.accordingTo && !last.participle ? last : undefined;
}

/** The cues of a span in order; with `untilSpeech`, up to and with the first speech verb that is no participle. */
function readCues(text: string, span: Span, untilSpeech: boolean): Cue[] {
  const found: Cue[] = [];
  // Runs of ASCII letters, read in place: every cue is one, and this runs around every quote of every article.
  let previousStart = -1;
  let previousEnd = -1;
  // The end in a local: spans of several shapes come here (heads, tails, sentences, passages), and the loop reads it
  // for every character.
  const end = span.end;
  for (let i = span.start; i < end; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    const length = i - start;
    const first = text.charCodeAt(start);
    // Cue verbs are lower-case words of 3 to 13 letters; "According" may be capitalised.
    if (length >= 3 && length <= 13 && (first >= 97 || first === 65) && (CUE_LENGTHS[cueLengthsSlot(first, text.charCodeAt(start + 1))] & (1 << length)) !== 0
      && (CUE_ENDINGS[(text.charCodeAt(i - 1) | 0x20) - 97]! & (1 << length)) !== 0
      && !isAsciiLetter(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x2019 && text.charCodeAt(i) !== 39) {
      const word = text.slice(start, i);
      if (word === 'according' || word === 'According') {
        if (/^\s+to\b/.test(text.slice(i, i + 4))) found.push({ start, end: i + 3, accordingTo: true, participle: false });
      } else if (CUE_VERBS.has(word)) {
        // Only the word right before counts: "in 1998, said" is a verb after a year, not "in remarks".
        const adjacent = previousStart >= 0 && onlySpaces(text, previousEnd, start);
        const previous = adjacent ? text.slice(previousStart, previousEnd).toLowerCase() : '';
        if (!DETERMINERS.has(previous) && !PASSIVE_MARKERS.has(previous)) {
          const participle = word.endsWith('ing');
          found.push({ start, end: i, accordingTo: false, participle });
          if (untilSpeech && !participle) return found;
        }
      }
    }
    previousStart = start;
    previousEnd = i;
  }
  return found;
}


function attribute(input: QuoteInput, subjects: SubjectFinder, passage: QuotedPassage, head: Span, tail: Span, previous: LastSpeaker): Attribution | undefined {
  const { text } = input;
  const endsWithStop = endsInStop(text, passage);
  // After the quote: “…,” said Jacob Parker; “…,” the embassy said; “…,” he told the news agency AP.
  const tailCues = cuesIn(text, tail);
  const headCues = cuesIn(text, head);
  // A speech verb reports the words; "according to" names where the report came from, so it gives way: Vice Premier
  // Liang told officials that the government would “step up …,” according to the state news agency Xinhua.
  // The first two, added to the array ownClauseCue makes rather than spread from filtered copies: this runs for every quote.
  const speechFirst = ownClauseCue(text, subjects, headCues, previous);
  for (const cue of headCues) if (speechFirst.length < 2 && !cue.accordingTo) speechFirst.push(cue);
  for (const cue of headCues) if (speechFirst.length < 2 && cue.accordingTo) speechFirst.push(cue);
  if (tailCues[0]?.accordingTo) {
    const reported = fromHead(input, subjects, head, speechFirst.filter((c) => !c.accordingTo), previous);
    if (reported?.subject.named) return reported;
  }
  // The first cue after the quote, unless it comes after a full stop and more than a few words (the next sentence is
  // someone else's: “…right.” Trump said.), or in a clause "while" or "whereas" opens (“…”, while Mr Ben Roe … wrote
  // that …: the cue is that clause's).
  const tailCue = tailCues[0];
  if (tailCue && !(endsWithStop && countWordsUpTo(text, tail.start, tailCue.start, 5) > 4) && !CONTRAST_OPENINGS.has(firstWordOf(text, tail.start, tailCue.start))) {
    const subject = subjectOf(text, subjects, tailCue, tail, previous);
    if (subject) return { subject, method: tailCue.accordingTo ? 'according-to' : subject.pronoun ? 'pronoun' : 'cue', cue: tailCue };
  }
  // Before the quote: the first cue of the sentence, speech verbs before "according to", governs it (Ross and Mnuchin said the position would be
  // guided by “…”; Trump said Friday in D.C. “…”).
  const before = fromHead(input, subjects, head, speechFirst, previous);
  if (before) return before;
  for (let i = 1; i < tailCues.length; i++) {
    const cue = tailCues[i]!;
    if (!cue.accordingTo) continue;
    const subject = subjectOf(text, subjects, cue, tail, previous);
    if (subject) return { subject, method: 'according-to', cue };
  }
  // A colon introduction in the paragraph before: Mnuchin said in a statement: / “…”
  const paragraph = input.paragraphs[passage.firstParagraph];
  if (head.start === paragraph.start && passage.firstParagraph > 0) {
    const before = input.paragraphs[passage.firstParagraph - 1];
    if (before.role !== 'chrome' && text.slice(before.start, before.end).trimEnd().endsWith(':')) {
      const sentence = sentenceAt(input.sentences, before.end - 1) ?? before;
      const cue = cuesIn(text, { start: sentence.start, end: before.end })[0];
      const subject = cue && subjectOf(text, subjects, cue, { start: sentence.start, end: before.end }, previous);
      if (subject) return { subject, method: 'colon', cue };
    }
  }
  return undefined;
}

/**
 * Officials said the fire began near a trailhead, and a county fire spokeswoman said crews had “not ruled anything
 * out”: a later speech verb with a subject of its own, after ", and", ", but" or ";", governs the quote after it.
 */
function ownClauseCue(text: string, subjects: SubjectFinder, cues: readonly Cue[], previous: LastSpeaker): Cue[] {
  const speech = cues.filter((c) => !c.accordingTo && !c.participle);
  for (let i = speech.length - 1; i > 0; i--) {
    const between = text.slice(speech[i - 1]!.end, speech[i]!.start);
    const joint = CLAUSE_JOINT.exec(between);
    if (!joint) continue;
    const clauseStart = speech[i - 1]!.end + joint.index + joint[0].length;
    if (subjects.subjectBefore(clauseStart, speech[i]!.start, previous)) return [speech[i]!];
  }
  return [];
}

/** Where a new clause with its own subject may start: ", and", ", but", ";". The last one before the verb. */
const CLAUSE_JOINT = /(?:,\s*(?:and|but)|;)\s+(?!.*(?:,\s*(?:and|but)|;)\s)/s;

/** The speaker the first of the head's cues that names one gives. */
function fromHead(input: QuoteInput, subjects: SubjectFinder, head: Span, cues: readonly Cue[], previous: LastSpeaker): Attribution | undefined {
  for (const cue of cues) {
    // "Cllr Rhona Pike … voted against the lease and warned that …": a verb joined to an earlier one, like a
    // participle, has the subject the sentence opens with.
    const sharesSubject = cue.participle || endsWithJoiningWord(input.text, head.start, cue.start);
    const subject = sharesSubject ? subjects.sentenceSubject(sentenceStart(input, head), cue.start, previous) : subjectOf(input.text, subjects, cue, head, previous);
    // "… said the bill “does nothing …”": words after the verb that run into the quote are what was said about, not who said it.
    if (subject && !subject.named && subject.span.start >= cue.end && /^\s*$/.test(input.text.slice(subject.span.end, head.end))) continue;
    if (subject) return { subject, method: cue.accordingTo ? 'according-to' : subject.pronoun ? 'pronoun' : 'cue', cue };
  }
  return undefined;
}

/**
 * The first run of letters in [from, to), in lower case ("" if none). Read in place while the text is ASCII: this is
 * asked after nearly every quote; the pattern answers as soon as another character comes up.
 */
function firstWordOf(text: string, from: number, to: number): string {
  let start = from;
  while (start < to && !isAsciiLetter(text.charCodeAt(start))) {
    if (text.charCodeAt(start) >= 128) return firstLettersByPattern(text.slice(from, to));
    start++;
  }
  let end = start;
  while (end < to && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end < to && text.charCodeAt(end) >= 128) return firstLettersByPattern(text.slice(from, to));
  return text.slice(start, end).toLowerCase();
}

function firstLettersByPattern(stretch: string): string {
  return /[\p{L}]+/u.exec(stretch)?.[0].toLowerCase() ?? '';
}

/** Whether a passage ends with a stop, or a stop and a mark: read from its end, however long the passage is. */
function endsInStop(text: string, passage: Span): boolean {
  let end = passage.end;
  // By codes: the closing mark is most often ” or ’, for which text[i] would make a new string.
  if (end > passage.start && isClosingMark(text.charCodeAt(end - 1))) end--;
  return end > passage.start && isStop(text.charCodeAt(end - 1));
}

/** . ! ? */
const isStop = (code: number) => code === 46 || code === 33 || code === 63;
/** " ” ’ » ' */
const isClosingMark = (code: number) => code === 34 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 39;

function sentenceStart(input: QuoteInput, head: Span): number {
  return sentenceAt(input.sentences, head.start)?.start ?? head.start;
}

/**
 * Whether [from, to) ends with a word that joins a verb to an earlier one with the same subject ("voted against the
 * lease and warned …"): "and", "but", "or" or "then", a word of its own, then only spaces. Read backwards in place,
 * as /\b(?:and|but|or|then)\s*$/ would be: the pattern is tried at every position of the span, for every cue.
 */
function endsWithJoiningWord(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isPatternSpace(text.charCodeAt(end - 1))) end--;
  for (const word of JOINING_WORDS) {
    const start = end - word.length;
    if (start >= from && text.startsWith(word, start) && (start === from || !isPatternWordCharacter(text.charCodeAt(start - 1)))) return true;
  }
  return false;
}

const JOINING_WORDS = ['and', 'but', 'or', 'then'];

/** Whether [from, to) is not empty and all white space, as /^\s+$/ would say, read in place. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isPatternSpace(text.charCodeAt(i))) return false;
  return true;
}

/** What \s matches in a pattern. */
const isPatternSpace = (code: number) => (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680
  || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f
  || code === 0x3000 || code === 0xfeff;

/** What \w matches in a pattern without the u flag, on either side of a \b. */
const isPatternWordCharacter = (code: number) => isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;

/** The subject of a cue found in a span: before the verb, else after it (inverted: said X), or after "according to". */
function subjectOf(text: string, subjects: SubjectFinder, cue: Cue, span: Span, previous: LastSpeaker): Subject | undefined {
  if (cue.accordingTo) return subjects.subjectAfter(cue.end, span.end, previous);
  // "… characterized the talks as a “frank” exchange and said …": the verb shares the sentence's subject.
  if (endsWithJoiningWord(text, span.start, cue.start)) return undefined;
  return subjects.subjectBefore(span.start, cue.start, previous) ?? subjects.subjectAfter(cue.end, span.end, previous);
}
