// Guards the gold data of the news lines of `npm run eval` (test/fixtures/entities/news-*.jsonl), not the entity
// analysis: the news-samples ids and texts are those of test/fixtures/quotes/samples.jsonl, and in every set each
// entity span lies in its text, is trimmed, sorted, apart from the others and carries one of the four types.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readJsonl } from '../helpers/jsonl';

const ROOT = path.resolve(__dirname, '../../..');
const ENTITIES = path.join(ROOT, 'test/fixtures/entities');
const FILE = path.join(ENTITIES, 'news-samples.jsonl');
/** Original articles written for the news-dev and news-dev2 (tuned on) and news-heldout and -heldout2 (measured only) lines, and to train on. */
const ORIGINAL_SETS = ['news-dev.jsonl', 'news-dev2.jsonl', 'news-heldout.jsonl', 'news-heldout2.jsonl', 'news-train-a.jsonl', 'news-train-b.jsonl', 'news-train-c.jsonl', 'news-train-d.jsonl', 'news-train-e.jsonl', 'news-train-f.jsonl', 'news-train-g.jsonl', 'news-train-h.jsonl', 'news-train-i.jsonl', 'news-train-j.jsonl', 'news-train-k.jsonl', 'news-train-l.jsonl', 'news-train-m.jsonl', 'news-train-n.jsonl', 'news-train-o.jsonl', 'news-train-p.jsonl', 'news-train-q.jsonl', 'news-train-r.jsonl', 'news-train-s.jsonl', 'news-train-t.jsonl', 'news-train-u.jsonl', 'news-train-v.jsonl', 'news-train-w.jsonl', 'news-train-x.jsonl', 'news-train-y.jsonl', 'news-train-z.jsonl', 'news-train-za.jsonl', 'news-train-zb.jsonl', 'news-train-zc.jsonl', 'news-train-zd.jsonl', 'news-train-ze.jsonl', 'news-train-zf.jsonl', 'news-train-zg.jsonl', 'news-train-zh.jsonl', 'news-train-zn.jsonl', 'news-train-zo.jsonl', 'news-train-zi.jsonl', 'news-train-zj.jsonl', 'news-train-zk.jsonl', 'news-train-zl.jsonl', 'news-train-zm.jsonl', 'news-train-zp.jsonl'];
const TEXTS = path.join(ROOT, 'test/fixtures/quotes/samples.jsonl');
const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);

interface GoldEntity {
  start: number;
  end: number;
  type: string;
}
interface GoldDocument {
  id: string;
  text: string;
  entities: GoldEntity[];
}

const docs = readJsonl<GoldDocument>(FILE);
const sources = readJsonl<{ id: string; text: string }>(TEXTS);

/** Each span is a whole name inside the text: in range, trimmed, sorted, apart and typed. */
function checkSpans(doc: GoldDocument): void {
  let previousEnd = 0;
  for (const e of doc.entities) {
    const where = `${doc.id} ${e.start}-${e.end}`;
    assert.deepEqual(Object.keys(e).sort(), ['end', 'start', 'type'], `${where}: keys`);
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end), `${where}: offsets`);
    assert.ok(e.start >= 0 && e.end <= doc.text.length && e.end > e.start, `${where}: outside the text`);
    assert.ok(e.start >= previousEnd, `${where}: before or over the span ending at ${previousEnd}`);
    previousEnd = e.end;
    assert.ok(TYPES.has(e.type), `${where}: type ${e.type}`);
    const span = doc.text.slice(e.start, e.end);
    assert.equal(span, span.trim(), `${where}: spaces at an edge: ${JSON.stringify(span)}`);
    assert.doesNotMatch(span, /\n/, `${where}: spans a line break`);
    // The name alone: whole words, no possessive, no punctuation at the edges ("Ore." and "Wash." end in a dot).
    assert.doesNotMatch(doc.text[e.start - 1] ?? '', /[\p{L}\p{N}]/u, `${where}: starts inside a word: ${span}`);
    assert.doesNotMatch(doc.text[e.end] ?? '', /[\p{L}\p{N}]/u, `${where}: ends inside a word: ${span}`);
    // A firm named with an apostrophe ("Sainsbury's", "Dunkin'") is never written without it in the article.
    const bare = span.replace(/[’']s?$/u, '');
    const alwaysWithApostrophe = bare !== span && !new RegExp(`\\b${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![’'\\p{L}])`, 'u').test(doc.text);
    if (!alwaysWithApostrophe) assert.doesNotMatch(span, /[’']s$/u, `${where}: possessive: ${span}`);
    assert.match(span, /^[\p{L}\p{N}]/u, `${where}: starts with punctuation: ${span}`);
    // "Which?" and "Yahoo!" end in their mark.
    assert.match(span, alwaysWithApostrophe ? /[\p{L}\p{N}.’']$/u : /[\p{L}\p{N}.]$|^\p{Lu}\p{Ll}+[?!]$/u, `${where}: ends with punctuation: ${span}`);
  }
}

describe('entity news samples (gold data for the news-samples line of npm run eval)', () => {
  it('has the ids and texts of the quote samples, in the same order, and only the keys the scorer reads', () => {
    assert.deepEqual(
      docs.map((doc) => doc.id),
      sources.map((source) => source.id),
    );
    for (const [i, doc] of docs.entries()) {
      assert.equal(doc.text, sources[i].text, `${doc.id}: text differs from test/fixtures/quotes/samples.jsonl`);
      assert.deepEqual(Object.keys(doc).sort(), ['entities', 'id', 'text'], `${doc.id}: keys`);
      assert.ok(Array.isArray(doc.entities) && doc.entities.length > 0, `${doc.id}: no entities`);
    }
  });

  for (const doc of docs) {
    it(`${doc.id}: spans are in range, trimmed, sorted, apart and typed`, () => checkSpans(doc));
  }
});

for (const name of ORIGINAL_SETS) {
  const set = readJsonl<GoldDocument>(path.join(ENTITIES, name));
  describe(`entity gold ${name} (original news articles for npm run eval)`, () => {
    it('has unique ids, only the keys the scorer reads, and entities in every article', () => {
      assert.ok(set.length >= 6, `${name}: ${set.length} articles`);
      assert.equal(new Set(set.map((doc) => doc.id)).size, set.length, `${name}: repeated id`);
      for (const doc of set) {
        assert.deepEqual(Object.keys(doc).sort(), ['entities', 'id', 'text'], `${doc.id}: keys`);
        assert.ok(doc.entities.length > 0, `${doc.id}: no entities`);
      }
    });
    for (const doc of set) {
      it(`${doc.id}: spans are in range, trimmed, sorted, apart and typed`, () => checkSpans(doc));
    }
  });
}
