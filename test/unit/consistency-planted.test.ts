// The cross-article rules on a set of articles of our own (test/fixtures/consistency): nothing on the clean set,
// and the slips planted in it (one at a time) found. The figures are printed for the record.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { countWords, parseArticle } from '../../server/analysis/article';
import { summarize } from '../../server/analysis/summary';
import { checkArticle, RatedFinding } from '../../server/service/diagnostics';
import { WorkspaceIndex } from '../../server/service/index';
import { DEFAULT_SETTINGS } from '../../server/service/settings';

const FOLDER = path.resolve(__dirname, '../../../test/fixtures/consistency');
const CLEAN = new Map(readdirSync(FOLDER).filter((f) => f.endsWith('.article')).sort().map((f) => [f, readFileSync(path.join(FOLDER, f), 'utf8')]));
const RULES = new Set(['entity-name-variant', 'entity-role-conflict']);

/** Every cross-article finding in the set, by file. */
function checkAll(texts: ReadonlyMap<string, string>): Array<{ file: string; text: string; finding: RatedFinding }> {
  const index = new WorkspaceIndex();
  for (const [file, text] of texts) index.set(file, summarize(parseArticle(text)));
  return [...texts].flatMap(([file, text]) => checkArticle(file, parseArticle(text), DEFAULT_SETTINGS, index)
    .filter((finding) => RULES.has(finding.ruleId))
    .map((finding) => ({ file, text: text.slice(finding.span.start, finding.span.end), finding })));
}

/** [file, written, planted, rule that should find it]: one-letter slips, swapped letters, a transliteration, swapped titles. */
const PLANTED: Array<[string, string, string, string]> = [
  ['03-ports-ready.article', 'Trade Minister Ingrid Halvorsen of', 'Trade Minister Ingrid Halvorson of', 'entity-name-variant'],
  ['04-commission-grant.article', 'Minister Pieter Vandermolen', 'Minister Pieter Vandermolem', 'entity-name-variant'],
  ['01-harbour-deal.article', 'Commissioner Tomas Lindqvist', 'Commissioner Tomas Lindqivst', 'entity-name-variant'],
  ['02-quota-row.article', 'Solveig Brandtzaeg', 'Solveig Brandtzeag', 'entity-name-variant'],
  ['06-festival.article', 'Marieke Oosterhuis', 'Marieke Oosterhius', 'entity-name-variant'],
  ['05-fleet-returns.article', 'Pieter Vandermolen', 'Peter Vandermolen', 'entity-name-variant'],
  ['02-quota-row.article', 'Tomas Lindqvist', 'Thomas Lindqvist', 'entity-name-variant'],
  ['04-commission-grant.article', 'Ingrid Halvorsen', 'Ingrid Halworsen', 'entity-name-variant'],
  ['01-harbour-deal.article', 'Solveig Brandtzaeg', 'Solveig Brandtzæg', 'entity-name-variant'],
  ['03-ports-ready.article', 'Marieke Oosterhuis', 'Marieke Osterhuis', 'entity-name-variant'],
  ['02-quota-row.article', 'Trade Minister Ingrid', 'Finance Minister Ingrid', 'entity-role-conflict'],
  ['05-fleet-returns.article', 'Fisheries Commissioner', 'Deputy Commissioner', 'entity-role-conflict'],
  ['03-ports-ready.article', 'Infrastructure Minister Pieter', 'Prime Minister Pieter', 'entity-role-conflict'],
  ['04-commission-grant.article', 'Trade Minister Ingrid', 'Trade Secretary Ingrid', 'entity-role-conflict'],
];

describe('cross-article rules on planted slips (test/fixtures/consistency)', () => {
  const words = [...CLEAN.values()].reduce((sum, text) => sum + countWords(parseArticle(text)), 0);

  it('the clean set raises no warning', () => {
    assert.deepEqual(checkAll(CLEAN).map(({ file, text, finding }) => `${file}: ${text}: ${finding.message}`), []);
  });

  it('finds the planted slips, each in its own article only, and nothing else', () => {
    let found = 0;
    let falseWarnings = 0;
    const missed: string[] = [];
    for (const [file, written, planted, rule] of PLANTED) {
      const text = CLEAN.get(file)!;
      assert.ok(text.includes(written), `${file} has “${written}”`);
      const texts = new Map(CLEAN).set(file, text.replace(written, planted));
      const findings = checkAll(texts);
      const hit = findings.filter(({ file: f, finding }) => f === file && finding.ruleId === rule && planted.includes(texts.get(file)!.slice(finding.span.start, finding.span.end)));
      if (hit.length > 0) found++;
      else missed.push(`${file}: ${planted}`);
      falseWarnings += findings.length - hit.length;
    }
    console.log(`planted slips found: ${found}/${PLANTED.length}; false warnings: ${falseWarnings} over ${PLANTED.length} runs of ${words} words`);
    assert.deepEqual(missed, []);
    assert.equal(falseWarnings, 0);
  });
});
