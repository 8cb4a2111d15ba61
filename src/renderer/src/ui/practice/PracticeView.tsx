/**
 * The Practice screen: a session of about ten items (due reviews first, then new items),
 * one item per screen with the sentence in context, answered by mouse or keyboard only:
 * 1–n choose (or tick), 0 / N "None" / "Neither", H / C for a picked hedge word, arrows and
 * Space on word buttons, Enter checks and then continues. Every answer is stored with its
 * FSRS review card; the feedback explains and offers "I think this answer is wrong".
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { mistakesOf, SKILLS, type PracticeAnswer, type SessionEntry, type Skill } from '../../../../core/practice';
import { draftForKey, EMPTY_DRAFT, toAnswer, type Draft } from '../../practice/draft';
import { renderMessage, skillName } from '../../practice/format';
import { matchesShortcut } from '../../keyboard/shortcuts';
import { SkillHelp } from '../lesson/SkillHelp';
import { endOfDay } from '../../practice/progress-data';
import {
  answerItem,
  loadSession,
  saveDispute,
  summarise,
  type AnsweredItem,
  type SessionArticle,
  type SessionSnapshot,
} from '../../practice/session';
import type { GradeResult } from '../../../../core/practice';
import { tp } from '../../i18n/practice.en';
import { Feedback } from './Feedback';
import { ItemQuestion } from './ItemQuestion';
import { HiddenMarkupContext } from './ItemText';
import { markupRanges, NO_HIDDEN } from '../analysis/text-segments';
import { usePracticeDeps, type PracticeDeps } from './practice-deps';
import { useLatest } from '../use-latest';
import { SessionSummary } from './SessionSummary';
import { SessionGoal } from '../progress/DailyGoal';
import './practice.css';

export interface PracticeViewProps {
  /** The active learner (the app passes getActiveProfileId()). */
  profileId: number;
  /** Practise one article only; omitted: the whole library. */
  articleId?: number;
  /** Practise a teacher's assignment: its articles only, under its title. */
  assignment?: { title: string; articleIds: readonly number[]; skills?: readonly Skill[]; items?: number };
  /** Only the reviews due today (from Progress → "Start review"). */
  reviewOnly?: boolean;
  /** Items per session (default 10). */
  sessionSize?: number;
  onOpenArticle(articleId: number): void;
  onShowProgress(): void;
  /** "Import an article", offered when the library has nothing to practise on. */
  onImport?(): void;
  /** Storage, item source and clock; default: the provider's, else the app's. */
  deps?: Partial<PracticeDeps>;
}

type EmptyReason = 'no-articles' | 'article-missing' | 'no-items' | 'nothing-due' | 'all-done';

type Load =
  | { state: 'loading'; done: number; total: number }
  | { state: 'error'; message: string }
  | { state: 'empty'; reason: EmptyReason }
  | {
      state: 'ready';
      entries: SessionEntry[];
      articles: Map<number, SessionArticle>;
      failed: number;
      /** False while more articles are being prepared: the entries after the one on screen may still change. */
      complete: boolean;
      /** How many entries the session aims at (shown as the total while it is not complete). */
      expected: number;
    };

interface Checked {
  answer: PracticeAnswer;
  result: GradeResult;
  saveError: string | null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('dialog[open]');
}

function isInteractive(target: EventTarget | null): target is HTMLElement {
  return target instanceof HTMLElement && !!target.closest('button, a[href], summary, input, textarea, select');
}

