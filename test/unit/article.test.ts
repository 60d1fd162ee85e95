import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/analysis/article';
import { entitiesOf, summarize } from '../../server/analysis/summary';

const slice = (text: string, span?: { start: number; end: number }) => span && text.slice(span.start, span.end);

describe('article layout', () => {
  it('labels headline, byline and dateline lines in the header', () => {
    const text = 'Skip to content\n\nPort strike ends after nine days\n\nMaria Okafor\nJune 3, 2025\n\nDock workers returned on Tuesday.';
    const model = parseArticle(text);
    assert.equal(slice(text, model.headline), 'Port strike ends after nine days');
    assert.equal(slice(text, model.byline), 'Maria Okafor');
    assert.equal(slice(text, model.dateline), 'June 3, 2025');
    assert.deepEqual(model.paragraphs.map((p) => p.role), ['chrome', 'headline', 'byline', 'dateline', 'body']);
  });

  it('reads a wire dateline at the start of the first paragraph', () => {
    const text = 'WASHINGTON (Reuters) - The Treasury said on Monday it would sell more bonds.';
    assert.equal(slice(text, parseArticle(text).dateline), 'WASHINGTON (Reuters) -');
  });

  it('reads a dateline that gives the date after the place, month first or day first', () => {
    for (const [text, dateline] of [
      ['DEN HELDER, July 2, 2021 - The town will hold a festival.', 'DEN HELDER, July 2, 2021 -'],
      ['PARIS, Jan. 5 (UPI) -- Talks resumed on Monday.', 'PARIS, Jan. 5 (UPI) --'],
      ['KYIV, Ukraine, March 3 (Reuters) - Power returned on Friday.', 'KYIV, Ukraine, March 3 (Reuters) -'],
      ['PORT ELLERY, 12 March (Continental Press) - The ferry ran late.', 'PORT ELLERY, 12 March (Continental Press) -'],
      ['NEW DELHI: The Lok Sabha passed the bill on Thursday.', 'NEW DELHI:'],
    ]) assert.equal(slice(text, parseArticle(text).dateline), dateline);
  });

  it('takes no label before a colon for a dateline', () => {
    assert.equal(parseArticle('BREAKING: The storm reached Florida on Monday.').dateline, undefined);
  });

  it('takes a "By" line for the byline over a bare name above it that was taken for one', () => {
    const text = 'Okonjo double sends Villa top\n\nVilla Park\n\nBy Callum Westbrook\n\nAston Villa went top of the league on Saturday after two goals from Okonjo.';
    const model = parseArticle(text);
    assert.deepEqual(model.paragraphs.map((p) => p.role), ['headline', 'heading', 'byline', 'body']);
  });

  it('reads an agency-and-city dateline line', () => {
    const text = 'Reuters, WASHINGTON\n\nThe US and China failed to agree on Wednesday.';
    const model = parseArticle(text);
    assert.equal(slice(text, model.dateline), 'Reuters, WASHINGTON');
    assert.equal(model.headline, undefined);
  });

  it('does not take a sentence-like first paragraph for a headline', () => {
    const model = parseArticle('Trade talks failed to produce any visible sign of progress, people tracking them said.\nThe two sides repeated talking points.');
    assert.equal(model.headline, undefined);
    assert.deepEqual(model.paragraphs.map((p) => p.role), ['body', 'body']);
  });

  it('labels subheadings inside the body', () => {
    const model = parseArticle('Headline\n\nFirst paragraph of the story.\n\n‘Made in China 2025’ in focus\n\nSecond paragraph of the story.');
    assert.deepEqual(model.paragraphs.map((p) => p.role), ['headline', 'body', 'heading', 'body']);
  });

  it('summarises title, counts and furniture for the workspace index', () => {
    const summary = summarize(parseArticle('Port strike ends\n\nBy Maria Okafor\n\nThe dock workers returned on Tuesday.\n\nShare story'));
    assert.equal(summary.title, 'Port strike ends');
    assert.equal(summary.byline, 'By Maria Okafor');
    assert.equal(summary.paragraphs, 1);
    assert.equal(summary.chromeLines, 1);
    assert.deepEqual(entitiesOf(summary).map((e) => [e.name, e.type]), [['Maria Okafor', 'PERSON']]);
  });
});
