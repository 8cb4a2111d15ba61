/** A fresh database holding the seed sample, and practice deps on it with a controllable clock. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dayKeyForOffset } from '../../../src/core/practice';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { sampleAnswerKey } from '../../../src/renderer/src/analysis/sample-keys';
import { addArticle } from '../../../src/renderer/src/db/articles';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import { getActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { createItemSource } from '../../../src/renderer/src/practice/item-source';
import { createPracticeStore } from '../../../src/renderer/src/practice/store';
import { articleFromText } from '../../../src/renderer/src/samples/build-article';
import type { PracticeDeps } from '../../../src/renderer/src/ui/practice/practice-deps';
import { freshDatabase } from '../db/helpers';

export const SEED_ID = 'iran-pij-gaza-exchange';

export function seedKey(): AnswerKey {
  const key = sampleAnswerKey(SEED_ID);
  if (!key) throw new Error('the seed key is not bundled');
  return key;
}

export function seedText(): string {
  return readFileSync(resolve(import.meta.dirname, `../../../resources/samples/${SEED_ID}.txt`), 'utf8');
}

export interface Setup {
  db: FramewiseDB;
  articleId: number;
  profileId: number;
  deps: PracticeDeps;
  clock: { now: number };
  analysed: string[];
}

/** 10:00 UTC on a fixed day; the day key is UTC, so "today" ends at midnight UTC. */
export const START = Date.UTC(2026, 10, 28, 10, 0, 0);

export async function setupSeed(options: { withArticle?: boolean } = {}): Promise<Setup> {
  const db = freshDatabase(`practice-${Math.random()}`);
  let articleId = -1;
  if (options.withArticle !== false) {
    const article = await articleFromText({ text: seedText(), title: seedKey().title, format: 'sample', fileName: `${SEED_ID}.txt` });
    articleId = (await addArticle(db, article, { sampleId: SEED_ID, now: START - 86_400_000 })).id;
  }
  const profileId = await getActiveProfileId(db);
  const clock = { now: START };
  const analysed: string[] = [];
  const deps: PracticeDeps = {
    store: createPracticeStore(db),
    items: createItemSource({
      keyFor: sampleAnswerKey,
      analyse: async (original) => {
        analysed.push(original.slice(0, 20));
        throw new Error('the keyed sample must not need the analyser');
      },
    }),
    now: () => clock.now,
    dayKey: dayKeyForOffset(0),
  };
  return { db, articleId, profileId, deps, clock, analysed };
}
