/**
 * The preview of a class pack before anything is written: how many articles and checked keys,
 * the assignment, and what happens to each article. Native <dialog>: focus stays inside, Esc
 * cancels, and focus starts on Cancel (the answer that changes nothing).
 */
import { useId, useRef } from 'react';
import { useModalDialog } from '../use-modal-dialog';
import { formatIsoDate, t } from '../../i18n';
import type { PackPreview } from './use-class-pack';

export function packSummary(preview: Pick<PackPreview, 'pack' | 'plan'>): string {
  const parts = [t('pack.summary.articles', { count: preview.plan.total.articles }), t('pack.summary.keys', { count: preview.plan.total.keys })];
  const assignment = preview.pack.assignment;
  if (assignment?.due) parts.push(t('pack.summary.due', { date: formatIsoDate(assignment.due) ?? assignment.due }));
  else if (assignment) parts.push(t('pack.summary.assignment'));
  return parts.join(', ');
}

export function PackPreviewDialog({ preview, onConfirm, onCancel }: { preview: PackPreview | null; onConfirm(): void; onCancel(): void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const open = preview !== null;

  const dialogRef = useModalDialog(open, cancelRef);

  const assignment = preview?.pack.assignment;
  return (
    <dialog ref={dialogRef} className="dialog pack-preview" aria-labelledby={titleId} onClose={() => open && onCancel()} data-testid="pack-preview">
      {preview && (
        <div className="dialog__form">
          <h2 id={titleId}>{t('pack.previewTitle', { name: preview.name })}</h2>
          <p className="pack-preview__summary" data-testid="pack-summary">
            {packSummary(preview)}
          </p>
          {assignment && (
            <p>
              {assignment.teacher
                ? t('pack.assignmentBy', { title: assignment.title, teacher: assignment.teacher })
                : t('pack.assignment', { title: assignment.title })}
            </p>
          )}
          <ul className="pack-preview__list" aria-label={t('pack.articlesLabel')}>
            {preview.plan.articles.map((article) => (
              <li key={article.hash}>
                <strong>{article.title}</strong>
                <span className="muted">
                  {' — '}
                  {t(`pack.status.${article.action}`)}; {t(`pack.key.${article.key}`)}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('pack.nothingYet')}</p>
          <div className="dialog__actions">
            <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={preview.importing}>
              {t('pack.cancel')}
            </button>
            <button type="button" className="button button--primary" onClick={onConfirm} disabled={preview.importing}>
              {t('pack.import')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
