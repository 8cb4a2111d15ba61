/**
 * A stable fingerprint of an ArticleAnalysis: JSON with object keys sorted at every level, hashed
 * with SHA-256. Used by the output-equality guard (scripts/analysis-digests.ts and
 * tests/scripts/analysis-digests.test.ts): speed work on the analyser must keep every digest.
 * Numbers are serialised by JSON.stringify, so a probability that changes in its last bit changes
 * the digest too: "the same output" means bit for bit.
 */
import { createHash } from 'node:crypto';

export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

export function digestOf(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}
