// npm run eval: entity F1 on the dev sets with the project's scorer (../shared/tools/score.mjs), of the mentions
// `annotate` writes, plus the candidate recall (how many gold names the span rules offer the classifier at all), to see where errors come from.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { parseArticle } from '../../server/analysis/article';
import { EntityModelData, MentionDetector } from '../../server/analysis/entities';
import { findCandidates } from '../../server/analysis/name-candidates';
import { GAZETTEER_PLACES } from '../../server/analysis/places';
import { DATA_ROOT, DEV_SETS, GoldDocument, PROJECT_DEV_SETS, readProjectSet, readSet, REPO_ROOT, TRAINING_SETS } from './entity-data';

const ROOT = REPO_ROOT;
const OUT = path.join(ROOT, '.cache', 'eval');
const SCORER = path.resolve(DATA_ROOT, '../tools/score.mjs');

// `npm run eval -- [--model <weights>] [set names…]`: the shipped weights, or others (see `npm run train -- --leave-out`).
const args = process.argv.slice(2);
const modelAt = args.indexOf('--model');
const modelFile = modelAt >= 0 ? path.resolve(args[modelAt + 1]) : path.join(ROOT, 'server/analysis/data/entity-model.json');
// Without --model, modelAt is -1: the filter must not then drop the first set name (index modelAt + 1).
const only = modelAt >= 0 ? args.filter((_, i) => i !== modelAt && i !== modelAt + 1) : args;
const data = JSON.parse(readFileSync(modelFile, 'utf8')) as EntityModelData;
const detector = new MentionDetector(data, GAZETTEER_PLACES);
mkdirSync(OUT, { recursive: true });

/** Predicts every document of a set, scores the predictions against the gold file and prints one line. */
function evaluate(label: string, goldFile: string, docs: GoldDocument[], predictedName: string): void {
  let gold = 0;
  let offered = 0;
  const lines: string[] = [];
  for (const doc of docs) {
    const model = parseArticle(doc.text, detector);
    const candidates = new Set(findCandidates(model, detector.lexicon).map((c) => `${c.start}:${c.end}`));
    gold += doc.entities.length;
    offered += doc.entities.filter((e) => candidates.has(`${e.start}:${e.end}`)).length;
    // What `annotate` writes: the linked mentions of the whole parse (quoted names and linking included).
    lines.push(JSON.stringify({ id: doc.id, entities: model.entities.map(({ start, end, type }) => ({ start, end, type })) }));
  }
  const predicted = path.join(OUT, predictedName + '.jsonl');
  writeFileSync(predicted, lines.join('\n') + '\n');
  const scored = spawnSync(process.execPath, [SCORER, goldFile, predicted, '--json', predicted + '.score.json'], { encoding: 'utf8' });
  if (scored.status !== 0) throw new Error(`scorer failed on ${label}: ${scored.stderr}`);
  const score = JSON.parse(readFileSync(predicted + '.score.json', 'utf8'));
  const cells = ['PERSON', 'ORG', 'LOC', 'MISC'].map((type) => {
    const s = score.entities?.[type]?.exact;
    return s ? `${type} ${s.f1.toFixed(3)} (P ${s.p.toFixed(2)} R ${s.r.toFixed(2)})` : `${type} -`;
  });
  console.log(`${label.padEnd(22)} ${cells.join('  ')}  | candidate recall ${(offered / gold).toFixed(3)}`);
}

for (const set of DEV_SETS.filter((s) => only.length === 0 || only.some((o) => s.includes(o)))) {
  evaluate(set, path.join(DATA_ROOT, set), readSet(set), set.replace(/[/.]/g, '-'));
}
// The project's own news-domain sets (paths relative to the repository), each on its own line.
for (const set of PROJECT_DEV_SETS.filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)))) {
  evaluate(set.name, path.join(ROOT, set.file), readProjectSet(set.file), set.name);
}
// Our training sets, only when named: a fair score only for weights trained without them.
for (const set of TRAINING_SETS.filter((s) => s.project && only.some((o) => s.file.includes(o)))) {
  const name = path.basename(set.file, '.jsonl');
  evaluate(name, path.join(ROOT, set.file), readProjectSet(set.file), name);
}
