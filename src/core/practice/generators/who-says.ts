import type { Attribution, Voice } from '../../analysis/types';
import { formatMessage, msg, type Message } from '../messages';
import { createRandom, shuffled } from '../random';
import { spansOverlap } from '../tokens';
import type { Choice, Highlight, WhoSaysItem } from '../types';
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

export const WRITER_CHOICE = 'writer';
/** A source whose head is a document or a set of figures. */
const DOCUMENT_SOURCE = /\b(accounts|figures|report|reports|study|studies|survey|data|records?|documents?|minutes|census|counts|filings?|logs?|statistics|results|letter|review|audit|analysis|estimates|costings|papers|budget|footage|register|returns|findings|poll)\b[^,]{0,60}$/i;
export const NO_SOURCE_CHOICE = 'none';
const WRITER_CUE_KINDS = new Set(['interpretation', 'motive', 'prediction', 'call-to-action', 'first-person', 'loaded', 'certainty']);

/**
 * Attributed claims (answer: their source, or "no source given" when the sentence hides it)
 * mixed with some of the writer's own judgements (answer: "the writer").
 */
export function generateWhoSays(ctx: GenerationContext): WhoSaysItem[] {
  const random = skillRandom(ctx, 'who-says');
  const eligible = eligibleSentenceIndices(ctx);
  // A bare pronoun the analyser could not resolve ("She said …" with no earlier name) is no answer a
  // learner can choose, so such sentences are not asked.
  const answerable = (i: number): boolean => {
    const a = attributionsIn(ctx, i)[0];
    if (!a) return false;
    if (a.sourceKind !== 'pronoun' || a.resolvedSource || ctx.answerSource !== 'analyser') return true;
    const index = ctx.analysis.attributions.indexOf(a);
    return ctx.analysis.voices.some((v) => v.attributions.includes(index));
  };
  const attributed = shuffled(
    eligible.filter((i) => ctx.analysis.sentences[i].label === 'attributed' && answerable(i)),
    random,
  );
  const writers = shuffled(
    eligible.filter((i) => ctx.analysis.sentences[i].label === 'framing' && attributionsIn(ctx, i).length === 0),
    random,
  ).slice(0, Math.max(1, Math.ceil(attributed.length / 2)));
  const chosen = roundRobin([attributed, writers], ctx.limits['who-says']).sort((a, b) => a - b);
  return chosen.map((i) => build(ctx, i));
}

