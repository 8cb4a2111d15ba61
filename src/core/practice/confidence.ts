/**
 * The confidence cut-off: which items are graded and which are shown as "discuss" items.
 *
 * Items built from a hand answer key are always graded (confidence 1). For analyser output the
 * contract carries calibrated probabilities only at sentence level (label probabilities and
 * pSubjective); spans found by lexicons (loaded words, hedges) and voices carry none. So each
 * skill takes as its confidence the sentence-level probability of the decision the expected
 * answer rests on, and is graded when that reaches the skill's cut-off:
 *
 * | skill           | confidence                                                           | cut-off |
 * |-----------------|----------------------------------------------------------------------|---------|
 * | classify        | probability of the sentence's label                                  | 0.70    |
 * | loaded-words    | writer-voice words: pSubjective; only source-voice words: p(attributed); none: 1 − pSubjective | 0.65 |
 * | who-says        | a source: p(attributed); "the writer": p(framing)                     | 0.70    |
 * | hedge-certainty | the highest label probability of the sentence (markers are lexical and carry no probability of their own; this proxy only keeps muddled sentences ungraded) | 0.60 |
 * | source-check    | a source given: p(attributed) + p(fact)·[source inside the sentence]; none: 1 − p(attributed) | 0.65 |
 * | neutral-rewrite | pSubjective (the rewrite removes the writer's judgement)            | 0.65    |
 * | missing-voices  | the weakest p(attributed) behind the heard voices (a voice is "heard" only through attributions) | 0.70 |
 *
 * The cut-offs are stricter where a wrong expected answer would teach the wrong lesson
 * (classify, who-says, missing voices) and looser where the answer is lexical (hedges).
 * They are constants so the UI and docs can state them; tune them against the analyser's
 * measured accuracy, not against one article.
 */
import type { Skill } from './types';

export const CONFIDENCE_CUTOFFS: Readonly<Record<Skill, number>> = {
  classify: 0.7,
  'loaded-words': 0.65,
  'who-says': 0.7,
  'hedge-certainty': 0.6,
  'source-check': 0.65,
  'neutral-rewrite': 0.65,
  'missing-voices': 0.7,
};

export function isGraded(skill: Skill, confidence: number, cutoffs: Readonly<Record<Skill, number>> = CONFIDENCE_CUTOFFS): boolean {
  return confidence >= cutoffs[skill];
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
