/**
 * Results back to the teacher, in storage. The learner's side: a results file for one
 * assignment (their answers and disputes on its articles, nothing else). The teacher's side:
 * many results files filed by pack and learner (schema version 6), the packs the teacher
 * shared from here, and what a class view needs to link items back to the teacher's articles.
 * The format, the summary and the merge rule are pure (core/results).
 */
import {
  learnerKeyOf,
  mergeDecision,
  packIdOf,
  readResults,
  ResultsError,
  writeResults,
  type ClassResults,
  type ResultItem,
  type ResultsErrorCode,
  type ResultsMerge,
} from '../../../core/results';
import { SKILLS, type Skill } from '../../../core/practice/types';
import type { ClassPack } from '../../../core/pack';
import type { FramewiseDB, SharedPackRecord } from './database';

/** The learner's results on an assignment's articles as a `.framewise-results` file. */
export async function exportAssignmentResults(
  db: FramewiseDB,
  args: { assignmentId: number; profileId: number; learnerName: string; now?: number },
): Promise<Uint8Array> {
  const now = args.now ?? Date.now();
  const { assignment, idByHash, attempts, disputes } = await db.transaction(
    'r',
    [db.assignments, db.articles, db.attempts, db.disputes],
    async () => {
      const assignment = await db.assignments.get(args.assignmentId);
      if (!assignment) throw new Error(`There is no assignment ${args.assignmentId}.`);
      const rows = await db.articles.where('hash').anyOf(assignment.articleHashes).toArray();
      const idByHash = new Map(rows.map((r) => [r.hash, r.id]));
      const ids = [...idByHash.values()];
      const attempts = (await db.attempts.where('profileId').equals(args.profileId).toArray()).filter((a) => ids.includes(a.articleId));
      const disputes = (await db.disputes.where('profileId').equals(args.profileId).toArray()).filter((d) => ids.includes(d.articleId));
      return { assignment, idByHash, attempts, disputes };
    },
  );
  const indexById = new Map<number, number>();
  assignment.articleHashes.forEach((hash, index) => {
    const id = idByHash.get(hash);
    if (id !== undefined) indexById.set(id, index);
  });
  const items: ResultItem[] = attempts
    .filter((a) => SKILLS.includes(a.skill as Skill))
    .sort((a, b) => a.at - b.at)
    .map((a) => ({
      article: indexById.get(a.articleId)!,
      itemId: a.itemId,
      skill: a.skill as Skill,
      answer: a.answer ?? null,
      score: a.score,
      correct: a.correct,
      graded: a.graded,
      ...(a.gradedPart ? { gradedPart: a.gradedPart } : {}),
      source: a.source,
      timeMs: Math.max(0, Math.round(a.timeMs)),
      at: a.at,
    }));
  return writeResults({
    exportedAt: now,
    learner: { name: args.learnerName.trim() },
    pack: {
      id: await packIdOf(assignment.packCreatedAt, assignment.articleHashes),
      createdAt: assignment.packCreatedAt,
      title: assignment.title,
      articleHashes: assignment.articleHashes,
    },
    items,
    disputes: disputes
      .sort((a, b) => a.at - b.at)
      .map((d) => ({
        article: indexById.get(d.articleId)!,
        itemId: d.itemId,
        sentenceStart: d.sentenceStart,
        sentenceEnd: d.sentenceEnd,
        reason: d.reason,
        at: d.at,
      })),
  });
}

/** Remembers a pack the teacher shared, so its class has a name and its results a home. */
export async function recordSharedPack(db: FramewiseDB, pack: ClassPack, now = Date.now()): Promise<SharedPackRecord> {
  const articleHashes = pack.articles.map((a) => a.article.hash);
  const record: SharedPackRecord = {
    id: await packIdOf(pack.createdAt, articleHashes),
    title: pack.assignment?.title ?? pack.articles[0].article.title,
    createdAt: pack.createdAt,
    articleHashes,
    sharedAt: now,
  };
  await db.sharedPacks.put(record);
  return record;
}

