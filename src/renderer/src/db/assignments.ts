/**
 * Teachers' assignments (schema version 5): stored when a class pack with an assignment is
 * imported, shown in the library as "From your teacher", practised as a session restricted to
 * the assignment's articles.
 */
import type { ClassPack } from '../../../core/pack';
import type { AssignmentRecord, FramewiseDB } from './database';

/**
 * Stores the pack's assignment (call inside the import's transaction, with `assignments` in it).
 * The same pack imported again (same title and pack date) updates its assignment rather than
 * adding a second one. Returns the assignment's id, or undefined for a pack without one.
 */
export async function saveAssignmentFromPack(db: FramewiseDB, pack: ClassPack, now: number): Promise<number | undefined> {
  const a = pack.assignment;
  if (!a) return undefined;
  const record: Omit<AssignmentRecord, 'id'> = {
    title: a.title,
    articleHashes: pack.articles.map((entry) => entry.article.hash),
    packCreatedAt: pack.createdAt,
    importedAt: now,
    ...(a.skills !== undefined ? { skills: [...a.skills] } : {}),
    ...(a.items !== undefined ? { items: a.items } : {}),
    ...(a.due !== undefined ? { due: a.due } : {}),
    ...(a.teacher !== undefined ? { teacher: a.teacher } : {}),
  };
  const same = await db.assignments.filter((r) => r.title === a.title && r.packCreatedAt === pack.createdAt).first();
  if (same) {
    await db.assignments.put({ ...record, id: same.id });
    return same.id;
  }
  return db.assignments.add(record as AssignmentRecord);
}

export interface AssignmentStatus {
  assignment: AssignmentRecord;
  /** Live library ids of the assignment's articles, in pack order (deleted or missing ones left out). */
  articleIds: number[];
  /** How many of those the learner has answered at least one item on. */
  practised: number;
}

/** The assignments, newest import first, with the learner's progress on each. */
export async function listAssignments(db: FramewiseDB, profileId: number | undefined): Promise<AssignmentStatus[]> {
  return db.transaction('r', db.assignments, db.articles, db.attempts, async () => {
    const assignments = await db.assignments.orderBy('importedAt').reverse().toArray();
    const statuses: AssignmentStatus[] = [];
    for (const assignment of assignments) {
      const rows = await db.articles.where('hash').anyOf(assignment.articleHashes).toArray();
      const idByHash = new Map(rows.filter((r) => r.deletedAt == null).map((r) => [r.hash, r.id]));
      const articleIds = assignment.articleHashes.flatMap((hash) => (idByHash.has(hash) ? [idByHash.get(hash)!] : []));
      let practised = 0;
      if (profileId !== undefined) {
        for (const articleId of articleIds) {
          if ((await db.attempts.where('[profileId+articleId]').equals([profileId, articleId]).count()) > 0) practised++;
        }
      }
      statuses.push({ assignment, articleIds, practised });
    }
    return statuses;
  });
}
