import { msg, type Message } from '../messages';
import { shuffled } from '../random';
import { tokenize, tokensInSpan } from '../tokens';
import { isOmission } from '../rewrite-text';
import type { Highlight, KeyLoadedSpan, LoadedWordsItem } from '../types';
import {
  baseFields,
  eligibleSentenceIndices,
  explanation,
  loadedIn,
  roundRobin,
  sentenceMaterial,
  skillRandom,
  type GenerationContext,
} from './context';

/**
 * Sentences with loaded words and, as many as possible, sentences with none, so that
 * "nothing to mark here" is practised as often as spotting judgement.
 */
export function generateLoadedWords(ctx: GenerationContext): LoadedWordsItem[] {
  const random = skillRandom(ctx, 'loaded-words');
  const eligible = eligibleSentenceIndices(ctx);
  const withLoaded = shuffled(eligible.filter((i) => loadedIn(ctx, i).length > 0), random);
  // A neutral article should not become a wall of "none" items: at least two, else as many as loaded ones.
  const without = shuffled(eligible.filter((i) => loadedIn(ctx, i).length === 0), random).slice(
    0,
    Math.max(2, withLoaded.length),
  );
  const chosen = roundRobin([withLoaded, without], ctx.limits['loaded-words']).sort((a, b) => a - b);
  return chosen.map((i) => {
    const s = ctx.analysis.sentences[i];
    const tokens = tokenize(s.text, s.start);
    const loaded = loadedIn(ctx, i);
    const spans: KeyLoadedSpan[] = loaded.map((l) => ({
      start: l.start,
      end: l.end,
      text: l.text,
      tokenIndices: tokensInSpan(tokens, l),
      neutral: l.neutral.slice(),
      voice: l.voice,
    }));
    const confidence = loaded.some((l) => l.voice === 'writer')
      ? s.pSubjective
      : loaded.length > 0
        ? s.probabilities.attributed
        : 1 - s.pSubjective;
    const base = baseFields(ctx, 'loaded-words', i, s.start, confidence, sentenceMaterial(ctx, i));
    const cues: Highlight[] = spans.map((k) => ({
      start: k.start,
      end: k.end,
      text: k.text,
      kind: 'loaded',
      neutral: k.neutral,
      voice: k.voice,
    }));
    return {
      ...base,
      skill: 'loaded-words',
      tokens,
      key: { spans },
      explanation: explanation(ctx, i, cues, loadedWhy(spans), base.graded),
    };
  });
}

export function loadedWhy(spans: KeyLoadedSpan[]): Message[] {
  if (spans.length === 0) return [msg('why.loaded.none')];
  const why: Message[] = [msg('why.loaded.some', { words: spans.map((s) => s.text) })];
  const pairs = spans
    .filter((s) => s.neutral.length > 0)
    .map((s) => `${s.text} → ${isOmission(s.neutral[0]) ? '—' : s.neutral[0]}`);
  const theirs = spans.filter((s) => s.voice === 'source').map((s) => s.text);
  if (pairs.length) why.push(msg('why.loaded.alternatives', { pairs }));
  else if (theirs.length) why.push(msg('why.loaded.source-voice', { words: theirs }));
  return why;
}
