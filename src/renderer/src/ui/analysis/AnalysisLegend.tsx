/**
 * What the tints, patterns, tags and underlines mean, uncertain tags included. A disclosure
 * button folds it away; the choice is kept (stored preference) so a learner who knows the
 * marks does not have to fold it on every article.
 */
import { useId } from 'react';
import type { SentenceLabel } from '../../../../core/analysis/types';
import { ta } from '../../i18n/analysis.en';
import { STORAGE_KEYS, useStoredPreference } from '../../shell/stored-preference';
import { isShortWindow } from '../short-window';
import { labelHelp, labelName, labelTag } from './wording';
import './analysis.css';

const LABELS: SentenceLabel[] = ['fact', 'attributed', 'framing'];
/** The uncertain sample swatches: the two tags the issue's learners did not recognise. */
const UNCERTAIN_EXAMPLES: SentenceLabel[] = ['fact', 'framing'];

export interface AnalysisLegendProps {
  className?: string;
  headingId?: string;
}

/** Folded when the learner folded it; until they choose, folded only in a short window, where
 *  its 11 lines would push the article's text off the first screen (the toggle stays in view). */
const parseCollapsed = (stored: string | null) => (stored === null ? isShortWindow() : stored === 'true');

/** The word marks the reader draws, each with its legend line. */
const MARKS = [
  ['loaded', 'analysis.legend.loaded'],
  ['hedge', 'analysis.legend.hedge'],
  ['certainty', 'analysis.legend.certainty'],
  ['intensifier', 'analysis.legend.intensifier'],
  ['source', 'analysis.legend.source'],
  ['reporting', 'analysis.legend.reporting'],
] as const;

export function AnalysisLegend({ className, headingId = 'fw-an-legend-title' }: AnalysisLegendProps) {
  const [collapsed, setCollapsed] = useStoredPreference(STORAGE_KEYS.legendCollapsed, parseCollapsed);
  const bodyId = useId();
  return (
    <section className={`fw-an-legend${collapsed ? ' fw-an-legend--collapsed' : ''}${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="fw-an-legend__heading">
        <button
          type="button"
          className="fw-an-legend__toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true" className="fw-an-legend__chevron">
            {collapsed ? '▸' : '▾'}
          </span>{' '}
          {ta('analysis.legend.title')}
        </button>
      </h2>
      <div id={bodyId} hidden={collapsed}>
        <ul className="fw-an-legend__labels">
          {LABELS.map((label) => (
            <li key={label} title={labelHelp(label)}>
              <span className={`fw-an-sentence fw-an-sentence--${label} fw-an-legend__swatch`} aria-hidden="true">
                <span className="fw-an-tag fw-an-tag--static">{labelTag(label)}</span>
              </span>
              <span>
                {labelName(label)}
                <span className="fw-an-sr">: {labelHelp(label)}</span>
              </span>
            </li>
          ))}
          <li data-testid="legend-uncertain">
            {UNCERTAIN_EXAMPLES.map((label) => (
              <span
                key={label}
                className={`fw-an-sentence fw-an-sentence--${label} fw-an-legend__swatch fw-an-legend__swatch--uncertain`}
                aria-hidden="true"
              >
                <span className="fw-an-tag fw-an-tag--static">{ta('analysis.legend.uncertainTag', { tag: labelTag(label) })}</span>
              </span>
            ))}
            <span>{ta('analysis.legend.uncertain')}</span>
          </li>
        </ul>
        <ul className="fw-an-legend__marks">
          {MARKS.map(([kind, key]) => (
            <li key={kind}>
              <span className={`fw-an-mark fw-an-mark--${kind}`} aria-hidden="true">abc</span> {ta(key)}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
