// The TextMate grammar (syntaxes/article.tmLanguage.json) run through the same engine VS Code uses,
// on example lines written for these tests. The bundle runs from out/test/unit/, so the repository
// root is three folders up from __dirname.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IToken, type StateStack } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';

const root = join(__dirname, '..', '..', '..');
const grammarPath = join(root, 'syntaxes', 'article.tmLanguage.json');
const configPath = join(root, 'language-configuration.json');
// Resolved by node at run time from the bundle's folder (a literal here would make esbuild warn that it cannot bundle it).
const onigWasm = ['vscode-oniguruma', 'release', 'onig.wasm'].join('/');

const MONEY = 'constant.numeric.money.article';
const NUMBER = 'constant.numeric.article';
const DATELINE = 'constant.other.dateline';
const BYLINE = 'entity.name.tag.byline.article';
const QUOTE = 'string.quoted.';

let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve(onigWasm));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new OnigScanner(sources),
      createOnigString: (text: string) => new OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.article' ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const loaded = await registry.loadGrammar('text.article');
  assert.ok(loaded, 'the grammar for text.article should load');
  grammar = loaded;
});

interface Line {
  text: string;
  tokens: IToken[];
  state: StateStack;
}

function tokenize(text: string, state: StateStack = INITIAL): Line {
  const result = grammar.tokenizeLine(text, state);
  assert.equal(result.stoppedEarly, false, `tokenizing stopped early on: ${text}`);
  return { text, tokens: result.tokens, state: result.ruleStack };
}

