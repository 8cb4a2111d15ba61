import { cleanText } from '../../../core/text/clean';
import { hashableText, hashDocument } from '../../../core/text/hash';
import type { ArticleFormat, ImportedArticle } from '../../../core/text/types';
import { countWords } from '../../../core/text/words';

const TITLE_MAX_CHARS = 90;

/**
 * An ImportedArticle from plain text the app already holds (bundled samples, pasted
 * text): the same cleaning, hashing and counting as a .txt import.
 */
export async function articleFromText(input: {
  text: string;
  title?: string;
  format: ArticleFormat;
  fileName: string;
}): Promise<ImportedArticle> {
  const document = cleanText(input.text, { format: 'txt' });
  const body = hashableText(document);
  return {
    title: input.title?.trim() || titleFromBlocks(document.blocks) || input.fileName,
    format: input.format,
    fileName: input.fileName,
    document,
    hash: await hashDocument(document),
    wordCount: countWords(body),
  };
}

/** The first block's text (a heading, or the opening paragraph cut at a word boundary). */
function titleFromBlocks(blocks: ImportedArticle['document']['blocks']): string | undefined {
  const first = blocks.find((block) => block.kind !== 'debris');
  if (!first) return undefined;
  if (first.text.length <= TITLE_MAX_CHARS) return first.text;
  const cut = first.text.slice(0, TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
