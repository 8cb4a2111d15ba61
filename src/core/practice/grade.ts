/**
 * Grading: one pure function for every item type. Multi-part answers get partial credit
 * (F1 between what the learner marked and the key, 0..1) and count as correct from a pass
 * threshold; single-choice answers score 0 or 1. Discuss items (not graded) get no score:
 * `correct` and `score` are null and `provisionalScore` says how the answer compares with the
 * automatic one, for the "discuss" panel.
 */
import type {
  AnswerBySkill,
  AnswerOf,
  ClassifyItem,
  GradeDetail,
  GradeResult,
  HedgeCertaintyItem,
  LoadedWordsItem,
  MissingVoicesItem,
  NeutralRewriteItem,
  PracticeItem,
  SourceCheckItem,
  Token,
  WhoSaysItem,
} from './types';

/** Score from which a partial-credit answer counts as correct. */
export const PASS_THRESHOLDS = {
  'loaded-words': 0.8,
  'source-check': 0.75,
  'missing-voices': 0.8,
  /** Right word, wrong kind scores 0.5: not a pass. */
  'hedge-certainty': 1,
} as const;

/** Harmonic mean of precision and recall; 1 when both sets are empty. */
export function f1(hits: number, chosen: number, expected: number): number {
  if (chosen === 0 && expected === 0) return 1;
  if (hits === 0) return 0;
  const precision = hits / chosen;
  const recall = hits / expected;
  return (2 * precision * recall) / (precision + recall);
}

function validTokens(tokens: readonly Token[], chosen: readonly number[] | undefined): number[] {
  return [...new Set(chosen ?? [])].filter((i) => Number.isInteger(i) && i >= 0 && i < tokens.length).sort((a, b) => a - b);
}

interface Scored<S extends keyof AnswerBySkill> {
  score: number;
  pass: boolean;
  expected: AnswerBySkill[S];
  detail?: GradeDetail;
}

/**
 * An item graded on the writer's voice alone (`voiceOnly`) is right for "fact" or "framing" and
 * wrong for "attributed"; the expected label it shows is the analyser's unsure reading.
 */
function gradeClassify(item: ClassifyItem, answer: AnswerBySkill['classify']): Scored<'classify'> {
  const score = item.voiceOnly ? +(answer?.label === 'fact' || answer?.label === 'framing') : answer?.label === item.key.label ? 1 : 0;
  return { score, pass: score === 1, expected: { label: item.key.label } };
}

/**
 * A loaded span counts as found when any of its words is marked (phrases such as "Axis of
 * Resistance" need not be marked word by word); every marked word outside all spans is an extra.
 */
function gradeLoadedWords(item: LoadedWordsItem, answer: AnswerBySkill['loaded-words']): Scored<'loaded-words'> {
  const chosen = validTokens(item.tokens, answer?.tokens);
  const chosenSet = new Set(chosen);
  const found = item.key.spans.filter((s) => s.tokenIndices.some((t) => chosenSet.has(t)));
  const inKey = new Set(item.key.spans.flatMap((s) => s.tokenIndices));
  const extras = chosen.filter((t) => !inKey.has(t));
  const score = f1(found.length, found.length + extras.length, item.key.spans.length);
  return {
    score,
    pass: score >= PASS_THRESHOLDS['loaded-words'],
    expected: { tokens: [...inKey].sort((a, b) => a - b) },
    detail: {
      hits: found.map((s) => s.text),
      misses: item.key.spans.filter((s) => !found.includes(s)).map((s) => s.text),
      extras: extras.map((t) => item.tokens[t].text),
    },
  };
}

function gradeWhoSays(item: WhoSaysItem, answer: AnswerBySkill['who-says']): Scored<'who-says'> {
  const score = answer?.choiceId === item.key.choiceId ? 1 : 0;
  return { score, pass: score === 1, expected: { choiceId: item.key.choiceId } };
}

function gradeHedgeCertainty(item: HedgeCertaintyItem, answer: AnswerBySkill['hedge-certainty']): Scored<'hedge-certainty'> {
  const markers = item.key.markers;
  const expected: AnswerBySkill['hedge-certainty'] = markers.length
    ? { kind: markers[0].kind, tokenIndex: markers[0].tokenIndices[0] }
    : { kind: 'neither' };
  let score = 0;
  const detail: GradeDetail = { hits: [], misses: [], extras: [] };
  if (!answer || answer.kind === 'neither') {
    score = markers.length === 0 ? 1 : 0;
    detail.misses = markers.map((m) => m.text);
  } else {
    const marker = markers.find((m) => m.tokenIndices.includes(answer.tokenIndex));
    if (marker) {
      score = marker.kind === answer.kind ? 1 : 0.5;
      detail.hits = [marker.text];
      detail.misses = markers.filter((m) => m !== marker).map((m) => m.text);
    } else {
      detail.misses = markers.map((m) => m.text);
      const token = item.tokens[answer.tokenIndex];
      if (token) detail.extras = [token.text];
    }
  }
  return { score, pass: score >= PASS_THRESHOLDS['hedge-certainty'], expected, detail };
}

