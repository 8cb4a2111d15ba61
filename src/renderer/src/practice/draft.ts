/**
 * The answer being built on screen, one shape for all seven item types, and how keys and
 * clicks change it. `toAnswer` says when it is complete enough to check.
 */
import { comboIndex, matchesShortcut } from '../keyboard/shortcuts';
import type { PracticeAnswer, PracticeItem, SourceCheckKind } from '../../../core/practice';

export interface Draft {
  /** classify: the label; who-says / neutral-rewrite: the choice id; source-check: the kind. */
  choice: string | null;
  /** Marked words (loaded words, the source's words) or the picked word (hedge). */
  tokens: number[];
  /** loaded-words: "None" pressed. */
  none: boolean;
  /** hedge-certainty: what the picked word signals, or 'neither'. */
  kind: 'hedge' | 'certainty' | 'neither' | null;
  /** missing-voices: the ticked parties. */
  choiceIds: string[];
}

export const EMPTY_DRAFT: Draft = { choice: null, tokens: [], none: false, kind: null, choiceIds: [] };

export type HedgeKind = 'hedge' | 'certainty' | 'neither';
export const HEDGE_KINDS: readonly HedgeKind[] = ['hedge', 'certainty', 'neither'];

/** The ids of the single-choice options in order (keys 1–n pick them). */
export function choiceIds(item: PracticeItem): string[] {
  switch (item.skill) {
    case 'classify':
      return [...item.choices];
    case 'who-says':
    case 'neutral-rewrite':
      return item.choices.map((c) => c.id);
    case 'source-check':
      return [...item.choices];
    case 'hedge-certainty':
      return [...HEDGE_KINDS];
    case 'missing-voices':
      return item.choices.map((c) => c.id);
    case 'loaded-words':
      return [];
  }
}

export function toAnswer(item: PracticeItem, draft: Draft): PracticeAnswer | null {
  switch (item.skill) {
    case 'classify':
      return draft.choice ? { label: draft.choice as 'fact' | 'attributed' | 'framing' } : null;
    case 'loaded-words':
      if (draft.tokens.length) return { tokens: [...draft.tokens].sort((a, b) => a - b) };
      return draft.none ? { tokens: [] } : null;
    case 'who-says':
    case 'neutral-rewrite':
      return draft.choice ? { choiceId: draft.choice } : null;
    case 'hedge-certainty':
      if (draft.kind === 'neither') return { kind: 'neither' };
      if (draft.kind && draft.tokens.length) return { kind: draft.kind, tokenIndex: draft.tokens[0] };
      return null;
    case 'source-check':
      if (!draft.choice) return null;
      return draft.tokens.length
        ? { kind: draft.choice as SourceCheckKind, tokens: [...draft.tokens].sort((a, b) => a - b) }
        : { kind: draft.choice as SourceCheckKind };
    case 'missing-voices':
      return { choiceIds: [...draft.choiceIds] };
  }
}

export function toggleToken(item: PracticeItem, draft: Draft, index: number): Draft {
  if (item.skill === 'hedge-certainty') {
    const picked = draft.tokens[0] === index;
    // A new word needs its own "doubt or certainty" decision; "neither" no longer applies.
    return { ...draft, tokens: picked ? [] : [index], kind: draft.kind === 'neither' ? null : draft.kind };
  }
  const tokens = draft.tokens.includes(index) ? draft.tokens.filter((t) => t !== index) : [...draft.tokens, index];
  return { ...draft, tokens, none: item.skill === 'loaded-words' && tokens.length > 0 ? false : draft.none };
}

/** Picks (or, for missing voices, ticks / unticks) option `id`. */
export function pickChoice(item: PracticeItem, draft: Draft, id: string): Draft {
  switch (item.skill) {
    case 'missing-voices':
      return {
        ...draft,
        choiceIds: draft.choiceIds.includes(id) ? draft.choiceIds.filter((c) => c !== id) : [...draft.choiceIds, id],
      };
    case 'hedge-certainty':
      return id === 'neither' ? { ...draft, kind: 'neither', tokens: [] } : { ...draft, kind: id as HedgeKind };
    default:
      return { ...draft, choice: id };
  }
}

export function pressNone(item: PracticeItem, draft: Draft): Draft {
  if (item.skill === 'loaded-words') return { ...draft, none: !draft.none, tokens: [] };
  if (item.skill === 'hedge-certainty') return pickChoice(item, draft, 'neither');
  return draft;
}

/**
 * A shortcut key's effect on the draft, or null when the key means nothing here:
 * 1–9 pick the n-th option, 0 / N answer "None" / "Neither", H / C say what a picked word signals.
 */
export function draftForKey(item: PracticeItem, draft: Draft, key: string): Draft | null {
  const press = { key };
  const nth = comboIndex('practice.choose', press);
  if (nth >= 0) {
    const id = choiceIds(item)[nth];
    return id === undefined ? null : pickChoice(item, draft, id);
  }
  const none = matchesShortcut('practice.none', press);
  if (item.skill === 'loaded-words' && none) return pressNone(item, draft);
  if (item.skill === 'hedge-certainty') {
    if (none) return pickChoice(item, draft, 'neither');
    if (matchesShortcut('practice.hedge', press)) return pickChoice(item, draft, 'hedge');
    if (matchesShortcut('practice.certainty', press)) return pickChoice(item, draft, 'certainty');
  }
  return null;
}
