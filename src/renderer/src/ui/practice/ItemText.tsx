/**
 * The text of an item: the paragraph with the item's sentence emphasised, the sentence as
 * word buttons (for marking words), or the sentence with the answer's cues highlighted.
 * Every piece of text is a slice of the article's original text (React text nodes only),
 * less the markup given by the nearest `HiddenMarkupContext` (markdown `**`, link targets),
 * so offsets stay exact while the learner reads what the reader shows.
 */
import { createContext, Fragment, useContext, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Span } from '../../../../core/analysis/types';
import type { Highlight, Token } from '../../../../core/practice';
import { joinList, tp } from '../../i18n/practice.en';
import { NO_HIDDEN, splitAtMarks, visibleSlice, type HiddenRanges, type Mark, type MarkKind } from '../analysis/text-segments';
import '../analysis/analysis.css';

/**
 * The markup of the article being practised (`markupRanges(article.original, article.blocks)`);
 * none by default, which shows the exact slices.
 */
export const HiddenMarkupContext = createContext<HiddenRanges>(NO_HIDDEN);

/** `original.slice(start, end)` as the learner sees it (markup left out). */
export function VisibleSlice({ original, start, end }: { original: string; start: number; end: number }) {
  return <>{visibleSlice(original, start, end, useContext(HiddenMarkupContext))}</>;
}

/** The paragraph around the sentence, with `sentence` rendered by `renderSentence`. */
export function ContextParagraph({
  original,
  context,
  sentence,
  renderSentence,
}: {
  original: string;
  context: Span | null;
  sentence: Span;
  renderSentence(): ReactNode;
}) {
  const start = context ? Math.min(context.start, sentence.start) : sentence.start;
  const end = context ? Math.max(context.end, sentence.end) : sentence.end;
  const hidden = useContext(HiddenMarkupContext);
  return (
    <p className="pr-context" aria-label={tp('practice.sentenceInContext')} role="group">
      {visibleSlice(original, start, sentence.start, hidden)}
      {renderSentence()}
      {visibleSlice(original, sentence.end, end, hidden)}
    </p>
  );
}

/** The sentence, emphasised so it stands out in its paragraph (weight and outline, not only colour). */
export function EmphasisedSentence({ children }: { children: ReactNode }) {
  return (
    <mark className="pr-sentence" data-testid="practice-sentence">
      <span className="visually-hidden">{tp('practice.sentenceMarker')}: </span>
      {children}
    </mark>
  );
}

export interface WordPickerProps {
  original: string;
  sentence: Span;
  tokens: readonly Token[];
  selected: readonly number[];
  /** One word at a time (hedge) rather than several (loaded words, source words). */
  single?: boolean;
  disabled?: boolean;
  label: string;
  onToggle(index: number): void;
}

/**
 * The sentence as toggle buttons, one per word, with the text between words kept as is.
 * One Tab stop (roving tabindex); ← → (and ↑ ↓, Home, End) move, Space toggles, Enter is
 * left to the view (check / continue).
 */
