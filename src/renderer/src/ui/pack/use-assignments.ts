import { useEffect, useState } from 'react';
import { listAssignments, type AssignmentStatus } from '../../db/assignments';
import { getDatabase } from '../../db/database';

/**
 * The teacher's assignments with the active learner's progress, read again whenever `refresh`
 * changes (the app passes the library list and the view, so a pack import or a finished session
 * shows at once). Empty when there is no storage (component tests with fake services).
 */
export function useAssignments(enabled: boolean, profileId: number | undefined, refresh: unknown): AssignmentStatus[] {
  const [assignments, setAssignments] = useState<AssignmentStatus[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    listAssignments(getDatabase(), profileId).then(
      (list) => {
        // No assignments before or after (most libraries): no new state, so no re-render of the library.
        if (live) setAssignments((previous) => (previous.length === 0 && list.length === 0 ? previous : list));
      },
      (error: unknown) => console.warn('Framewise: the assignments could not be read.', error),
    );
    return () => {
      live = false;
    };
  }, [enabled, profileId, refresh]);
  return assignments;
}
