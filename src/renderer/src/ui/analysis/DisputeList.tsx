/**
 * The learner's own disputes, listed: their reason, which exercise it was about and when.
 */
import { formatEpochDate } from '../../i18n';
import { ta } from '../../i18n/analysis.en';
import { skillName, skillOfItemId } from '../../practice/format';
import type { ReaderDispute } from './disputes';
import './analysis.css';

export function disputeExercise(dispute: ReaderDispute): string {
  const skill = skillOfItemId(dispute.itemId);
  return skill ? skillName(skill) : dispute.itemId;
}

export function DisputeList({ disputes }: { disputes: readonly ReaderDispute[] }) {
  return (
    <ul className="fw-an-disputes">
      {disputes.map((dispute) => (
        <li key={dispute.id} className="fw-an-disputes__item" data-dispute-id={dispute.id}>
          <span className="fw-an-disputes__reason">“{dispute.reason}”</span>
          <span className="fw-an-muted fw-an-disputes__meta">
            {ta('analysis.dispute.meta', { skill: disputeExercise(dispute), date: formatEpochDate(dispute.at) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
