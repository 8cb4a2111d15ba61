import type { ArticleRecord } from '../db/database';
import type { TextBlock } from '../../../core/text/types';

export interface ReaderBlock {
  kind: 'heading' | 'paragraph';
  start: number;
  end: number;
  text: string;
}

/**
 * The text the reader shows for a block: the learner's own text, sliced from
 * `original` by offsets, so later highlights line up exactly. Markdown is the one
 * exception: its slice still holds markup (`**`, `[..](..)`), so the cleaned block
 * text is shown and `mapBlockText` maps positions back when highlighting.
 */
export function blockDisplayText(article: Pick<ArticleRecord, 'original' | 'format'>, block: TextBlock): string {
  if (article.format === 'md') return block.text;
  return article.original.slice(block.start, block.end);
}

export function readerBlocks(article: Pick<ArticleRecord, 'original' | 'format' | 'blocks'>): ReaderBlock[] {
  const out: ReaderBlock[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'debris') continue;
    out.push({ kind: block.kind, start: block.start, end: block.end, text: blockDisplayText(article, block) });
  }
  return out;
}

export function debrisBlocks(article: Pick<ArticleRecord, 'blocks'>): TextBlock[] {
  return article.blocks.filter((block) => block.kind === 'debris');
}

/**
 * The article's first heading repeats the title in many saved pages; showing it
 * twice under the title reads as a glitch, so a leading heading equal to the title is
 * dropped from the body.
 */
export function withoutRepeatedTitle(blocks: ReaderBlock[], title: string): ReaderBlock[] {
  const first = blocks[0];
  if (first && first.kind === 'heading' && normalise(first.text) === normalise(title)) return blocks.slice(1);
  return blocks;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
