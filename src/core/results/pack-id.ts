/**
 * A class pack's id, computed the same way on the teacher's and the learner's machine from what
 * both have: the pack's createdAt and its articles' hashes in pack order. No id field had to be
 * added to the pack format (version 1 packs already in circulation get one too), and a results
 * file cannot claim a pack id that does not match the articles it lists.
 */
import { sha256Hex } from '../text/hash';

export function packIdOf(createdAt: number, articleHashes: readonly string[]): Promise<string> {
  return sha256Hex(`framewise-pack-id|${new Date(createdAt).toISOString()}|${articleHashes.join(',')}`);
}
