/**
 * Learners' disputes on the article in the editor, and the teacher's decisions: accept (the
 * dispute is marked accepted and the editor goes to its sentence, to fix the key) or reject with a
 * note the learner sees in Progress.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DisputeRecord } from '../../db/database';
import type { KeyEditorDeps } from './key-editor-deps';

export interface KeyDisputes {
  disputes: DisputeRecord[] | null;
  error: string | null;
  accept(dispute: DisputeRecord): Promise<boolean>;
  reject(dispute: DisputeRecord, note: string): Promise<boolean>;
}

export function useKeyDisputes(articleId: number, deps: KeyEditorDeps): KeyDisputes {
  const [disputes, setDisputes] = useState<DisputeRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setDisputes(await deps.disputes(articleId));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [deps, articleId]);

  useEffect(() => {
    setDisputes(null);
    void reload();
  }, [reload]);

  const decide = useCallback(
    async (dispute: DisputeRecord, decision: { status: 'accepted' | 'rejected'; note?: string }) => {
      try {
        const done = await deps.resolveDispute(dispute.id, decision);
        setError(null);
        await reload();
        return done;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [deps, reload],
  );

  return {
    disputes,
    error,
    accept: (dispute) => decide(dispute, { status: 'accepted' }),
    reject: (dispute, note) => decide(dispute, { status: 'rejected', note }),
  };
}
