/** The article's sentences as a list: the one in focus, each one's label, and a mark where it differs from the analyser. */
import { useEffect, useRef } from 'react';
import type { AnswerKey } from '../../../../core/samples/answer-key';
import type { KeyDiff } from '../../../../core/samples/key-diff';
import { t } from '../../i18n';
import { labelName } from './labels';

export interface SentenceListProps {
  keyData: AnswerKey;
  index: number;
  diff: KeyDiff | null;
  onSelect(index: number): void;
}

export function SentenceList({ keyData, index, diff, onSelect }: SentenceListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const current = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    current?.scrollIntoView?.({ block: 'nearest' });
    // Moving with j / k (or arrows) while in the list: focus follows the sentence (one tab stop, roving).
    if (current && listRef.current?.contains(document.activeElement) && document.activeElement !== current) current.focus();
  }, [index]);
  return (
    <nav className="ke-list" aria-label={t('keyEditor.sentences')}>
      <ol ref={listRef}>
        {keyData.sentences.map((s, i) => {
          const changed = (diff?.sentences[i]?.length ?? 0) > 0;
          return (
            <li key={i}>
              <button
                type="button"
                className={`ke-list__item ke-list__item--${s.label}`}
                aria-current={i === index ? 'true' : undefined}
                aria-label={`${t('keyEditor.sentenceItem', { n: i + 1, label: labelName(s.label) })}${changed ? `, ${t('keyEditor.changedMark')}` : ''}. ${s.text}`}
                onClick={() => onSelect(i)}
                tabIndex={i === index ? 0 : -1}
              >
                <span className="ke-list__n" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="ke-list__label" aria-hidden="true">
                  {labelName(s.label)}
                </span>
                {changed && (
                  <span className="ke-list__changed" aria-hidden="true">
                    {t('keyEditor.changedMark')}
                  </span>
                )}
                <span className="ke-list__text" aria-hidden="true">
                  {s.text}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