/** The tokens that overlap the first occurrence of `part` in the line (or the occurrence after `from`). */
function tokensOver(line: Line, part: string, from = 0): IToken[] {
  const start = line.text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is not in the line: ${line.text}`);
  const end = start + part.length;
  return line.tokens.filter((t) => t.startIndex < end && t.endIndex > start);
}

const hasScope = (token: IToken, scope: string) => token.scopes.some((s) => s.startsWith(scope));

function describe(line: Line, tokens: IToken[]): string {
  return tokens.map((t) => `[${line.text.slice(t.startIndex, t.endIndex)}: ${t.scopes.slice(1).join(' ')}]`).join(' ');
}

/** Every character of `part` carries a scope that starts with `scope`. */
function assertScoped(line: Line, part: string, scope: string, from = 0): void {
  const tokens = tokensOver(line, part, from);
  assert.ok(
    tokens.length > 0 && tokens.every((t) => hasScope(t, scope)),
    `expected "${part}" to be ${scope}, got ${describe(line, tokens)}`,
  );
}

/** No character of `part` carries a scope that starts with `scope`. */
function assertNotScoped(line: Line, part: string, scope: string, from = 0): void {
  const tokens = tokensOver(line, part, from);
  const offending = tokens.filter((t) => hasScope(t, scope));
  assert.equal(offending.length, 0, `expected "${part}" not to be ${scope}, got ${describe(line, offending)}`);
}

/** `part` is exactly one token with `scope`: the figure is neither cut short nor run on into its neighbours. */
function assertWholeToken(line: Line, part: string, scope: string): void {
  const start = line.text.indexOf(part);
  assert.ok(start >= 0, `"${part}" is not in the line: ${line.text}`);
  const token = line.tokens.find((t) => t.startIndex === start && t.endIndex === start + part.length && hasScope(t, scope));
  assert.ok(token, `expected "${part}" to be one ${scope} token, got ${describe(line, tokensOver(line, part))}`);
}

test('curly, straight, guillemet and low double quotes are strings with begin and end punctuation', () => {
  const curly = tokenize('“We will not sign this,” the minister said.');
  assertScoped(curly, 'We will not sign this,', 'string.quoted.double.curly.article');
  assertScoped(curly, '“', 'punctuation.definition.string.begin.article');
  assertScoped(curly, '”', 'punctuation.definition.string.end.article');
  assertNotScoped(curly, ' the minister said.', QUOTE);

  const straight = tokenize('"It is a fair deal," she said, "for both sides."');
  assertScoped(straight, 'It is a fair deal,', 'string.quoted.double.straight.article');
  assertScoped(straight, 'for both sides.', 'string.quoted.double.straight.article');
  assertNotScoped(straight, ' she said, ', QUOTE);

  const guillemets = tokenize('«Nous sommes prêts», a déclaré le ministre.');
  assertScoped(guillemets, 'Nous sommes prêts', 'string.quoted.double.guillemet.article');
  assertScoped(guillemets, '«', 'punctuation.definition.string.begin.article');
  assertScoped(guillemets, '»', 'punctuation.definition.string.end.article');
  assertNotScoped(guillemets, 'a déclaré', QUOTE);

  const low = tokenize('„Wir sind bereit“, sagte der Minister.');
  assertScoped(low, 'Wir sind bereit', 'string.quoted.double.low.article');
  assertNotScoped(low, 'sagte', QUOTE);
});

test('single quotes are strings, nested inside double quotes too', () => {
  const headline = tokenize('Minister calls tariff plan ‘a historic mistake’ as talks stall');
  assertScoped(headline, 'a historic mistake', 'string.quoted.single.curly.article');
  assertScoped(headline, '‘', 'punctuation.definition.string.begin.article');
  assertScoped(headline, '’', 'punctuation.definition.string.end.article');
  assertNotScoped(headline, ' as talks stall', QUOTE);

  const nested = tokenize('“They told us it was ‘only temporary’ in March,” he said.');
  assertScoped(nested, 'only temporary', 'string.quoted.single.curly.article');
  assertScoped(nested, 'only temporary', 'string.quoted.double.curly.article');
  assertScoped(nested, ' in March,', 'string.quoted.double.curly.article');
  assertNotScoped(nested, ' in March,', 'string.quoted.single');

  const straight = tokenize("Officials dismissed the report as 'pure speculation' on Monday.");
  assertScoped(straight, 'pure speculation', 'string.quoted.single.straight.article');
  assertNotScoped(straight, ' on Monday.', QUOTE);
});

test('apostrophes do not open or close single quotes', () => {
  const plain = tokenize('Xi’s envoy said he didn’t expect a deal, and the ’90s are over. Rock ’n’ roll, the players’ union.');
  for (const part of ['Xi’s', 'didn’t', 'the ’90s are over', 'Rock ’n’ roll', 'the players’ union.']) {
    assertNotScoped(plain, part, QUOTE);
  }

  const straight = tokenize("Xi's envoy didn't say. The '90s, rock 'n' roll, 'em all.");
  assertNotScoped(straight, straight.text, QUOTE);

  // Typed with the wrong (opening) quote: still an elision, not a quotation running to the end of the line.
  const wrongQuote = tokenize('A hit of the ‘90s, rock ‘n’ roll and all that.');
  assertNotScoped(wrongQuote, wrongQuote.text, QUOTE);

  // Inside a quotation the apostrophes do not end it early.
  const inside = tokenize('She said ‘we don’t want Xi’s rock ’n’ roll from the ’90s’ and left.');
  assertScoped(inside, 'we don’t want Xi’s rock ’n’ roll from the ’90s', 'string.quoted.single.curly.article');
  assertNotScoped(inside, ' and left.', QUOTE);
});

test('an unclosed quotation ends with its line', () => {
  const first = tokenize('“The talks will resume next week, the spokesman added');
  assertScoped(first, 'The talks will resume', 'string.quoted.double.curly.article');
  const second = tokenize('Markets closed higher on Friday.', first.state);
  assertNotScoped(second, second.text, QUOTE);

  const straight = tokenize('He called it "a bad day for');
  const next = tokenize('everyone involved.', straight.state);
  assertNotScoped(next, next.text, QUOTE);

  const single = tokenize('Critics called it ‘reckless and');
  const after = tokenize('The vote is on Thursday.', single.state);
  assertNotScoped(after, after.text, QUOTE);
});

test('money figures are whole money tokens', () => {
  const line = tokenize(
    'Beijing pledged $200 billion, Brussels €167 billion, lenders RMB 1 trillion, the city 150 million yuan and the fund $1.5bn.',
  );
  for (const figure of ['$200 billion', '€167 billion', 'RMB 1 trillion', '150 million yuan', '$1.5bn']) {
    assertWholeToken(line, figure, MONEY);
  }

  const conversion = tokenize('The deal is worth $2 billion (€1.8 billion) over five years.');
  assertWholeToken(conversion, '$2 billion', MONEY);
  assertWholeToken(conversion, '€1.8 billion', MONEY);
  assertNotScoped(conversion, 'five years', MONEY);

  const prefixed = tokenize('US$40m, HK$1.2bn, C$5, A$3.5 billion, R$10 bn, S$4mn, NT$300, £3.2m, ¥500 and ₩1.2 trillion.');
  for (const figure of ['US$40m', 'HK$1.2bn', 'C$5', 'A$3.5 billion', 'R$10 bn', 'S$4mn', 'NT$300', '£3.2m', '¥500', '₩1.2 trillion']) {
    assertWholeToken(prefixed, figure, MONEY);
  }

  const codes = tokenize('USD 40m, EUR1.2bn, 40 USD, 2 billion euros, 3 million pounds, 10 billion dollars, 5,000 yen.');
  for (const figure of ['USD 40m', 'EUR1.2bn', '40 USD', '2 billion euros', '3 million pounds', '10 billion dollars', '5,000 yen']) {
    assertWholeToken(codes, figure, MONEY);
  }

  const quoted = tokenize('“We need $3.5 trillion,” she said.');
  assertWholeToken(quoted, '$3.5 trillion', MONEY);
  assertScoped(quoted, '$3.5 trillion', 'string.quoted.double.curly.article');
});

test('other numbers are numbers, not money', () => {
  const line = tokenize('The S&P 500 fell 2.5% in 2018 during the 100-day review of 1,250.50 tonnes, down 4 per cent.');
  for (const part of ['500', '2.5%', '2018', '100', '1,250.50', '4 per cent']) {
    assertScoped(line, part, NUMBER);
    assertNotScoped(line, part, MONEY);
  }
  assertScoped(line, '%', 'keyword.other.unit.percent.article');
  assertNotScoped(line, 'S&P', NUMBER);
  assertNotScoped(line, '-day', NUMBER);

  const glued = tokenize('The G7 backed 5G rollout as COVID-19 cases fell; in 2019 won the vote.');
  for (const part of ['G7', '5G', 'COVID-19']) assertNotScoped(glued, part, NUMBER);
  assertNotScoped(glued, '2019 won', MONEY);

  const apostrophes = tokenize('Xi’s plan recalls the ’90s; it’s 30 years on.');
  assertNotScoped(apostrophes, apostrophes.text, MONEY);
});

test('datelines opening a paragraph and on a line of their own', () => {
  const lead = tokenize('WASHINGTON (Reuters) - The United States and China agreed on Friday to extend talks.');
  assertWholeToken(lead, 'WASHINGTON (Reuters) -', DATELINE);
  assertNotScoped(lead, 'The United States', DATELINE);

  const withDate = tokenize('HONG KONG, June 3 (AFP) — Shares rose 2% in early trade.');
  assertWholeToken(withDate, 'HONG KONG, June 3 (AFP) —', DATELINE);
  assertScoped(withDate, '2%', NUMBER);

  for (const text of ['WASHINGTON', 'NEW YORK', 'Reuters, WASHINGTON', 'May 4, 2018', 'June 3, 2025', '3 June 2025', '2025-06-03', 'Updated: June 3, 2025 at 10:45 a.m. EST']) {
    const line = tokenize(text);
    assertScoped(line, text, DATELINE);
  }

  // Ordinary sentences and title-case headlines are not datelines.
  for (const text of ['The talks resumed in Washington - again.', 'Markets Rally On Trade Hopes', 'In May 4,000 people marched.']) {
    const line = tokenize(text);
    assertNotScoped(line, text, DATELINE);
  }
  const dateInSentence = tokenize('The deal was signed on May 4, 2018, in Geneva.');
  assertNotScoped(dateInSentence, dateInSentence.text, DATELINE);
});

test('bylines on a line of their own', () => {
  for (const text of ['By Jane Doe', 'By Jane Doe and John Roe', 'By Ana de Souza, Senior Correspondent', 'BY PRIYA NAIR & TOM O’NEILL']) {
    const line = tokenize(text);
    assertScoped(line, text, BYLINE);
  }
  for (const text of ['By Friday, officials had agreed on a plan', 'By the end of the year the fund had grown.', 'Stand By Me']) {
    const line = tokenize(text);
    assertNotScoped(line, text, BYLINE);
  }
});

test('language configuration: pairs and a word pattern that suits news text', () => {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as {
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    brackets: [string, string][];
    wordPattern: { pattern: string; flags?: string };
  };
  const opens = config.autoClosingPairs.map((p) => p.open + p.close);
  for (const pair of ['“”', '‘’', '""', '«»', '()', '[]']) {
    assert.ok(opens.includes(pair), `auto-closing pair ${pair}`);
    assert.ok(config.surroundingPairs.some(([a, b]) => a + b === pair), `surrounding pair ${pair}`);
  }
  assert.ok(!opens.includes("''"), 'a straight apostrophe must not auto-close');
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);

  const words = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags ?? ''}g`);
  const found = 'The U.S. and Xi’s well-known plan cost $1.5bn, US$200 or 3.5% of the fund.'.match(words);
  assert.deepEqual(found, ['The', 'U.S.', 'and', 'Xi’s', 'well-known', 'plan', 'cost', '$1.5bn', 'US$200', 'or', '3.5%', 'of', 'the', 'fund']);
  assert.equal(''.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags)), null, 'must not match the empty string');
});
