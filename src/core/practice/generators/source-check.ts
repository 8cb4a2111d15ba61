import type { CheckWorthyClaim, SourceKind } from '../../analysis/types';
import { formatMessage, msg } from '../messages';
import { shuffled } from '../random';
import { tokenize, tokensInSpan } from '../tokens';
import type { Highlight, SourceCheckItem, SourceCheckKind } from '../types';
import {
  baseFields,
  eligibleSentenceIndices,
  explanation,
  roundRobin,
  sentenceMaterial,
  skillRandom,
  type GenerationContext,
} from './context';

/**
 * How the learner is asked to sort the analyser's source kinds: a person or body you could
 * look up is "named" (a pronoun points back to one); a group, an anonymous or a vague
 * description is "vague".
 */
export function sourceCheckKind(kind: SourceKind | 'none' | null): SourceCheckKind {
  if (kind === 'named' || kind === 'pronoun') return 'named';
  if (kind === 'group' || kind === 'vague' || kind === 'anonymous') return 'vague';
  return 'none';
}

/** Check-worthy claims that need a source, sampled evenly across named / vague / no source. */
export function generateSourceCheck(ctx: GenerationContext): SourceCheckItem[] {
  const random = skillRandom(ctx, 'source-check');
  const eligible = new Set(eligibleSentenceIndices(ctx));
  const bySentence = new Map<number, CheckWorthyClaim>();
  for (const claim of ctx.analysis.claims) {
    if (eligible.has(claim.sentenceIndex) && !bySentence.has(claim.sentenceIndex)) bySentence.set(claim.sentenceIndex, claim);
  }
  // Only claims that need a source (LABELLING.md, sourceOwed): a sourced claim, or an unsourced
  // one a reader needs a source for; never the date of a hearing or a vote the paper reported.
  // And only where the answer agrees with the sentence's own label: "no source" for a sentence the
  // analyser calls attributed (or a source for one it calls a fact or framing) contradicts itself,
  // and on the training keys such items were right 0–15 % of the time (docs/EVALUATION.md, sixth revision).
  const consistent = (c: CheckWorthyClaim): boolean =>
    (sourceCheckKind(c.source ? c.sourceKind : 'none') !== 'none') === (ctx.analysis.sentences[c.sentenceIndex].label === 'attributed');
  const claims = [...bySentence.values()].filter((c) => (c.source || c.sourceOwed !== false) && consistent(c));
  const pools = (['named', 'vague', 'none'] as const).map((k) =>
    shuffled(claims.filter((c) => sourceCheckKind(c.source ? c.sourceKind : 'none') === k), random),
  );
  const chosen = roundRobin(pools, ctx.limits['source-check']).sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  return chosen.map((claim) => {
    const i = claim.sentenceIndex;
    const s = ctx.analysis.sentences[i];
    const tokens = tokenize(s.text, s.start);
    const kind = sourceCheckKind(claim.source ? claim.sourceKind : 'none');
    const sourceInside = !!claim.source && claim.source.start >= s.start && claim.source.end <= s.end;
    const confidence =
      kind === 'none'
        ? 1 - s.probabilities.attributed
        : s.probabilities.attributed + (sourceInside ? s.probabilities.fact : 0);
    const base = baseFields(ctx, 'source-check', i, s.start, confidence, sentenceMaterial(ctx, i));
    const anchors = claim.anchors.map((a) => ({ start: a.start, end: a.end, text: a.text }));
    const cues: Highlight[] = anchors.map((a) => ({ ...a, kind: 'number' as const }));
    if (claim.source) cues.push({ start: claim.source.start, end: claim.source.end, text: claim.source.text, kind: 'source' });
    cues.sort((a, b) => a.start - b.start);
    const anchorWords = anchors.length ? anchors.map((a) => a.text) : formatMessage(msg('why.source.generic-anchor'));
    const why =
      kind === 'none'
        ? msg('why.source.none', { anchors: anchorWords })
        : msg(kind === 'named' ? 'why.source.named' : 'why.source.vague', { anchors: anchorWords, source: claim.source!.text });
    return {
      ...base,
      skill: 'source-check',
      tokens,
      choices: ['named', 'vague', 'none'],
      anchors,
      key: {
        kind,
        source: claim.source ? { start: claim.source.start, end: claim.source.end, text: claim.source.text } : null,
        tokenIndices: sourceInside ? tokensInSpan(tokens, claim.source!) : [],
      },
      explanation: explanation(ctx, i, cues, [why], base.graded),
    };
  });
}
