// quote-unbalanced: a quotation mark without its partner. The quote analysis recovers at the paragraph's end
// (an unclosed “ does not swallow the rest of the article); this rule tells the writer where the mark opens.
import { UnbalancedMark } from '../analysis/quote-types';
import { ArticleRule, Finding } from './rule';

export const quoteUnbalanced: ArticleRule = {
  id: 'quote-unbalanced',
  scope: 'article',
  defaultSeverity: 'warning',
  description: 'A quotation mark without its partner: an opening mark never closed in its paragraph, or a closing mark with nothing to close.',
  check({ model }) {
    return model.unbalancedQuotes.map((mark) => findingOf(mark));
  },
};

function findingOf(mark: UnbalancedMark): Finding {
  const span = { start: mark.at, end: mark.at + mark.mark.length };
  if (mark.side === 'close') {
    return { ruleId: 'quote-unbalanced', span, message: `Closing quotation mark ${mark.mark} with nothing opening it.` };
  }
  return {
    ruleId: 'quote-unbalanced',
    span,
    message: `Quotation mark ${mark.mark} opens here and is never closed in its paragraph.`,
    fixes: [{ title: 'Close the quote at the end of the paragraph', edits: [{ span: { start: mark.paragraphEnd, end: mark.paragraphEnd }, newText: mark.partner }], preferred: true }],
  };
}
