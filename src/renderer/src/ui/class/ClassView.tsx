/**
 * The teacher's class view: results files from learners opened many at once (file chooser
 * with multi-select, or dropped anywhere on the window), then per class (pack) a learners ×
 * skills table, each item's difficulty, the most disputed items with a way to the key editor (or
 * the reader) at the disputed sentence (DisputedItems.tsx), and the table as CSV.
 */
import { useEffect, useRef } from 'react';
import { classCsv, RESULTS_EXTENSION, type ClassSummary } from '../../../../core/results';
import type { ResultsFileOutcome } from '../../db/class-results';
import { t } from '../../i18n';
import type { IncomingFile } from '../../platform';
import { skillName } from '../../practice/format';
import { HiddenFileInput } from '../HiddenFileInput';
import type { NoticeData } from '../Notice';
import { DisputedItems } from './DisputedItems';
import { csvBytes, saveExportFile } from './export-files';
import { useClassResults } from './use-class-results';
import './class.css';

export interface ClassViewProps {
  /** Results files that arrived elsewhere (dropped on the window, "Open with"); imported once. */
  incoming: readonly IncomingFile[] | null;
  onIncomingTaken(): void;
  onOpenArticle(articleId: number, at: number): void;
  /** The answer key editor at the sentence holding `at` (a disputed item). */
  onOpenKeyEditor?(articleId: number, at: number): void;
  showNotice(notice: NoticeData): void;
}

function outcomeText(o: ResultsFileOutcome): string {
  if (o.status === 'refused') return t(`classView.error.${o.code}`, { name: o.name, message: o.message ?? '' });
  if (o.status === 'add' && !o.sharedHere) return t('classView.outcome.elsewhere', { name: o.name, pack: o.packTitle });
  return t(`classView.outcome.${o.status}`, { name: o.name, learner: o.learner, pack: o.packTitle });
}

function Percent({ value }: { value: number | null | undefined }) {
  if (value == null) return <span aria-label={t('classView.noScoreLabel')}>{t('classView.noScore')}</span>;
  return <>{t('classView.percent', { value: Math.round(value * 100) })}</>;
}

export function csvFor(summary: ClassSummary): string {
  return classCsv(summary, {
    learner: t('classView.csv.learner'),
    skill: (skill) => t('classView.csv.skill', { skill: skillName(skill) }),
    answers: t('classView.csv.answers'),
    score: t('classView.csv.score'),
    minutes: t('classView.csv.minutes'),
    disputes: t('classView.csv.disputes'),
  });
}

