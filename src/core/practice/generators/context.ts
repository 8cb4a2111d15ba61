/**
 * What every generator needs: the article, its analysis, the answer source, and helpers
 * that turn analysis spans into item fields and highlights.
 */
import type { ArticleAnalysis, Attribution, LoadedSpan, MarkerSpan, SentenceAnalysis, Span } from '../../analysis/types';
import { CONFIDENCE_CUTOFFS, clamp01, isGraded } from '../confidence';
import { msg, type Message } from '../messages';
import { practiceWorthySentence, publisherTailStart } from '../practice-worthy';
import { createRandom, type Random } from '../random';
import { spansOverlap } from '../tokens';
import type { AnswerSource, Explanation, Highlight, Material, Skill } from '../types';

export interface GenerationContext {
  original: string;
  analysis: ArticleAnalysis;
  articleId: number | null;
  articleHash: string;
  answerSource: AnswerSource;
  cutoffs: Readonly<Record<Skill, number>>;
  limits: Readonly<Record<Skill, number>>;
  /** Teacher notes from a hand key, by sentence index. */
  notes: ReadonlyMap<number, string>;
  /** Keep each generator's raw confidence instead of the calibrated one (for fitting the calibration). */
  rawConfidence: boolean;
  /** Draws another sample of sentences than the app's (fitting the calibration on several samples). */
  sampleSalt: string;
}

/** Upper bounds per article, so one long article does not flood the review queue. */
export const DEFAULT_LIMITS: Readonly<Record<Skill, number>> = {
  classify: 16,
  'loaded-words': 10,
  'who-says': 8,
  'hedge-certainty': 8,
  'source-check': 6,
  'neutral-rewrite': 6,
  'missing-voices': 1,
};

export function createContext(input: {
  original: string;
  analysis: ArticleAnalysis;
  articleId?: number | null;
  articleHash: string;
  answerSource: AnswerSource;
  cutoffs?: Partial<Record<Skill, number>>;
  limits?: Partial<Record<Skill, number>>;
  notes?: ReadonlyMap<number, string>;
  rawConfidence?: boolean;
  sampleSalt?: string;
}): GenerationContext {
  return {
    original: input.original,
    analysis: input.analysis,
    articleId: input.articleId ?? null,
    articleHash: input.articleHash,
    answerSource: input.answerSource,
    cutoffs: { ...CONFIDENCE_CUTOFFS, ...input.cutoffs },
    limits: { ...DEFAULT_LIMITS, ...input.limits },
    notes: input.notes ?? new Map(),
    rawConfidence: input.rawConfidence ?? false,
    sampleSalt: input.sampleSalt ?? '',
  };
}

export function skillRandom(ctx: GenerationContext, skill: Skill): Random {
  return createRandom(`${ctx.articleHash}|${ctx.analysis.analyserVersion}|${skill}${ctx.sampleSalt ? `|${ctx.sampleSalt}` : ''}`);
}

export function makeItemId(ctx: GenerationContext, skill: Skill, anchor: number): string {
  return `${ctx.articleHash.slice(0, 12)}:${skill}:${anchor}`;
}

/**
 * Sentences that may be asked about: those inside paragraphs (never headings or debris) and, when
 * the analyser supplies the answers, only those that read as the writer's running text
 * (practice-worthy.ts: no headline-like lines, calls to action, contact lines or publisher tail).
 */
export function eligibleSentenceIndices(ctx: GenerationContext): number[] {
  // Every generator asks; the answer is the same for one article, so it is worked out once.
  let known = eligibleCache.get(ctx);
  if (!known) eligibleCache.set(ctx, (known = findEligible(ctx)));
  return known.slice();
}

const eligibleCache = new WeakMap<GenerationContext, number[]>();

function findEligible(ctx: GenerationContext): number[] {
  const { segments, sentences } = ctx.analysis;
  const fromAnalyser = ctx.answerSource === 'analyser';
  const tail = fromAnalyser
    ? publisherTailStart(segments.map((g) => ({ start: g.start, text: ctx.original.slice(g.start, g.end) })), ctx.original.length)
    : Infinity;
  const out: number[] = [];
  sentences.forEach((s, i) => {
    const segment = segments.find((g) => s.start >= g.start && s.start < g.end);
    if (segment && segment.kind !== 'paragraph') return;
    if (!/[\p{L}\p{N}]/u.test(s.text)) return;
    if (fromAnalyser && (s.start >= tail || !practiceWorthySentence(s.text))) return;
    out.push(i);
  });
  return out;
}

