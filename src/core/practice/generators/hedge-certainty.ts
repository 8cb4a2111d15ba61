import { msg, type Message } from '../messages';
import { shuffled } from '../random';
import { tokenize, tokensInSpan } from '../tokens';
import type { HedgeCertaintyItem, KeyMarker } from '../types';
import {
  baseFields,
  eligibleSentenceIndices,
  explanation,
  markersIn,
  sentenceMaterial,
  skillRandom,
  type GenerationContext,
} from './context';

/**
 * Sentences whose writer signals doubt or certainty, plus about half as many plain
 * sentences (answer: "neither"), preferring reported facts and attributed claims.
 */
export function generateHedgeCertainty(ctx: GenerationContext): HedgeCertaintyItem[] {
  const random = skillRandom(ctx, 'hedge-certainty');
  const eligible = eligibleSentenceIndices(ctx);
  const limit = ctx.limits['hedge-certainty'];
  const marked = eligible.filter((i) => markersIn(ctx, i, ['hedge', 'certainty']).length > 0);
  const plain = eligible.filter((i) => markersIn(ctx, i, ['hedge', 'certainty']).length === 0);
  const neutralFirst = [
    ...shuffled(plain.filter((i) => ctx.analysis.sentences[i].label !== 'framing'), random),
    ...shuffled(plain.filter((i) => ctx.analysis.sentences[i].label === 'framing'), random),
  ];
  const neitherCount = Math.min(neutralFirst.length, marked.length > 0 ? Math.max(1, Math.ceil(marked.length / 2)) : 2);
  const neither = neutralFirst.slice(0, Math.min(neitherCount, Math.max(1, Math.floor(limit / 3))));
  const markedChosen = shuffled(marked, random).slice(0, Math.max(0, limit - neither.length));
  const chosen = [...markedChosen, ...neither].sort((a, b) => a - b);
  return chosen.map((i) => {
    const s = ctx.analysis.sentences[i];
    const tokens = tokenize(s.text, s.start);
    const markers: KeyMarker[] = markersIn(ctx, i, ['hedge', 'certainty']).map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind as 'hedge' | 'certainty',
      tokenIndices: tokensInSpan(tokens, m),
    }));
    const confidence = Math.max(s.probabilities.fact, s.probabilities.attributed, s.probabilities.framing);
    const base = baseFields(ctx, 'hedge-certainty', i, s.start, confidence, sentenceMaterial(ctx, i));
    const why: Message[] = markers.length
      ? markers.slice(0, 2).map((m) => msg(m.kind === 'hedge' ? 'why.hedge.hedge' : 'why.hedge.certainty', { word: m.text }))
      : [msg('why.hedge.neither')];
    return {
      ...base,
      skill: 'hedge-certainty',
      tokens,
      key: { markers },
      explanation: explanation(
        ctx,
        i,
        markers.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
        why,
        base.graded,
      ),
    };
  });
}
