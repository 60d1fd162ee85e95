// quote-wording-conflict: Steven Mnuchin is quoted “We had very productive talks in Beijing this week” in one
// article and “We had very constructive talks in Beijing this week” in another. A quotation should be verbatim, so
// one of the two is misquoted. The other articles are read through their summaries: the quote's minhash bands,
// filed by speaker in the index, find the candidates; only those are unpacked.
//
// Precision first: the same named speaker (after the workspace resolves lone surnames), six words at least, a
// length within a word or two, and at least 6 of 8 minhashes alike (word sets ~75 % alike or more), but not the
// same words: different statements by one person rarely share that much.
import { minhashAgreement, normalizedQuoteWords, quoteOpening } from '../analysis/summary';
import { Finding, WorkspaceRule } from './rule';
import { articleName, comparableQuotes, MAX_RELATED, OtherQuote, quotesIn, relatedQuote, speakerIdentities, UnpackedQuotes } from './quote-speaker-conflict';

/** Minhashes (of 8) two quotes must share to be nearly the same words. */
export const MIN_AGREEMENT = 6;

/** Words a length may differ by: one, and one more for each ten words. */
const lengthSlack = (words: number) => 1 + Math.floor(words / 10);

export const quoteWordingConflict: WorkspaceRule = {
  id: 'quote-wording-conflict',
  scope: 'workspace',
  defaultSeverity: 'information',
  description: 'The same named speaker quoted with nearly the same words, but not the same words, in two articles (at least six words): a quotation should be verbatim.',
  check({ uri, model, workspace }) {
    const findings: Finding[] = [];
    const unpacked: UnpackedQuotes = new Map();
    for (const { quote, mine, print } of comparableQuotes(model, workspace)) {
      const candidates = new Set<string>();
      for (const speaker of quote.speakers) for (const other of workspace.articlesQuotingNear(speaker, print)) candidates.add(other);
      if (candidates.size === 0) continue;
      const others = quotesIn(workspace, candidates, uri, (other) =>
        other.print.hash !== print.hash
        && Math.abs(other.print.words - print.words) <= lengthSlack(Math.min(other.print.words, print.words))
        && minhashAgreement(other.print, print) >= MIN_AGREEMENT
        && [...speakerIdentities(workspace, other.speakers)].some((speaker) => mine.has(speaker)), unpacked);
      if (others.length === 0) continue;
      const [first] = others;
      const words = normalizedQuoteWords(model.text.slice(quote.start, quote.end));
      findings.push({
        ruleId: 'quote-wording-conflict',
        span: { start: quote.start, end: quote.end },
        message: `${quote.speakers.join(' and ')} is quoted with nearly the same words in ${articleName(workspace, first.uri)}, but not the same (${difference(quoteOpening(model, quote), words, first)}). A quotation should be verbatim.`,
        related: others.slice(0, MAX_RELATED).map((other) => relatedQuote(workspace, other)),
      });
    }
    return findings;
  },
};

/**
 * The differing words, briefly. The other article's summary keeps only its quote's first six words: a difference
 * among them is shown both ways ("there “productive”, here “constructive”"); one further on, as where it starts.
 */
export function difference(opening: string, words: readonly string[], other: OtherQuote): string {
  const raw = opening.replace(/…$/u, '').split(/\s+/u).filter(Boolean);
  const theirs = other.quote.firstWords.replace(/…$/u, '').split(/\s+/u).filter(Boolean);
  const fold = (word: string) => normalizedQuoteWords(word).join(' ');
  const length = Math.min(raw.length, theirs.length);
  for (let i = 0; i < length; i++) {
    if (fold(raw[i]!) === fold(theirs[i]!)) continue;
    const clean = (list: string[]) => list.slice(i, i + 3).join(' ').replace(/^[“”"‘’']+|[“”"‘’',;:.]+$/gu, '');
    return `there “${clean(theirs)}…”, here “${clean(raw)}…”`;
  }
  const after = words.slice(length, length + 6).join(' ');
  return after ? `it differs after the first ${length} words; here they go on “${after}…”` : `it differs after the first ${length} words`;
}
