/** Learners' disputes on the article, each with accept (go to its sentence) or reject with a note. */
import { useState } from 'react';
import type { DisputeRecord } from '../../db/database';
import { t } from '../../i18n';
import { skillName, skillOfItemId } from '../../practice/format';
import type { KeyDisputes } from './use-key-disputes';

export interface KeyDisputesPanelProps {
  disputes: KeyDisputes;
  /** The sentence (index) a dispute is about, or -1. */
  sentenceOf(dispute: DisputeRecord): number;
  onGoTo(index: number): void;
}

function DisputeRow({ dispute, n, disputes, onGoTo }: { dispute: DisputeRecord; n: number; disputes: KeyDisputes; onGoTo(): void }) {
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const skill = skillOfItemId(dispute.itemId);
  const what = n > 0 ? t('keyEditor.disputes.item', { skill: skill ? skillName(skill) : dispute.itemId, n }) : t('keyEditor.disputes.itemNoSentence', { skill: skill ? skillName(skill) : dispute.itemId });
  const resolution = dispute.resolution;
  return (
    <li className="ke-dispute" data-dispute-id={dispute.id}>
      <p className="ke-dispute__what">{what}</p>
      <p>{t('keyEditor.disputes.reason', { reason: dispute.reason })}</p>
      {resolution && (
        <p className="ke-dispute__decision" role="note">
          {resolution.status === 'accepted'
            ? t('keyEditor.disputes.accepted')
            : resolution.note
              ? t('keyEditor.disputes.rejected', { note: resolution.note })
              : t('keyEditor.disputes.rejectedNoNote')}
        </p>
      )}
      {rejecting ? (
        <form
          className="ke-dispute__reject"
          onSubmit={(event) => {
            event.preventDefault();
            void disputes.reject(dispute, note).then(() => setRejecting(false));
          }}
        >
          <label className="ke-field ke-field--block">
            {t('keyEditor.disputes.rejectNote')}
            <textarea className="ke-input" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
          </label>
          <button type="submit" className="button button--small">
            {t('keyEditor.disputes.rejectConfirm')}
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => setRejecting(false)}>
            {t('keyEditor.disputes.cancel')}
          </button>
        </form>
      ) : (
        <div className="ke-dispute__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={n > 0 ? t('keyEditor.disputes.acceptLabel', { n }) : undefined}
            onClick={() => void disputes.accept(dispute).then(() => n > 0 && onGoTo())}
          >
            {t('keyEditor.disputes.accept')}
          </button>{' '}
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={n > 0 ? t('keyEditor.disputes.rejectLabel', { n }) : undefined}
            onClick={() => setRejecting(true)}
          >
            {t('keyEditor.disputes.reject')}
          </button>
        </div>
      )}
    </li>
  );
}

export function KeyDisputesPanel({ disputes, sentenceOf, onGoTo }: KeyDisputesPanelProps) {
  const list = disputes.disputes;
  return (
    <section className="ke-panel" data-panel="disputes" tabIndex={-1} aria-labelledby="ke-disputes-heading">
      <h2 id="ke-disputes-heading">{t('keyEditor.disputes.heading')}</h2>
      {disputes.error && (
        <p role="alert" className="ke-error">
          {t('keyEditor.disputes.failed', { message: disputes.error })}
        </p>
      )}
      {list && list.length === 0 && <p className="muted ke-help">{t('keyEditor.disputes.none')}</p>}
      {list && list.length > 0 && (
        <ul className="ke-disputes">
          {list.map((dispute) => {
            const index = sentenceOf(dispute);
            return <DisputeRow key={dispute.id} dispute={dispute} n={index + 1} disputes={disputes} onGoTo={() => onGoTo(index)} />;
          })}
        </ul>
      )}
    </section>
  );
}
