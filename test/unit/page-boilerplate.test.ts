import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { pageBoilerplate } from '../../server/rules/page-boilerplate';
import { applyEdits, parseMarked, renderSpans } from '../helpers/markers';

const check = (text: string) => pageBoilerplate.check({ uri: 'file:///a.article', model: parseArticle(text) });
/** Renders the rule's findings back into the text as ⟦…⟧ spans. */
const flagged = (text: string) => renderSpans(text, check(text).map((f) => f.span));
/** Asserts that the rule flags exactly the marked spans. */
const expectFlagged = (marked: string) => assert.equal(flagged(parseMarked(marked).text), marked);

describe('page-boilerplate', () => {
  it('flags navigation, teasers, share lines, image credits and captions, but not byline or dateline', () => {
    expectFlagged([
      '⟦Skip to content⟧',
      '⟦Skip to main menu⟧',
      '',
      'Port strike ends after nine days',
      '',
      'By Maria Okafor and Tom Reyes',
      'June 3, 2025',
      '',
      'Dock workers returned to the cranes on Tuesday after the union accepted a new contract.',
      '',
      '⟦Cranes idle at the container terminal⟧',
      '⟦Image: Harbour Press/K. Lindqvist⟧',
      '',
      '⟦Share story⟧',
      '',
      'The deal raises pay by 4% a year, the union said, and ends a dispute that began in May.',
      '',
      '⟦Read more: How the strike hit supermarket shelves⟧',
      '',
      'Shipping lines said it would take two weeks to clear the backlog of vessels waiting offshore.',
    ].join('\n'));
  });

  it('flags a standfirst that the story repeats, and a heading left dangling at the end', () => {
    const opening = 'Negotiators left the capital with little more than a promise to keep talking, officials said.';
    expectFlagged([
      `⟦${opening}⟧`,
      '',
      'Talks between the two governments ended on Friday without a deal on tariffs.',
      '',
      `${opening} Neither side set a date for a new round.`,
      '',
      'Both delegations said the talks had been useful.',
      '',
      '⟦Trade wars - who wins and who loses?⟧',
    ].join('\n'));
  });

  it('says where the repeated text stands, for a standfirst and for a later copy', () => {
    const standfirst = 'Negotiators left the capital with little more than a promise to keep talking, officials said.';
    const duplicate = 'Both delegations said the talks had been useful, and neither named a date for the next round.';
    const text = [standfirst, '', 'Talks ended on Friday without a deal.', '', `${standfirst} More follows.`, '', duplicate, '', 'Markets barely moved.', '', duplicate, '', 'The end.'].join('\n');
    assert.deepEqual(check(text).map((f) => f.message), [
      'Repeated teaser: the page showed this text above the story, and the story repeats it at line 5.',
      'Repeated paragraph: the same text already stands at line 7; the page was scraped twice.',
    ]);
  });

  it('raises nothing on ordinary body text, subheadings and a closing question', () => {
    const text = [
      'WASHINGTON (Reuters) - The Treasury said on Monday it would sell more bonds.',
      '',
      'Officials share concerns about the deficit, the report said.',
      '',
      'Markets react',
      '',
      'Read the full statement, a spokesman told reporters, before drawing conclusions.',
      '',
      'Investors were unmoved. What comes next is unclear.',
    ].join('\n');
    assert.deepEqual(check(text), []);
  });

  it('“Remove this line” deletes the line and the blank line after it', () => {
    const text = 'Headline\n\nShare story\n\nBody text that is long enough to be a paragraph.\n';
    const [finding] = check(text);
    assert.equal(finding.fixes![0].title, 'Remove this line');
    assert.equal(applyEdits(text, finding.fixes![0].edits), 'Headline\n\nBody text that is long enough to be a paragraph.\n');
  });

  it('“Remove all” deletes every flagged line at once, keeping CRLF line ends intact', () => {
    const text = '1. Skip to content\r\n  2. Skip to main menu\r\n\r\nHeadline\r\n\r\nBody paragraph one.\r\n\r\nRead more: Another story\r\n\r\nBody paragraph two.\r\n';
    const findings = check(text);
    assert.equal(findings.length, 3);
    const removeAll = findings[0].fixes!.find((fix) => fix.title === 'Remove all page boilerplate in this article')!;
    assert.equal(applyEdits(text, removeAll.edits), 'Headline\r\n\r\nBody paragraph one.\r\n\r\nBody paragraph two.\r\n');
  });

  it('offers no “Remove all” when there is a single finding', () => {
    const [finding] = check('Headline\n\nShare story\n\nBody.');
    assert.deepEqual(finding.fixes!.map((fix) => fix.title), ['Remove this line']);
  });
});

// The five articles the project was created from sit beside the repository in ../shared (CI provides them).
const SEED_FOLDER = path.resolve(__dirname, '../../../../shared/articles');
const seeds = existsSync(SEED_FOLDER) ? readdirSync(SEED_FOLDER).filter((name) => name.endsWith('.txt')).sort() : [];

describe('page-boilerplate on the seed articles', { skip: seeds.length === 0 ? `no seed articles at ${SEED_FOLDER}` : false }, () => {
  const flaggedLines = (name: string) => {
    const text = readFileSync(path.join(SEED_FOLDER, name), 'utf8');
    return check(text).map((f) => text.slice(f.span.start, f.span.end));
  };

  it('finds the share line and the repeated standfirst in 003', () => {
    const lines = flaggedLines(seeds.find((name) => name.startsWith('003_'))!);
    assert.equal(lines.length, 2);
    assert.ok(lines.includes('Share story'));
    assert.ok(lines[0].startsWith('The two sides appear to be at loggerheads'));
  });

  it('finds navigation, caption, credit, teasers and the trailing link in 004', () => {
    const lines = flaggedLines(seeds.find((name) => name.startsWith('004_'))!);
    assert.equal(lines.filter((line) => /Skip to/.test(line)).length, 3);
    assert.equal(lines.filter((line) => line.startsWith('Read more:')).length, 3);
    assert.ok(lines.includes('Image: Reuters/J. Lee'));
    assert.ok(lines.includes('China Peking - US Delegation in Peking zum Handelsstreit'));
    assert.ok(lines.includes('Game of Trade - who\'s playing against who?'));
    assert.equal(lines.length, 9);
  });

  it('raises nothing in 000, 001 and 002', () => {
    for (const prefix of ['000_', '001_', '002_']) assert.deepEqual(flaggedLines(seeds.find((name) => name.startsWith(prefix))!), [], prefix);
  });
});
