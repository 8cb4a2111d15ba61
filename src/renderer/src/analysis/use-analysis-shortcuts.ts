/**
 * Reader shortcuts for the analysis: Alt+A toggles it, ] and [ move to the next and
 * previous sentence. Ignored while typing in a field or inside an open dialog.
 */
import { useLayoutEffect, useRef } from 'react';
import { matchesShortcut } from '../keyboard/shortcuts';

export interface AnalysisShortcuts {
  onToggle?(): void;
  onNext?(): void;
  onPrevious?(): void;
  /** False detaches the listener (e.g. while another view is on screen). */
  enabled?: boolean;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('dialog[open]');
}

export function useAnalysisShortcuts(shortcuts: AnalysisShortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  const enabled = shortcuts.enabled ?? true;

  // Attached in the commit that shows the reader (a layout effect, before paint), not after it: a key
  // pressed the moment "Analysis ready" appears, on a busy machine, would otherwise find no listener.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const { onToggle, onNext, onPrevious } = latest.current;
      // The registry also matches event.code, because Alt+A types "å" on some layouts.
      if (matchesShortcut('reader.analysis', event)) {
        if (!onToggle) return;
        event.preventDefault();
        onToggle();
        return;
      }
      if (matchesShortcut('reader.nextSentence', event) && onNext) {
        event.preventDefault();
        onNext();
      } else if (matchesShortcut('reader.previousSentence', event) && onPrevious) {
        event.preventDefault();
        onPrevious();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
