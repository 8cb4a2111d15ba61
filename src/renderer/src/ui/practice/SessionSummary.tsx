import { forwardRef, type ReactNode } from 'react';
import { skillName } from '../../practice/format';
import type { SessionSummary as Summary } from '../../practice/session';
import { percent, tp } from '../../i18n/practice.en';

export interface SessionSummaryProps {
  summary: Summary;
  /** How many items were answered wrong or partly right (offered again by "Review my mistakes"). */
  mistakes: number;
  onReviewMistakes(): void;
  onAnother(): void;
  onShowProgress(): void;
  /** Today's answers against the daily goal, when the learner set one. */
  goal?: ReactNode;
}

/** The end of a session: the score, what went how, per exercise type, and where to go next. */
export const SessionSummary = forwardRef<HTMLHeadingElement, SessionSummaryProps>(function SessionSummary(
  { summary, mistakes, onReviewMistakes, onAnother, onShowProgress, goal },
  headingRef,
) {
  return (
    <section className="pr-summary" aria-labelledby="pr-summary-title" data-testid="practice-summary">
      <h2 id="pr-summary-title" ref={headingRef} tabIndex={-1}>
        {tp('practice.summary.title')}
      </h2>
      <p className="pr-summary__score">
        {summary.score === null ? tp('practice.summary.noGraded') : tp('practice.summary.score', { percent: percent(summary.score) })}
      </p>
      <p>
        {tp('practice.summary.counts', {
          right: summary.counts.right,
          partial: summary.counts.partial,
          wrong: summary.counts.wrong,
          discuss: summary.counts.discuss,
        })}
      </p>
      {goal}
      {summary.unsaved > 0 && (
        <p role="alert" className="pr-error">
          {tp('practice.summary.unsaved', { count: summary.unsaved })}
        </p>
      )}
      <table className="pr-table">
        <caption>{tp('practice.summary.perSkill')}</caption>
        <thead>
          <tr>
            <th scope="col">{tp('practice.summary.skill')}</th>
            <th scope="col" className="num">
              {tp('practice.summary.items')}
            </th>
            <th scope="col" className="num">
              {tp('practice.summary.skillScore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.bySkill.map((row) => (
            <tr key={row.skill} data-skill={row.skill}>
              <th scope="row">{skillName(row.skill)}</th>
              <td className="num">{row.items}</td>
              <td className="num">{row.score === null ? tp('practice.summary.notGraded') : percent(row.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pr-actions">
        {mistakes > 0 && (
          <button type="button" className="button button--primary" onClick={onReviewMistakes}>
            {tp('practice.summary.mistakes', { count: mistakes })}
          </button>
        )}
        <button type="button" className={mistakes > 0 ? 'button' : 'button button--primary'} onClick={onAnother}>
          {tp('practice.summary.another')}
        </button>
        <button type="button" className="button" onClick={onShowProgress}>
          {tp('practice.summary.progress')}
        </button>
      </div>
    </section>
  );
});
