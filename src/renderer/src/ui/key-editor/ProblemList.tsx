/** What keeps the key from being saved, each with a way to its sentence (the first ten). */
import { t } from '../../i18n';
import { keyProblem } from './problem-messages';

const SHOWN = 10;

export function ProblemList({ problems, onGoTo }: { problems: readonly string[]; onGoTo(index: number): void }) {
  if (problems.length === 0) return null;
  return (
    <section className="ke-problems" aria-labelledby="ke-problems-heading" data-testid="ke-problems">
      <h2 id="ke-problems-heading">{t('keyEditor.problems')}</h2>
      <ul>
        {problems.slice(0, SHOWN).map((raw, i) => {
          const problem = keyProblem(raw);
          return (
            <li key={i}>
              {problem.text}{' '}
              {problem.sentence !== null && (
                <button type="button" className="button button--small" onClick={() => onGoTo(problem.sentence!)}>
                  {t('keyEditor.problems.goTo', { n: problem.sentence + 1 })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
