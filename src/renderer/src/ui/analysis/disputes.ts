/**
 * The learner's "I think this answer is wrong" flags, placed on the reader's sentences.
 * A dispute stores the sentence range of its item; it belongs to the analysed sentence it
 * overlaps most (the practice items and the reader share one analysis, so normally the
 * ranges are equal). Article-level items (missing voices) store an empty range: those
 * disputes are about the whole article.
 */
import type { ArticleAnalysis } from '../../../../core/analysis/types';
import type { DisputeRecord } from '../../db/database';

export type ReaderDispute = Pick<DisputeRecord, 'id' | 'itemId' | 'sentenceStart' | 'sentenceEnd' | 'reason' | 'at'>;

export interface PlacedDisputes {
  /** Disputes by index into analysis.sentences, each list oldest first. */
  bySentence: Map<number, ReaderDispute[]>;
  /** Disputes about the whole article, or whose sentence is no longer in the text. */
  article: ReaderDispute[];
}

export const NO_DISPUTES: readonly ReaderDispute[] = [];

export function placeDisputes(analysis: ArticleAnalysis | null, disputes: readonly ReaderDispute[]): PlacedDisputes {
  const bySentence = new Map<number, ReaderDispute[]>();
  const article: ReaderDispute[] = [];
  const sorted = [...disputes].sort((a, b) => a.at - b.at || a.id - b.id);
  for (const dispute of sorted) {
    const index = dispute.sentenceEnd > dispute.sentenceStart && analysis ? sentenceOf(analysis, dispute) : -1;
    if (index < 0) {
      article.push(dispute);
      continue;
    }
    const list = bySentence.get(index);
    if (list) list.push(dispute);
    else bySentence.set(index, [dispute]);
  }
  return { bySentence, article };
}

function sentenceOf(analysis: ArticleAnalysis, dispute: ReaderDispute): number {
  let best = -1;
  let bestOverlap = 0;
  analysis.sentences.forEach((sentence, index) => {
    const overlap = Math.min(sentence.end, dispute.sentenceEnd) - Math.max(sentence.start, dispute.sentenceStart);
    if (overlap > bestOverlap) {
      best = index;
      bestOverlap = overlap;
    }
  });
  return best;
}
