// npm run eval:quotes: quote detection and attribution with the project's scorer (../shared/tools/score.mjs) on
// (a) our own annotated samples (test/fixtures/quotes/samples.jsonl: spans, kinds and speakers), tuned on,
// (b) the 20 news articles of test/fixtures/quotes/news-*.jsonl (same annotation; news-heldout is measured only)
//     and all of them together, and
// (c) the GUM dev and test sets, whose QUOTE spans (in "extra") are converted into a gold file with spans only:
//     no speakers, so only detection is measured there.
// Predictions follow the annotation contract: only statements and partial quotes, names and scare quotes left out.
//   node out/test/tools/eval-quotes.js [set-name-filter…]
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { DATA_ROOT, REPO_ROOT } from './entity-data';
import { EVAL_OUT as OUT, GoldSet as QuoteSet, newsSets, readJsonl, runScorer, writeJsonl } from './scoring';

const SAMPLES = path.join(REPO_ROOT, 'test/fixtures/quotes/samples.jsonl');

interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  kind?: string;
  speakerKind?: string | null;
}
interface GoldDocument {
  id: string;
  text: string;
  quotes: GoldQuote[];
}
interface GumDocument {
  id: string;
  text: string;
  extra?: Array<{ start: number; end: number; type: string; label?: string }>;
}

const OPENING = '“"‘\'«„';
const CLOSING = '”"’\'»';

/**
 * GUM's QUOTE spans as gold quotes with no speaker. The kind is GUM's own label: "passage" for its `quote`
 * (a quoted passage) and "mention" for its `q` (an inline quotation or mention: words, titles and terms in
 * quote marks, most of which the contract does not count as quotes), so that the scorer gives recall on each.
 * GUM cuts a quotation at sentence boundaries: a piece that does not end in a closing mark, followed after
 * white space alone by one that does not start with an opening mark, is joined to it, as the contract makes
 * one quote of one quotation.
 */
function gumQuotes(doc: GumDocument): GoldQuote[] {
  const spans = (doc.extra ?? []).filter((x) => x.type === 'QUOTE').sort((a, b) => a.start - b.start);
  const quotes: GoldQuote[] = [];
  for (const span of spans) {
    const previous = quotes[quotes.length - 1];
    const text = doc.text.slice(span.start, span.end);
    if (
      previous &&
      !CLOSING.includes(doc.text.slice(previous.start, previous.end).trimEnd().slice(-1)) &&
      !OPENING.includes(text[0]) &&
      /^\s*$/.test(doc.text.slice(previous.end, span.start))
    ) {
      previous.end = span.end;
      continue;
    }
    const kind = /^q\b/.test(span.label ?? '') ? 'mention' : 'passage';
    quotes.push({ start: span.start, end: span.end, speaker: null, kind, speakerKind: null });
  }
  return quotes;
}

function gumSet(split: string): QuoteSet {
  const docs = readJsonl<GumDocument>(path.join(DATA_ROOT, 'gum', `${split}.jsonl`));
  const gold = path.join(OUT, `gum-quotes-${split}.gold.jsonl`);
  writeJsonl(gold, docs.map((doc) => ({ id: doc.id, text: doc.text, quotes: gumQuotes(doc) })));
  return { name: `gum/${split}`, gold };
}

/** The model's quotes as the contract gives them: statements and partial quotes (all, while there are no kinds yet). */
function predict(doc: GoldDocument): unknown {
  const model = parseArticle(doc.text);
  const quotes = model.quotes
    .filter((q) => {
      const kind = (q as { kind?: string }).kind;
      return kind === undefined || kind === 'statement' || kind === 'partial';
    })
    .map((q) => ({ start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), speaker: q.speaker }));
  return { id: doc.id, quotes };
}

interface Ratio {
  n: number;
  correct: number;
  accuracy: number;
}
interface Score {
  quotes: {
    exact: { f1: number };
    overlap50: { p: number; r: number; f1: number; gold: number; pred: number };
    recallByGoldKind: Record<string, { gold: number; found: number }>;
    speaker: Record<string, Ratio>;
  };
}

const ratio = (r: Ratio | undefined) => (r && r.n ? `${r.accuracy.toFixed(3)} (${r.correct}/${r.n})` : 'n/a');

function evaluate(set: QuoteSet): void {
  const docs = readJsonl<GoldDocument>(set.gold);
  const predicted = path.join(OUT, `quotes-${set.name.replace(/[/.]/g, '-')}.pred.jsonl`);
  writeJsonl(predicted, docs.map(predict));
  const { quotes } = runScorer<Score>(set.name, set.gold, predicted);
  const ov = quotes.overlap50;
  const kinds = Object.entries(quotes.recallByGoldKind).map(([kind, k]) => `${kind} ${k.found}/${k.gold}`);
  const speakers = Object.keys(quotes.speaker).length
    ? `speaker named ${ratio(quotes.speaker.name)} all ${ratio(quotes.speaker.ANY)}` +
      Object.entries(quotes.speaker).filter(([kind]) => kind !== 'name' && kind !== 'ANY').map(([kind, r]) => ` ${kind} ${ratio(r)}`).join('')
    : 'speaker n/a (no gold speakers)';
  console.log(
    `${set.name.padEnd(12)} quotes gold ${ov.gold} pred ${ov.pred} | overlap P ${ov.p.toFixed(3)} R ${ov.r.toFixed(3)} F1 ${ov.f1.toFixed(3)}` +
      ` | exact F1 ${quotes.exact.f1.toFixed(3)} | ${speakers} | recall by kind: ${kinds.join(', ')}`,
  );
}

mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
const selected = (name: string) => only.length === 0 || only.some((o) => name.includes(o));
const sets: Array<() => QuoteSet[]> = [() => [{ name: 'samples', gold: SAMPLES }], () => newsSets('quotes'), () => [gumSet('dev')], () => [gumSet('test')]];
for (const make of sets) {
  for (const set of make()) if (selected(set.name)) evaluate(set);
}
