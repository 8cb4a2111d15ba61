/**
 * The sentence label: a small multinomial logistic score with hand-set weights over the cues
 * found in the sentence, turned into probabilities with a softmax. The weights encode the
 * seed-gold taxonomy (see README.md in this folder):
 *  - attributed: a source + reporting cue, scaled by how much of the sentence the attributed
 *    material covers (a sentence "dominated by the attributed content");
 *  - framing: the writer's own loaded words, interpretation, motive readings, predictions, calls
 *    to action, certainty markers and first person (cues inside a source's words do not count);
 *  - fact: the baseline for a sentence with none of the above, raised by checkable anchors.
 * A trained subjectivity model, when present, shifts the framing score by its log-odds.
 */
import type { SentenceLabel } from './types';

export type FeatureVector = Record<string, number>;

/** Stable feature names (also the keys returned by lexiconFeatures()). */
export const FEATURE_NAMES = [
  'n_tokens', 'attribution', 'attr_coverage', 'direct_quote', 'quote_coverage', 'report_neutral',
  'report_stance', 'according_to', 'source_named', 'source_group', 'source_vague', 'source_anonymous',
  'source_pronoun', 'loaded_writer', 'loaded_source', 'hedge_writer', 'hedge_source', 'certainty_writer',
  'intensifier_writer', 'interpretation', 'motive', 'prediction', 'call_to_action', 'first_person',
  'anchors', 'numbers', 'dates', 'comparisons', 'question', 'exclamation', 'adj_ratio', 'adv_ratio',
  'propn_ratio', 'modal_ratio',
] as const;

export const WEIGHTS = {
  fact: { bias: 0.6, anchor: 0.45, maxAnchors: 2, propn: 0.3 },
  attributed: { base: 1.2, coverage: 2.6, direct: 0.6, quoteOnly: 1.6 },
  framing: {
    loadedFirst: 1.6, loadedMore: 0.6, loadedCap: 3, interpretation: 1.8, motive: 1.6, prediction: 1.4,
    callToAction: 1.7, firstPerson: 1.2, certainty: 1.0, hedge: 0.35, intensifier: 0.3, exclamation: 0.6,
    question: 0.5, adj: 1.5,
  },
  /** Scale on the model's log-odds added to the framing score, and its cap either way. */
  model: 0.35,
  modelCap: 1.0,
  /**
   * Softmax temperature (larger = less confident). The one fitted number: chosen to minimise the
   * log-loss of the sample-library keys (NLL 0.40 at 1.0 -> 0.33 at 0.55; expected calibration
   * error 0.14 -> ~0.02). Optimistic, since the same keys guided the rules.
   */
  temperature: 0.55,
};

export function logits(f: FeatureVector): Record<SentenceLabel, number> {
  const w = WEIGHTS;
  const fact = w.fact.bias + w.fact.anchor * Math.min(f.anchors, w.fact.maxAnchors) + (f.propn_ratio > 0.1 ? w.fact.propn : 0);
  let attributed = 0;
  if (f.attribution > 0) attributed = w.attributed.base + w.attributed.coverage * f.attr_coverage + (f.direct_quote ? w.attributed.direct : 0);
  else if (f.quote_coverage > 0.5) attributed = w.attributed.quoteOnly;
  const lw = Math.min(f.loaded_writer, w.framing.loadedCap);
  const framing =
    (lw > 0 ? w.framing.loadedFirst + w.framing.loadedMore * (lw - 1) : 0) +
    w.framing.interpretation * Math.min(f.interpretation, 2) +
    w.framing.motive * Math.min(f.motive, 2) +
    w.framing.prediction * Math.min(f.prediction, 2) +
    w.framing.callToAction * Math.min(f.call_to_action, 2) +
    w.framing.firstPerson * Math.min(f.first_person, 1) +
    w.framing.certainty * Math.min(f.certainty_writer, 2) +
    w.framing.hedge * Math.min(f.hedge_writer, 2) +
    w.framing.intensifier * Math.min(f.intensifier_writer, 2) +
    w.framing.exclamation * f.exclamation +
    w.framing.question * f.question +
    w.framing.adj * Math.max(0, f.adj_ratio - 0.15);
  return { fact, attributed, framing };
}

export function softmax(z: Record<SentenceLabel, number>, temperature = WEIGHTS.temperature): Record<SentenceLabel, number> {
  const m = Math.max(z.fact, z.attributed, z.framing);
  const a = Math.exp((z.fact - m) / temperature);
  const b = Math.exp((z.attributed - m) / temperature);
  const c = Math.exp((z.framing - m) / temperature);
  const s = a + b + c;
  return { fact: a / s, attributed: b / s, framing: c / s };
}

export function argmax(p: Record<SentenceLabel, number>): SentenceLabel {
  let best: SentenceLabel = 'fact';
  for (const k of ['attributed', 'framing'] as const) if (p[k] > p[best]) best = k;
  return best;
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}
