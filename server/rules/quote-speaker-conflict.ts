// quote-speaker-conflict: the same statement, word for word once case, punctuation and quote marks are folded, put
// in the mouth of Liu He in one article and of Steven Mnuchin in another. One of them has the speaker wrong.
// The other articles are read through their summaries: a quote's fingerprint (analysis/summary's quotePrint) finds
// the articles holding the same statement, and only those are unpacked.
//
// Precision first: six words at least (shorter ones are stock phrases as often as statements); both speakers
// named (a description such as "a senior official" may be either person); no speaker in common, after the
// workspace resolves lone surnames; and not a stock phrase that more than COMMON_STATEMENT articles hold.
import { countsAsQuote, normalizedQuoteWords, QuotePrint, quotePrint, quotesOf, QuoteSummary } from '../analysis/summary';
import { ArticleModel, Quote } from '../analysis/article';
import { Finding, RelatedPlace, WorkspaceContext, WorkspaceRule } from './rule';

export const MAX_RELATED = 5;
/**
 * A statement in more articles than this is a stock phrase ("we will continue to monitor the situation"), not one
 * quotation: the rule leaves it alone, and the index re-checks nobody when it changes.
 */
export const COMMON_STATEMENT = 8;

/** A speaker that is a name ("Liu He"), not a description ("a senior US official", "the embassy"). */
export const isNamedSpeaker = (speaker: string): boolean => /^\p{Lu}/u.test(speaker) && !/^(?:A|An|The|One|Some|Two|Three)\s/u.test(speaker);

/** A quote of another article, as its summary holds it. */
export interface OtherQuote {
  uri: string;
  quote: QuoteSummary & { print: QuotePrint };
}

/** The named speakers of a quote as the workspace knows them (lone surnames resolved). */
export function speakerIdentities(workspace: WorkspaceContext['workspace'], speakers: readonly string[]): Set<string> {
  return new Set(speakers.filter(isNamedSpeaker).map((speaker) => workspace.identity(speaker)));
}

/**
 * The article's statements and partial quotes that the quote rules compare: those with a named speaker and a
 * fingerprint (six words or more), with the speakers' identities.
 */
export function* comparableQuotes(model: ArticleModel, workspace: WorkspaceContext['workspace']): Iterable<{ quote: Quote; mine: Set<string>; print: QuotePrint }> {
  for (const quote of model.quotes) {
    if (!countsAsQuote(quote)) continue;
    const mine = speakerIdentities(workspace, quote.speakers);
    if (mine.size === 0) continue;
    const print = quotePrint(model, quote);
    if (print) yield { quote, mine, print };
  }
}

/** Other articles' quotes unpacked during one check: an article's quotes by one speaker find the same candidates. */
export type UnpackedQuotes = Map<string, QuoteSummary[]>;

/** The quotes of the articles `uris` (other than `uri`) that have a fingerprint and pass `keep`. */
export function quotesIn(workspace: WorkspaceContext['workspace'], uris: Iterable<string>, uri: string, keep: (quote: QuoteSummary & { print: QuotePrint }) => boolean, unpacked: UnpackedQuotes = new Map()): OtherQuote[] {
  const found: OtherQuote[] = [];
  for (const other of uris) {
    if (other === uri) continue;
    let quotes = unpacked.get(other);
    if (!quotes) {
      const summary = workspace.get(other);
      if (!summary) continue;
      unpacked.set(other, (quotes = quotesOf(summary)));
    }
    for (const quote of quotes) if (quote.print && keep(quote as OtherQuote['quote'])) found.push({ uri: other, quote: quote as OtherQuote['quote'] });
  }
  return found;
}

/** “Title” of another article, or its URI. */
export function articleName(workspace: WorkspaceContext['workspace'], uri: string): string {
  const title = workspace.titleOf(uri);
  return title ? `“${title}”` : uri;
}

export function relatedQuote(workspace: WorkspaceContext['workspace'], { uri, quote }: OtherQuote): RelatedPlace {
  const by = quote.speakers.length > 0 ? ` (${quote.speakers.join(' and ')})` : '';
  return { uri, range: { start: quote.start, end: quote.end }, message: `“${quote.firstWords}”${by} in ${articleName(workspace, uri)}` };
}

export const quoteSpeakerConflict: WorkspaceRule = {
  id: 'quote-speaker-conflict',
  scope: 'workspace',
  defaultSeverity: 'warning',
  description: 'The same statement (at least six words, alike once case, punctuation and quote marks are folded) attributed to different named speakers in different articles. Stock phrases that many articles repeat are left alone.',
  check({ uri, model, workspace }) {
    const findings: Finding[] = [];
    const unpacked: UnpackedQuotes = new Map();
    for (const { quote, mine, print } of comparableQuotes(model, workspace)) {
      const uris = workspace.articlesQuoting(print);
      if (uris.length < 2 || uris.length > COMMON_STATEMENT) continue;
      const opening = model.text.slice(quote.start, quote.end);
      const others = quotesIn(workspace, uris, uri, (other) => {
        if (other.print.hash !== print.hash || other.print.words !== print.words) return false;
        // A 32-bit hash may collide: the opening words must agree too.
        const theirs = normalizedQuoteWords(other.firstWords.replace(/…$/u, ''));
        if (normalizedQuoteWords(opening).slice(0, theirs.length).join(' ') !== theirs.join(' ')) return false;
        const speakers = speakerIdentities(workspace, other.speakers);
        return speakers.size > 0 && ![...speakers].some((speaker) => mine.has(speaker));
      }, unpacked);
      if (others.length === 0) continue;
      const [first] = others;
      const more = new Set(others.map((other) => other.uri)).size - 1;
      findings.push({
        ruleId: 'quote-speaker-conflict',
        span: { start: quote.start, end: quote.end },
        message: `This statement is attributed to ${quote.speakers.join(' and ')} here but to ${first.quote.speakers.join(' and ')} in ${articleName(workspace, first.uri)}${more > 0 ? ` (and ${more} other ${more === 1 ? 'article' : 'articles'})` : ''}.`,
        related: others.slice(0, MAX_RELATED).map((other) => relatedQuote(workspace, other)),
      });
    }
    return findings;
  },
};
