/**
 * Who speaks in the article (quoted or paraphrased) and who is only spoken about, with
 * mention counts. Choosing a voice highlights its mentions in the text.
 *
 * A long article names hundreds of people and bodies (a generated 30,000-word one: ~330 voices,
 * 1,300 elements, as many as the article's first screens): each list draws its first voices with
 * the analysis and the rest when the window is idle (use-drawn-count.ts), so they do not delay
 * "Analysis ready". Every voice is in the page once drawn; data-drawn says "partial" until then.
 */
import { useMemo } from 'react';
import type { ArticleAnalysis, Voice } from '../../../../core/analysis/types';
import { ta } from '../../i18n/analysis.en';
import { useDrawnCount, type DrawBudget } from './use-drawn-count';
import './analysis.css';

/** Voices per list: more than the panel shows on a screen at once, then the rest in idle slices. */
export const VOICE_BUDGET: DrawBudget = { first: 25, slice: 200 };
const oneVoice = () => 1;

interface ListedVoice {
  voice: Voice;
  index: number;
}
const NO_VOICES: readonly ListedVoice[] = [];

export interface VoicesPanelProps {
  analysis: ArticleAnalysis;
  /** Index into analysis.voices of the highlighted voice, or null. */
  selected?: number | null;
  /** Called with the voice index, or null when the highlighted voice is chosen again. */
  onSelect?(index: number | null): void;
  headingId?: string;
  className?: string;
}

function VoiceList({
  voices,
  selected,
  onSelect,
  empty,
}: {
  voices: readonly ListedVoice[];
  selected: number | null;
  onSelect?(index: number | null): void;
  empty: string;
}) {
  const { count: drawn } = useDrawnCount(voices, oneVoice, VOICE_BUDGET);
  if (voices.length === 0) return <p className="fw-an-muted">{empty}</p>;
  return (
    <ul className="fw-an-voices__list" data-drawn={drawn < voices.length ? 'partial' : 'all'}>
      {voices.slice(0, drawn).map(({ voice, index }) => {
        const pressed = selected === index;
        const count = ta('analysis.voices.mentions', { count: voice.mentions.length });
        return (
          <li key={`${voice.name}-${index}`}>
            <button
              type="button"
              className={`fw-an-voice${pressed ? ' fw-an-voice--selected' : ''}`}
              aria-pressed={pressed}
              aria-label={`${ta('analysis.voices.highlight', { name: voice.name })}, ${ta(`analysis.voices.kind.${voice.kind}`)}, ${count}`}
              onClick={() => onSelect?.(pressed ? null : index)}
            >
              <span className="fw-an-voice__name">{voice.name}</span>
              <span className="fw-an-voice__meta">
                {ta(`analysis.voices.kind.${voice.kind}`)} · {count}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function VoicesPanel({ analysis, selected = null, onSelect, headingId = 'fw-an-voices-title', className }: VoicesPanelProps) {
  // Memoised: a new list would start its drawing again (useDrawnCount).
  const { all, heard, notHeard } = useMemo(() => {
    const listed = analysis.voices.map((voice, index) => ({ voice, index }));
    const byMentions = (a: ListedVoice, b: ListedVoice) => b.voice.mentions.length - a.voice.mentions.length;
    return {
      all: listed.length > 0 ? listed : NO_VOICES,
      heard: listed.filter(({ voice }) => voice.heard).sort(byMentions),
      notHeard: listed.filter(({ voice }) => !voice.heard).sort(byMentions),
    };
  }, [analysis.voices]);
  return (
    <section className={`fw-an-panel fw-an-voices${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="fw-an-panel__title">
        {ta('analysis.voices.title')}
      </h2>
      <p className="fw-an-muted">{ta('analysis.voices.intro')}</p>
      {all.length === 0 ? (
        <p className="fw-an-muted">{ta('analysis.voices.empty')}</p>
      ) : (
        <>
          <h3 className="fw-an-panel__sub fw-an-voices__heard">{ta('analysis.voices.heard')}</h3>
          <VoiceList voices={heard} selected={selected} onSelect={onSelect} empty={ta('analysis.voices.noneHeard')} />
          <h3 className="fw-an-panel__sub fw-an-voices__notheard">{ta('analysis.voices.notHeard')}</h3>
          <VoiceList voices={notHeard} selected={selected} onSelect={onSelect} empty={ta('analysis.voices.noneNotHeard')} />
        </>
      )}
    </section>
  );
}
