/** Classification metrics used by eval and training. */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function binaryCounts(gold: boolean[], pred: boolean[]): BinaryCounts {
  if (gold.length !== pred.length) throw new Error('gold and pred differ in length');
  const c: BinaryCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] && pred[i]) c.tp++;
    else if (!gold[i] && pred[i]) c.fp++;
    else if (gold[i] && !pred[i]) c.fn++;
    else c.tn++;
  }
  return c;
}

export function precisionRecallF1(c: Pick<BinaryCounts, 'tp' | 'fp' | 'fn'>): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** F1 of the positive class. */
export function f1Score(gold: boolean[], pred: boolean[]): number {
  return precisionRecallF1(binaryCounts(gold, pred)).f1;
}

/** Mean of the positive-class F1 and the negative-class F1 (as sklearn's f1_score(average='macro')). */
export function macroF1(gold: boolean[], pred: boolean[]): number {
  const c = binaryCounts(gold, pred);
  const pos = precisionRecallF1(c).f1;
  const neg = precisionRecallF1({ tp: c.tn, fp: c.fn, fn: c.fp }).f1;
  return (pos + neg) / 2;
}

export function accuracy<T>(gold: T[], pred: T[]): number {
  if (gold.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) ok++;
  return ok / gold.length;
}

/** Per-class precision / recall / F1 for a multi-class labelling. */
export function perClassF1<T extends string>(gold: T[], pred: T[], classes: readonly T[]): Record<T, { precision: number; recall: number; f1: number; support: number }> {
  const out = {} as Record<T, { precision: number; recall: number; f1: number; support: number }>;
  for (const k of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === k && gold[i] === k) tp++;
      else if (pred[i] === k) fp++;
      else if (gold[i] === k) fn++;
    }
    out[k] = { ...precisionRecallF1({ tp, fp, fn }), support: tp + fn };
  }
  return out;
}

/** Expected calibration error with equal-width probability bins, and the Brier score. */
export function calibration(probs: number[], gold: boolean[], bins = 10): { ece: number; brier: number } {
  const count = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  let brier = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i];
    const b = Math.min(bins - 1, Math.floor(p * bins));
    count[b]++;
    conf[b] += p;
    if (gold[i]) hits[b]++;
    brier += (p - (gold[i] ? 1 : 0)) ** 2;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]) ece += (count[b] / probs.length) * Math.abs(conf[b] / count[b] - hits[b] / count[b]);
  return { ece, brier: probs.length ? brier / probs.length : 0 };
}

/**
 * Percentile bootstrap confidence interval of a metric over sentences (seeded, so the printed
 * interval is stable between runs).
 */
export function bootstrapInterval(
  gold: boolean[],
  pred: boolean[],
  metric: (g: boolean[], p: boolean[]) => number,
  iterations = 1000,
  seed = 7,
  level = 0.95,
): [number, number] {
  let state = seed >>> 0;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const n = gold.length;
  const values: number[] = [];
  const g = new Array<boolean>(n);
  const p = new Array<boolean>(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      g[i] = gold[k];
      p[i] = pred[k];
    }
    values.push(metric(g, p));
  }
  values.sort((a, b) => a - b);
  const lo = values[Math.floor(((1 - level) / 2) * (iterations - 1))];
  const hi = values[Math.ceil((1 - (1 - level) / 2) * (iterations - 1))];
  return [lo, hi];
}