/**
 * The kind of source decides; when the source is inside the sentence, marking its words is the
 * second half of the answer (half the score, F1 over the words).
 */
function gradeSourceCheck(item: SourceCheckItem, answer: AnswerBySkill['source-check']): Scored<'source-check'> {
  const keyTokens = item.key.tokenIndices;
  const expected: AnswerBySkill['source-check'] = keyTokens.length ? { kind: item.key.kind, tokens: keyTokens.slice() } : { kind: item.key.kind };
  const chosen = validTokens(item.tokens, answer?.tokens);
  const keySet = new Set(keyTokens);
  const hits = chosen.filter((t) => keySet.has(t));
  const detail: GradeDetail = {
    hits: hits.map((t) => item.tokens[t].text),
    misses: keyTokens.filter((t) => !chosen.includes(t)).map((t) => item.tokens[t].text),
    extras: chosen.filter((t) => !keySet.has(t)).map((t) => item.tokens[t].text),
  };
  let score = 0;
  if (answer?.kind === item.key.kind) {
    score = keyTokens.length ? 0.5 + 0.5 * f1(hits.length, chosen.length, keyTokens.length) : 1;
  }
  return { score, pass: score >= PASS_THRESHOLDS['source-check'], expected, detail };
}

function gradeNeutralRewrite(item: NeutralRewriteItem, answer: AnswerBySkill['neutral-rewrite']): Scored<'neutral-rewrite'> {
  const score = answer?.choiceId === item.key.choiceId ? 1 : 0;
  return { score, pass: score === 1, expected: { choiceId: item.key.choiceId } };
}

function gradeMissingVoices(item: MissingVoicesItem, answer: AnswerBySkill['missing-voices']): Scored<'missing-voices'> {
  const valid = new Set(item.choices.map((c) => c.id));
  const chosen = [...new Set(answer?.choiceIds ?? [])].filter((id) => valid.has(id));
  const key = new Set(item.key.notHeard);
  const hits = chosen.filter((id) => key.has(id));
  const label = (id: string) => item.choices.find((c) => c.id === id)!.label;
  const score = f1(hits.length, chosen.length, key.size);
  return {
    score,
    pass: score >= PASS_THRESHOLDS['missing-voices'],
    expected: { choiceIds: item.key.notHeard.slice() },
    detail: {
      hits: hits.map(label),
      misses: item.key.notHeard.filter((id) => !chosen.includes(id)).map(label),
      extras: chosen.filter((id) => !key.has(id)).map(label),
    },
  };
}

function score(item: PracticeItem, answer: unknown): Scored<keyof AnswerBySkill> {
  switch (item.skill) {
    case 'classify':
      return gradeClassify(item, answer as AnswerBySkill['classify']);
    case 'loaded-words':
      return gradeLoadedWords(item, answer as AnswerBySkill['loaded-words']);
    case 'who-says':
      return gradeWhoSays(item, answer as AnswerBySkill['who-says']);
    case 'hedge-certainty':
      return gradeHedgeCertainty(item, answer as AnswerBySkill['hedge-certainty']);
    case 'source-check':
      return gradeSourceCheck(item, answer as AnswerBySkill['source-check']);
    case 'neutral-rewrite':
      return gradeNeutralRewrite(item, answer as AnswerBySkill['neutral-rewrite']);
    case 'missing-voices':
      return gradeMissingVoices(item, answer as AnswerBySkill['missing-voices']);
  }
}

export function gradeItem<I extends PracticeItem>(item: I, answer: AnswerOf<I>): GradeResult<I> {
  const result = score(item, answer);
  const base = {
    expected: result.expected as AnswerOf<I>,
    explanation: item.explanation,
    ...(result.detail ? { detail: result.detail } : {}),
  };
  if (!item.graded) return { ...base, correct: null, score: null, provisionalScore: result.score };
  if (item.skill === 'classify' && item.voiceOnly) return { ...base, correct: result.pass, score: result.score, gradedPart: 'voice' };
  return { ...base, correct: result.pass, score: result.score };
}