export function WordPicker({ original, sentence, tokens: allTokens, selected, single, disabled, label, onToggle }: WordPickerProps) {
  const hidden = useContext(HiddenMarkupContext);
  // Words that are all markup (a link's URL) are not shown, so they are not offered either.
  const tokens = hidden.length ? allTokens.filter((token) => visibleSlice(original, token.start, token.end, hidden).length > 0) : allTokens;
  const [focusIndex, setFocusIndex] = useState(() => (selected.length ? Math.max(0, tokens.findIndex((token) => token.index === selected[0])) : 0));
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (to: number) => {
    const next = Math.max(0, Math.min(tokens.length - 1, to));
    setFocusIndex(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        event.preventDefault();
        move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        event.preventDefault();
        move(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        move(0);
        break;
      case 'End':
        event.preventDefault();
        move(tokens.length - 1);
        break;
      case ' ':
      case 'Spacebar':
        // Handled here (not by the button's own click on key-up) so a held key never toggles twice.
        event.preventDefault();
        if (!disabled) onToggle(index);
        break;
    }
  };
  const parts: ReactNode[] = [];
  let cursor = sentence.start;
  tokens.forEach((token, i) => {
    if (token.start > cursor) parts.push(<Fragment key={`gap${i}`}>{visibleSlice(original, cursor, token.start, hidden)}</Fragment>);
    const pressed = selected.includes(token.index);
    parts.push(
      <button
        key={token.index}
        ref={(el) => {
          refs.current[i] = el;
        }}
        type="button"
        className={`pr-word${pressed ? ' pr-word--on' : ''}`}
        data-pr-answer="word"
        data-token={token.index}
        aria-pressed={pressed}
        aria-label={tp('practice.wordName', { word: visibleSlice(original, token.start, token.end, hidden), index: i + 1, count: tokens.length })}
        tabIndex={i === Math.min(focusIndex, tokens.length - 1) ? 0 : -1}
        aria-disabled={disabled || undefined}
        onFocus={() => setFocusIndex(i)}
        onKeyDown={(event) => onKeyDown(event, i)}
        onKeyUp={(event) => {
          if (event.key === ' ') event.preventDefault();
        }}
        onClick={() => {
          if (!disabled) onToggle(token.index);
        }}
      >
        {visibleSlice(original, token.start, token.end, hidden)}
      </button>,
    );
    cursor = token.end;
  });
  if (cursor < sentence.end) parts.push(<Fragment key="tail">{visibleSlice(original, cursor, sentence.end, hidden)}</Fragment>);
  return (
    <span role="group" aria-label={label} className={`pr-words${single ? ' pr-words--single' : ''}`}>
      {parts}
    </span>
  );
}

const MARK_KIND: Partial<Record<Highlight['kind'], MarkKind>> = {
  source: 'source',
  'reporting-verb': 'reporting',
  loaded: 'loaded',
  hedge: 'hedge',
  certainty: 'certainty',
  intensifier: 'intensifier',
  mention: 'mention',
};

type CueLabelKey = Parameters<typeof tp>[0];

const CUE_LABEL: Partial<Record<Highlight['kind'], CueLabelKey>> = {
  source: 'practice.mark.source',
  'reporting-verb': 'practice.mark.reporting',
  loaded: 'practice.mark.loaded',
  hedge: 'practice.mark.hedge',
  certainty: 'practice.mark.certainty',
  intensifier: 'practice.mark.intensifier',
  mention: 'practice.mark.mention',
  number: 'practice.mark.number',
};

export function cueLabel(cue: Pick<Highlight, 'kind'>): string {
  return tp(CUE_LABEL[cue.kind] ?? 'practice.mark.other');
}

/** "continuing", or "(leave it out)" for an empty alternative. */
export function neutralWords(cue: Highlight): string[] {
  return (cue.neutral ?? []).filter((w) => w !== '(omit)').map((w) => (w === '' ? tp('practice.leaveOut') : w));
}

function cueDescription(cue: Highlight): string {
  const parts = [cueLabel(cue)];
  const neutral = neutralWords(cue);
  if (cue.kind === 'loaded' && neutral.length) parts.push(tp('practice.mark.neutral', { neutral: joinList(neutral) }));
  if (cue.kind === 'loaded' && cue.voice === 'source') parts.push(tp('practice.mark.sourceVoice'));
  return parts.join(', ');
}

interface CueMark extends Mark {
  cue: Highlight;
}

/** The sentence with the answer's cues marked; each mark is also named for screen readers. */
export function HighlightedSentence({ original, sentence, cues }: { original: string; sentence: Span; cues: readonly Highlight[] }) {
  const marks: CueMark[] = cues
    .filter((cue) => cue.end > sentence.start && cue.start < sentence.end)
    .map((cue) => ({
      // splitAtMarks only cuts at the marks' edges; kinds it has no name for keep ours in `cue`.
      kind: MARK_KIND[cue.kind] ?? ('intensifier' as MarkKind),
      start: cue.start,
      end: cue.end,
      cue,
    }));
  const pieces = splitAtMarks(original, sentence.start, sentence.end, marks, useContext(HiddenMarkupContext));
  return (
    <>
      {pieces.map((piece) => {
        if (piece.marks.length === 0) return <Fragment key={piece.start}>{piece.text}</Fragment>;
        const cueMarks = piece.marks as CueMark[];
        const classes = cueMarks
          .map((m) => (MARK_KIND[m.cue.kind] ? `fw-an-mark--${MARK_KIND[m.cue.kind]}` : '') + ` pr-cue--${m.cue.kind}`)
          .join(' ');
        const ending = (piece.ending as CueMark[]).map((m) => cueDescription(m.cue));
        const loaded = cueMarks.find((m) => m.cue.kind === 'loaded');
        return (
          <span
            key={piece.start}
            className={`fw-an-mark pr-cue ${classes}`}
            data-cue={cueMarks.map((m) => m.cue.kind).join(' ')}
            title={loaded ? cueDescription(loaded.cue) : undefined}
          >
            {piece.text}
            {ending.length > 0 && <span className="visually-hidden"> ({ending.join('; ')})</span>}
          </span>
        );
      })}
    </>
  );
}

/** The cues as a visible list: the words, what they are, and neutral alternatives for loaded words. */
export function CueList({ cues, sentence }: { cues: readonly Highlight[]; sentence: Span | null }) {
  const seen = new Set<string>();
  const shown = cues.filter((cue) => {
    if (sentence && (cue.end <= sentence.start || cue.start >= sentence.end)) return false;
    // Article-level items repeat a party for every mention: list each once.
    const id = sentence ? `${cue.kind}:${cue.start}:${cue.end}` : `${cue.kind}:${cue.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (shown.length === 0) return null;
  return (
    <ul className="pr-cues" aria-label={tp('practice.cuesTitle')}>
      {shown.map((cue) => (
        <li key={`${cue.kind}:${cue.start}:${cue.end}`} data-cue-kind={cue.kind}>
          <span className={`pr-cues__text pr-cue--${cue.kind}`}>“{cue.text}”</span>{' '}
          <span className="pr-cues__kind">{cueLabel(cue)}</span>
          {cue.kind === 'loaded' && neutralWords(cue).length > 0 && (
            <span className="pr-cues__neutral">
              {' → '}
              {joinList(neutralWords(cue))}
            </span>
          )}
          {cue.kind === 'loaded' && cue.voice === 'source' && <span className="pr-cues__voice"> ({tp('practice.mark.sourceVoice')})</span>}
        </li>
      ))}
    </ul>
  );
}
