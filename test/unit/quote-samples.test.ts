// Guards the gold data of `npm run eval:quotes` (test/fixtures/quotes/samples.jsonl), not the quote analysis:
// every span lies in its text and is a whole quote in marks, spans are sorted and apart, and each speaker's
// kind fits the speaker.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = path.join(ROOT, 'test/fixtures/quotes/samples.jsonl');

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

const OPENING = '“"‘\'«';
const CLOSING = '”"’\'»';
/** Each opening mark and the closing marks that may end a quote it opens. */
const PARTNERS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };

const lines = readFileSync(FILE, 'utf8').split('\n').filter((line) => line.trim());
const samples = lines.map((line, i) => {
  try {
    return JSON.parse(line) as Sample;
  } catch (error) {
    throw new Error(`samples.jsonl:${i + 1}: ${(error as Error).message}`);
  }
});

describe('quote samples (gold data for eval:quotes)', () => {
  it('has the documents and fields the scorer reads, and no entities key', () => {
    assert.ok(samples.length >= 12, `${samples.length} documents`);
    const ids = new Set<string>();
    for (const sample of samples) {
      assert.equal(typeof sample.id, 'string');
      assert.ok(!ids.has(sample.id), `duplicate id ${sample.id}`);
      ids.add(sample.id);
      assert.equal(typeof sample.text, 'string');
      assert.ok(Array.isArray(sample.quotes) && sample.quotes.length > 0, `${sample.id}: no quotes`);
      assert.ok(!('entities' in sample), `${sample.id}: entities would be scored too`);
      const words = sample.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      assert.ok(words >= 250 && words <= 500, `${sample.id}: ${words} words`);
    }
  });

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
          assert.match(q.speaker, /^\p{Ll}/u, `${where}: a description starts in lower case: ${q.speaker}`);
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
