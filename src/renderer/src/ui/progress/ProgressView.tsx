/**
 * The Progress screen for one learner: reviews due today (with "Start review"), the streak,
 * mastery per exercise type as labelled bars with numbers, mastery over time as a chart
 * (with a table), per-article completion and the answers the learner disputed.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SKILLS, type ArticleCompletion } from '../../../../core/practice';
import { excerpt, skillName, skillOfItemId } from '../../practice/format';
import { completionFor, loadProgress, type ProgressData } from '../../practice/progress-data';
import { percent, tp } from '../../i18n/practice.en';
import { usePracticeDeps, type PracticeDeps } from '../practice/practice-deps';
import { MasteryChart } from './MasteryChart';
import { useLatest } from '../use-latest';
import { DailyGoalCard } from './DailyGoal';
import '../practice/practice.css';
import './progress.css';

export interface ProgressViewProps {
  /** The active learner (the app passes getActiveProfileId()). */
  profileId: number;
  /** "Start review": open Practice with the reviews due today (`reviewOnly`). */
  onStartReview(): void;
  onOpenArticle(articleId: number): void;
  /** "Start practising", offered while the learner has no answers yet (a mixed session). */
  onStartPractice?(): void;
  /** Storage, item source, clock and day boundaries; default: the provider's, else the app's. */
  deps?: Partial<PracticeDeps>;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: ProgressData };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function ProgressView({ profileId, onStartReview, onOpenArticle, onStartPractice, deps: depOverrides }: ProgressViewProps) {
  const { store, items, now, dayKey } = usePracticeDeps(depOverrides);
  // Read when progress loads; a new clock function is no reason to reload.
  const clock = useLatest({ now, dayKey });
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [completion, setCompletion] = useState<Map<number, ArticleCompletion | null>>(new Map());
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Bumped after a dispute is withdrawn: mastery and reviews change with it.
  const [version, setVersion] = useState(0);
  const [withdrawNote, setWithdrawNote] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  const withdraw = async (disputeId: number) => {
    try {
      await store.withdrawDispute(profileId, disputeId);
      setWithdrawNote({ kind: 'done', text: tp('progress.disputes.withdrawn') });
      setVersion((v) => v + 1);
      // The pressed button goes away with its dispute: keep the keyboard in the list's section.
      document.getElementById('pg-disputes-title')?.focus();
    } catch (error) {
      setWithdrawNote({ kind: 'error', text: tp('progress.disputes.withdrawFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    // A reload after a withdrawal keeps the page (and focus) where it is.
    if (version === 0) setLoad({ state: 'loading' });
    setCompletion(new Map());
    loadProgress({ store, profileId, now: clock.current.now(), dayKey: clock.current.dayKey }).then(
      (data) => {
        if (controller.signal.aborted) return;
        setLoad({ state: 'ready', data });
        const live = new Set(data.articles.map((a) => a.id));
        const practised = [...new Set(data.attempts.map((a) => a.articleId))].filter((id) => live.has(id));
        void completionFor({
          store,
          items,
          articleIds: practised,
          attempts: data.attempts,
          signal: controller.signal,
          onArticle: (id, value) => {
            if (!controller.signal.aborted) setCompletion((current) => new Map(current).set(id, value));
          },
        }).catch(() => undefined);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [store, items, profileId, clock, version]);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  return (
    <section className="pg" aria-labelledby="pg-title" data-testid="progress-view">
      <h1 id="pg-title" className="pg__title" ref={titleRef} tabIndex={-1}>
        {tp('progress.title')}
      </h1>
      {load.state === 'loading' && (
        <p className="busy" role="status">
          <span className="spinner" aria-hidden="true" />
          {tp('progress.loading')}
        </p>
      )}
      {load.state === 'error' && (
        <p role="alert" className="notice notice--error">
          {tp('progress.loadFailed', { message: load.message })}
        </p>
      )}
      {load.state === 'ready' && (
        <ProgressBody
          data={load.data}
          completion={completion}
          onStartReview={onStartReview}
          onOpenArticle={onOpenArticle}
          onStartPractice={onStartPractice}
          onWithdraw={(id) => void withdraw(id)}
          goal={<DailyGoalCard profileId={profileId} attempts={load.data.attempts} now={clock.current.now()} dayKey={clock.current.dayKey} />}
        />
      )}
      <p role="status" className={withdrawNote?.kind === 'error' ? 'notice notice--error' : 'visually-hidden'}>
        {withdrawNote?.text ?? ''}
      </p>
    </section>
  );
}

function ProgressBody({
  data,
  completion,
  onStartReview,
  onOpenArticle,
  onStartPractice,
  onWithdraw,
  goal,
}: {
  data: ProgressData;
  /** The daily goal card (chooser and today's count). */
  goal: ReactNode;
  completion: Map<number, ArticleCompletion | null>;
  onStartReview(): void;
  onOpenArticle(id: number): void;
  onStartPractice?(): void;
  onWithdraw(disputeId: number): void;
}) {
  const practisedIds = new Set(data.attempts.map((a) => a.articleId));
  if (data.attempts.length === 0) {
    // A new learner: one empty state, not a dashboard of 0 % bars (disputes kept across a reset still show).
    return (
      <>
        <section className="pg__empty" aria-labelledby="pg-empty-title" data-testid="progress-empty">
          <h2 id="pg-empty-title">{tp('progress.empty.title')}</h2>
          <p>{tp('progress.empty.body')}</p>
          {onStartPractice && (
            <button type="button" className="button button--primary" onClick={onStartPractice}>
              {tp('progress.startPractice')}
            </button>
          )}
        </section>
        {/* A new learner can set a goal before the first session. */}
        <div className="pg__cards">{goal}</div>
        {data.disputes.length > 0 && <Disputes data={data} onOpenArticle={onOpenArticle} onWithdraw={onWithdraw} />}
      </>
    );
  }
  return (
    <>
      <div className="pg__cards">
        <section className="pg-card" aria-labelledby="pg-due-title" data-testid="progress-due">
          <h2 id="pg-due-title">{tp('progress.due.title')}</h2>
          {data.dueToday > 0 ? (
            <>
              <p className="pg-card__big">{tp('progress.due.count', { count: data.dueToday })}</p>
              <button type="button" className="button button--primary" onClick={onStartReview}>
                {tp('progress.due.start')}
              </button>
              <p className="muted pg-help">{tp('progress.due.why')}</p>
            </>
          ) : (
            <>
              <p>{tp('progress.due.none')}</p>
              {data.nextDue !== null && <p className="muted">{tp('progress.due.later', { when: dateTimeFormat.format(data.nextDue) })}</p>}
            </>
          )}
        </section>
        {goal}
        <section className="pg-card" aria-labelledby="pg-streak-title" data-testid="progress-streak">
          <h2 id="pg-streak-title">{tp('progress.streak.title')}</h2>
          <p className="pg-card__big">
            {tp('progress.streak.days', { count: data.streak.current })}
          </p>
          <p className="muted">
            {tp('progress.streak.longest', { days: tp('progress.streak.days', { count: data.streak.longest }) })}
          </p>
          {data.attempts.length > 0 && (
            <p>{data.streak.practisedToday ? tp('progress.streak.today') : tp('progress.streak.keep')}</p>
          )}
        </section>
      </div>

      <section className="pg-section" aria-labelledby="pg-mastery-title" data-testid="progress-mastery">
        <h2 id="pg-mastery-title">{tp('progress.mastery.title')}</h2>
        <p className="muted pg-help">{tp('progress.mastery.help')}</p>
        {data.keyChangedAttempts > 0 && (
          <p className="pg-help" data-testid="progress-key-changed">
            {tp('progress.keyChanged', { count: data.keyChangedAttempts })}
          </p>
        )}
        <ul className="pg-bars">
          {SKILLS.map((skill, s) => {
            const m = data.mastery[skill];
            const attempts = tp('progress.mastery.attempts', { count: m.attempts });
            return (
              <li key={skill} className="pg-bar" data-skill={skill}>
                <span className="pg-bar__label" id={`pg-bar-${skill}`}>
                  {skillName(skill)}
                </span>
                <span
                  className="pg-bar__track"
                  role="meter"
                  aria-labelledby={`pg-bar-${skill}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(m.mastery * 100)}
                  aria-valuetext={tp('progress.mastery.meter', { skill: skillName(skill), percent: percent(m.mastery), attempts })}
                >
                  <span className={`pg-bar__fill pg-skill-${s}`} style={{ width: `${m.mastery * 100}%` }} />
                </span>
                <span className="pg-bar__value">{percent(m.mastery)}</span>
                <span className="pg-bar__attempts muted">{attempts}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="pg-section" aria-labelledby="pg-chart-title" data-testid="progress-chart">
        <h2 id="pg-chart-title">{tp('progress.chart.title')}</h2>
        <MasteryChart timeline={data.timeline} />
      </section>

      <section className="pg-section" aria-labelledby="pg-articles-title" data-testid="progress-articles">
        <h2 id="pg-articles-title">{tp('progress.articles.title')}</h2>
        <p className="muted pg-help">{tp('progress.articles.help')}</p>
        {data.articles.length === 0 ? (
          <p>{tp('progress.articles.none')}</p>
        ) : (
          <div className="pg-scroll">
            <table className="pr-table pg-articles">
              <thead>
                <tr>
                  <th scope="col">{tp('progress.articles.article')}</th>
                  <th scope="col" className="num">
                    {tp('progress.articles.completion')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.articles.map((article) => {
                  const started = practisedIds.has(article.id);
                  const value = completion.get(article.id);
                  return (
                    <tr key={article.id} data-article-id={article.id}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link"
                          aria-label={tp('progress.articles.open', { title: article.title })}
                          onClick={() => onOpenArticle(article.id)}
                        >
                          {article.title}
                        </button>
                      </th>
                      <td className="num pg-articles__value">
                        {!started ? (
                          <span className="muted">{tp('progress.articles.notStarted')}</span>
                        ) : value === undefined ? (
                          <span className="muted">{tp('progress.articles.computing')}</span>
                        ) : value === null ? (
                          <span className="muted">—</span>
                        ) : (
                          <>
                            <strong>{percent(value.completion)}</strong>{' '}
                            <span className="muted">
                              ({tp('progress.articles.detail', { correct: value.correctItems, graded: value.gradedItems })})
                            </span>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <Disputes data={data} onOpenArticle={onOpenArticle} onWithdraw={onWithdraw} />
    </>
  );
}

/** The answers the learner disputed, what happens to them, and a way to withdraw each. */
function Disputes({ data, onOpenArticle, onWithdraw }: { data: ProgressData; onOpenArticle(id: number): void; onWithdraw(id: number): void }) {
  return (
    <section className="pg-section" aria-labelledby="pg-disputes-title" data-testid="progress-disputes">
      <h2 id="pg-disputes-title" tabIndex={-1}>
        {tp('progress.disputes.title')}
      </h2>
      {data.disputes.length === 0 ? (
        <p className="muted">{tp('progress.disputes.none')}</p>
      ) : (
        <>
          <p className="pg-help">
            {tp('progress.disputes.effect')}
            {data.disputedAttempts > 0 && <> {tp('progress.disputes.left', { count: data.disputedAttempts })}</>}
          </p>
          <ul className="pg-disputes">
            {data.disputes.map((dispute) => {
              const skill = skillOfItemId(dispute.itemId);
              const skillLabel = skill ? skillName(skill) : dispute.itemId;
              const sentence = data.disputeSentences.get(dispute.id);
              const title = dispute.articleTitle ?? tp('progress.disputes.missing');
              const openable = dispute.articleTitle !== undefined && !dispute.articleDeleted;
              return (
                <li key={dispute.id} className="pg-dispute" data-dispute-id={dispute.id}>
                  <h3 className="pg-dispute__skill">{skillLabel}</h3>
                  {sentence && <blockquote className="pg-dispute__sentence">{excerpt(sentence, 140)}</blockquote>}
                  <dl>
                    <dt>{tp('progress.disputes.article')}</dt>
                    <dd>
                      {title}
                      {dispute.articleDeleted && <span className="muted"> {tp('progress.disputes.deleted')}</span>}
                    </dd>
                    <dt>{tp('progress.disputes.reason')}</dt>
                    <dd className="pg-dispute__reason">{dispute.reason}</dd>
                    <dt>{tp('progress.disputes.date')}</dt>
                    <dd>
                      <time dateTime={new Date(dispute.at).toISOString()}>{dateFormat.format(dispute.at)}</time>
                    </dd>
                  </dl>
                  {dispute.resolution && (
                    <p className="pg-dispute__resolution">
                      {dispute.resolution.status === 'accepted'
                        ? tp('progress.disputes.accepted')
                        : dispute.resolution.note
                          ? tp('progress.disputes.rejectedNote', { note: dispute.resolution.note })
                          : tp('progress.disputes.rejected')}
                    </p>
                  )}
                  <div className="pg-dispute__actions">
                    {openable && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={tp('progress.disputes.openLabel', { title })}
                        onClick={() => onOpenArticle(dispute.articleId)}
                      >
                        {tp('progress.disputes.open')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={tp('progress.disputes.withdrawLabel', { skill: skillLabel, title })}
                      onClick={() => onWithdraw(dispute.id)}
                    >
                      {tp('progress.disputes.withdraw')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
