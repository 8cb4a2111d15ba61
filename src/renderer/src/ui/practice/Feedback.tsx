/**
 * What the learner sees after checking: right / partly right (with the score) / not quite,
 * or "not graded" for discuss items; the answer; the cues highlighted in the sentence; one
 * or two plain sentences of why; where the answer key came from; and "I think this answer
 * is wrong".
 */
import { forwardRef, useId, useRef, useState, type FormEvent } from 'react';
import type { AnswerBySkill, GradeResult, MissingVoicesItem, PracticeAnswer, PracticeItem } from '../../../../core/practice';
import { choiceText, describeAnswer, describeKey, renderMessage } from '../../practice/format';
import { verdictOf } from '../../practice/session';
import { MAX_DISPUTE_REASON_CHARS } from '../../db/progress';
import { joinList, percent, tp } from '../../i18n/practice.en';
import { ContextParagraph, CueList, EmphasisedSentence, HighlightedSentence } from './ItemText';

export interface FeedbackProps {
  item: PracticeItem;
  answer: PracticeAnswer;
  result: GradeResult;
  original: string;
  saveError: string | null;
  onDispute(reason: string): Promise<void>;
}

const GLYPH = { right: '✓', partial: '◐', wrong: '✗', discuss: '?' } as const;

export const Feedback = forwardRef<HTMLHeadingElement, FeedbackProps>(function Feedback(
  { item, answer, result, original, saveError, onDispute },
  headingRef,
) {
  const verdict = verdictOf(result);
  const headingId = useId();
  // Graded on the writer's voice alone (a classify item unsure between fact and framing).
  const voiceOnly = result.gradedPart === 'voice' && item.skill === 'classify';
  const verdictText = voiceOnly
    ? tp(verdict === 'right' ? 'practice.verdict.voiceRight' : 'practice.verdict.voiceWrong')
    : verdict === 'right'
      ? tp('practice.verdict.right')
      : verdict === 'wrong'
        ? tp('practice.verdict.wrong')
        : verdict === 'partial'
          ? tp('practice.verdict.partial', { percent: percent(result.score ?? 0) })
          : tp('practice.verdict.discuss');
  const detail = result.detail;
  const explanation = result.explanation;
  const sentence = explanation.sentence ?? item.sentence;

  return (
    <section className={`pr-feedback pr-feedback--${verdict}`} aria-labelledby={headingId} data-verdict={verdict}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="pr-feedback__verdict">
        <span className="pr-feedback__glyph" aria-hidden="true">
          {GLYPH[verdict]}
        </span>{' '}
        {verdictText}
      </h3>
      {verdict !== 'discuss' && verdict !== 'partial' && result.score !== null && (
        <p className="visually-hidden">{tp('practice.score', { percent: percent(result.score) })}</p>
      )}
      {verdict === 'discuss' && result.provisionalScore !== undefined && (
        <p className="muted">{tp('practice.verdict.discussProvisional', { percent: percent(result.provisionalScore) })}</p>
      )}
      {saveError && (
        <p role="alert" className="pr-error">
          {saveError}
        </p>
      )}

      <dl className="pr-feedback__answers">
        <dt>{verdict === 'discuss' ? tp('practice.expectedAnswer') : tp('practice.correctAnswer')}</dt>
        <dd className="pr-feedback__key" data-testid="practice-key">
          {voiceOnly ? tp('practice.voiceAnswer') : describeKey(item)}
        </dd>
        <dt>{tp('practice.yourAnswer')}</dt>
        <dd data-testid="practice-your-answer">{describeAnswer(item, answer)}</dd>
      </dl>
      {detail && (detail.misses.length > 0 || detail.extras.length > 0) && (
        <ul className="pr-feedback__detail">
          {detail.hits.length > 0 && <li>{tp('practice.found', { items: joinList(detail.hits.map((h) => `“${h}”`)) })}</li>}
          {detail.misses.length > 0 && <li>{tp('practice.missed', { items: joinList(detail.misses.map((h) => `“${h}”`)) })}</li>}
          {detail.extras.length > 0 && <li>{tp('practice.extra', { items: joinList(detail.extras.map((h) => `“${h}”`)) })}</li>}
        </ul>
      )}

      {sentence && (
        <div className="pr-feedback__text" data-testid="practice-highlighted">
          <ContextParagraph
            original={original}
            context={item.context}
            sentence={sentence}
            renderSentence={() => (
              <EmphasisedSentence>
                <HighlightedSentence original={original} sentence={sentence} cues={explanation.cues} />
              </EmphasisedSentence>
            )}
          />
        </div>
      )}
      {item.skill === 'missing-voices' ? (
        <VoiceGroups item={item} answer={answer as AnswerBySkill['missing-voices']} />
      ) : (
        <CueList cues={explanation.cues} sentence={sentence} />
      )}

      <div className="pr-feedback__why" data-testid="practice-why">
        <h4 className="pr-feedback__subtitle">{tp('practice.why')}</h4>
        {explanation.why.map((message, i) => (
          <p key={i}>{renderMessage(message)}</p>
        ))}
        {explanation.note && <p className="pr-feedback__note">{tp('practice.teacherNote', { note: explanation.note })}</p>}
      </div>
      <p className={`pr-source pr-source--${item.answerSource}`} data-testid="practice-source">
        <span aria-hidden="true">{item.answerSource === 'key' ? '✎ ' : '⚙ '}</span>
        {item.checkedByTeacher
          ? tp('practice.source.teacher')
          : item.answerSource === 'key'
            ? tp('practice.source.key')
            : tp('practice.source.analyser')}
      </p>
      <DisputeForm onSave={onDispute} />
    </section>
  );
});

