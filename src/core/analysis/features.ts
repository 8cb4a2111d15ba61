/**
 * lexiconFeatures(sentence): the rule-based feature vector for one sentence (counts of loaded
 * words in the writer's voice, hedges, reporting cues, attribution coverage, framing cues,
 * check-worthy anchors, POS ratios). Keys are listed in scoring.ts FEATURE_NAMES and stay stable.
 * Pure apart from a lazily created shared analyser (rules only, never the trained model, so a
 * model can use these as inputs without a cycle).
 */
import { createAnalyser, type Analyser } from './analyser';
import type { FeatureVector } from './scoring';

let shared: Analyser | null = null;

export function lexiconFeatures(sentenceText: string): Record<string, number> {
  if (!shared) shared = createAnalyser({ subjectivity: null });
  return shared.features(sentenceText) as FeatureVector;
}
