/**
 * The daily goal on screen: a chooser (Progress) and "12 of 20 today" (Progress and the end
 * of a practice session). The goal is stored per learner with the other preferences, so a
 * shared computer keeps each learner's own.
 */
import { useEffect, useId, useState } from 'react';
import { answeredToday, DAILY_GOAL_CHOICES, parseDailyGoal, type DailyGoal } from '../../practice/daily-goal';
import { learnerKey, STORAGE_KEYS, useStoredPreference } from '../../shell/stored-preference';
import { tp } from '../../i18n/practice.en';
import './progress.css';
import { useLatest } from '../use-latest';
import { usePracticeDeps, type PracticeDeps } from '../practice/practice-deps';

const serialiseGoal = (goal: DailyGoal) => String(goal);

export function useDailyGoal(profileId: number): [DailyGoal, (goal: DailyGoal) => void] {
  return useStoredPreference(learnerKey(STORAGE_KEYS.dailyGoal, profileId), parseDailyGoal, serialiseGoal);
}

/** "12 of 20 today" with a progress bar, or nothing when no goal is set. */
export function DailyGoalStatus({ goal, done }: { goal: DailyGoal; done: number }) {
  if (goal === 0) return null;
  const text = tp('goal.status', { done, goal });
  return (
    <div className="goal-status" data-testid="daily-goal-status">
      <p className="pg-card__big">{text}</p>
      <progress max={goal} value={Math.min(done, goal)} aria-label={tp('goal.statusLabel')} aria-valuetext={text} />
      {done >= goal && <p>{tp('goal.met')}</p>}
    </div>
  );
}

/** The Progress card: choose a goal (off by default) and see today's count against it. */
export function DailyGoalCard({ profileId, attempts, now, dayKey }: { profileId: number; attempts: readonly { at: number }[]; now: number; dayKey: PracticeDeps['dayKey'] }) {
  const [goal, setGoal] = useDailyGoal(profileId);
  const selectId = useId();
  const done = answeredToday(attempts, now, dayKey);
  return (
    <section className="pg-card" aria-labelledby="pg-goal-title" data-testid="progress-goal">
      <h2 id="pg-goal-title">{tp('goal.title')}</h2>
      <label htmlFor={selectId}>{tp('goal.choose')}</label>{' '}
      <select id={selectId} value={goal} onChange={(event) => setGoal(parseDailyGoal(event.target.value))}>
        <option value={0}>{tp('goal.off')}</option>
        {DAILY_GOAL_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {tp('goal.option', { count: choice })}
          </option>
        ))}
      </select>
      {goal === 0 ? <p className="muted">{tp('goal.none')}</p> : <DailyGoalStatus goal={goal} done={done} />}
    </section>
  );
}

/** At the end of a session: today's answers (read again, so this session's are counted) against the goal. */
export function SessionGoal({ profileId, deps }: { profileId: number; deps?: Partial<PracticeDeps> }) {
  const { store, now, dayKey } = usePracticeDeps(deps);
  // Read once when the summary shows; the clock may be a new function each render.
  const clock = useLatest({ now, dayKey });
  const [goal] = useDailyGoal(profileId);
  const [done, setDone] = useState<number | null>(null);
  useEffect(() => {
    if (goal === 0) return;
    let live = true;
    store.attempts(profileId).then(
      (attempts) => live && setDone(answeredToday(attempts, clock.current.now(), clock.current.dayKey)),
      () => live && setDone(null),
    );
    return () => {
      live = false;
    };
  }, [store, profileId, goal, clock]);
  if (goal === 0 || done === null) return null;
  return <DailyGoalStatus goal={goal} done={done} />;
}
