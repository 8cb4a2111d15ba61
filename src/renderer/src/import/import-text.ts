/** .txt and .md (and pasted text): decode, then clean the text itself. */
import { cleanText } from '../../../core/text/clean';
import { decodeBytes } from '../../../core/text/decode';
import type { ImportedArticle } from '../../../core/text/types';
import { finishArticle } from './article';

export async function importTextFile(bytes: Uint8Array, fileName: string, format: 'txt' | 'md'): Promise<ImportedArticle> {
  const { text, encoding } = decodeBytes(bytes);
  return importText(text, fileName, format, encoding);
}

/** Imports text that is already a string (decoded file or pasted text). */
export async function importText(
  text: string,
  fileName: string,
  format: 'txt' | 'md' | 'paste',
  encoding?: string,
): Promise<ImportedArticle> {
  // NUL is never text (pasted text does not go through decodeBytes, which removes it too).
  const document = cleanText(text.replace(/\u0000/g, ''), { format: format === 'md' ? 'md' : 'txt' });
  return finishArticle({ document, format, fileName, encoding });
}
