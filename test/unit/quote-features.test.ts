// Quotes in the editor: hover, outline, next/previous, semantic tokens, code lenses, inlay hints, the summaries
// that carry quotes into the workspace index, the workspace quote list and the quotes of one person.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-types';
import { parseArticle } from '../../server/analysis/article';
import { quotePrintsOf, quotesOf, summarize } from '../../server/analysis/summary';
import { codeLenses } from '../../server/service/code-lens';
import { COMMANDS, runQuoteCommand } from '../../server/service/commands';
import { checkArticle } from '../../server/service/diagnostics';
import { hoverAt } from '../../server/service/hover';
import { WorkspaceIndex } from '../../server/service/index';
import { pronounSpeakerHints } from '../../server/service/inlay-hints';
import { adjacentQuote, quotesByEntityAt, workspaceQuotes } from '../../server/service/quote-lookup';
import { semanticTokens, TOKEN_TYPES } from '../../server/service/semantic-tokens';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/service/settings';
import { documentSymbols } from '../../server/service/symbols';
import { renderSpans } from '../helpers/markers';

const URI = 'file:///news/talks.article';
const OTHER = 'file:///news/envoy.article';
const TEXT = [
  'Trade talks end without a deal',
  '',
  'BEIJING (Reuters) - Chinese and US negotiators ended two days of talks on Friday without a deal on tariffs.',
  '',
  '“We will keep talking about the tariffs and the deficit for as long as it takes,” said Ann Lee, a spokeswoman for the Commerce Ministry.',
  '',
  'Tom Reyes, the US trade envoy, called the talks a “frank exchange” and said the "Made in China 2025" plan was still a concern.',
  '',
  'Lee met Reyes on Thursday. “We hope for a deal before the summer,” she said.',
  '',
  'Officials on both sides said the next round would be in Washington in June.',
  '',
  'Markets barely moved.',
  '',
  '“Nobody expects a breakthrough this month, and nobody should.”',
].join('\n');
const OTHER_TEXT = 'Envoy returns from Beijing\n\nAnn Lee, a spokeswoman for the Commerce Ministry, spoke on Monday.\n\n“The talks will go on in June,” Lee said.\n';
const model = parseArticle(TEXT);

const offsetOf = (needle: string, delta = 0) => {
  const at = TEXT.indexOf(needle);
  assert.ok(at >= 0, needle);
  return at + delta;
};
const hoverText = (offset: number) => ((hoverAt(URI, model, offset)?.contents as { value: string } | undefined)?.value ?? '');
const indexOf = (...articles: Array<[string, string]>) => {
  const index = new WorkspaceIndex();
  for (const [uri, text] of articles) index.set(uri, summarize(parseArticle(text)));
  return index;
};

describe('the seed of these tests: what the quote analysis finds', () => {
  it('two statements by Ann Lee (a cue, a pronoun), a partial quote by Tom Reyes, a name, an unattributed statement', () => {
    assert.deepEqual(model.quotes.map((q) => [q.kind, q.speaker, q.method ?? null]), [
      ['statement', 'Ann Lee', 'cue'], ['partial', 'Tom Reyes', 'cue'], ['name', null, null], ['statement', 'Ann Lee', 'pronoun'], ['statement', null, null],
    ]);
  });
});

