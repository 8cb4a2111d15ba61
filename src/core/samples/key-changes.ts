/**
 * Which practice items a key change alters: an item in both lists whose expected answer differs.
 * An item only in one list is not compared (generators sample a few sentences per skill, so an
 * item can come and go without its answer changing; callers generate without the per-article
 * limits, `ALL_ITEMS`, to compare every item). Answers are compared by `answerFingerprint` with the
 * same answer source on both sides, so moving from the analyser's items to a teacher's key marks
 * only the items whose answer the teacher actually changed, not every item.
 */
import { answerFingerprint, type GenerateOptions, type PracticeItem } from '../practice';

/** Generation options without the per-article caps, so every sentence's items are compared. */
export const ALL_ITEMS: GenerateOptions = {
  limits: { classify: 999, 'loaded-words': 999, 'who-says': 999, 'hedge-certainty': 999, 'source-check': 999, 'neutral-rewrite': 999 },
};

type ItemAnswer = Pick<PracticeItem, 'itemId' | 'key'> & { voiceOnly?: unknown };

const fingerprint = (item: ItemAnswer) => answerFingerprint({ key: item.key, answerSource: 'key', voiceOnly: item.voiceOnly });

export function changedItemIds(before: readonly ItemAnswer[], after: readonly ItemAnswer[]): string[] {
  const now = new Map(after.map((item) => [item.itemId, fingerprint(item)]));
  return before.filter((item) => now.has(item.itemId) && now.get(item.itemId) !== fingerprint(item)).map((item) => item.itemId);
}
