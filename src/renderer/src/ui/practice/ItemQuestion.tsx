/**
 * One item's question: the sentence in context (as word buttons where words are marked)
 * and the options. Controlled: the draft answer lives in the view, which also handles the
 * number / letter shortcuts. Once checked (`locked`) the options show which was chosen and
 * which is right, with a text tag as well as a colour.
 */
import type { PracticeItem } from '../../../../core/practice';
import { choiceIds, HEDGE_KINDS, pickChoice, pressNone, toggleToken, type Draft } from '../../practice/draft';
import { choiceText, coreText, labelText, sourceKindText } from '../../practice/format';
import { tp } from '../../i18n/practice.en';
import { matchesShortcut } from '../../keyboard/shortcuts';
import { rewriteParts } from '../../practice/rewrite-diff';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { ContextParagraph, EmphasisedSentence, VisibleSlice, WordPicker } from './ItemText';

export interface ItemQuestionProps {
  item: PracticeItem;
  original: string;
  draft: Draft;
  onDraft(draft: Draft): void;
  /** After checking: options are read-only and show the right one. */
  locked: boolean;
  articleTitle?: string;
}

interface Option {
  id: string;
  label: string;
}

function optionsOf(item: PracticeItem): Option[] {
  const ids = choiceIds(item);
  switch (item.skill) {
    case 'classify':
      return ids.map((id) => ({ id, label: labelText(id as 'fact') }));
    case 'who-says':
    case 'neutral-rewrite':
    case 'missing-voices':
      return item.choices.map((c) => ({ id: c.id, label: choiceText(c) }));
    case 'source-check':
      return ids.map((id) => ({ id, label: sourceKindText(id as 'named') }));
    case 'hedge-certainty':
      return HEDGE_KINDS.map((id) => ({
        id,
        label: coreText(id === 'hedge' ? 'choice.hedge' : id === 'certainty' ? 'choice.certainty' : 'choice.neither'),
      }));
    case 'loaded-words':
      return [];
  }
}

function isChosen(item: PracticeItem, draft: Draft, id: string): boolean {
  switch (item.skill) {
    case 'missing-voices':
      return draft.choiceIds.includes(id);
    case 'hedge-certainty':
      return draft.kind === id;
    default:
      return draft.choice === id;
  }
}

function isRight(item: PracticeItem, id: string): boolean {
  switch (item.skill) {
    case 'classify':
      // Graded on the writer's voice alone: both of the writer's own labels are accepted.
      return item.voiceOnly ? id !== 'attributed' : item.key.label === id;
    case 'who-says':
    case 'neutral-rewrite':
      return item.key.choiceId === id;
    case 'source-check':
      return item.key.kind === id;
    case 'missing-voices':
      return item.key.notHeard.includes(id);
    case 'hedge-certainty':
      // Any marked word counts, so every kind the key's markers have is a right answer.
      return item.key.markers.length ? item.key.markers.some((m) => m.kind === id) : id === 'neither';
    default:
      return false;
  }
}

function keysHint(item: PracticeItem): string {
  switch (item.skill) {
    case 'loaded-words':
      return tp('practice.keysWords');
    case 'hedge-certainty':
      return tp('practice.keysHedge');
    case 'source-check':
      return tp('practice.keysSource');
    case 'missing-voices':
      return item.choices.length > 9 ? tp('practice.keysVoicesMany') : tp('practice.keysVoices', { count: item.choices.length });
    default:
      return choiceIds(item).length > 9 ? tp('practice.keysChoiceMany') : tp('practice.keysChoice', { count: choiceIds(item).length });
  }
}

/**
 * Arrow keys move between the options of a group (wrapping), so every option is reachable from
 * the keyboard even where the number keys stop at 9; Space or Enter then presses the focused one.
 */
function moveBetweenOptions(event: ReactKeyboardEvent<HTMLDivElement>) {
  const step = matchesShortcut('practice.nextChoice', event) ? 1 : matchesShortcut('practice.previousChoice', event) ? -1 : 0;
  if (step === 0) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-pr-answer="choice"]:not(:disabled)')];
  if (buttons.length === 0) return;
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = at < 0 ? (step > 0 ? 0 : buttons.length - 1) : (at + step + buttons.length) % buttons.length;
  event.preventDefault();
  event.stopPropagation();
  buttons[next].focus();
}

