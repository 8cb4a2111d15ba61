/**
 * The hand answer keys of the bundled samples (resources/samples/<id>.key.json). Eager:
 * they are small (about 130 kB together) and the reader needs them synchronously to
 * decide between the key and the analyser.
 */
import type { AnswerKey } from '../../../core/samples/answer-key';

const KEY_MODULES = import.meta.glob('../../../../resources/samples/*.key.json', {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;

function looksLikeKey(value: unknown): value is AnswerKey {
  if (!value || typeof value !== 'object') return false;
  const key = value as Partial<AnswerKey>;
  return (
    typeof key.id === 'string' &&
    Array.isArray(key.sentences) &&
    Array.isArray(key.headings) &&
    Array.isArray(key.debris) &&
    !!key.voices &&
    Array.isArray(key.voices.heard) &&
    Array.isArray(key.voices.notHeard)
  );
}

const KEYS = new Map<string, AnswerKey>();
for (const [path, value] of Object.entries(KEY_MODULES)) {
  if (!looksLikeKey(value)) continue;
  const fileId = path.slice(path.lastIndexOf('/') + 1).replace(/\.key\.json$/, '');
  KEYS.set(fileId, value);
  if (value.id !== fileId) KEYS.set(value.id, value);
}

export function sampleAnswerKey(sampleId: string | undefined): AnswerKey | undefined {
  return sampleId ? KEYS.get(sampleId) : undefined;
}

export function sampleKeyIds(): string[] {
  return [...new Set([...KEYS.values()].map((key) => key.id))];
}
