/**
 * A fixed DEV / TEST split of each evaluation set, so rules and lexicons can be developed on one
 * half and the other half stays a held-out check. The split is a pure function of a row's key
 * (ClaimBuster: sentence_id; BABE: the sentence text, which has no id), so it never changes
 * between runs, machines or data-file orderings, and nothing about the labels enters it.
 */
export type Half = 'dev' | 'test';

const SALT = 'framewise-eval-split-v1:';

/** FNV-1a 32-bit over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The half a row belongs to: about 50 / 50 by a salted hash of its key. */
export function halfOf(key: string): Half {
  // The top bit, since FNV-1a's low bits mix poorly for short keys.
  return (fnv1a(SALT + key) >>> 31) === 0 ? 'dev' : 'test';
}
