// A multiclass averaged perceptron over sparse string features: small, fast to apply (a few map lookups per
// feature) and trained in seconds on the openly licensed data in ../shared/data (npm run train).

export interface PerceptronWeights {
  classes: string[];
  /** The features ("prev=said", "titled"), in the order of their weights. */
  features: string[];
  /**
   * One weight per class for each feature in turn, rounded: features.length × classes.length numbers. One flat
   * array, since the bundled model stays in memory in every thread that loads it, and an object of 39,000 small
   * arrays took 6.6 MB there where two arrays take 2.6.
   */
  weights: number[];
}

/**
 * Receives a feature as a template and a value ("prev", "said"); a feature without a value is a flag ("titled").
 * `token`: the token whose lower-case word the value is, where it is one ("said" before a name), so that a sink
 * may keep what it looked up by the token's spelling.
 */
export type FeatureSink = (template: string, value?: string, token?: number) => void;

/** The string form of a feature, as training stores it: "prev=said", or "titled". */
export const featureKey = (template: string, value?: string) => (value === undefined ? template : `${template}=${value}`);

export class Perceptron {
  /**
   * template → value → where the feature's weights start in `pool`. Looking up the template (a constant string)
   * and then the value (a slice of the article) saves building "prev=said" for every feature of every candidate.
   */
  private readonly offsets = new Map<string, Map<string, number>>();
  /**
   * flag → where its weights start in `pool` (its template's weights for the value ''): a feature without a value
   * ("titled") is found in one lookup instead of two, and candidates emit several flags each.
   */
  private readonly flags = new Map<string, number>();
  /**
   * Every feature's weights, one run of classes.length numbers each, in one flat array: a typed array (or a view)
   * per feature made some 27,000 small objects in every thread that loads the model, slower to load and larger.
   */
  private readonly pool: Float64Array;

  constructor(readonly classes: readonly string[], features: readonly string[], weights: readonly number[]) {
    const n = classes.length;
    if (weights.length !== features.length * n) throw new Error(`model: ${weights.length} weights for ${features.length} features of ${n} classes`);
    this.pool = Float64Array.from(weights);
    features.forEach((feature, i) => {
      const cut = feature.indexOf('=');
      const template = cut < 0 ? feature : feature.slice(0, cut);
      const value = cut < 0 ? '' : feature.slice(cut + 1);
      let values = this.offsets.get(template);
      if (!values) this.offsets.set(template, (values = new Map()));
      values.set(value, i * n);
    });
    for (const [template, values] of this.offsets) {
      const at = values.get('');
      if (at !== undefined) this.flags.set(template, at);
    }
  }

  /** A sink that adds each feature's weights to `scores`. */
  scorer(scores: Float64Array): FeatureSink {
    const { offsets, flags, pool } = this;
    return (template, value) => {
      const at = value === undefined ? flags.get(template) : offsets.get(template)?.get(value);
      if (at !== undefined) for (let c = 0; c < scores.length; c++) scores[c] += pool[at + c];
    };
  }

  /** Where the weights of the flag `template` start, or -1 for a flag the model does not have. */
  flagOffsetOf(template: string): number {
    return this.flags.get(template) ?? -1;
  }

  /** Where the weights of each value of `template` start, by value: for a caller that looks up many values of it. */
  valuesOf(template: string): ReadonlyMap<string, number> | undefined {
    return this.offsets.get(template);
  }

  /** Adds the weights that start at `at` (from flagOffsetOf or valuesOf) to `scores`, as the scorer's sink adds a feature's. */
  addWeights(scores: Float64Array, at: number): void {
    for (let c = 0; c < scores.length; c++) scores[c] += this.pool[at + c];
  }
}

/** Training side: the averaged perceptron keeps running totals so that the final weights are the average over all updates. */
export class PerceptronTrainer {
  /** The live weights, by feature key ("prev=said"): training predicts with these as they change. */
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(readonly classes: readonly string[]) {}

  /** One online update; returns the class predicted before the update. */
  learn(features: readonly string[], truth: number, weight = 1): number {
    this.instances++;
    const guess = this.predict(features);
    if (guess !== truth) {
      for (const feature of features) {
        this.update(feature, truth, weight);
        this.update(feature, guess, -weight);
      }
    }
    return guess;
  }

  /** The class with the highest summed weight, the first on ties. */
  private predict(features: readonly string[]): number {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const w = this.weights.get(feature);
      if (w) for (let c = 0; c < scores.length; c++) scores[c] += w[c];
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }

  /** Averaged weights, without features whose every weight is below `minimum` (they change no decision that matters). */
  finish(precision = 1000, minimum = 0.01): PerceptronWeights {
    const features: string[] = [];
    const weights: number[] = [];
    for (const [feature, w] of this.weights) {
      const total = this.totals.get(feature)!;
      const stamp = this.stamps.get(feature)!;
      const averaged = Array.from(w, (value, c) => {
        const sum = total[c] + (this.instances - stamp[c]) * value;
        return Math.round((sum / this.instances) * precision) / precision;
      });
      if (!averaged.some((value) => Math.abs(value) >= minimum)) continue;
      features.push(feature);
      weights.push(...averaged);
    }
    return { classes: [...this.classes], features, weights };
  }

  private update(feature: string, c: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(this.classes.length);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(this.classes.length));
      this.stamps.set(feature, new Float64Array(this.classes.length));
    }
    const total = this.totals.get(feature)!;
    const stamp = this.stamps.get(feature)!;
    total[c] += (this.instances - stamp[c]) * w[c];
    stamp[c] = this.instances;
    w[c] += delta;
  }
}
