/**
 * Which analyser items are graded and which are shown as "discuss" items.
 *
 * Items built from a hand answer key are always graded (confidence 1). For analyser output each
 * generator first computes a raw score from the analysis — the sentence-level probability of the
 * decision its expected answer rests on:
 *
 * | skill           | raw score                                                             |
 * |-----------------|-----------------------------------------------------------------------|
 * | classify        | probability of the sentence's label                                   |
 * | loaded-words    | writer-voice words: P(framing); only source-voice words: P(attributed); none: 1 − P(framing) |
 * | who-says        | a source: P(attributed); "the writer": P(framing)                      |
 * | hedge-certainty | the highest label probability of the sentence                         |
 * | source-check    | a source given: P(attributed) + P(fact)·[source inside the sentence]; none: 1 − P(attributed) |
 * | neutral-rewrite | P(framing)                                                            |
 * | missing-voices  | the weakest P(attributed) behind the heard voices                     |
 *
 * That raw score is NOT the item's confidence: a sentence can be surely attributed while the
 * speaker the item expects is the wrong one. The item's confidence is the probability that its
 * expected answer agrees with a teacher's key, fitted per skill (logistic regression on a few
 * signals of the item, item-signals.ts; for classify on the raw score alone) on out-of-fold items: for each of 5 folds of our keyed training articles,
 * the label model is trained without that fold's articles, the fold's articles are analysed,
 * their items generated and each expected answer compared with the hand key
 * (scripts/train-item-confidence.ts, resources/models/item-confidence.json). The cut-off per skill
 * is the lowest calibrated confidence at which the out-of-fold items at or above it agree with
 * the keys at least `targetPrecision` of the time; a skill where no cut-off reaches it is never
 * graded (every item is a "discuss" item).
 *
 * Classify has a second, narrower grading: an item below its cut-off whose label is fact or framing is
 * graded on the writer's own voice alone (not attributed) when `calibrateVoiceConfidence` reaches
 * `VOICE_CUTOFF` — fitted the same way on those items, "agree" meaning the key does not call the sentence
 * attributed (file field `voice`).
 */
import calibrationFile from '../../../resources/models/item-confidence.json';
import { SKILLS, type Skill } from './types';

export interface SkillCalibration {
  /** Input names (item-signals.ts), in weight order; ['raw'] for a plain Platt scaling of the raw score. */
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Graded when the calibrated confidence is at least this (> 1: never graded). */
  cutoff: number;
  /** Out-of-fold items the calibration was fitted on, and how many agreed with the keys. */
  n: number;
  agreed: number;
  /** Share of those items graded at the cut-off, and the agreement of the graded ones (both out of fold). */
  coverage: number;
  precision: number;
  /** This skill's own bar, when it differs from the file's `targetPrecision`. */
  targetPrecision?: number;
}

export interface ItemConfidenceFile {
  format: 'framewise-item-confidence';
  version: string;
  createdAt: string;
  targetPrecision: number;
  fittedOn: string;
  skills: Record<Skill, SkillCalibration>;
  /**
   * Classify items graded on the writer's own voice alone (types.ts `voiceOnly`): the probability that
   * a sentence the analyser reads as fact or framing is not an attributed claim in the key, fitted on
   * the out-of-fold classify items whose label is not graded, on `voice_raw` (logit of 1 − P(attributed)).
   * Absent in older files: then no item is graded on its voice.
   */
  voice?: SkillCalibration;
}

/**
 * The hand-set cut-offs on the raw score, used before any calibration exists (and by tests of
 * the generators' mechanics, with `rawConfidence`).
 */
export const UNCALIBRATED_CUTOFFS: Readonly<Record<Skill, number>> = {
  classify: 0.7,
  'loaded-words': 0.65,
  'who-says': 0.7,
  'hedge-certainty': 0.6,
  'source-check': 0.65,
  'neutral-rewrite': 0.65,
  'missing-voices': 0.7,
};

function loadCalibration(): ItemConfidenceFile | null {
  const file = calibrationFile as unknown as ItemConfidenceFile;
  if (!file || file.format !== 'framewise-item-confidence') return null;
  return SKILLS.every((s) => file.skills[s] && Array.isArray(file.skills[s].features)) ? file : null;
}

