/**
 * What the shell reads for the active learner: the teacher's assignments with their progress and
 * the learner's name (for a results file). Without storage (component tests with fake services)
 * none of it is offered. (The reader's disputes and checked key are read in ui/ArticleViews.)
 */
import { useAssignments } from '../ui/pack/use-assignments';
import { useProfiles, type SettingsStore } from '../ui/settings';

export function useLearnerData(settingsStore: SettingsStore | undefined, refreshAssignments: unknown) {
  const { snapshot: learners } = useProfiles(settingsStore);
  const profileId = learners?.activeId;
  const learnerName = learners?.profiles.find((p) => p.id === profileId)?.name;
  // "From your teacher" in the library: read again when `refreshAssignments` changes.
  const assignments = useAssignments(!!settingsStore, profileId, refreshAssignments);
  return { profileId, learnerName, assignments };
}
