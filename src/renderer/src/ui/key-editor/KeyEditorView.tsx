/**
 * "Check the answer key": the teacher goes through an article sentence by sentence and corrects
 * its key, which is saved as the article's checked key (practice then uses it). State lives in
 * use-key-editor.ts and use-key-disputes.ts; the panels are in SentenceFields.tsx.
 */
import { useEffect, useMemo, useRef } from 'react';
import { t } from '../../i18n';
import { useServices } from '../services-context';
import { createKeyEditorDeps, type KeyEditorDeps } from './key-editor-deps';
import { KeyDisputesPanel } from './KeyDisputesPanel';
import { KeyVoices } from './KeyVoices';
import { labelName } from './labels';
import { ProblemList } from './ProblemList';
import { SentenceList } from './SentenceList';
import { ClaimPanel, LabelPanel, LoadedPanel, MarkersPanel, NotePanel, SpeakerPanel } from './SentenceFields';
import { SentenceText } from './SentenceText';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useKeyDisputes } from './use-key-disputes';
import { useKeyEditor, type KeyEditor } from './use-key-editor';
import './key-editor.css';

export interface KeyEditorViewProps {
  articleId: number;
  /** An offset in the article's text: open at the sentence holding it (a disputed item). */
  at?: number;
  onBack(): void;
  /** Storage and analyser; default the app's. */
  deps?: KeyEditorDeps;
}

function SaveLine({ editor }: { editor: KeyEditor }) {
  const { save, problems } = editor;
  let text: string;
  // The key as it stands decides: an invalid key is never saved, whatever the last save did.
  if (problems.length > 0) text = t('keyEditor.status.invalid', { count: problems.length });
  else if (save.state === 'pending') text = t('keyEditor.status.pending');
  else if (save.state === 'saved')
    text = save.markedAttempts > 0 ? t('keyEditor.status.savedMarked', { count: save.markedAttempts }) : t('keyEditor.status.saved');
  else if (save.state === 'failed') text = t('keyEditor.status.failed', { message: save.message });
  else if (save.state === 'invalid') text = t('keyEditor.status.invalid', { count: save.problems.length });
  else text = t('keyEditor.status.unsaved');
  const bad = problems.length > 0 || save.state === 'failed';
  return (
    <p className={`ke-status${bad ? ' ke-status--bad' : ''}`} role="status" data-testid="ke-status">
      {text}
    </p>
  );
}

export function KeyEditorView({ articleId, at, onBack, deps: given }: KeyEditorViewProps) {
  const services = useServices();
  const deps = useMemo(() => given ?? createKeyEditorDeps((id) => services.getArticle(id)), [given, services]);
  const editor = useKeyEditor(articleId, deps, at);
  const disputes = useKeyDisputes(articleId, deps);
  const rootRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { load, state, dispatch, diff } = editor;
  useEditorShortcuts(rootRef, { dispatch, onBack, enabled: load.state === 'ready' });

  useEffect(() => {
    if (load.state === 'ready') titleRef.current?.focus();
  }, [load.state]);

  const sentence = state.key.sentences[state.index];
  const total = state.key.sentences.length;
  const machine = load.state === 'ready' ? load.machine?.sentences[state.index] : undefined;
  const fieldProps = sentence && {
    n: state.index + 1,
    sentence,
    machine: machine?.text === sentence.text ? machine : undefined,
    changed: diff?.sentences[state.index] ?? [],
    dispatch,
  };

  return (
    <section className="key-editor" ref={rootRef} aria-labelledby="ke-title">
      <div className="reader__bar">
        <button type="button" className="button button--quiet" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('keyEditor.back')}
        </button>
      </div>
      {load.state === 'loading' && (
        <p role="status" className="reader__status">
          {t('keyEditor.loading')}
        </p>
      )}
      {load.state === 'missing' && (
        <p role="alert" className="reader__status">
          {t('keyEditor.notFound')}
        </p>
      )}
      {load.state === 'failed' && (
        <p role="alert" className="reader__status">
          {t('keyEditor.analysisFailed', { message: load.message })}
        </p>
      )}
      {load.state === 'ready' && (
        <>
          <header className="ke-header">
            <h1 id="ke-title" ref={titleRef} tabIndex={-1}>
              {t('keyEditor.articleTitle', { title: load.article.title })}
            </h1>
            <p className="muted">{t(`keyEditor.from.${load.start}`)}</p>
            {load.analysisError && <p role="note">{t('keyEditor.analysisFailed', { message: load.analysisError })}</p>}
            <SaveLine editor={editor} />
            <ProblemList problems={editor.problems} onGoTo={(index) => dispatch({ type: 'select', index })} />
            {diff && (
              <p data-testid="ke-diff">
                {t('keyEditor.diffSummary', { count: diff.changedSentences })} {diff.voices && t('keyEditor.diffVoices')}
              </p>
            )}
            <p className="ke-shortcuts muted">{t('keyEditor.shortcutsLine')}</p>
            <p className="ke-help">{t('keyEditor.policy')}</p>
          </header>
          {!sentence || !fieldProps ? (
            <p>{t('keyEditor.noSentences')}</p>
          ) : (
            <div className="ke-layout">
              <SentenceList keyData={state.key} index={state.index} diff={diff} onSelect={(index) => dispatch({ type: 'select', index })} />
              <section className="ke-sentence" aria-labelledby="ke-position">
                <h2 id="ke-position" className="ke-position">
                  {t('keyEditor.position', { n: state.index + 1, total })}
                </h2>
                <p className="visually-hidden" aria-live="polite">
                  {t('keyEditor.announce', { n: state.index + 1, total, label: labelName(sentence.label) })}
                </p>
                <SentenceText key={state.index} n={state.index + 1} text={sentence.text} onMark={(kind, text) => dispatch({ type: 'addSpan', kind, text })} />
                <LabelPanel {...fieldProps} />
                <SpeakerPanel {...fieldProps} />
                <LoadedPanel {...fieldProps} />
                <MarkersPanel {...fieldProps} />
                <ClaimPanel {...fieldProps} />
                <NotePanel {...fieldProps} />
              </section>
            </div>
          )}
          <KeyVoices voices={state.key.voices} changed={!!diff?.voices} dispatch={dispatch} />
          <KeyDisputesPanel
            disputes={disputes}
            sentenceOf={(dispute) => editor.sentenceAt(dispute.sentenceStart)}
            onGoTo={(index) => {
              dispatch({ type: 'select', index });
              requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('[data-panel="text"] textarea')?.focus());
            }}
          />
        </>
      )}
    </section>
  );
}