describe('hover on a quote', () => {
  it('kind, words, speaker and the cue that names them', () => {
    assert.equal(hoverText(offsetOf('keep talking')), '**Quote** · statement · 16 words\n\nSpeaker: **Ann Lee**\n\nHow: named at the cue *said* (“Ann Lee”)');
    assert.deepEqual(hoverAt(URI, model, offsetOf('keep talking'))!.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 81 } });
  });

  it('a pronoun resolved to a name, a partial quote, and a statement with no speaker', () => {
    assert.match(hoverText(offsetOf('hope for')), /How: the pronoun “she” at the cue \*said\*, resolved to Ann Lee$/);
    assert.match(hoverText(offsetOf('frank')), /^\*\*Quote\*\* · partial quote · 2 words\n\nSpeaker: \*\*Tom Reyes\*\*/);
    assert.equal(hoverText(offsetOf('Nobody')), '**Quote** · statement · 9 words\n\nSpeaker: unknown\n\nHow: no cue, no “according to”, and no quote just before it to continue');
  });

  it('a continuation points at the quote it continues', () => {
    const text = 'Ann Lee spoke on Friday.\n\n“We will keep talking about the tariffs and the deficit,” she said. “It takes time.”';
    const hover = hoverAt(URI, parseArticle(text), text.indexOf('takes time'));
    assert.match((hover!.contents as { value: string }).value, /Speaker: \*\*Ann Lee\*\*\n\nHow: continues the quote on line 3, with no cue of its own$/);
  });

  it('a headline quote says its speaker came from the same words in the body', () => {
    const text = 'Fears of “serious disruption” at the port\n\nThe Harbor Workers Union warned a strike would cause “serious disruption” to deliveries.';
    const hover = hoverAt(URI, parseArticle(text), text.indexOf('serious'));
    assert.match((hover!.contents as { value: string }).value, /How: the same words are quoted, with a speaker, elsewhere in the article/);
  });

  it('a name in quote marks is not a quote but a name of its own, whose hover comes first', () => {
    assert.match(hoverText(offsetOf('Made in')), /^\*\*Made in China 2025\*\* · other name[\s\S]*\n\n---\n\n\*\*Name in quote marks\*\* · 4 words\n\nNot a quote: a name or title in quote marks is nobody’s words\.$/);
    assert.match(hoverText(offsetOf('China 2025')), /^\*\*Made in China 2025\*\* · other name/);
  });

  it('a person’s hover links to their quotes across the workspace and counts them here', () => {
    const value = hoverText(offsetOf('Ann Lee'));
    const args = encodeURIComponent(JSON.stringify([URI, { line: 4, character: 87 }]));
    assert.ok(value.includes(`[Quotes by this person](command:articleLens.quotesByPerson?${args}) · 2 quotes in this article`), value);
    assert.ok(!hoverText(offsetOf('Washington')).includes('Quotes by'), 'places say nothing');
  });
});

describe('the Quotes outline group', () => {
  const symbols = documentSymbols(model);
  const group = symbols.find((s) => s.name.startsWith('Quotes'))!;

  it('after the entity groups: each statement and partial quote as Speaker: “first words…”, in reading order', () => {
    const names = symbols.map((s) => s.name);
    assert.equal(group.name, 'Quotes (4)');
    assert.ok(names.indexOf('Quotes (4)') > names.indexOf('Places (3)'), names.join(' | '));
    assert.deepEqual(group.children!.map((c) => [c.name, c.detail]), [
      ['Ann Lee: “We will keep talking about the…”', 'statement · 16 words'],
      ['Tom Reyes: “frank exchange”', 'partial · 2 words'],
      ['Ann Lee: “We hope for a deal before…”', 'statement · 8 words'],
      ['Unknown: “Nobody expects a breakthrough this month…”', 'statement · 9 words'],
    ]);
    assert.deepEqual(group.children![1].selectionRange.start, { line: 6, character: 50 });
  });

  it('no group in an article without quotes', () => {
    assert.ok(!documentSymbols(parseArticle('Markets barely moved on Friday.')).some((s) => s.name.startsWith('Quotes')));
  });
});

describe('next and previous quote', () => {
  const starts = model.quotes.filter((q) => q.kind !== 'name').map((q) => q.start);
  const next = (offset: number) => adjacentQuote(model, offset, 1)?.start;
  const previous = (offset: number) => adjacentQuote(model, offset, -1)?.start;

  it('next goes to the first quote starting after the cursor, skipping names in quote marks, and wraps around', () => {
    assert.equal(next(0), starts[0]);
    assert.equal(next(starts[0]), starts[1]);
    assert.equal(next(starts[1]), starts[2], 'past "Made in China 2025"');
    assert.equal(next(starts[3]), starts[0]);
  });

  it('previous goes to the last quote starting before the cursor (inside a quote: its start), and wraps around', () => {
    assert.equal(previous(starts[2]), starts[1]);
    assert.equal(previous(starts[2] + 5), starts[2]);
    assert.equal(previous(starts[0]), starts[3]);
    assert.equal(previous(0), starts[3]);
  });

  it('nothing in an article without quotes; the whole quote as the span', () => {
    assert.equal(adjacentQuote(parseArticle('Markets barely moved.'), 0, 1), undefined);
    const span = adjacentQuote(model, 0, 1)!;
    assert.equal(renderSpans(TEXT, [span]).split('\n')[4], '⟦“We will keep talking about the tariffs and the deficit for as long as it takes,”⟧ said Ann Lee, a spokeswoman for the Commerce Ministry.');
  });

  it('the server commands answer with a Location from [uri, position], and null for bad arguments', () => {
    const scopes = { quoteScope: (uri: string) => (uri === URI ? { uri, model, index: new WorkspaceIndex(), open: [{ uri, model }] } : undefined), quotesScope: () => ({ index: new WorkspaceIndex(), open: [{ uri: URI, model }] }) };
    assert.deepEqual(runQuoteCommand(COMMANDS.nextQuote, [URI, { line: 0, character: 0 }], scopes), { uri: URI, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 81 } } });
    assert.deepEqual((runQuoteCommand(COMMANDS.previousQuote, [URI, { line: 0, character: 0 }], scopes) as Location).range.start, { line: 14, character: 0 });
    assert.equal(runQuoteCommand(COMMANDS.nextQuote, ['file:///not-open.article', { line: 0, character: 0 }], scopes), null);
    assert.equal(runQuoteCommand(COMMANDS.nextQuote, [URI, 'here'], scopes), null);
    assert.deepEqual(runQuoteCommand(COMMANDS.quotesByPerson, [], scopes), []);
    assert.equal((runQuoteCommand(COMMANDS.listQuotes, [], scopes) as unknown[]).length, 4);
  });
});

