// quote-unattributed: a quoted statement long enough to matter with no speaker found. Partial quotes (a “frank
// exchange”), names in quote marks ("Made in China 2025") and scare quotes are the writer's paraphrase, not
// someone's words on the record, so they are never flagged.
import { ArticleRule } from './rule';

/** The default of articleLens.quoteUnattributedMinWords: shorter statements ("“No,” …") are left alone. */
export const QUOTE_UNATTRIBUTED_MIN_WORDS = 8;

export const quoteUnattributed: ArticleRule = {
  id: 'quote-unattributed',
  scope: 'article',
  defaultSeverity: 'information',
  description: 'A quoted statement of at least articleLens.quoteUnattributedMinWords words (8 by default) with no speaker found. Partial quotes, names and scare quotes are left alone.',
  check({ model, options }) {
    const minWords = options?.quoteUnattributedMinWords ?? QUOTE_UNATTRIBUTED_MIN_WORDS;
    // A quote that never closes runs to its paragraph's end, over its own cue: quote-unbalanced says so, once.
    const unclosed = new Set(model.unbalancedQuotes.filter((mark) => mark.side === 'open').map((mark) => mark.at));
    return model.quotes
      .filter((quote) => quote.kind === 'statement' && quote.words >= minWords && quote.speakers.length === 0 && !unclosed.has(quote.start))
      .map((quote) => ({
        ruleId: 'quote-unattributed',
        span: { start: quote.start, end: quote.end },
        message: `No speaker found for this ${quote.words}-word quote: name who said it (“…,” said …), or attribute it with “according to”.`,
      }));
  },
};