export type ResultsFileOutcome =
  | { name: string; status: ResultsMerge; learner: string; packId: string; packTitle: string; sharedHere: boolean }
  | { name: string; status: 'refused'; code: ResultsErrorCode | 'unreadable'; message?: string };

/**
 * Imports results files one by one: each is read strictly, then filed under its pack and
 * learner — a learner's later export replaces the earlier, the same export again changes
 * nothing, an earlier one is kept out. With `expectPackId` (importing into one class) a
 * file for another pack is refused ('wrong-pack'). A refused file changes nothing.
 */
export async function importResultsFiles(
  db: FramewiseDB,
  files: readonly { name: string; bytes: Uint8Array }[],
  opts: { expectPackId?: string; now?: number } = {},
): Promise<ResultsFileOutcome[]> {
  const outcomes: ResultsFileOutcome[] = [];
  for (const file of files) {
    let results: ClassResults;
    try {
      results = await readResults(file.bytes, { expectPackId: opts.expectPackId });
    } catch (error) {
      if (error instanceof ResultsError) outcomes.push({ name: file.name, status: 'refused', code: error.code });
      else outcomes.push({ name: file.name, status: 'refused', code: 'unreadable', message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const learnerKey = learnerKeyOf(results.learner.name);
    const packId = results.pack.id;
    const { status, shared } = await db.transaction('rw', db.classResults, db.sharedPacks, async () => {
      const held = await db.classResults.get([packId, learnerKey]);
      const status = mergeDecision(held?.results, results);
      if (status === 'add' || status === 'update') {
        await db.classResults.put({ packId, learnerKey, results, fileName: file.name, importedAt: opts.now ?? Date.now() });
      }
      return { status, shared: await db.sharedPacks.get(packId) };
    });
    outcomes.push({
      name: file.name,
      status,
      learner: results.learner.name,
      packId,
      packTitle: shared?.title ?? results.pack.title ?? packId.slice(0, 8),
      sharedHere: !!shared,
    });
  }
  return outcomes;
}

export interface ClassEntry {
  packId: string;
  title: string;
  /** The teacher shared this pack from here. */
  sharedHere: boolean;
  learners: number;
}

/** The classes with results, and the shared packs, newest share first, then by title. */
export async function listClasses(db: FramewiseDB): Promise<ClassEntry[]> {
  return db.transaction('r', db.classResults, db.sharedPacks, async () => {
    const shared = await db.sharedPacks.orderBy('sharedAt').reverse().toArray();
    const counts = new Map<string, { count: number; title?: string }>();
    await db.classResults.each((row) => {
      const entry = counts.get(row.packId) ?? { count: 0, title: row.results.pack.title };
      entry.count++;
      counts.set(row.packId, entry);
    });
    const classes: ClassEntry[] = shared.map((s) => ({ packId: s.id, title: s.title, sharedHere: true, learners: counts.get(s.id)?.count ?? 0 }));
    const elsewhere = [...counts.entries()]
      .filter(([id]) => !shared.some((s) => s.id === id))
      .map(([packId, c]) => ({ packId, title: c.title ?? packId.slice(0, 8), sharedHere: false, learners: c.count }))
      .sort((a, b) => a.title.localeCompare(b.title));
    return [...classes, ...elsewhere];
  });
}

/** Every learner's results for one pack. */
export async function resultsForPack(db: FramewiseDB, packId: string): Promise<ClassResults[]> {
  return (await db.classResults.where('packId').equals(packId).toArray()).map((row) => row.results);
}

/** Library ids (live articles) for content hashes, so the class view can open the reader. */
export async function liveArticleIdsByHash(db: FramewiseDB, hashes: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.articles.where('hash').anyOf([...new Set(hashes)]).toArray();
  return new Map(rows.filter((r) => r.deletedAt == null).map((r) => [r.hash, r.id]));
}
