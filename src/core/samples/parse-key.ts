/**
 * Reads an answer key that arrived from outside the app (a class pack, a teacher's file) into
 * the samples' `AnswerKey` type, field by field: `validateKey` checks a key against its text but
 * trusts the field types, which only holds for the keys we ship. Unknown fields are dropped, so
 * what is stored is exactly the documented format.
 */
import type { AnswerKey, KeySentence, SampleKind } from './answer-key';

const KINDS: readonly SampleKind[] = [
  'seed', 'wire-report', 'local-news', 'interview-feature', 'op-ed', 'editorial', 'press-release', 'advocacy',
  'multi-sided', 'court-report', 'science-health', 'business', 'local-politics', 'explainer', 'live-blog', 'feature',
];
const LABELS = ['fact', 'attributed', 'framing'] as const;
const SOURCE_KINDS = ['named', 'group', 'vague', 'anonymous', 'pronoun'] as const;
/** Far above any article's sentence count; a bound so a hostile file cannot make us loop for long. */
export const MAX_KEY_SENTENCES = 5000;
const MAX_SPANS_PER_LIST = 200;

export class KeyShapeError extends Error {
  constructor(readonly path: string, readonly expected: string) {
    super(`${path}: expected ${expected}`);
    this.name = 'KeyShapeError';
  }
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new KeyShapeError(path, 'a string');
  return value;
}

function optStr(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : str(value, path);
}

function optBool(value: unknown, path: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new KeyShapeError(path, 'true or false');
  return value;
}

function strings(value: unknown, path: string, max = MAX_SPANS_PER_LIST): string[] {
  if (!Array.isArray(value) || value.length > max) throw new KeyShapeError(path, `a list of at most ${max} strings`);
  return value.map((v, i) => str(v, `${path}[${i}]`));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new KeyShapeError(path, allowed.join(' | '));
  return value as T;
}

function sentence(value: unknown, path: string): KeySentence {
  if (!isObject(value)) throw new KeyShapeError(path, 'an object');
  const out: KeySentence = { text: str(value.text, `${path}.text`), label: oneOf(value.label, LABELS, `${path}.label`) };
  const source = optStr(value.source, `${path}.source`);
  if (source !== undefined) out.source = source;
  if (value.sourceKind !== undefined) out.sourceKind = oneOf(value.sourceKind, SOURCE_KINDS, `${path}.sourceKind`);
  const resolved = optStr(value.resolvedSource, `${path}.resolvedSource`);
  if (resolved !== undefined) out.resolvedSource = resolved;
  const cue = optStr(value.cue, `${path}.cue`);
  if (cue !== undefined) out.cue = cue;
  const direct = optBool(value.direct, `${path}.direct`);
  if (direct !== undefined) out.direct = direct;
  if (value.loaded !== undefined) {
    if (!Array.isArray(value.loaded) || value.loaded.length > MAX_SPANS_PER_LIST) throw new KeyShapeError(`${path}.loaded`, 'a list');
    out.loaded = value.loaded.map((l, i) => {
      const at = `${path}.loaded[${i}]`;
      if (!isObject(l)) throw new KeyShapeError(at, 'an object');
      const item: NonNullable<KeySentence['loaded']>[number] = { text: str(l.text, `${at}.text`) };
      const neutral = optStr(l.neutral, `${at}.neutral`);
      if (neutral !== undefined) item.neutral = neutral;
      if (l.voice !== undefined) item.voice = oneOf(l.voice, ['writer', 'source'] as const, `${at}.voice`);
      return item;
    });
  }
  if (value.hedges !== undefined) out.hedges = strings(value.hedges, `${path}.hedges`);
  if (value.certainty !== undefined) out.certainty = strings(value.certainty, `${path}.certainty`);
  const checkWorthy = optBool(value.checkWorthy, `${path}.checkWorthy`);
  if (checkWorthy !== undefined) out.checkWorthy = checkWorthy;
  if (value.claimSource !== undefined) out.claimSource = value.claimSource === null ? null : str(value.claimSource, `${path}.claimSource`);
  if (value.claimSourceKind !== undefined) {
    out.claimSourceKind = oneOf(value.claimSourceKind, [...SOURCE_KINDS, 'none'] as const, `${path}.claimSourceKind`);
  }
  const owed = optBool(value.sourceOwed, `${path}.sourceOwed`);
  if (owed !== undefined) out.sourceOwed = owed;
  const note = optStr(value.note, `${path}.note`);
  if (note !== undefined) out.note = note;
  return out;
}

/** The key in `value`, typed and stripped of unknown fields; throws KeyShapeError naming the first bad field. */
export function parseAnswerKey(value: unknown, path = 'key'): AnswerKey {
  if (!isObject(value)) throw new KeyShapeError(path, 'an object');
  if (!Array.isArray(value.sentences) || value.sentences.length > MAX_KEY_SENTENCES) {
    throw new KeyShapeError(`${path}.sentences`, `a list of at most ${MAX_KEY_SENTENCES} sentences`);
  }
  const voices = value.voices;
  if (!isObject(voices)) throw new KeyShapeError(`${path}.voices`, 'an object with heard and notHeard');
  return {
    id: str(value.id, `${path}.id`),
    title: str(value.title, `${path}.title`),
    kind: oneOf(value.kind, KINDS, `${path}.kind`),
    file: str(value.file, `${path}.file`),
    practiceMaterial: optBool(value.practiceMaterial, `${path}.practiceMaterial`) ?? true,
    sentences: value.sentences.map((s, i) => sentence(s, `${path}.sentences[${i}]`)),
    headings: strings(value.headings, `${path}.headings`, MAX_KEY_SENTENCES),
    debris: strings(value.debris, `${path}.debris`, MAX_KEY_SENTENCES),
    voices: { heard: strings(voices.heard, `${path}.voices.heard`), notHeard: strings(voices.notHeard, `${path}.voices.notHeard`) },
  };
}
