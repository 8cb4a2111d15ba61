/**
 * The app page's side of the one-time carry-over from the old file:// origin
 * (src/main/carry-over.ts): at start-up, before the library is shown, ask main whether
 * an export of the old library is waiting, import it, and report the outcome so main
 * writes its marker. Never throws: what the learner should be told comes back instead.
 */
import type { CarryOverReply, FramewiseApi } from '../../../shared/ipc-contract';
import { importCarriedOver } from '../db/carry-over';
import type { FramewiseDB } from '../db/database';

/** 'carried': the old library is here now; 'failed': it is still on disk, untouched. */
export type CarryOverNoticeKind = 'carried' | 'failed';

export async function completeCarryOver(
  api: Pick<FramewiseApi, 'carryOver'> | undefined,
  db: FramewiseDB,
  log: (...args: unknown[]) => void = console.error,
): Promise<CarryOverNoticeKind | null> {
  // Browser mode (no preload) never had a file:// library.
  if (!api) return null;
  let offer: CarryOverReply;
  try {
    offer = await api.carryOver({ step: 'take' });
  } catch (error) {
    // Main could not say; we do not know that anything is waiting, so nothing is shown.
    log('[framewise] could not ask about a library to carry over:', error);
    return null;
  }
  if (offer.status === 'failed') return 'failed';
  if (offer.status !== 'ready') return null;
  try {
    const { outcome } = await importCarriedOver(db, offer.data);
    await api
      .carryOver({ step: 'imported', outcome })
      .catch((error: unknown) => log('[framewise] could not record the carry-over:', error));
    return outcome === 'empty' ? null : 'carried';
  } catch (error) {
    log('[framewise] could not import the library carried over:', error);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await api.carryOver({ step: 'import-failed', reason: reason || 'unknown error' }).catch(() => undefined);
    return 'failed';
  }
}
