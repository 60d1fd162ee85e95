// Shared by the eval tools: JSON Lines in and out, the project's scorer (../shared/tools/score.mjs) run on a gold
// file and a prediction file, and the project's news gold sets (test/fixtures/{quotes,money}/news-*.jsonl).
import { mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { readJsonl, writeJsonl } from '../helpers/jsonl';
import { DATA_ROOT, REPO_ROOT } from './entity-data';

export { readJsonl, writeJsonl };

/** Where the eval tools leave gold files they derive, predictions and scores. */
export const EVAL_OUT = path.join(REPO_ROOT, '.cache', 'eval');
const SCORER = path.resolve(DATA_ROOT, '../tools/score.mjs');

/** Runs the scorer on a gold file and a prediction file; returns its JSON report. */
export function runScorer<T>(label: string, gold: string, predicted: string): T {
  const scoreFile = predicted.replace(/\.jsonl$/, '') + '.score.json';
  const scored = spawnSync(process.execPath, [SCORER, gold, predicted, '--json', scoreFile], { encoding: 'utf8' });
  if (scored.status !== 0) throw new Error(`scorer failed on ${label}: ${scored.stderr}`);
  return JSON.parse(readFileSync(scoreFile, 'utf8')) as T;
}

export interface GoldSet {
  name: string;
  /** The gold file the scorer reads. */
  gold: string;
}

/**
 * The articles of test/fixtures/entities/news-*.jsonl with gold for one layer: quotes also have news-dev3 to
 * news-dev9, the texts of news-train-c, -e, -k, -l, -m, -p and -y (trained on for names, never for quotes).
 */
const NEWS_SETS = { quotes: ['news-dev', 'news-dev2', 'news-dev3', 'news-dev4', 'news-dev5', 'news-dev6', 'news-dev7', 'news-dev8', 'news-dev9', 'news-heldout'], money: ['news-dev', 'news-dev2', 'news-heldout'] };

/**
 * The news gold sets of one layer, each on its own, then all of them together (`news-all`, a gold file joined
 * under .cache/eval) for a figure on more than a handful of articles.
 */
export function newsSets(layer: 'quotes' | 'money'): GoldSet[] {
  const sets = NEWS_SETS[layer].map((name) => ({ name, gold: path.join(REPO_ROOT, 'test/fixtures', layer, `${name}.jsonl`) }));
  mkdirSync(EVAL_OUT, { recursive: true });
  const all = path.join(EVAL_OUT, `${layer}-news-all.gold.jsonl`);
  writeJsonl(all, sets.flatMap((set) => readJsonl(set.gold)));
  return [...sets, { name: 'news-all', gold: all }];
}
