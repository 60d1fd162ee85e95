// Guards the gold data of `npm run eval:money` (test/fixtures/money/news-*.jsonl), not the money analysis: the
// texts are those of test/fixtures/entities/news-*.jsonl, unchanged; every span is a MONEY figure inside its
// text, trimmed, sorted and apart, with a digit or a currency word in it, an ISO 4217 currency and an amount.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readJsonl } from '../helpers/jsonl';
import { GoldMoneyDocument as GoldDocument } from '../helpers/money-gold';

const ROOT = path.resolve(__dirname, '../../..');
const SETS = ['news-dev', 'news-dev2', 'news-heldout'];


for (const set of SETS) {
  describe(`money gold ${set} (gold data for eval:money)`, () => {
    const docs = readJsonl<GoldDocument>(path.join(ROOT, 'test/fixtures/money', `${set}.jsonl`));

    it(`has the ids and texts of entities/${set}.jsonl, in order, and only the keys the scorer reads`, () => {
      const sources = readJsonl<{ id: string; text: string }>(path.join(ROOT, 'test/fixtures/entities', `${set}.jsonl`));
      assert.deepEqual(docs.map(({ id, text }) => ({ id, text })), sources.map(({ id, text }) => ({ id, text })));
      // An article with no money keeps an empty list, so that figures predicted in it count as false positives.
      for (const doc of docs) assert.deepEqual(Object.keys(doc).sort(), ['entities', 'id', 'text'], `${doc.id}: keys`);
      assert.ok(docs.some((doc) => doc.entities.length > 0), 'no money at all');
    });

    for (const doc of docs) {
      it(`${doc.id}: spans are money figures, sorted and apart, with amount and currency`, () => {
        let previousEnd = 0;
        for (const m of doc.entities) {
          const span = doc.text.slice(m.start, m.end);
          const where = `${doc.id} ${m.start}-${m.end} ${span}`;
          assert.deepEqual(Object.keys(m).sort(), ['amount', 'currency', 'end', 'start', 'type'], `${where}: keys`);
          assert.equal(m.type, 'MONEY', `${where}: type`);
          assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), `${where}: offsets`);
          assert.ok(m.start >= previousEnd && m.end > m.start && m.end <= doc.text.length, `${where}: outside the text or over the span ending at ${previousEnd}`);
          previousEnd = m.end;
          assert.equal(span, span.trim(), `${where}: spaces at an edge`);
          assert.doesNotMatch(doc.text[m.start - 1] ?? '', /[\p{L}\p{N}]/u, `${where}: starts inside a word`);
          assert.doesNotMatch(doc.text[m.end] ?? '', /[\p{L}\p{N}]/u, `${where}: ends inside a word`);
          assert.match(span, /\p{N}|\p{Sc}|\b(?:pounds?|dollars?|euros?|yuan|cents?)\b/u, `${where}: no figure`);
          assert.match(m.currency, /^[A-Z]{3}$/, `${where}: currency ${m.currency}`);
          assert.ok(m.amount === null || (typeof m.amount === 'number' && m.amount > 0), `${where}: amount ${m.amount}`);
        }
      });
    }
  });
}
