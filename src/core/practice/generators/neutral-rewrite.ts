import { intensify } from '../data/intensified';
import { msg, type Message } from '../messages';
import { createRandom, shuffled } from '../random';
import { applyReplacements, changeOneFact, isOmission, type Replacement } from '../rewrite-text';
import type { Choice, Highlight, NeutralRewriteItem, RewriteVariant } from '../types';
import {
  baseFields,
  eligibleSentenceIndices,
  explanation,
  loadedIn,
  skillRandom,
  type GenerationContext,
} from './context';

const CHOICE_IDS = ['a', 'b', 'c', 'd'];

/**
 * Framed sentences whose loaded words (in the writer's voice) have neutral alternatives.
 * Versions: the neutral one (alternatives swapped in), the original, one with stronger loaded
 * words, and the neutral one with a fact changed; at least three distinct versions or no item.
 */
export function generateNeutralRewrite(ctx: GenerationContext): NeutralRewriteItem[] {
  const random = skillRandom(ctx, 'neutral-rewrite');
  const candidates = eligibleSentenceIndices(ctx).filter((i) =>
    loadedIn(ctx, i).some((l) => l.voice === 'writer' && l.neutral.length > 0),
  );
  const items: NeutralRewriteItem[] = [];
  for (const i of shuffled(candidates, random)) {
    if (items.length >= ctx.limits['neutral-rewrite']) break;
    const item = build(ctx, i);
    if (item) items.push(item);
  }
  return items.sort((a, b) => a.sentence!.start - b.sentence!.start);
}

function build(ctx: GenerationContext, i: number): NeutralRewriteItem | null {
  const s = ctx.analysis.sentences[i];
  const writerLoaded = loadedIn(ctx, i).filter((l) => l.voice === 'writer');
  const neutralSwaps: Replacement[] = writerLoaded
    .filter((l) => l.neutral.length > 0)
    .map((l) => ({ start: l.start, end: l.end, to: l.neutral[0] }));
  const neutral = applyReplacements(s.text, s.start, neutralSwaps);
  const original = s.text.trim();

  const stronger: Replacement[] = [];
  for (const l of writerLoaded) {
    const up = intensify(l.text);
    if (up) stronger.push({ start: l.start, end: l.end, to: up });
  }
  const intensified = stronger.length ? applyReplacements(s.text, s.start, stronger) : null;
  const changed = changeOneFact(neutral, ctx.analysis.voices);

  // With two or more replaceable words, a version that leaves the strongest one in place.
  const partly =
    neutralSwaps.length >= 2
      ? applyReplacements(s.text, s.start, neutralSwaps.filter((r) => r !== strongest(neutralSwaps, s.text, s.start)))
      : null;

  const versions: { text: string; variant: RewriteVariant }[] = [];
  const add = (text: string | null | undefined, variant: RewriteVariant) => {
    if (text && !versions.some((v) => v.text === text)) versions.push({ text, variant });
  };
  add(neutral, 'neutral');
  add(original, 'original');
  add(intensified, 'intensified');
  add(changed?.text, 'fact-changed');
  if (versions.length < CHOICE_IDS.length) add(partly, 'partly-neutral');
  if (versions.length < 3 || versions[0].variant !== 'neutral') return null;

  const random = createRandom(`${ctx.articleHash}|${ctx.analysis.analyserVersion}|neutral-rewrite|${s.start}`);
  const order = shuffled(versions, random);
  const choices: Choice[] = order.map((v, n) => ({ id: CHOICE_IDS[n], label: v.text }));
  const variants: Record<string, RewriteVariant> = {};
  order.forEach((v, n) => (variants[CHOICE_IDS[n]] = v.variant));
  const choiceId = CHOICE_IDS[order.findIndex((v) => v.variant === 'neutral')];

  const replacements = writerLoaded
    .filter((l) => l.neutral.length > 0)
    .map((l) => ({ from: l.text, to: isOmission(l.neutral[0]) ? '' : l.neutral[0], start: l.start, end: l.end }));
  const changedFact = versions.some((v) => v.variant === 'fact-changed') && changed ? { from: changed.from, to: changed.to } : null;
  const why: Message[] = [
    msg('why.rewrite.neutral', { pairs: replacements.map((r) => `${r.from} → ${r.to || '—'}`) }),
    changedFact && versions.some((v) => v.variant === 'fact-changed')
      ? msg('why.rewrite.fact-changed', changedFact)
      : msg('why.rewrite.others'),
  ];
  const cues: Highlight[] = writerLoaded.map((l) => ({
    start: l.start,
    end: l.end,
    text: l.text,
    kind: 'loaded',
    neutral: l.neutral.slice(),
    voice: l.voice,
  }));
  const base = baseFields(ctx, 'neutral-rewrite', i, s.start, s.pSubjective, 'manipulative');
  return {
    ...base,
    skill: 'neutral-rewrite',
    choices,
    key: { choiceId, variants, replacements, changedFact },
    explanation: explanation(ctx, i, cues, why, base.graded),
  };
}

/** The replacement whose loaded span is longest (multi-word phrases carry the most). */
function strongest(swaps: Replacement[], text: string, start: number): Replacement {
  return swaps.reduce((best, r) => {
    const len = text.slice(r.start - start, r.end - start).length;
    const bestLen = text.slice(best.start - start, best.end - start).length;
    return len > bestLen ? r : best;
  });
}
