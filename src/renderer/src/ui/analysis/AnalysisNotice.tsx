/** The honest note over the analysed text: automatic judgements, or a hand-made key. */
import type { AnalysisSource } from '../../analysis/use-article-analysis';
import { ta } from '../../i18n/analysis.en';
import './analysis.css';

export interface AnalysisNoticeProps {
  source: AnalysisSource;
  /** The key is the article's teacher-checked one (a class pack), not a sample's. */
  checkedByTeacher?: boolean;
  className?: string;
}

export function AnalysisNotice({ source, checkedByTeacher, className }: AnalysisNoticeProps) {
  return (
    <p className={`fw-an-notice fw-an-notice--${source}${className ? ` ${className}` : ''}`} data-source={source}>
      <span className="fw-an-notice__icon" aria-hidden="true">
        {source === 'key' ? '✓' : 'i'}
      </span>
      <span>{ta(source !== 'key' ? 'analysis.notice.analyser' : checkedByTeacher ? 'analysis.notice.teacher' : 'analysis.notice.key')}</span>
    </p>
  );
}