export function ClassView({ incoming, onIncomingTaken, onOpenArticle, onOpenKeyEditor, showNotice }: ClassViewProps) {
  const state = useClassResults();
  const { classes, selected, summary, articles, quotes, outcomes, busy } = state;
  const inputRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const current = classes?.find((c) => c.packId === selected);

  useEffect(() => titleRef.current?.focus(), []);

  const importFiles = state.importFiles;
  useEffect(() => {
    if (!incoming || incoming.length === 0) return;
    onIncomingTaken();
    void importFiles(incoming);
  }, [incoming, onIncomingTaken, importFiles]);

  const downloadCsv = async () => {
    if (!summary || !current) return;
    const name = `${current.title.replace(/[^\p{L}\p{N} _()-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'Class'}.csv`;
    try {
      if (await saveExportFile('csv', name, csvBytes(csvFor(summary)))) showNotice({ tone: 'info', text: t('classView.csvSaved', { name }) });
    } catch (error) {
      showNotice({ tone: 'error', text: t('classView.csvFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <section className="class-view" aria-labelledby="class-view-title">
      <div className="library__header">
        <h1 id="class-view-title" ref={titleRef} tabIndex={-1} className="library__title">
          {t('classView.title')}
        </h1>
        <div className="class-view__actions">
          <button type="button" className="button button--primary" onClick={() => inputRef.current?.click()} disabled={busy}>
            {t('classView.import')}
          </button>
          {summary && summary.learners.length > 0 && (
            <button type="button" className="button" onClick={() => void downloadCsv()}>
              {t('classView.csv')}
            </button>
          )}
        </div>
      </div>
      <p className="library__hint">{t('classView.intro')}</p>
      <HiddenFileInput
        ref={inputRef}
        multiple
        accept={RESULTS_EXTENSION}
        label={t('classView.inputLabel')}
        testId="results-input"
        onFiles={(files) => void importFiles(files)}
      />
      <div role="status" className="class-view__status">
        {busy && <p>{t('classView.importing')}</p>}
        {outcomes.length > 0 && (
          <ul className="class-view__outcomes" aria-label={t('classView.outcomesLabel')}>
            {outcomes.map((o, i) => (
              <li key={`${o.name}-${i}`} data-outcome={o.status}>
                {outcomeText(o)}
              </li>
            ))}
          </ul>
        )}
      </div>

      {classes && classes.length === 0 && <p className="empty-state">{t('classView.none')}</p>}
      {classes && classes.length > 1 && (
        <p className="class-view__picker">
          <label htmlFor="class-view-class">{t('classView.classLabel')}</label>{' '}
          <select id="class-view-class" value={selected} onChange={(event) => state.select(event.currentTarget.value)}>
            {classes.map((c) => (
              <option key={c.packId} value={c.packId}>
                {t('classView.classOption', { title: c.title, learners: c.learners })}
              </option>
            ))}
          </select>
        </p>
      )}
      {current && !current.sharedHere && <p className="muted">{t('classView.elsewhere', { id: current.packId.slice(0, 8) })}</p>}

      {summary && current && summary.learners.length === 0 && <p className="muted">{t('classView.noLearners', { title: current.title })}</p>}
      {summary && current && summary.learners.length > 0 && (
        <>
          <h2 className="class-view__heading">{t('classView.learnersHeading')}</h2>
          <div className="class-view__scroll" role="region" aria-label={t('classView.learnersTable', { title: current.title })} tabIndex={0}>
            <table className="library-table class-view__table">
              <caption className="visually-hidden">{t('classView.learnersTable', { title: current.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('classView.col.learner')}</th>
                  {summary.skills.map((skill) => (
                    <th key={skill} scope="col" className="num">
                      {skillName(skill)}
                    </th>
                  ))}
                  <th scope="col" className="num">{t('classView.col.answers')}</th>
                  <th scope="col" className="num">{t('classView.col.score')}</th>
                  <th scope="col" className="num">{t('classView.col.minutes')}</th>
                  <th scope="col" className="num">{t('classView.col.disputes')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.learners.map((row) => (
                  <tr key={row.name}>
                    <th scope="row" className="class-view__learner">{row.name}</th>
                    {summary.skills.map((skill) => (
                      <td key={skill} className="num">
                        <Percent value={row.skills[skill]} />
                      </td>
                    ))}
                    <td className="num">{row.answers}</td>
                    <td className="num">
                      <Percent value={row.score} />
                    </td>
                    <td className="num">{Math.round(row.timeSpentMs / 60_000)}</td>
                    <td className="num">{row.disputes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2 className="class-view__heading">{t('classView.disputedHeading')}</h2>
          <DisputedItems disputed={summary.disputed} articles={articles} quotes={quotes} onOpenKeyEditor={onOpenKeyEditor} onOpenArticle={onOpenArticle} />

          <h2 className="class-view__heading">{t('classView.itemsHeading')}</h2>
          <p className="library__hint">{t('classView.itemsIntro')}</p>
          {summary.items.length === 0 && <p className="muted">{t('classView.noItems')}</p>}
          {summary.items.length > 0 && (
          <div className="class-view__scroll" role="region" aria-label={t('classView.itemsTable')} tabIndex={0}>
            <table className="library-table class-view__table">
              <caption className="visually-hidden">{t('classView.itemsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('classView.col.article')}</th>
                  <th scope="col">{t('classView.col.item')}</th>
                  <th scope="col">{t('classView.col.skill')}</th>
                  <th scope="col" className="num">{t('classView.col.right')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.items.map((item) => (
                  <tr key={`${item.articleHash}|${item.itemId}`}>
                    <td className="class-view__article">{articles.get(item.articleHash)?.title ?? t('classView.articleMissing')}</td>
                    <td className="class-view__item">{item.itemId}</td>
                    <td>
                      {skillName(item.skill)}
                      {item.gradedPart === 'voice' && <span className="muted"> {t('classView.voiceOnly')}</span>}
                    </td>
                    <td className="num">
                      {t('classView.rightOf', { right: item.right, learners: item.learners, percent: Math.round(item.shareRight * 100) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )}
        </>
      )}
    </section>
  );
}