export function PracticeView({
  profileId,
  articleId,
  assignment,
  reviewOnly = false,
  sessionSize,
  onOpenArticle,
  onShowProgress,
  onImport,
  deps: depOverrides,
}: PracticeViewProps) {
  const { store, items, now, dayKey } = usePracticeDeps(depOverrides);
  // The clock is read when a session loads or an item appears; a new clock is no reason to reload.
  const clock = useLatest({ now, dayKey });
  const [review, setReview] = useState(reviewOnly);
  // "Practise one skill": undefined is every skill.
  const [skill, setSkill] = useState<Skill | undefined>(undefined);
  const [sessionNumber, setSessionNumber] = useState(0);
  const [load, setLoad] = useState<Load>({ state: 'loading', done: 0, total: 0 });
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [answered, setAnswered] = useState<AnsweredItem[]>([]);
  const [finished, setFinished] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownAt = useRef(0);
  // The item on screen: a session still taking in articles keeps every entry up to it.
  const indexRef = useRef(0);
  indexRef.current = index;
  const waitingRef = useRef<HTMLParagraphElement>(null);
  const promptRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => setReview(reviewOnly), [reviewOnly, articleId, profileId]);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading', done: 0, total: 0 });
    setIndex(0);
    setDraft(EMPTY_DRAFT);
    setChecked(null);
    setAnswered([]);
    setFinished(false);
    const at = clock.current.now();
    // The entries already shown stay as they are; the rest are chosen again from what is at hand.
    const take = (snapshot: SessionSnapshot, complete: boolean) =>
      setLoad((previous) => ({
        state: 'ready',
        entries: snapshot.arrange(previous.state === 'ready' ? previous.entries.slice(0, indexRef.current + 1) : []),
        articles: snapshot.articles,
        failed: snapshot.failedArticles,
        complete,
        expected: snapshot.expected,
      }));
    loadSession({
      store,
      items,
      profileId,
      articleId,
      articleIds: assignment?.articleIds,
      // The teacher's assignment decides the skills and how many items a session holds.
      skills: assignment?.skills,
      reviewOnly: review,
      skill,
      now: at,
      dueBy: endOfDay(at, clock.current.dayKey),
      size: sessionSize ?? assignment?.items,
      signal: controller.signal,
      onProgress: (done, total) => {
        // Once the session has started, the learner sees items, not the preparation.
        if (!controller.signal.aborted) setLoad((previous) => (previous.state === 'loading' ? { state: 'loading', done, total } : previous));
      },
      // The first article ready starts the session; each later one adds to it.
      onPartial: (snapshot) => {
        if (!controller.signal.aborted) take(snapshot, false);
      },
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.status === 'ready') take(result, true);
        // Started on earlier articles (it cannot end emptier than it started): keep those entries.
        else setLoad((previous) => (previous.state === 'ready' ? { ...previous, complete: true } : { state: 'empty', reason: result.status }));
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [store, items, profileId, articleId, assignment, review, skill, sessionSize, sessionNumber, clock]);

  // "Review my mistakes": the same session's wrong and partly right items again, straight away.
  const reviewMistakes = () => {
    if (load.state !== 'ready') return;
    const again = mistakesOf(answered.map((a) => ({ item: a.item, score: a.result.score })));
    if (again.length === 0) return;
    setLoad({ ...load, entries: again });
    setIndex(0);
    setDraft(EMPTY_DRAFT);
    setChecked(null);
    setAnswered([]);
    setFinished(false);
  };

  const entries = load.state === 'ready' ? load.entries : [];
  const complete = load.state !== 'ready' || load.complete;
  // While articles still arrive, the count is what the session aims at.
  const total = load.state === 'ready' && !load.complete ? Math.max(entries.length, load.expected) : entries.length;
  const entry = entries[index] as SessionEntry | undefined;
  /** The learner has answered every item at hand and the next is still being prepared. */
  const waiting = load.state === 'ready' && !finished && !entry && !complete;
  const item = entry?.item;
  const article = item && load.state === 'ready' && item.articleId !== null ? load.articles.get(item.articleId) : undefined;
  const hiddenMarkup = useMemo(() => (article ? markupRanges(article.original, article.blocks) : NO_HIDDEN), [article]);
  const answer = item ? toAnswer(item, draft) : null;

  // A new item: start its clock and put the keyboard focus on its prompt. Only a new item:
  // more articles arriving for a session in progress leave the learner where they are.
  const shownItem = load.state === 'ready' && !finished ? item : undefined;
  useEffect(() => {
    if (!shownItem) return;
    shownAt.current = clock.current.now();
    setHint(null);
    promptRef.current?.focus();
  }, [shownItem, index, clock]);

  // Waiting for the next item: the focus goes to the message that says so, not to the page.
  useEffect(() => {
    if (waiting) waitingRef.current?.focus();
  }, [waiting]);

  // The session was waiting for more items and it turned out there are none: it is over.
  useEffect(() => {
    if (load.state === 'ready' && load.complete && !finished && entries.length > 0 && index >= entries.length) setFinished(true);
  }, [load, finished, entries.length, index]);

  useEffect(() => {
    if (checked) feedbackRef.current?.focus();
  }, [checked]);

  useEffect(() => {
    if (finished) summaryRef.current?.focus();
  }, [finished]);

  useEffect(() => {
    if (load.state === 'empty' || load.state === 'error') titleRef.current?.focus();
  }, [load.state]);

  const check = useCallback(async () => {
    if (!item || checked || busy) return;
    const current = toAnswer(item, draft);
    if (!current) {
      setHint(tp('practice.choose'));
      return;
    }
    setBusy(true);
    const at = now();
    const outcome = await answerItem({ store, profileId, item, answer: current, timeMs: at - shownAt.current, now: at });
    setBusy(false);
    const saveError = outcome.saved
      ? null
      : tp('practice.saveFailed', { message: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) });
    setChecked({ answer: current, result: outcome.result, saveError });
    setAnswered((list) => [...list, { item, answer: current, result: outcome.result, timeMs: at - shownAt.current, saved: outcome.saved }]);
  }, [item, checked, busy, draft, now, store, profileId]);

  const next = useCallback(() => {
    if (!checked) return;
    setChecked(null);
    setDraft(EMPTY_DRAFT);
    // A session still taking in articles goes on (and waits for the next item if need be).
    if (index + 1 >= entries.length && complete) setFinished(true);
    else setIndex(index + 1);
  }, [checked, index, entries.length, complete]);

  // Shortcuts for the whole screen; typing in the dispute form is left alone.
  const latest = useRef({ item, draft, checked, finished, check, next });
  latest.current = { item, draft, checked, finished, check, next };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const state = latest.current;
      if (!state.item || state.finished) return;
      if (state.checked) {
        // Enter on the feedback (not on one of its buttons) continues.
        if (matchesShortcut('practice.check', event) && !isInteractive(event.target)) {
          event.preventDefault();
          state.next();
        }
        return;
      }
      if (matchesShortcut('practice.check', event)) {
        const onAnswerButton = event.target instanceof HTMLElement && !!event.target.closest('[data-pr-answer]');
        if (isInteractive(event.target) && !onAnswerButton) return;
        const ready = toAnswer(state.item, state.draft) !== null;
        // Enter on an option that is not chosen yet chooses it (the button's own click).
        if (!ready && onAnswerButton && event.target instanceof HTMLElement && event.target.closest('[data-pr-answer="choice"]')) return;
        event.preventDefault();
        void state.check();
        return;
      }
      const changed = draftForKey(state.item, state.draft, event.key);
      if (changed) {
        event.preventDefault();
        setHint(null);
        setDraft(changed);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const title = review
    ? tp('practice.titleReview')
    : articleId !== undefined && load.state === 'ready' && load.articles.get(articleId)
      ? tp('practice.titleArticle', { title: load.articles.get(articleId)!.title })
      : assignment
        ? tp('practice.titleAssignment', { title: assignment.title })
        : tp('practice.title');

  const summary = useMemo(() => (finished ? summarise(answered) : null), [finished, answered]);
  const answeredCount = index + (checked ? 1 : 0);

  return (
    <section className="practice" aria-labelledby="practice-title" data-testid="practice-view">
      <header className="practice__header">
        <h1 id="practice-title" className="practice__title" ref={titleRef} tabIndex={-1}>
          {title}
        </h1>
        {load.state === 'ready' && (
          <div className="practice__progress">
            <div
              className="progress pr-progress"
              role="progressbar"
              aria-label={tp('practice.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={finished ? total : answeredCount}
              aria-valuetext={tp('practice.progressText', { current: Math.min(index + 1, total), total })}
            >
              <div className="progress__fill" style={{ width: `${((finished ? total : answeredCount) / total) * 100}%` }} />
            </div>
            <span className="practice__count muted" aria-hidden="true">
              {tp('practice.progressText', { current: Math.min(index + 1, total), total })}
            </span>
          </div>
        )}
      </header>
      {!review && (
        <p className="pr-skill-filter">
          <label htmlFor="pr-skill-filter">{tp('practice.skillFilter')}</label>{' '}
          <select
            id="pr-skill-filter"
            className="input"
            value={skill ?? ''}
            onChange={(event) => setSkill(event.target.value === '' ? undefined : (event.target.value as Skill))}
          >
            <option value="">{tp('practice.skillFilterAll')}</option>
            {SKILLS.map((s) => (
              <option key={s} value={s}>
                {skillName(s)}
              </option>
            ))}
          </select>
        </p>
      )}

      {load.state === 'loading' && (
        <div className="busy pr-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {load.total > 1 ? tp('practice.preparingProgress', { done: load.done, total: load.total }) : tp('practice.preparing')}
          {load.total > 1 && (
            <div
              className="progress pr-loading__bar"
              role="progressbar"
              aria-label={tp('practice.preparingLabel')}
              aria-valuemin={0}
              aria-valuemax={load.total}
              aria-valuenow={load.done}
            >
              <div className="progress__fill" style={{ width: `${(load.done / load.total) * 100}%` }} />
            </div>
          )}
        </div>
      )}

      {load.state === 'error' && (
        <p role="alert" className="notice notice--error">
          {tp('practice.loadFailed', { message: load.message })}
        </p>
      )}

      {load.state === 'empty' && (
        <EmptyState
          reason={load.reason}
          skill={review ? undefined : skill}
          onImport={onImport}
          onNew={() => {
            setReview(false);
            setSessionNumber((n) => n + 1);
          }}
        />
      )}

      {waiting && (
        <p className="busy pr-loading" role="status" ref={waitingRef} tabIndex={-1}>
          <span className="spinner" aria-hidden="true" />
          {tp('practice.preparingNext')}
        </p>
      )}

      {load.state === 'ready' && load.failed > 0 && !finished && (
        <p className="muted pr-note">{tp('practice.articleFailed', { count: load.failed })}</p>
      )}

      {load.state === 'ready' && item && entry && !finished && (
        <HiddenMarkupContext.Provider value={hiddenMarkup}>
        <article className="pr-item" data-item-id={item.itemId} data-skill={item.skill} data-graded={item.graded} aria-labelledby="pr-prompt">
          <p className="pr-item__meta muted">
            <span className="pr-chip">{skillName(item.skill)}</span>
            <span className="pr-chip">{entry.reason === 'review' ? tp('practice.review') : tp('practice.new')}</span>
            {article && item.articleId !== null && (
              <button type="button" className="link pr-item__article" onClick={() => onOpenArticle(item.articleId!)}>
                {tp('practice.fromArticle', { title: article.title })}
              </button>
            )}
          </p>
          <SkillHelp />
          <h2 id="pr-prompt" className="pr-item__prompt" ref={promptRef} tabIndex={-1}>
            {renderMessage(item.prompt)}
          </h2>
          <ItemQuestion
            item={item}
            original={article?.original ?? ''}
            articleTitle={article?.title}
            draft={draft}
            onDraft={(d) => {
              setHint(null);
              setDraft(d);
            }}
            locked={!!checked}
          />
          {!checked && (
            <div className="pr-actions">
              <button
                type="button"
                className="button button--primary"
                aria-disabled={!answer || busy || undefined}
                aria-keyshortcuts="Enter"
                onClick={() => void check()}
              >
                {tp('practice.check')}
                <kbd aria-hidden="true">{tp('practice.checkHint')}</kbd>
              </button>
              {hint && (
                <p role="status" className="pr-hint">
                  {hint}
                </p>
              )}
            </div>
          )}
          {checked && (
            <>
              <Feedback
                ref={feedbackRef}
                item={item}
                answer={checked.answer}
                result={checked.result}
                original={article?.original ?? ''}
                saveError={checked.saveError}
                onDispute={async (reason) => {
                  await saveDispute({ store, profileId, item, reason, now: now() });
                }}
              />
              <div className="pr-actions">
                <button type="button" className="button button--primary" aria-keyshortcuts="Enter" onClick={next}>
                  {index + 1 >= entries.length && complete ? tp('practice.finish') : tp('practice.continue')}
                  <kbd aria-hidden="true">{tp('practice.checkHint')}</kbd>
                </button>
              </div>
            </>
          )}
        </article>
        </HiddenMarkupContext.Provider>
      )}

      {summary && (
        <SessionSummary
          ref={summaryRef}
          summary={summary}
          mistakes={mistakesOf(answered.map((a) => ({ item: a.item, score: a.result.score }))).length}
          onReviewMistakes={reviewMistakes}
          onAnother={() => {
            setReview(false);
            setSessionNumber((n) => n + 1);
          }}
          onShowProgress={onShowProgress}
          goal={<SessionGoal profileId={profileId} deps={depOverrides} />}
        />
      )}
    </section>
  );
}

function EmptyState({
  reason,
  skill,
  onNew,
  onImport,
}: {
  reason: EmptyReason;
  /** The one skill chosen, if any: "nothing here" is then about that skill. */
  skill?: Skill;
  onNew(): void;
  onImport?(): void;
}) {
  if (skill !== undefined && (reason === 'no-items' || reason === 'all-done')) {
    return (
      <div className="empty-state" data-testid="practice-empty">
        <h2>{tp('practice.empty.noSkillItems.title', { skill: skillName(skill) })}</h2>
        <p>{tp('practice.empty.noSkillItems.body')}</p>
      </div>
    );
  }
  if (reason === 'nothing-due') {
    return (
      <div className="empty-state" data-testid="practice-empty">
        <h2>{tp('practice.empty.nothingDue.title')}</h2>
        <p>{tp('practice.empty.nothingDue.body')}</p>
        <div className="empty-state__actions">
          <button type="button" className="button button--primary" onClick={onNew}>
            {tp('practice.startNew')}
          </button>
        </div>
      </div>
    );
  }
  if (reason === 'article-missing') {
    return (
      <div className="empty-state" data-testid="practice-empty">
        <p role="alert">{tp('practice.empty.articleMissing')}</p>
      </div>
    );
  }
  const key = reason === 'no-articles' ? 'noArticles' : reason === 'all-done' ? 'allDone' : 'noItems';
  return (
    <div className="empty-state" data-testid="practice-empty">
      <h2>{tp(`practice.empty.${key}.title`)}</h2>
      <p>{tp(`practice.empty.${key}.body`)}</p>
      {reason === 'no-articles' && onImport && (
        <div className="empty-state__actions">
          <button type="button" className="button button--primary" onClick={onImport}>
            {tp('practice.empty.noArticles.import')}
          </button>
        </div>
      )}
    </div>
  );
}
