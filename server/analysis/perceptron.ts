// A multiclass averaged perceptron over sparse string features: small, fast to apply (a few map lookups per
// feature) and trained in seconds on the openly licensed data in ../shared/data (npm run train).

export interface PerceptronWeights {
  classes: string[];
  /** feature → one weight per class, rounded. */
  weights: Record<string, number[]>;
}

/** Receives a feature as a template and a value ("prev", "said"); a feature without a value is a flag ("titled"). */
export type FeatureSink = (template: string, value?: string) => void;

/** The string form of a feature, as training stores it: "prev=said", or "titled". */
export const featureKey = (template: string, value?: string) => (value === undefined ? template : `${template}=${value}`);

export class Perceptron {
  /**
   * template → value → weights. Looking up the template (a constant string) and then the value (a slice of the
   * article) saves building "prev=said" for every feature of every candidate.
   */
  private readonly weights = new Map<string, Map<string, Float64Array>>();

  constructor(readonly classes: readonly string[], weights?: Record<string, number[]>) {
    if (!weights) return;
    // Every feature's weights are a view into one buffer: 27,000 features each with an ArrayBuffer of its own
    // held ~3 MB more in every thread that loads the model.
    const n = classes.length;
    const features = Object.keys(weights);
    const pool = new Float64Array(features.length * n);
    features.forEach((feature, i) => {
      const values = pool.subarray(i * n, (i + 1) * n);
      values.set(weights[feature]);
      this.set(feature, values);
    });
  }

  set(feature: string, values: Float64Array): void {
    const cut = feature.indexOf('=');
    const template = cut < 0 ? feature : feature.slice(0, cut);
    const value = cut < 0 ? '' : feature.slice(cut + 1);
    let values2 = this.weights.get(template);
    if (!values2) this.weights.set(template, (values2 = new Map()));
    values2.set(value, values);
  }

  get(feature: string): Float64Array | undefined {
    const cut = feature.indexOf('=');
    return cut < 0 ? this.weights.get(feature)?.get('') : this.weights.get(feature.slice(0, cut))?.get(feature.slice(cut + 1));
  }

  /** A sink that adds each feature's weights to `scores`. */
  scorer(scores: Float64Array): FeatureSink {
    return (template, value) => {
      const w = this.weights.get(template)?.get(value ?? '');
      if (w) for (let c = 0; c < scores.length; c++) scores[c] += w[c];
    };
  }

  predict(features: readonly string[]): number {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const w = this.get(feature);
      if (w) for (let c = 0; c < scores.length; c++) scores[c] += w[c];
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }
}

/** Training side: the averaged perceptron keeps running totals so that the final weights are the average over all updates. */
export class PerceptronTrainer {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private readonly model: Perceptron;
  private instances = 0;

  constructor(readonly classes: readonly string[]) {
    this.model = new Perceptron(classes);
  }

  /** One online update; returns the class predicted before the update. */
  learn(features: readonly string[], truth: number, weight = 1): number {
    this.instances++;
    const guess = this.model.predict(features);
    if (guess !== truth) {
      for (const feature of features) {
        this.update(feature, truth, weight);
        this.update(feature, guess, -weight);
      }
    }
    return guess;
  }

  /** Averaged weights, without features whose every weight is below `minimum` (they change no decision that matters). */
  finish(precision = 1000, minimum = 0.01): PerceptronWeights {
    const out: Record<string, number[]> = {};
    for (const [feature, w] of this.weights) {
      const total = this.totals.get(feature)!;
      const stamp = this.stamps.get(feature)!;
      const averaged = Array.from(w, (value, c) => {
        const sum = total[c] + (this.instances - stamp[c]) * value;
        return Math.round((sum / this.instances) * precision) / precision;
      });
      if (averaged.some((value) => Math.abs(value) >= minimum)) out[feature] = averaged;
    }
    return { classes: [...this.classes], weights: out };
  }

  private update(feature: string, c: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(this.classes.length);
      this.weights.set(feature, w);
      // The model predicts with the live weights while training.
      this.model.set(feature, w);
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
