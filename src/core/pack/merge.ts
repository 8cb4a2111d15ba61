/**
 * The merge rules of a pack import, decided before anything is written (the preview shows
 * them): an article is matched by its content hash; one already in the library keeps its id,
 * so the learner's answers, review cards and disputes stay attached to it; a deleted copy is
 * brought back; a key is taken when the article has none or the pack's was checked later.
 */
import type { ClassPack } from './format';

export interface ExistingArticle {
  id: number;
  /** In the trash (soft-deleted). */
  deleted: boolean;
  /** checkedAt of its checked key, when it has one. */
  keyCheckedAt?: number;
}

export type ArticleAction = 'add' | 'present' | 'restore';
/** 'take': store the pack's key; 'keep-local': the library's key was checked later (or at the same time). */
export type KeyAction = 'none' | 'take' | 'keep-local';

export interface PlannedArticle {
  /** Index into pack.articles. */
  index: number;
  title: string;
  hash: string;
  action: ArticleAction;
  existingId?: number;
  key: KeyAction;
}

export interface PackImportPlan {
  articles: PlannedArticle[];
  /** Articles in the pack, keys in the pack. */
  total: { articles: number; keys: number };
  added: number;
  alreadyPresent: number;
  keysTaken: number;
  keysKept: number;
}

export function planPackImport(pack: ClassPack, existing: ReadonlyMap<string, ExistingArticle>): PackImportPlan {
  const articles = pack.articles.map((entry, index): PlannedArticle => {
    const found = existing.get(entry.article.hash);
    const action: ArticleAction = !found ? 'add' : found.deleted ? 'restore' : 'present';
    let key: KeyAction = 'none';
    if (entry.key) key = found?.keyCheckedAt !== undefined && found.keyCheckedAt >= entry.key.checkedAt ? 'keep-local' : 'take';
    const planned: PlannedArticle = { index, title: entry.article.title, hash: entry.article.hash, action, key };
    if (found) planned.existingId = found.id;
    return planned;
  });
  return {
    articles,
    total: { articles: pack.articles.length, keys: pack.articles.filter((a) => a.key).length },
    added: articles.filter((a) => a.action !== 'present').length,
    alreadyPresent: articles.filter((a) => a.action === 'present').length,
    keysTaken: articles.filter((a) => a.key === 'take').length,
    keysKept: articles.filter((a) => a.key === 'keep-local').length,
  };
}
