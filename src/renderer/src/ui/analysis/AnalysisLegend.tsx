/** What the tints, patterns, tags and underlines mean. */
import type { SentenceLabel } from '../../../../core/analysis/types';
import { ta } from '../../i18n/analysis.en';
import { labelHelp, labelName, labelTag } from './wording';
import './analysis.css';

const LABELS: SentenceLabel[] = ['fact', 'attributed', 'framing'];

export interface AnalysisLegendProps {
  className?: string;
  headingId?: string;
}

export function AnalysisLegend({ className, headingId = 'fw-an-legend-title' }: AnalysisLegendProps) {
  return (
    <section className={`fw-an-legend${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="fw-an-sr">
        {ta('analysis.legend.title')}
      </h2>
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
      </ul>
      <ul className="fw-an-legend__marks">
        <li>
          <span className="fw-an-mark fw-an-mark--loaded" aria-hidden="true">abc</span> {ta('analysis.legend.loaded')}
        </li>
        <li>
          <span className="fw-an-mark fw-an-mark--hedge" aria-hidden="true">abc</span> {ta('analysis.legend.hedge')}
        </li>
        <li>
          <span className="fw-an-mark fw-an-mark--certainty" aria-hidden="true">abc</span> {ta('analysis.legend.certainty')}
        </li>
        <li>
          <span className="fw-an-mark fw-an-mark--intensifier" aria-hidden="true">abc</span> {ta('analysis.legend.intensifier')}
        </li>
        <li>
          <span className="fw-an-mark fw-an-mark--source" aria-hidden="true">abc</span> {ta('analysis.legend.source')}
        </li>
        <li>
          <span className="fw-an-mark fw-an-mark--reporting" aria-hidden="true">abc</span> {ta('analysis.legend.reporting')}
        </li>
      </ul>
    </section>
  );
}
