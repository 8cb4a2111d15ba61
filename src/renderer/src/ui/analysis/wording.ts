/** Plain-language wording of the analyser's labels and probabilities. */
import type { SentenceAnalysis, SentenceLabel } from '../../../../core/analysis/types';
import { labelSignals, rawCutoff } from '../../../../core/practice/confidence';
import { formatPercent, ta } from '../../i18n/analysis.en';
import type { AnalysisSource } from '../../analysis/use-article-analysis';

/** At or above: "very likely". */
export const VERY_LIKELY = 0.85;
/**
 * At or above: "likely"; below: "uncertain — discuss". The probability of `label` at which practice
 * starts grading a classify item on it (the calibrated cut-off mapped back to the label probability,
 * per label, capped at "very likely"), so what the reader calls uncertain is never graded on its label
 * (practice may still grade whether such a sentence is the writer's own statement, confidence.ts).
 */
export function likelyCutoff(label: SentenceLabel): number {
  return LIKELY_BY_LABEL[label];
}
const LIKELY_BY_LABEL: Readonly<Record<SentenceLabel, number>> = {
  fact: Math.min(VERY_LIKELY, rawCutoff('classify', labelSignals('fact'))),
  attributed: Math.min(VERY_LIKELY, rawCutoff('classify', labelSignals('attributed'))),
  framing: Math.min(VERY_LIKELY, rawCutoff('classify', labelSignals('framing'))),
};

export function labelName(label: SentenceLabel): string {
  return ta(`analysis.label.${label}`);
}

export function labelTag(label: SentenceLabel): string {
  return ta(`analysis.tag.${label}`);
}

export function labelHelp(label: SentenceLabel): string {
  return ta(`analysis.labelHelp.${label}`);
}

export type Confidence = 'very-likely' | 'likely' | 'uncertain' | 'key';

export function confidenceOf(probability: number, label: SentenceLabel, source: AnalysisSource = 'analyser'): Confidence {
  if (source === 'key') return 'key';
  if (probability >= VERY_LIKELY) return 'very-likely';
  if (probability >= likelyCutoff(label)) return 'likely';
  return 'uncertain';
}

/** "very likely (92%)", "likely (74%)", "uncertain — discuss (48%)", or "from the answer key". */
export function probabilityWords(probability: number, label: SentenceLabel, source: AnalysisSource = 'analyser'): string {
  const percent = formatPercent(probability);
  switch (confidenceOf(probability, label, source)) {
    case 'key':
      return ta('analysis.prob.key');
    case 'very-likely':
      return ta('analysis.prob.veryLikely', { percent });
    case 'likely':
      return ta('analysis.prob.likely', { percent });
    default:
      return ta('analysis.prob.uncertain', { percent });
  }
}

export function labelProbability(sentence: SentenceAnalysis): number {
  return sentence.probabilities[sentence.label] ?? 0;
}