describe('semantic tokens for quotes and speakers', () => {
  const decoded = () => {
    const { data } = semanticTokens(model);
    const lines = TEXT.split('\n');
    const out: Array<[string, string]> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      out.push([lines[line].slice(character, character + data[i + 2]), TOKEN_TYPES[data[i + 3]]]);
    }
    return out;
  };

  it('quotes around the names in them, the speaker’s words as speaker (not person), names and scare quotes uncoloured', () => {
    const tokens = decoded();
    assert.ok(tokens.some(([t, type]) => t === '“We will keep talking about the tariffs and the deficit for as long as it takes,”' && type === 'quote'));
    assert.ok(tokens.some(([t, type]) => t === 'Ann Lee' && type === 'speaker'));
    assert.ok(tokens.some(([t, type]) => t === 'she' && type === 'speaker'));
    assert.ok(tokens.some(([t, type]) => t === '“frank exchange”' && type === 'quote'));
    assert.ok(!tokens.some(([t]) => t.includes('Made in')), 'a name in quote marks is no quote');
    assert.ok(tokens.some(([t, type]) => t === 'Lee' && type === 'person'), 'a name that is no speaker stays a person');
  });
});

describe('code lens and inlay hints', () => {
  it('a lens on the first full mention of each quoted person, running quotesByPerson there; none without the uri', () => {
    const lenses = codeLenses(model, URI).slice(1);
    assert.deepEqual(lenses.map((l) => [l.range.start, l.command!.title, l.command!.command, l.command!.arguments]), [
      [{ line: 4, character: 87 }, '2 quotes here · quotes by this person', COMMANDS.quotesByPerson, [URI, { line: 4, character: 87 }]],
      [{ line: 6, character: 0 }, '1 quote here · quotes by this person', COMMANDS.quotesByPerson, [URI, { line: 6, character: 0 }]],
    ]);
    assert.equal(codeLenses(model).length, 1);
  });

  it('after a pronoun speaker, the name, only when the setting is on and the pronoun is in range', () => {
    const all = { start: 0, end: TEXT.length };
    assert.deepEqual(pronounSpeakerHints(model, all, DEFAULT_SETTINGS), []);
    const on = normalizeSettings({ pronounSpeakerHints: true });
    const hints = pronounSpeakerHints(model, all, on);
    assert.deepEqual(hints.map((h) => [h.position, h.label, h.paddingLeft]), [[{ line: 8, character: 70 }, '⟨Ann Lee⟩', true]]);
    assert.equal(TEXT.split('\n')[8].slice(67, 70), 'she');
    assert.deepEqual(pronounSpeakerHints(model, { start: 0, end: 10 }, on), []);
  });
});