export function contextSpan(ctx: GenerationContext, sentence: Span): Span | null {
  const segment = ctx.analysis.segments.find((g) => sentence.start >= g.start && sentence.start < g.end);
  if (!segment) return null;
  return { start: segment.start, end: segment.end, text: ctx.original.slice(segment.start, segment.end) };
}

export function loadedIn(ctx: GenerationContext, index: number): LoadedSpan[] {
  return ctx.analysis.loaded.filter((l) => l.sentenceIndex === index).sort((a, b) => a.start - b.start);
}

export function markersIn(ctx: GenerationContext, index: number, kinds: MarkerSpan['kind'][]): MarkerSpan[] {
  return ctx.analysis.markers
    .filter((m) => m.sentenceIndex === index && kinds.includes(m.kind))
    .sort((a, b) => a.start - b.start);
}

export function attributionsIn(ctx: GenerationContext, index: number): Attribution[] {
  return ctx.analysis.attributions.filter((a) => a.sentenceIndex === index);
}

/** Slanted material: the writer's framing, or the writer's own loaded words. */
export function sentenceMaterial(ctx: GenerationContext, index: number): Material {
  const s = ctx.analysis.sentences[index];
  if (s.label === 'framing') return 'manipulative';
  return loadedIn(ctx, index).some((l) => l.voice === 'writer') ? 'manipulative' : 'neutral';
}

/** All cues of a sentence as highlights; loaded spans carry their neutral alternatives. */
export function sentenceHighlights(ctx: GenerationContext, index: number): Highlight[] {
  const s: SentenceAnalysis = ctx.analysis.sentences[index];
  const out: Highlight[] = loadedIn(ctx, index).map((l) => ({
    start: l.start,
    end: l.end,
    text: l.text,
    kind: 'loaded' as const,
    neutral: l.neutral.slice(),
    voice: l.voice,
  }));
  for (const cue of s.cues) {
    if (out.some((h) => h.kind === cue.kind && spansOverlap(h, cue))) continue;
    out.push({ start: cue.start, end: cue.end, text: cue.text, kind: cue.kind });
  }
  for (const m of markersIn(ctx, index, ['hedge', 'certainty', 'intensifier'])) {
    if (out.some((h) => h.kind === m.kind && spansOverlap(h, m))) continue;
    out.push({ start: m.start, end: m.end, text: m.text, kind: m.kind });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function quoteWords(spans: { text: string }[]): string[] {
  return spans.map((s) => s.text);
}

export function explanation(
  ctx: GenerationContext,
  index: number | null,
  cues: Highlight[],
  why: Message[],
  graded: boolean,
): Explanation {
  const out: Explanation = {
    sentence: index === null ? null : spanOf(ctx.analysis.sentences[index]),
    cues,
    why: graded ? why : [...why, msg('why.discuss')],
  };
  const note = index === null ? undefined : ctx.notes.get(index);
  if (note) out.note = note;
  return out;
}

export function spanOf(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}

/** The fields every item shares. */
export function baseFields(
  ctx: GenerationContext,
  skill: Skill,
  index: number | null,
  anchor: number,
  confidence: number,
  material: Material,
) {
  // The generator's raw score; generateItems turns it into the calibrated confidence (confidence.ts).
  const c = ctx.answerSource === 'key' ? 1 : clamp01(confidence);
  const sentence = index === null ? null : spanOf(ctx.analysis.sentences[index]);
  return {
    itemId: makeItemId(ctx, skill, anchor),
    articleId: ctx.articleId,
    articleHash: ctx.articleHash,
    analyserVersion: ctx.analysis.analyserVersion,
    answerSource: ctx.answerSource,
    // A hand key is the teacher's answer: always graded, whatever the analyser's cut-offs.
    graded: ctx.answerSource === 'key' || isGraded(skill, c, ctx.cutoffs),
    confidence: c,
    material,
    sentenceIndex: index,
    sentence,
    context: sentence ? contextSpan(ctx, sentence) : null,
    prompt: msg(`prompt.${skill}`),
  };
}

/** Round-robin over pools (already shuffled), so each pool is sampled evenly up to `limit`. */
export function roundRobin<T>(pools: T[][], limit: number): T[] {
  const out: T[] = [];
  const cursors = pools.map(() => 0);
  let progressed = true;
  while (out.length < limit && progressed) {
    progressed = false;
    for (let p = 0; p < pools.length && out.length < limit; p++) {
      if (cursors[p] < pools[p].length) {
        out.push(pools[p][cursors[p]++]);
        progressed = true;
      }
    }
  }
  return out;
}
