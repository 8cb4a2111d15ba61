/**
 * Who speaks in the article (quoted or paraphrased) and who is only spoken about, with
 * mention counts. Choosing a voice highlights its mentions in the text.
 */
import type { ArticleAnalysis, Voice } from '../../../../core/analysis/types';
import { ta } from '../../i18n/analysis.en';
import './analysis.css';

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
  voices: { voice: Voice; index: number }[];
  selected: number | null;
  onSelect?(index: number | null): void;
  empty: string;
}) {
  if (voices.length === 0) return <p className="fw-an-muted">{empty}</p>;
  return (
    <ul className="fw-an-voices__list">
      {voices.map(({ voice, index }) => {
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
  const all = analysis.voices.map((voice, index) => ({ voice, index }));
  const byMentions = (a: { voice: Voice }, b: { voice: Voice }) => b.voice.mentions.length - a.voice.mentions.length;
  const heard = all.filter(({ voice }) => voice.heard).sort(byMentions);
  const notHeard = all.filter(({ voice }) => !voice.heard).sort(byMentions);
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