describe('quotes in the workspace index', () => {
  it('summaries keep each statement and partial quote: range, kind, speakers, first words', () => {
    const summary = summarize(model);
    assert.equal(summary.quotes, 4);
    assert.deepEqual(quotesOf(summary).map((q) => [q.start, q.end, q.kind, q.speakers, q.firstWords]), [
      [{ line: 4, character: 0 }, { line: 4, character: 81 }, 'statement', ['Ann Lee'], 'We will keep talking about the…'],
      [{ line: 6, character: 50 }, { line: 6, character: 66 }, 'partial', ['Tom Reyes'], 'frank exchange'],
      [{ line: 8, character: 27 }, { line: 8, character: 66 }, 'statement', ['Ann Lee'], 'We hope for a deal before…'],
      [{ line: 14, character: 0 }, { line: 14, character: 62 }, 'statement', [], 'Nobody expects a breakthrough this month…'],
    ]);
    assert.deepEqual(quotesOf(structuredClone(summary)), quotesOf(summary), 'they survive the trip back from a worker thread');
    assert.deepEqual(quotesOf(summarize(parseArticle('No quotes here.'))), []);
    const printed = quotesOf(summary).filter((q) => q.print).map(({ print, speakers }) => ({ print, speakers }));
    assert.equal(printed.length, 3);
    assert.deepEqual(quotePrintsOf(summary), printed, 'what the index files: each fingerprint with its speakers');
  });

  it('several speakers, and a multi-paragraph quote over lines', () => {
    const text = 'Talks ended.\n\n“We made progress on trade,\n\n“and we will meet again in June,” Steven Mnuchin and Wilbur Ross said.';
    const [quote] = quotesOf(summarize(parseArticle(text)));
    assert.deepEqual([quote.start, quote.end, quote.speakers], [{ line: 2, character: 0 }, { line: 4, character: 33 }, ['Steven Mnuchin', 'Wilbur Ross']]);
  });

  it('Go to quote lists every quote as Speaker: “first words…” with its article; open articles from their models', () => {
    const index = indexOf([URI, TEXT], [OTHER, OTHER_TEXT]);
    const items = workspaceQuotes({ index, open: [] });
    assert.deepEqual(items.map((i) => [i.label, i.article, i.uri]), [
      ['Ann Lee: “We will keep talking about the…”', 'Trade talks end without a deal', URI],
      ['Tom Reyes: “frank exchange”', 'Trade talks end without a deal', URI],
      ['Ann Lee: “We hope for a deal before…”', 'Trade talks end without a deal', URI],
      ['Unknown: “Nobody expects a breakthrough this month…”', 'Trade talks end without a deal', URI],
      ['Ann Lee: “The talks will go on in…”', 'Envoy returns from Beijing', OTHER],
    ]);
    assert.equal(items[3].speaker, null);
    const edited = parseArticle(OTHER_TEXT.replace('“The talks', '“Talks'));
    const open = workspaceQuotes({ index, open: [{ uri: OTHER, model: edited }, { uri: 'untitled:Untitled-1', model: edited }] });
    assert.deepEqual(open.slice(4).map((i) => [i.label, i.article]), [['Ann Lee: “Talks will go on in June”', 'Envoy returns from Beijing'], ['Ann Lee: “Talks will go on in June”', 'Untitled-1']]);
  });

  it('quotes by this person: every article, under every name, from a mention anywhere', () => {
    const index = indexOf([URI, TEXT], [OTHER, OTHER_TEXT]);
    const scope = { uri: URI, model, index, open: [{ uri: URI, model }] };
    const found = quotesByEntityAt(scope, offsetOf('Lee met'))!;
    assert.equal(found.name, 'Ann Lee');
    assert.deepEqual(found.locations.map((l) => [l.uri, l.range.start.line]), [[URI, 4], [URI, 8], [OTHER, 4]]);
    assert.deepEqual(quotesByEntityAt(scope, offsetOf('Reyes,'))!.locations.map((l) => l.range.start), [{ line: 6, character: 50 }]);
    assert.equal(quotesByEntityAt(scope, offsetOf('barely')), null);
  });
});

describe('quote settings and diagnostics', () => {
  it('the word bar and the hints setting are normalised; a bad value falls back', () => {
    assert.equal(DEFAULT_SETTINGS.quoteUnattributedMinWords, 8);
    assert.equal(DEFAULT_SETTINGS.pronounSpeakerHints, false);
    assert.equal(normalizeSettings({ quoteUnattributedMinWords: 0 }).quoteUnattributedMinWords, 1);
    assert.equal(normalizeSettings({ quoteUnattributedMinWords: 'many' }).quoteUnattributedMinWords, 8);
    assert.equal(normalizeSettings({ pronounSpeakerHints: 'yes' }).pronounSpeakerHints, false);
  });

  it('checkArticle passes the word bar to quote-unattributed', () => {
    const rules = (settings: typeof DEFAULT_SETTINGS) => checkArticle(URI, model, settings).map((f) => [f.ruleId, f.severity]);
    assert.deepEqual(rules(DEFAULT_SETTINGS), [['quote-unattributed', 'information']]);
    assert.deepEqual(rules(normalizeSettings({ quoteUnattributedMinWords: 10 })), []);
  });
});
