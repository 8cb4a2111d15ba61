/**
 * "From your teacher" in the library: each assignment a class pack brought, with its due date
 * and how many of its articles the learner has practised, and a button that starts a practice
 * session on the assignment's articles only.
 */
import { formatIsoDate, t } from '../../i18n';
import type { AssignmentStatus } from '../../db/assignments';

export interface AssignmentsPanelProps {
  assignments: readonly AssignmentStatus[];
  onPractise(status: AssignmentStatus): void;
  /** "Send results to your teacher" (a results file); omitted: no button. */
  onSendResults?(status: AssignmentStatus): void;
}

export function AssignmentsPanel({ assignments, onPractise, onSendResults }: AssignmentsPanelProps) {
  if (assignments.length === 0) return null;
  return (
    <section className="assignments" aria-labelledby="assignments-title">
      <h2 id="assignments-title" className="assignments__title">
        {t('pack.fromTeacher.heading')}
      </h2>
      <ul className="assignments__list">
        {assignments.map((status) => {
          const { assignment, articleIds, practised } = status;
          const params = { title: assignment.title, practised, total: articleIds.length };
          return (
            <li key={assignment.id} className="assignments__item">
              <p className="assignments__line">
                {assignment.due
                  ? t('pack.fromTeacher.line', { ...params, date: formatIsoDate(assignment.due) ?? assignment.due })
                  : t('pack.fromTeacher.lineNoDue', params)}
                {assignment.teacher && <> {t('pack.fromTeacher.by', { teacher: assignment.teacher })}</>}
              </p>
              {articleIds.length > 0 ? (
                <button
                  type="button"
                  className="button"
                  aria-label={t('pack.fromTeacher.practiseLabel', { title: assignment.title })}
                  onClick={() => onPractise(status)}
                >
                  {t('pack.fromTeacher.practise')}
                </button>
              ) : (
                <p className="muted">{t('pack.fromTeacher.noArticles')}</p>
              )}
              {onSendResults && practised > 0 && (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('results.sendLabel', { title: assignment.title })}
                  onClick={() => onSendResults(status)}
                >
                  {t('results.send')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