function build(ctx: GenerationContext, i: number): WhoSaysItem {
  const s = ctx.analysis.sentences[i];
  const attribution = attributionsIn(ctx, i)[0] as Attribution | undefined;
  const random = createRandom(`${ctx.articleHash}|${ctx.analysis.analyserVersion}|who-says|${s.start}`);
  const all = sentenceHighlights(ctx, i);
  let correct: Choice | null = null;
  let kind: WhoSaysItem['key']['kind'];
  let why: Message[];
  let cues: Highlight[];
  let speakers: Voice[] = [];
  if (attribution && attribution.source) {
    kind = 'voice';
    const source = attribution.source;
    const attributionIndex = ctx.analysis.attributions.indexOf(attribution);
    // A document speaks as itself ("The council's published accounts"), not as the body that owns it.
    // The voice the attribution was resolved to wins over others named inside the source phrase
    // ("Maria Esteves, principal of Harnholm College" is Maria Esteves, not the college).
    const linked = ctx.analysis.voices.filter((v) => v.kind !== 'place' && v.attributions.includes(attributionIndex));
    // An unnamed speaker ("a person close to the consortium") is not the body named in their description.
    speakers = DOCUMENT_SOURCE.test(source.text) || attribution.sourceKind === 'anonymous'
      ? []
      : linked.length === 1
        ? linked
        : ctx.analysis.voices.filter((v) => v.attributions.includes(attributionIndex) || v.mentions.some((m) => spansOverlap(m, source)));
    // One known speaker: name them as the other choices are named. Several ("both leaders")
    // or none: the sentence's own words.
    const label =
      speakers.length === 1
        ? speakers[0].name
        : attribution.sourceKind === 'pronoun' && attribution.resolvedSource
          ? capitalise(attribution.resolvedSource.text)
          : capitalise(source.text);
    correct = { id: 'source', label };
    why = [msg('why.who-says.voice', { source: label, cue: attribution.cue.text })];
    cues = all.filter((h) => h.kind === 'source' || h.kind === 'reporting-verb' || h.kind === 'quote');
    if (!cues.some((h) => h.kind === 'source')) cues.push({ ...source, kind: 'source' });
    if (!cues.some((h) => h.kind === 'reporting-verb')) cues.push({ ...attribution.cue, kind: 'reporting-verb' });
  } else if (attribution) {
    kind = 'none';
    why = [msg('why.who-says.none', { cue: attribution.cue.text })];
    cues = all.filter((h) => h.kind === 'reporting-verb');
    if (!cues.length) cues.push({ ...attribution.cue, kind: 'reporting-verb' });
  } else {
    kind = 'writer';
    cues = all.filter((h) => WRITER_CUE_KINDS.has(h.kind));
    why = cues.length
      ? [msg('why.who-says.writer', { cues: cues.map((c) => c.text) })]
      : [msg('why.who-says.writer-generic')];
  }
  cues.sort((a, b) => a.start - b.start);

  const sourceText = attribution?.source?.text ?? '';
  // Places never speak: they are never offered as speakers (issue: "no places as speakers").
  let candidates = ctx.analysis.voices.filter((v) => v.kind !== 'place' && !speakers.includes(v) && !sharesName(v.name, sourceText));
  // When the speaker is not resolved to a voice ("both leaders"), a heard voice might be the
  // speaker after all: draw distractors from voices that are never heard, if there are enough.
  if (kind === 'voice' && speakers.length === 0) {
    const unheard = candidates.filter((v) => !v.heard);
    if (unheard.length >= 2) candidates = unheard;
  }
  // Voices mentioned in this very sentence are the tempting distractors; others fill up.
  const inSentence = candidates.filter((v) => v.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  const elsewhere = candidates.filter((v) => !inSentence.includes(v));
  const wanted = kind === 'voice' ? 2 : 3;
  // Distinct entities only: never "Whitlow" beside "Dana Whitlow" (nor beside the right answer).
  const distractors: Voice[] = [];
  const taken = correct ? [correct.label] : [];
  for (const v of [...shuffled(inSentence, random), ...shuffled(elsewhere, random)]) {
    if (distractors.length >= wanted) break;
    if (taken.some((t) => sharesName(v.name, t))) continue;
    distractors.push(v);
    taken.push(v.name);
  }
  const voiceChoices = shuffled([...(correct ? [correct] : []), ...distractors.map((v) => ({ id: '', label: v.name }))], random);
  const choices: Choice[] = voiceChoices.map((c, n) => ({ id: `v${n}`, label: c.label }));
  choices.push(
    { id: WRITER_CHOICE, label: formatMessage(msg('choice.writer')), message: msg('choice.writer') },
    { id: NO_SOURCE_CHOICE, label: formatMessage(msg('choice.no-source')), message: msg('choice.no-source') },
  );
  const choiceId =
    kind === 'voice' ? choices[voiceChoices.indexOf(correct!)].id : kind === 'writer' ? WRITER_CHOICE : NO_SOURCE_CHOICE;

  const confidence = kind === 'writer' ? s.probabilities.framing : s.probabilities.attributed;
  const material = kind === 'writer' ? 'manipulative' : sentenceMaterial(ctx, i);
  const base = baseFields(ctx, 'who-says', i, s.start, confidence, material);
  return {
    ...base,
    skill: 'who-says',
    choices,
    key: {
      choiceId,
      kind,
      source: attribution?.source ? { ...attribution.source } : null,
      cue: attribution ? { ...attribution.cue } : null,
    },
    explanation: explanation(ctx, i, cues, why, base.graded),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'a', 'an', 'to']);

function sharesName(name: string, sourceText: string): boolean {
  const words = (t: string) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2 && !STOP.has(w)),
    );
  const a = words(name);
  for (const w of words(sourceText)) if (a.has(w)) return true;
  return false;
}