export const ITEM_CALIBRATION: ItemConfidenceFile | null = loadCalibration();

/** The cut-off of the writer's-voice grading of classify items (> 1, or no calibration: never). */
export const VOICE_CUTOFF: number = ITEM_CALIBRATION?.voice?.cutoff ?? 2;

export const CONFIDENCE_CUTOFFS: Readonly<Record<Skill, number>> = ITEM_CALIBRATION
  ? (Object.fromEntries(SKILLS.map((s) => [s, ITEM_CALIBRATION!.skills[s].cutoff])) as Record<Skill, number>)
  : UNCALIBRATED_CUTOFFS;

function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The calibrated probability that an analyser item's expected answer is right, from its
 * signals (item-signals.ts) — or from the raw score alone, which is all some callers have.
 */
export function calibrateItemConfidence(skill: Skill, input: number | Record<string, number>): number {
  const signals = typeof input === 'number' ? { raw: logit(clamp01(input)) } : input;
  const c = ITEM_CALIBRATION?.skills[skill];
  if (c && typeof input === 'number' && !(c.features.length === 1 && c.features[0] === 'raw')) {
    throw new Error(`The ${skill} calibration needs the item's signals (item-signals.ts), not a raw score`);
  }
  if (!c) return clamp01(typeof input === 'number' ? input : sigmoid(signals.raw ?? 0));
  return applyCalibration(c, signals);
}

/** A fitted logistic calibration applied to an item's signals (standardised as when it was fitted). */
function applyCalibration(c: SkillCalibration, signals: Readonly<Record<string, number>>): number {
  let z = c.bias;
  c.features.forEach((name, k) => {
    z += c.weights[k] * (((signals[name] ?? 0) - c.mean[k]) / (c.std[k] || 1));
  });
  return clamp01(sigmoid(z));
}

/**
 * The calibrated probability that a classify item the analyser reads as fact or framing is in the
 * writer's own voice by the key too (not attributed), from its signals; 0 without a voice calibration.
 */
export function calibrateVoiceConfidence(signals: Readonly<Record<string, number>>): number {
  const c = ITEM_CALIBRATION?.voice;
  return c ? applyCalibration(c, signals) : 0;
}

/**
 * The raw score at which a skill's calibrated confidence reaches its cut-off, the item's other
 * inputs held at `given` (Infinity when it is never graded, NaN when the calibration uses an input
 * `given` does not fix). Classify is calibrated on the label probability and which label it is
 * (keys agree with "attributed" at 0.85 more often than with "fact" at 0.95), so the reader asks per
 * label: `rawCutoff('classify', labelSignals('fact'))`. The reader uses that value to call a label
 * "uncertain", so what it calls uncertain is never graded on its label (a fact-or-framing one may still
 * be graded on the writer's voice alone, `calibrateVoiceConfidence`).
 */
export function rawCutoff(skill: Skill, given: Readonly<Record<string, number>> = {}): number {
  const c = ITEM_CALIBRATION?.skills[skill];
  if (!c) return UNCALIBRATED_CUTOFFS[skill];
  if (c.cutoff > 1) return Infinity;
  const k = c.features.indexOf('raw');
  if (k < 0 || c.features.some((f) => f !== 'raw' && !(f in given))) return NaN;
  const w = c.weights[k] / (c.std[k] || 1);
  if (w <= 0) return Infinity; // confidence falling as the label probability rises: never call a label likely
  let rest = c.bias;
  c.features.forEach((f, j) => {
    if (j !== k) rest += c.weights[j] * ((given[f] - c.mean[j]) / (c.std[j] || 1));
  });
  const z = (logit(c.cutoff) - rest) / w + c.mean[k];
  return sigmoid(z);
}

/** The classify calibration's inputs that say which label an item asks about. */
export function labelSignals(label: 'fact' | 'attributed' | 'framing'): Record<string, number> {
  return { is_fact: +(label === 'fact'), is_attributed: +(label === 'attributed'), is_framing: +(label === 'framing') };
}

export function isGraded(skill: Skill, confidence: number, cutoffs: Readonly<Record<Skill, number>> = CONFIDENCE_CUTOFFS): boolean {
  return confidence >= cutoffs[skill];
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
