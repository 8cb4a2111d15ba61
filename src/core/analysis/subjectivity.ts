/**
 * Adapter to the trained subjectivity model (subjectivity-model.ts, owned by the model work).
 * The rule score works on its own; when the model loads, its P(subjective) is combined with it.
 * Loading failures (missing or outdated weights) leave the analyser on rules alone.
 */
import { loadSubjectivityModel, type FeatureConfig, type NgramGroups, type SparseVector } from './subjectivity-model';

export interface SubjectivityPredictor {
  predict(sentence: string, features?: Record<string, number>, ngrams?: SparseVector | NgramGroups): number;
  /** The model's hashed n-grams of a sentence, shared with the label model (optional for test doubles). */
  ngrams?(sentence: string): SparseVector;
  /** The same n-grams unbuilt (subjectivity-model.ts ngramGroups): what the analyser shares when offered. */
  ngramGroups?(sentence: string): NgramGroups;
  readonly featureConfig?: FeatureConfig;
  /** Decision threshold on predict(); 0.5 when absent. */
  readonly threshold?: number;
}

export function loadDefaultSubjectivity(): SubjectivityPredictor | null {
  try {
    const model = loadSubjectivityModel();
    // Probe once so a broken weights file is caught here, not mid-analysis.
    const p = model.predict('The meeting took place on Monday.');
    return Number.isFinite(p) ? model : null;
  } catch {
    return null;
  }
}

/**
 * P(subjective) and the decision. Without a model: the rule probability of framing (the writer's
 * own view), subjective at 0.5. With a model: the model's calibrated P(subjective) and its own
 * threshold (chosen by the model's training script on NewsSD-ENG val). The model was built for
 * this task; the rule score targets the three-way label and is weaker on SUBJ/OBJ
 * (NewsSD val macro-F1 ~0.64 rules vs ~0.61 model on 99 sentences, but on larger sets
 * the model is clearly ahead; see docs/EVALUATION.md), so the rules only feed it as features.
 */
export function combineSubjectivity(
  pFramingRule: number,
  pModel: number | null,
  threshold = 0.5,
): { p: number; subjective: boolean } {
  if (pModel === null || !Number.isFinite(pModel)) return { p: pFramingRule, subjective: pFramingRule >= 0.5 };
  return { p: pModel, subjective: pModel >= threshold };
}
