import type { SentenceLabel } from '../../analysis/types';
import { msg, type Message } from '../messages';
import { shuffled } from '../random';
import type { ClassifyItem } from '../types';
import {
  attributionsIn,
  baseFields,
  eligibleSentenceIndices,
  explanation,
  roundRobin,
  sentenceHighlights,
  sentenceMaterial,
  skillRandom,
  type GenerationContext,
} from './context';

const LABELS: SentenceLabel[] = ['fact', 'attributed', 'framing'];
const FRAMING_CUE_KINDS = new Set(['loaded', 'interpretation', 'motive', 'prediction', 'call-to-action', 'certainty', 'hedge', 'first-person', 'intensifier']);

/** Sentences sampled evenly across the three labels (plain facts included whenever the article has them). */
export function generateClassify(ctx: GenerationContext): ClassifyItem[] {
  const random = skillRandom(ctx, 'classify');
  const pools = LABELS.map((label) =>
    shuffled(
      eligibleSentenceIndices(ctx).filter((i) => ctx.analysis.sentences[i].label === label),
      random,
    ),
  );
  const chosen = roundRobin(pools, ctx.limits.classify).sort((a, b) => a - b);
  return chosen.map((i) => {
    const s = ctx.analysis.sentences[i];
    const base = baseFields(ctx, 'classify', i, s.start, s.probabilities[s.label], sentenceMaterial(ctx, i));
    const cues = sentenceHighlights(ctx, i);
    return {
      ...base,
      skill: 'classify',
      choices: LABELS.slice(),
      probabilities: { ...s.probabilities },
      key: { label: s.label },
      explanation: explanation(ctx, i, cues, classifyWhy(ctx, i, cues), base.graded),
    };
  });
}

function classifyWhy(ctx: GenerationContext, i: number, cues: { kind: string; text: string }[]): Message[] {
  const s = ctx.analysis.sentences[i];
  if (s.label === 'fact') return [msg('why.classify.fact')];
  if (s.label === 'attributed') {
    const a = attributionsIn(ctx, i)[0];
    // Mid-sentence, "The institute" reads "the institute": "reports what the institute said".
    if (a?.source) return [msg('why.classify.attributed', { source: a.source.text.replace(/^(The|A|An|This|These|Its|Their) /, (w) => w.toLowerCase()), cue: a.cue.text })];
    const verb = cues.find((c) => c.kind === 'reporting-verb');
    return [msg('why.classify.attributed-no-source', { cue: a?.cue.text ?? verb?.text ?? '' })];
  }
  const framing = cues.filter((c) => FRAMING_CUE_KINDS.has(c.kind)).map((c) => c.text);
  return [framing.length ? msg('why.classify.framing', { cues: framing }) : msg('why.classify.framing-generic')];
}
