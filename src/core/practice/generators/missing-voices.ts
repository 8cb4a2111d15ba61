import { msg, type Message } from '../messages';
import type { Choice, Highlight, MissingVoicesItem } from '../types';
import { baseFields, eligibleSentenceIndices, explanation, sentenceMaterial, type GenerationContext } from './context';

/**
 * One article-level item: every party the article mentions, heard or not (with a hand key,
 * every party the key lists, even when it is only alluded to). Needs two or more.
 */
export function generateMissingVoices(ctx: GenerationContext): MissingVoicesItem[] {
  if (ctx.limits['missing-voices'] < 1) return [];
  const voices = ctx.analysis.voices
    // Parties are people and organisations: a place is talked about, but it is not a voice.
    .filter((v) => ctx.answerSource === 'key' || ((v.mentions.length > 0 || v.heard) && v.kind !== 'place'))
    .slice()
    .sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) || a.name.localeCompare(b.name));
  if (voices.length < 2) return [];
  const choices: Choice[] = voices.map((v, n) => ({ id: `v${n}`, label: v.name }));
  const notHeard = voices.flatMap((v, n) => (v.heard ? [] : [`v${n}`]));
  const heard = voices.flatMap((v, n) => (v.heard ? [`v${n}`] : []));

  const { sentences, attributions } = ctx.analysis;
  const heardP = voices
    .filter((v) => v.heard)
    .flatMap((v) => v.attributions.map((a) => sentences[attributions[a]?.sentenceIndex]?.probabilities.attributed ?? 0));
  const eligible = eligibleSentenceIndices(ctx);
  const confidence = heardP.length
    ? Math.min(...heardP)
    : eligible.length
      ? eligible.reduce((sum, i) => sum + (1 - sentences[i].probabilities.attributed), 0) / eligible.length
      : 0;
  // One-sided when the silent parties are talked about in slanted sentences.
  const slanted = eligible.filter((i) => sentenceMaterial(ctx, i) === 'manipulative').map((i) => sentences[i]);
  const material = voices.some(
    (v) => !v.heard && v.mentions.some((m) => slanted.some((s) => m.start >= s.start && m.end <= s.end)),
  )
    ? 'manipulative'
    : 'neutral';
  const base = baseFields(ctx, 'missing-voices', null, 0, confidence, material);

  const cues: Highlight[] = [];
  for (const v of voices) {
    if (v.heard) {
      for (const a of v.attributions) {
        const source = attributions[a]?.source;
        if (source) cues.push({ start: source.start, end: source.end, text: source.text, kind: 'source' });
      }
    } else {
      for (const m of v.mentions) cues.push({ start: m.start, end: m.end, text: m.text, kind: 'mention' });
    }
  }
  cues.sort((a, b) => a.start - b.start);
  const names = (ids: string[]) => ids.map((id) => choices.find((c) => c.id === id)!.label);
  const why: Message[] = notHeard.length
    ? [msg('why.voices.not-heard', { notHeard: names(notHeard) })]
    : [msg('why.voices.all-heard')];
  if (heard.length) why.push(msg('why.voices.heard', { heard: names(heard) }));
  return [
    {
      ...base,
      skill: 'missing-voices',
      choices,
      key: { notHeard, heard },
      explanation: explanation(ctx, null, cues, why, base.graded),
    },
  ];
}
