// Guards the gold data of `npm run eval:quotes` (test/fixtures/quotes/samples.jsonl and news-*.jsonl), not the
// quote analysis: every span lies in its text and is a whole quote in marks, spans are sorted and apart, and each
// speaker's kind fits the speaker. The news sets carry the texts of test/fixtures/entities/news-*.jsonl unchanged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readJsonl } from '../helpers/jsonl';

const ROOT = path.resolve(__dirname, '../../..');

/** Each gold file, how many documents it has at least, its bounds on words per text, and the entity set it copies. */
const FILES: Array<{ name: string; minDocuments: number; words?: [number, number]; texts?: string }> = [
  { name: 'samples', minDocuments: 12, words: [250, 500] },
  { name: 'news-dev', minDocuments: 6, texts: 'news-dev' },
  { name: 'news-dev2', minDocuments: 8, texts: 'news-dev2' },
  { name: 'news-heldout', minDocuments: 6, texts: 'news-heldout' },
  { name: 'news-dev3', minDocuments: 16, texts: 'news-train-c' },
  { name: 'news-dev4', minDocuments: 16, texts: 'news-train-e' },
  { name: 'news-dev5', minDocuments: 20, texts: 'news-train-k' },
  { name: 'news-dev6', minDocuments: 20, texts: 'news-train-l' },
  { name: 'news-dev7', minDocuments: 20, texts: 'news-train-m' },
  { name: 'news-dev8', minDocuments: 20, texts: 'news-train-p' },
  { name: 'news-dev9', minDocuments: 20, texts: 'news-train-y' },
];

interface SampleQuote {
  start: number;
  end: number;
  speaker: string | null;
  kind: string;
  speakerKind: string | null;
}
interface Sample {
  id: string;
  text: string;
  quotes: SampleQuote[];
}

const OPENING = '“"‘\'«`';
const CLOSING = '”"’\'»';
/** Each opening mark and the closing marks that may end a quote it opens. */
const PARTNERS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '`': "'" };

const readDocuments = <T>(file: string) => readJsonl<T>(path.join(ROOT, file));

for (const { name, minDocuments, words: bounds, texts } of FILES) {
  describe(`quote gold ${name} (gold data for eval:quotes)`, () => {
    const samples = readDocuments<Sample>(`test/fixtures/quotes/${name}.jsonl`);

    it('has the documents and fields the scorer reads, and no entities key', () => {
      assert.ok(samples.length >= minDocuments, `${samples.length} documents`);
      const ids = new Set<string>();
      for (const sample of samples) {
        assert.equal(typeof sample.id, 'string');
        assert.ok(!ids.has(sample.id), `duplicate id ${sample.id}`);
        ids.add(sample.id);
        assert.equal(typeof sample.text, 'string');
        assert.ok(Array.isArray(sample.quotes) && sample.quotes.length > 0, `${sample.id}: no quotes`);
        assert.ok(!('entities' in sample), `${sample.id}: entities would be scored too`);
        const words = sample.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
        if (bounds) assert.ok(words >= bounds[0] && words <= bounds[1], `${sample.id}: ${words} words`);
      }
    });

    if (texts) {
      it(`has the texts of entities/${texts}.jsonl, unchanged and in order`, () => {
        const source = readDocuments<{ id: string; text: string }>(`test/fixtures/entities/${texts}.jsonl`);
        assert.deepEqual(samples.map(({ id, text }) => ({ id, text })), source.map(({ id, text }) => ({ id, text })));
      });
    }

    for (const sample of samples) {
      it(`${sample.id}: spans are whole quotes in marks, sorted and apart`, () => {
        let previousEnd = 0;
        for (const q of sample.quotes) {
          const where = `${sample.id} ${q.start}-${q.end}`;
          assert.ok(Number.isInteger(q.start) && Number.isInteger(q.end), `${where}: offsets`);
          assert.ok(q.start >= 0 && q.end <= sample.text.length && q.end - q.start >= 2, `${where}: outside the text`);
          assert.ok(q.start >= previousEnd, `${where}: before or over the quote ending at ${previousEnd}`);
          previousEnd = q.end;
          const span = sample.text.slice(q.start, q.end);
          const open = span[0];
          const close = span[span.length - 1];
          assert.ok(OPENING.includes(open), `${where}: starts with ${JSON.stringify(open)}: ${span}`);
          assert.ok(CLOSING.includes(close), `${where}: ends with ${JSON.stringify(close)}: ${span}`);
          assert.equal(close, PARTNERS[open], `${where}: ${open} closed by ${close}`);
          // A quote over several paragraphs reopens each one with its opening mark.
          for (const paragraph of span.split(/\n\s*\n/).slice(1)) assert.equal(paragraph[0], open, `${where}: paragraph not reopened`);
        }
      });

      it(`${sample.id}: kinds and speaker kinds fit the speakers`, () => {
        for (const q of sample.quotes) {
          const where = `${sample.id} ${sample.text.slice(q.start, q.end).slice(0, 40)}`;
          assert.ok(q.kind === 'statement' || q.kind === 'partial', `${where}: kind ${q.kind}`);
          if (q.speaker === null) {
            assert.equal(q.speakerKind, null, `${where}: no speaker but speakerKind ${q.speakerKind}`);
            continue;
          }
          assert.equal(typeof q.speaker, 'string');
          assert.equal(q.speaker, q.speaker.trim(), `${where}: speaker has spaces at an edge`);
          if (q.speakerKind === 'name') {
            assert.match(q.speaker, /^\p{Lu}/u, `${where}: a name starts with a capital: ${q.speaker}`);
            // "Ministry of Ports and Shipping" is one name; "Sofia Ortiz and Thomas Lamb" is two.
            assert.doesNotMatch(q.speaker, /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+ \p{Lu}/u, `${where}: two speakers are "multiple": ${q.speaker}`);
          } else if (q.speakerKind === 'description') {
            // "a senior official", "Tidewater officials": a description has a common noun, not only names.
            assert.match(q.speaker, /(?:^|\s)\p{Ll}/u, `${where}: a description has a word in lower case: ${q.speaker}`);
          } else if (q.speakerKind === 'multiple') {
            const names = q.speaker.split(/,\s*|\s+and\s+/);
            assert.ok(names.length >= 2, `${where}: "multiple" needs two names: ${q.speaker}`);
            for (const name of names) assert.match(name, /^\p{Lu}\p{Ll}+ \p{Lu}/u, `${where}: full names: ${q.speaker}`);
          } else {
            assert.fail(`${where}: speakerKind ${q.speakerKind}`);
          }
        }
      });
    }
  });
}
