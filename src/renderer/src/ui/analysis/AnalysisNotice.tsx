/** The honest note over the analysed text: automatic judgements, or a hand-made key. */
import type { AnalysisSource } from '../../analysis/use-article-analysis';
import { ta } from '../../i18n/analysis.en';
import './analysis.css';

export interface AnalysisNoticeProps {
  source: AnalysisSource;
  className?: string;
}

export function AnalysisNotice({ source, className }: AnalysisNoticeProps) {
  return (
    <p className={`fw-an-notice fw-an-notice--${source}${className ? ` ${className}` : ''}`} data-source={source}>
      <span className="fw-an-notice__icon" aria-hidden="true">
        {source === 'key' ? '✓' : 'i'}
      </span>
      <span>{ta(source === 'key' ? 'analysis.notice.key' : 'analysis.notice.analyser')}</span>
    </p>
  );
}
