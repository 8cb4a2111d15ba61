/**
 * Class packs in storage: export chosen articles with their keys, preview an import (what
 * will change, nothing written) and apply it in one transaction. The format and the merge
 * rules are pure (core/pack); this module only reads and writes the tables.
 */
import { planPackImport, writePack, type ClassPack, type ExistingArticle, type PackArticle, type PackAssignment, type PackImportPlan } from '../../../core/pack';
import type { AnswerKey } from '../../../core/samples/answer-key';
import { checkKeyAgainstText } from '../../../core/samples/check-key';
import { addArticle } from './articles';
import { saveAssignmentFromPack } from './assignments';
import type { CheckedKeyRecord, FramewiseDB } from './database';
import { getCheckedKey } from './keys';
import { refreshSearchIndex } from './search-index';

export interface ExportPackOptions {
  assignment?: PackAssignment;
  /** A bundled sample's hand key, used for a sample article that has no checked key of its own. */
  sampleKeyFor?: (sampleId: string | undefined) => AnswerKey | undefined;
  now?: number;
}

/**
 * The pack bytes for `articleIds` (live articles, in that order), each with its checked key,
 * or for a sample its hand key (checked "now", i.e. when it is handed out).
 */
export async function exportClassPack(db: FramewiseDB, articleIds: readonly number[], opts: ExportPackOptions = {}): Promise<Uint8Array> {
  const now = opts.now ?? Date.now();
  const articles: PackArticle[] = [];
  for (const id of articleIds) {
    const [summary, body] = await db.transaction('r', db.articles, db.articleBodies, () => Promise.all([db.articles.get(id), db.articleBodies.get(id)]));
    if (!summary || summary.deletedAt != null || !body) continue;
    const entry: PackArticle = {
      article: {
        title: summary.title,
        format: summary.format,
        fileName: summary.fileName,
        document: { original: body.original, blocks: body.blocks },
        hash: summary.hash,
        wordCount: summary.wordCount,
        ...(summary.byline !== undefined ? { byline: summary.byline } : {}),
        ...(summary.siteName !== undefined ? { siteName: summary.siteName } : {}),
        ...(summary.publishedAt !== undefined ? { publishedAt: summary.publishedAt } : {}),
      },
    };
    const checked = await getCheckedKey(db, id);
    const sampleKey = checked ? undefined : opts.sampleKeyFor?.(summary.sampleId);
    if (checked) entry.key = { answerKey: checked.key, checkedAt: checked.checkedAt };
    // A sample whose text a later release changed may have a key that no longer fits: share the article without it.
    else if (sampleKey && checkKeyAgainstText(sampleKey, body.original).ok) entry.key = { answerKey: sampleKey, checkedAt: now };
    articles.push(entry);
  }
  return writePack({ articles, assignment: opts.assignment, now });
}

/** What importing `pack` would do to this library (reads only). */
export async function previewPackImport(db: FramewiseDB, pack: ClassPack): Promise<PackImportPlan> {
  return db.transaction('r', db.articles, db.checkedKeys, () => planInTransaction(db, pack));
}

async function planInTransaction(db: FramewiseDB, pack: ClassPack): Promise<PackImportPlan> {
  const existing = new Map<string, ExistingArticle>();
  for (const { article } of pack.articles) {
    const row = await db.articles.where('hash').equals(article.hash).first();
    if (!row) continue;
    const key = await db.checkedKeys.get(row.id);
    const found: ExistingArticle = { id: row.id, deleted: row.deletedAt != null };
    if (key && key.hash === row.hash) found.keyCheckedAt = key.checkedAt;
    existing.set(article.hash, found);
  }
  return planPackImport(pack, existing);
}

export interface PackImportResult {
  plan: PackImportPlan;
  /** Library ids of the pack's articles, in pack order. */
  articleIds: number[];
  /** The stored assignment ("From your teacher"), when the pack carries one. */
  assignmentId?: number;
  /**
   * Keys not taken because the library's copy of the article, while the same cleaned text (same
   * hash), differs in its raw text (line breaks, dropped debris) so the key's lines do not fit it.
   */
  keysNotFitting: number;
}

/**
 * Imports a pack read by readPack: all or nothing, in one transaction. Articles already here
 * keep their id, and so the learner's answers, cards and disputes; new ones go through
 * addArticle like any import; keys follow the plan (the later check wins).
 */
export async function applyPackImport(db: FramewiseDB, pack: ClassPack, opts: { now?: number } = {}): Promise<PackImportResult> {
  const now = opts.now ?? Date.now();
  const result = await db.transaction('rw', [db.articles, db.articleBodies, db.checkedKeys, db.assignments], async () => {
    // Planned again inside the transaction, so the preview cannot be stale by the time it is applied.
    const plan = await planInTransaction(db, pack);
    const articleIds: number[] = [];
    let keysNotFitting = 0;
    for (const planned of plan.articles) {
      const entry = pack.articles[planned.index];
      const { id } = await addArticle(db, entry.article, { now });
      articleIds.push(id);
      if (planned.key !== 'take' || !entry.key) continue;
      if (planned.action !== 'add') {
        const body = await db.articleBodies.get(id);
        if (!body || !checkKeyAgainstText(entry.key.answerKey, body.original).ok) {
          keysNotFitting++;
          continue;
        }
      }
      const record: CheckedKeyRecord = {
        articleId: id,
        hash: entry.article.hash,
        key: entry.key.answerKey,
        checkedAt: entry.key.checkedAt,
        savedAt: now,
      };
      if (pack.assignment?.teacher) record.teacher = pack.assignment.teacher;
      await db.checkedKeys.put(record);
    }
    const assignmentId = await saveAssignmentFromPack(db, pack, now);
    return { plan, articleIds, keysNotFitting, ...(assignmentId !== undefined ? { assignmentId } : {}) };
  });
  // New articles are searchable at once rather than at the next reconcile.
  await refreshSearchIndex(db);
  return result;
}
