import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../i18n';
import { rejectionMessage } from './import-messages';
import type { ImportOutcome, ImportStatus } from './services';

export interface BatchState {
  total: number;
  results: ImportOutcome[];
  phase: 'running' | 'done' | 'cancelled';
}

export interface ImportPanelProps {
  batch: BatchState;
  onCancel(): void;
  onClose(): void;
  onOpen(id: number): void;
}

const STATUS_LABEL: Record<ImportStatus, MessageKey> = {
  imported: 'batch.statusImported',
  duplicate: 'batch.statusDuplicate',
  rejected: 'batch.statusRejected',
};

/** A glyph beside each status label, so the status never rests on colour alone. */
const STATUS_GLYPH: Record<ImportStatus, string> = { imported: '✓', duplicate: '=', rejected: '✕' };

export function countOutcomes(results: readonly ImportOutcome[]): Record<ImportStatus, number> {
  const counts = { imported: 0, duplicate: 0, rejected: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}

export function ImportPanel({ batch, onCancel, onClose, onOpen }: ImportPanelProps) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const done = batch.results.length;
  const counts = useMemo(() => countOutcomes(batch.results), [batch.results]);
  const shown = problemsOnly ? batch.results.filter((result) => result.status !== 'imported') : batch.results;
  const title =
    batch.phase === 'running'
      ? t('batch.titleRunning', { count: batch.total })
      : batch.phase === 'cancelled'
        ? t('batch.titleCancelled')
        : t('batch.titleDone');
  const progressText = t('batch.progress', { done, total: batch.total });
  /** Where focus was before it entered the panel, so closing the panel does not drop it on <body>. */
  const returnFocusRef = useRef<HTMLElement | null>(null);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !event.currentTarget.contains(from)) returnFocusRef.current = from;
  };

  const close = () => {
    const returnTo = returnFocusRef.current;
    onClose();
    if (returnTo?.isConnected) returnTo.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || batch.phase === 'running') return;
    // Handled here so Escape closes the panel instead of also leaving the reader behind it.
    event.preventDefault();
    close();
  };

  return (
    <aside
      className="batch"
      role="region"
      aria-labelledby="batch-title"
      data-phase={batch.phase}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div className="batch__head">
        <h2 id="batch-title" className="batch__title">
          {title}
        </h2>
        {batch.phase === 'running' ? (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t('batch.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={close}
            aria-label={t('batch.close')}
            aria-keyshortcuts="Escape"
            title={t('batch.close')}
          >
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('batch.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={batch.total}
        aria-valuenow={done}
        aria-valuetext={progressText}
      >
        <div className="progress__fill" style={{ width: `${batch.total ? (100 * done) / batch.total : 100}%` }} />
      </div>
      <p className="batch__progress-text" aria-live="off">
        {progressText}
      </p>
      <p className="batch__summary" aria-live="polite" data-testid="batch-summary">
        <span data-status="imported">{t('batch.summaryImported', { count: counts.imported })}</span>
        <span data-status="duplicate">{t('batch.summaryDuplicate', { count: counts.duplicate })}</span>
        <span data-status="rejected">{t('batch.summaryRejected', { count: counts.rejected })}</span>
      </p>
      {counts.imported > 0 && counts.imported < done && (
        <label className="batch__filter">
          <input type="checkbox" checked={problemsOnly} onChange={(event) => setProblemsOnly(event.target.checked)} />
          {t('batch.showRejectedOnly')}
        </label>
      )}
      <ol className="batch__list" aria-label={t('batch.results')}>
        {shown.map((result, index) => (
          <li key={`${index}:${result.name}`} className="batch__item" data-status={result.status}>
            <span className="batch__status">
              <span aria-hidden="true" className="batch__glyph">
                {STATUS_GLYPH[result.status]}
              </span>
              {t(STATUS_LABEL[result.status])}
            </span>
            <span className="batch__name">
              {result.articleId !== undefined && result.status !== 'rejected' ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpen(result.articleId as number)}
                  aria-label={t('batch.open', { title: result.title ?? result.name })}
                >
                  {result.name}
                </button>
              ) : (
                result.name
              )}
            </span>
            {result.status === 'rejected' && <span className="batch__reason">{rejectionMessage(result)}</span>}
          </li>
        ))}
      </ol>
    </aside>
  );
}
