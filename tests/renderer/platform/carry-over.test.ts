import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticle, listArticles } from '../../../src/renderer/src/db/articles';
import { exportForCarryOver } from '../../../src/renderer/src/db/carry-over';
import { completeCarryOver } from '../../../src/renderer/src/platform/carry-over';
import type { CarryOverAppRequest, CarryOverReply } from '../../../src/shared/ipc-contract';
import { closeTrackedDatabases, isolatedIndexedDB, makeArticle, trackedDatabase } from '../db/helpers';

afterEach(() => closeTrackedDatabases());

/** A preload API whose 'take' answers `offer`; records every request. */
function api(offer: CarryOverReply | Error) {
  const requests: CarryOverAppRequest[] = [];
  const carryOver = vi.fn(async (request: CarryOverAppRequest): Promise<CarryOverReply> => {
    requests.push(request);
    if (request.step !== 'take') return { status: 'recorded' };
    if (offer instanceof Error) throw offer;
    return offer;
  });
  return { carryOver, requests };
}

async function oldLibraryBytes(): Promise<Uint8Array> {
  const idb = isolatedIndexedDB();
  const old = trackedDatabase('framewise', idb);
  await addArticle(old, makeArticle({ title: 'From the old build', paragraphs: ['Stored under file://.'] }));
  return exportForCarryOver({ dexie: idb });
}

const quiet = () => undefined;

describe('the carry-over at start-up', () => {
  it('does nothing in browser mode (no preload)', async () => {
    expect(await completeCarryOver(undefined, trackedDatabase())).toBeNull();
  });

  it('shows nothing when main has nothing to carry', async () => {
    const fake = api({ status: 'none' });
    expect(await completeCarryOver(fake, trackedDatabase(), quiet)).toBeNull();
    expect(fake.requests).toEqual([{ step: 'take' }]);
  });

  it('imports what main hands over, reports the outcome, and says it was carried over', async () => {
    const data = await oldLibraryBytes();
    const fake = api({ status: 'ready', data });
    const db = trackedDatabase();
    expect(await completeCarryOver(fake, db, quiet)).toBe('carried');
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['From the old build']);
    expect(fake.requests).toEqual([{ step: 'take' }, { step: 'imported', outcome: 'replaced' }]);
  });

  it('still shows the library carried over when main could not record it', async () => {
    const data = await oldLibraryBytes();
    const fake = api({ status: 'ready', data });
    fake.carryOver.mockImplementation(async (request) => {
      if (request.step === 'take') return { status: 'ready', data };
      throw new Error('disk full');
    });
    const log = vi.fn();
    expect(await completeCarryOver(fake, trackedDatabase(), log)).toBe('carried');
    expect(log).toHaveBeenCalled();
  });

  it('tells the learner when main could not export the old library', async () => {
    expect(await completeCarryOver(api({ status: 'failed' }), trackedDatabase(), quiet)).toBe('failed');
  });

  it('reports corrupt data as an import failure, writes nothing, and tells the learner', async () => {
    const fake = api({ status: 'ready', data: new TextEncoder().encode('{"format":"framewise-backup"}') });
    const db = trackedDatabase();
    await addArticle(db, makeArticle({ title: 'Here already', paragraphs: ['Kept.'] }));
    expect(await completeCarryOver(fake, db, quiet)).toBe('failed');
    expect(fake.requests[1]).toEqual({ step: 'import-failed', reason: expect.stringContaining('BackupError') });
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Here already']);
  });

  it('shows nothing, and does not throw, when main cannot be asked', async () => {
    const log = vi.fn();
    expect(await completeCarryOver(api(new Error('no handler')), trackedDatabase(), log)).toBeNull();
    expect(log).toHaveBeenCalled();
  });

  it('shows nothing for an old library that held nothing, but records it', async () => {
    const data = await exportForCarryOver({ dexie: isolatedIndexedDB() });
    const fake = api({ status: 'ready', data });
    expect(await completeCarryOver(fake, trackedDatabase(), quiet)).toBeNull();
    expect(fake.requests[1]).toEqual({ step: 'imported', outcome: 'empty' });
  });
});