/**
 * Missing voices: the parties in two groups — talked about but never heard (the answer) and
 * heard — each party once, with whether the learner ticked it, instead of one cloud of mentions.
 */
function VoiceGroups({ item, answer }: { item: MissingVoicesItem; answer: AnswerBySkill['missing-voices'] }) {
  const ticked = new Set(answer?.choiceIds ?? []);
  const group = (ids: readonly string[], titleKey: 'practice.voices.notHeard' | 'practice.voices.heard', kind: string) => {
    const choices = ids.map((id) => item.choices.find((c) => c.id === id)).filter((c) => c !== undefined);
    const titleId = `pr-voices-${kind}-${item.itemId}`;
    return (
      <section className={`pr-voices__group pr-voices__group--${kind}`} aria-labelledby={titleId} data-testid={`voices-${kind}`}>
        <h4 id={titleId} className="pr-feedback__subtitle">
          {tp(titleKey)} ({choices.length})
        </h4>
        {choices.length === 0 ? (
          <p className="muted">{tp('practice.voices.empty')}</p>
        ) : (
          <ul className="pr-voices__list">
            {choices.map((choice) => (
              <li key={choice.id} data-ticked={ticked.has(choice.id)}>
                <span className="pr-voices__name">{choiceText(choice)}</span>{' '}
                <span className="muted">
                  <span aria-hidden="true">{ticked.has(choice.id) ? '☑ ' : '☐ '}</span>
                  {ticked.has(choice.id) ? tp('practice.voices.ticked') : tp('practice.voices.notTicked')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  };
  return (
    <div className="pr-voices">
      {group(item.key.notHeard, 'practice.voices.notHeard', 'not-heard')}
      {group(item.key.heard, 'practice.voices.heard', 'heard')}
    </div>
  );
}

function DisputeForm({ onSave }: { onSave(reason: string): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const [emptyError, setEmptyError] = useState(false);
  const formId = useId();
  const fieldId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setEmptyError(false);
    buttonRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setEmptyError(true);
      return;
    }
    setState({ kind: 'saving' });
    try {
      await onSave(reason.trim());
      setState({ kind: 'saved' });
      setOpen(false);
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  if (state.kind === 'saved') {
    return (
      <p role="status" className="pr-dispute__saved">
        <span aria-hidden="true">✓ </span>
        {tp('practice.dispute.saved')}
      </p>
    );
  }
  return (
    <div className="pr-dispute">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet button--small"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {tp('practice.dispute.open')}
      </button>
      {open && (
        <form id={formId} className="pr-dispute__form" onSubmit={(event) => void submit(event)} aria-label={tp('practice.dispute.title')}>
          <label htmlFor={fieldId} className="pr-dispute__label">
            {tp('practice.dispute.label')}
          </label>
          <textarea
            id={fieldId}
            className="input textarea pr-dispute__field"
            rows={3}
            maxLength={MAX_DISPUTE_REASON_CHARS}
            autoFocus
            value={reason}
            placeholder={tp('practice.dispute.placeholder')}
            aria-invalid={emptyError || undefined}
            aria-describedby={emptyError ? `${fieldId}-error` : undefined}
            onChange={(event) => {
              setReason(event.target.value);
              if (event.target.value.trim()) setEmptyError(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
              }
            }}
          />
          {emptyError && (
            <p id={`${fieldId}-error`} role="alert" className="pr-error">
              {tp('practice.dispute.empty')}
            </p>
          )}
          {state.kind === 'error' && (
            <p role="alert" className="pr-error">
              {tp('practice.dispute.failed', { message: state.message })}
            </p>
          )}
          <div className="pr-dispute__actions">
            <button type="submit" className="button button--primary button--small" disabled={state.kind === 'saving'}>
              {tp('practice.dispute.save')}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={close}>
              {tp('practice.dispute.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
