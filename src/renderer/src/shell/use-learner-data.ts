/**
 * What the shell reads for the active learner: their disputes for the reader's flags, the
 * teacher-checked key of an article, the teacher's assignments with their progress, and the
 * learner's name (for a results file). Without storage (component tests with fake services)
 * none of it is offered.
 */
import { useMemo } from 'react';
import { getDatabase } from '../db/database';
import { getCheckedKey } from '../db/keys';
import { disputesForArticle } from '../db/progress';
import { useAssignments } from '../ui/pack/use-assignments';
import { useProfiles, type SettingsStore } from '../ui/settings';

export function useLearnerData(settingsStore: SettingsStore | undefined, refreshAssignments: unknown) {
  const { snapshot: learners } = useProfiles(settingsStore);
  const profileId = learners?.activeId;
  const learnerName = learners?.profiles.find((p) => p.id === profileId)?.name;
  // The reader flags the active learner's disputes (re-read each time an article opens).
  const loadDisputes = useMemo(
    () => (settingsStore && profileId !== undefined ? (articleId: number) => disputesForArticle(getDatabase(), articleId, { profileId }) : undefined),
    [settingsStore, profileId],
  );
  // The reader shows an article's teacher-checked key (a class pack) instead of the analyser.
  const loadCheckedKey = useMemo(
    () => (settingsStore ? async (articleId: number) => (await getCheckedKey(getDatabase(), articleId))?.key : undefined),
    [settingsStore],
  );
  // "From your teacher" in the library: read again when `refreshAssignments` changes.
  const assignments = useAssignments(!!settingsStore, profileId, refreshAssignments);
  return { profileId, learnerName, loadDisputes, loadCheckedKey, assignments };
}
