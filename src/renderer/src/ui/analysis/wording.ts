/** Plain-language wording of the analyser's labels and probabilities. */
import type { SentenceAnalysis, SentenceLabel } from '../../../../core/analysis/types';
import { rawCutoff } from '../../../../core/practice/confidence';
import { formatPercent, ta } from '../../i18n/analysis.en';
import type { AnalysisSource } from '../../analysis/use-article-analysis';

/** At or above: "very likely". */
export const VERY_LIKELY = 0.85;
/**
 * At or above: "likely"; below: "uncertain — discuss". The label probability at which practice
 * starts grading a classify item (the calibrated cut-off mapped back to the label probability,
 * capped at "very likely"), so what the reader calls uncertain is never graded.
 */
export const LIKELY = Math.min(VERY_LIKELY, rawCutoff('classify'));

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

export function confidenceOf(probability: number, source: AnalysisSource = 'analyser'): Confidence {
  if (source === 'key') return 'key';
  if (probability >= VERY_LIKELY) return 'very-likely';
  if (probability >= LIKELY) return 'likely';
  return 'uncertain';
}

/** "very likely (92%)", "likely (74%)", "uncertain — discuss (48%)", or "from the answer key". */
export function probabilityWords(probability: number, source: AnalysisSource = 'analyser'): string {
  const percent = formatPercent(probability);
  switch (confidenceOf(probability, source)) {
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
