/**
 * Writes a class pack. The result goes through the same checks readPack applies, so the app
 * never hands a teacher a file that another copy of the app would refuse.
 */
import { sha256Hex } from '../text/hash';
import { PACK_FORMAT, PACK_VERSION, type PackArticle, type PackAssignment } from './format';
import { parsePackBytes, validatePack } from './read-pack';

export interface WritePackInput {
  articles: PackArticle[];
  assignment?: PackAssignment;
  /** Clock override (epoch ms). */
  now?: number;
}

/** The pack as UTF-8 bytes; throws PackError if it would not read back (e.g. a key that does not fit). */
export async function writePack(input: WritePackInput): Promise<Uint8Array> {
  const articles = await Promise.all(
    input.articles.map(async ({ article, key }) => ({
      hash: article.hash,
      textSha256: await sha256Hex(article.document.original),
      title: article.title,
      ...(article.byline !== undefined ? { byline: article.byline } : {}),
      ...(article.siteName !== undefined ? { siteName: article.siteName } : {}),
      ...(article.publishedAt !== undefined ? { publishedAt: article.publishedAt } : {}),
      format: article.format,
      fileName: article.fileName,
      text: article.document.original,
      blocks: article.document.blocks,
      ...(key ? { key: { checkedAt: new Date(key.checkedAt).toISOString(), answerKey: key.answerKey } } : {}),
    })),
  );
  const value = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt: new Date(input.now ?? Date.now()).toISOString(),
    articles,
    ...(input.assignment ? { assignment: input.assignment } : {}),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  // Round-trip check: throws the PackError readPack would.
  await validatePack(parsePackBytes(bytes));
  return bytes;
}