/** A rewritten version with the words that differ from the article's sentence marked. */
function RewriteLabel({ original, version }: { original: string; version: string }) {
  return (
    <>
      {rewriteParts(original, version).map((part, i) =>
        part.changed ? (
          <mark key={i} className="pr-diff">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** Article-level items (missing voices) have no sentence: the whole article, folded away. */
function ArticleText({ original, title }: { original: string; title?: string }) {
  const paragraphs = original.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <>
      {title && <p className="pr-item__about">{tp('practice.articleOf', { title })}</p>}
      <details className="pr-article">
        <summary>{tp('practice.readArticle')}</summary>
        <div className="pr-article__text">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </details>
    </>
  );
}

export function ItemQuestion({ item, original, draft, onDraft, locked, articleTitle }: ItemQuestionProps) {
  const options = optionsOf(item);
  const wordsFor = item.skill === 'loaded-words' || item.skill === 'hedge-certainty' || item.skill === 'source-check' ? item : null;

  const sentenceView = () => {
    if (!item.sentence) return <ArticleText original={original} title={articleTitle} />;
    // Once checked, the feedback shows the paragraph again with the cues marked.
    if (locked) return null;
    if (wordsFor && !locked) {
      return (
        <ContextParagraph
          original={original}
          context={item.context}
          sentence={item.sentence}
          renderSentence={() => (
            <EmphasisedSentence>
              <WordPicker
                original={original}
                sentence={item.sentence!}
                tokens={wordsFor.tokens}
                selected={draft.tokens}
                single={item.skill === 'hedge-certainty'}
                label={item.skill === 'source-check' ? tp('practice.sourceWordsLabel') : tp('practice.wordsLabel')}
                onToggle={(index) => onDraft(toggleToken(item, draft, index))}
              />
            </EmphasisedSentence>
          )}
        />
      );
    }
    return (
      <ContextParagraph
        original={original}
        context={item.context}
        sentence={item.sentence}
        renderSentence={() => (
          <EmphasisedSentence>
            <VisibleSlice original={original} start={item.sentence!.start} end={item.sentence!.end} />
          </EmphasisedSentence>
        )}
      />
    );
  };

  return (
    <div className="pr-question">
      {sentenceView()}
      {!locked && <p className="pr-keys muted">{keysHint(item)}</p>}
      {item.skill === 'hedge-certainty' && !locked && (
        <p className="pr-hint" aria-live="polite">
          {draft.tokens.length && wordsFor
            ? tp('practice.hedgePicked', { word: wordsFor.tokens[draft.tokens[0]]?.text ?? '' })
            : tp('practice.hedgePickWord')}
        </p>
      )}
      {item.skill === 'missing-voices' && !locked && <p className="pr-hint">{tp('practice.voicesNone')}</p>}
      {item.skill === 'neutral-rewrite' && <p className="pr-hint">{tp('practice.rewriteDiffHint')}</p>}
      {item.skill === 'loaded-words' && !locked && (
        <div className="pr-options pr-options--none">
          <button
            type="button"
            className={`pr-option${draft.none ? ' pr-option--chosen' : ''}`}
            aria-pressed={draft.none}
            data-pr-answer="none"
            disabled={locked}
            title={tp('practice.noneHint')}
            onClick={() => onDraft(pressNone(item, draft))}
          >
            <kbd aria-hidden="true">0</kbd> {tp('practice.none')}
          </button>
        </div>
      )}
      {options.length > 0 && (
        <div
          className={`pr-options${item.skill === 'neutral-rewrite' ? ' pr-options--long' : ''}`}
          role="group"
          aria-label={item.skill === 'hedge-certainty' ? coreText('prompt.hedge-certainty') : undefined}
          onKeyDown={moveBetweenOptions}
        >
          {options.map((option, index) => {
            const chosen = isChosen(item, draft, option.id);
            const right = locked && isRight(item, option.id);
            const classes = ['pr-option', chosen ? 'pr-option--chosen' : '', right ? 'pr-option--right' : '', locked && chosen && !right ? 'pr-option--wrong' : '']
              .filter(Boolean)
              .join(' ');
            const shortcut = index < 9 ? String(index + 1) : null;
            return (
              <button
                key={option.id}
                type="button"
                className={classes}
                data-pr-answer="choice"
                data-choice={option.id}
                aria-pressed={chosen}
                aria-keyshortcuts={shortcut ?? undefined}
                disabled={locked}
                onClick={() => onDraft(pickChoice(item, draft, option.id))}
              >
                {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>}
                {item.skill === 'hedge-certainty' && (
                  <kbd aria-hidden="true">{option.id === 'hedge' ? 'H' : option.id === 'certainty' ? 'C' : 'N'}</kbd>
                )}
                <span className="pr-option__label">
                  {item.skill === 'neutral-rewrite' && item.sentence ? (
                    <RewriteLabel original={item.sentence.text} version={option.label} />
                  ) : (
                    option.label
                  )}
                </span>
                {right && <span className="pr-option__tag"> ✓ {tp(item.skill === 'classify' && item.voiceOnly ? 'practice.acceptedAnswer' : 'practice.correctAnswer')}</span>}
                {locked && chosen && !right && <span className="pr-option__tag"> ✗</span>}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
