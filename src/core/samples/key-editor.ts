/**
 * The key editor's state and its edits, as a pure reducer with undo and redo: every edit makes a
 * new key (the old one goes on the undo stack), so the editor can autosave whatever is current.
 * Typing in one text field of one sentence is a single undo step until another edit comes.
 */
import type { SourceKind } from '../analysis/types';
import type { AnswerKey, KeySentence } from './answer-key';

/** At least 50 steps back (the brief); a few more cost nothing. */
export const UNDO_LIMIT = 100;

export type SpanKind = 'loaded' | 'hedge' | 'certainty' | 'source' | 'cue' | 'claimSource';

export interface KeyEditorState {
  key: AnswerKey;
  /** The sentence in focus. */
  index: number;
  past: AnswerKey[];
  future: AnswerKey[];
  /** The text field last typed into ("3:note"), so the next keystroke joins the same undo step. */
  typing: string | null;
  /** Counts edits (undo and redo included): the autosave saves when it changes. */
  revision: number;
}

export type KeyEditorAction =
  | { type: 'reset'; key: AnswerKey }
  | { type: 'select'; index: number }
  | { type: 'move'; by: number }
  | { type: 'setLabel'; label: KeySentence['label'] }
  | { type: 'setSourceKind'; kind: SourceKind }
  | { type: 'setDirect'; direct: boolean }
  | { type: 'addSpan'; kind: SpanKind; text: string }
  | { type: 'removeSpan'; kind: SpanKind; index?: number }
  | { type: 'setNeutral'; index: number; neutral: string }
  | { type: 'setCheckWorthy'; checkWorthy: boolean }
  | { type: 'setClaimSourceKind'; kind: SourceKind }
  | { type: 'setSourceOwed'; sourceOwed: boolean }
  | { type: 'setNote'; note: string }
  | { type: 'setVoices'; which: 'heard' | 'notHeard'; names: string[] }
  | { type: 'undo' }
  | { type: 'redo' };

export function initialEditorState(key: AnswerKey, index = 0): KeyEditorState {
  return { key, index: clamp(index, key.sentences.length), past: [], future: [], typing: null, revision: 0 };
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(Math.max(0, length - 1), index));
}

/** Drops empty optional fields so a key reads as a hand-written one would. */
function tidy(s: KeySentence): KeySentence {
  const out = { ...s };
  for (const field of ['loaded', 'hedges', 'certainty'] as const) if (out[field] && out[field]!.length === 0) delete out[field];
  if (out.note !== undefined && !out.note.trim()) delete out.note;
  return out;
}

function withLabel(s: KeySentence, label: KeySentence['label']): KeySentence {
  if (s.label === label) return s;
  const out: KeySentence = { ...s, label };
  if (label === 'attributed') {
    out.direct = s.direct ?? /["\u201C]/.test(s.text);
  } else {
    // Only an attributed sentence has a speaker (validateKey).
    delete out.source;
    delete out.sourceKind;
    delete out.resolvedSource;
    delete out.cue;
    delete out.direct;
  }
  return out;
}

function withSpan(s: KeySentence, kind: SpanKind, text: string): KeySentence {
  const span = text.trim();
  if (!span || !s.text.includes(span)) return s;
  switch (kind) {
    case 'loaded':
      if (s.loaded?.some((l) => l.text === span)) return s;
      return { ...s, loaded: [...(s.loaded ?? []), { text: span }] };
    case 'hedge':
      if (s.hedges?.includes(span)) return s;
      return { ...s, hedges: [...(s.hedges ?? []), span] };
    case 'certainty':
      if (s.certainty?.includes(span)) return s;
      return { ...s, certainty: [...(s.certainty ?? []), span] };
    case 'source': {
      // Naming a speaker makes the sentence attributed.
      const out = withLabel(s, 'attributed');
      delete out.resolvedSource;
      return { ...out, source: span, sourceKind: out.sourceKind ?? 'named' };
    }
    case 'cue':
      return { ...withLabel(s, 'attributed'), cue: span };
    case 'claimSource':
      return { ...s, checkWorthy: true, claimSource: span, claimSourceKind: s.claimSourceKind && s.claimSourceKind !== 'none' ? s.claimSourceKind : 'named', sourceOwed: undefined };
  }
}

function withoutSpan(s: KeySentence, kind: SpanKind, index = 0): KeySentence {
  const out = { ...s };
  switch (kind) {
    case 'loaded':
      out.loaded = (s.loaded ?? []).filter((_, i) => i !== index);
      break;
    case 'hedge':
      out.hedges = (s.hedges ?? []).filter((_, i) => i !== index);
      break;
    case 'certainty':
      out.certainty = (s.certainty ?? []).filter((_, i) => i !== index);
      break;
    case 'source':
      delete out.source;
      delete out.sourceKind;
      delete out.resolvedSource;
      break;
    case 'cue':
      delete out.cue;
      break;
    case 'claimSource':
      if (out.checkWorthy) {
        out.claimSource = null;
        out.claimSourceKind = 'none';
      }
      break;
  }
  return out;
}

function withCheckWorthy(s: KeySentence, checkWorthy: boolean): KeySentence {
  const out = { ...s };
  if (checkWorthy) {
    out.checkWorthy = true;
    if (out.claimSource === undefined) {
      out.claimSource = null;
      out.claimSourceKind = 'none';
    }
  } else {
    delete out.checkWorthy;
    delete out.claimSource;
    delete out.claimSourceKind;
    delete out.sourceOwed;
  }
  return out;
}

/** The sentence-level edit of an action, or null when the action is not one. */
function editSentence(s: KeySentence, action: KeyEditorAction): KeySentence | null {
  switch (action.type) {
    case 'setLabel':
      return withLabel(s, action.label);
    case 'setSourceKind':
      return s.label === 'attributed' && s.source !== undefined ? { ...s, sourceKind: action.kind } : s;
    case 'setDirect':
      return s.label === 'attributed' ? { ...s, direct: action.direct } : s;
    case 'addSpan':
      return withSpan(s, action.kind, action.text);
    case 'removeSpan':
      return withoutSpan(s, action.kind, action.index);
    case 'setNeutral':
      return {
        ...s,
        loaded: (s.loaded ?? []).map((l, i) => {
          if (i !== action.index) return l;
          const { neutral: _old, ...rest } = l;
          return action.neutral.trim() ? { ...rest, neutral: action.neutral } : rest;
        }),
      };
    case 'setCheckWorthy':
      return withCheckWorthy(s, action.checkWorthy);
    case 'setClaimSourceKind':
      return s.checkWorthy && typeof s.claimSource === 'string' ? { ...s, claimSourceKind: action.kind } : s;
    case 'setSourceOwed':
      return s.checkWorthy && s.claimSource === null ? { ...s, sourceOwed: action.sourceOwed } : s;
    case 'setNote':
      return { ...s, note: action.note };
    default:
      return null;
  }
}

function typingField(action: KeyEditorAction, index: number): string | null {
  if (action.type === 'setNote') return `${index}:note`;
  if (action.type === 'setNeutral') return `${index}:neutral:${action.index}`;
  if (action.type === 'setVoices') return `voices:${action.which}`;
  return null;
}

function commit(state: KeyEditorState, key: AnswerKey, action: KeyEditorAction): KeyEditorState {
  if (JSON.stringify(key) === JSON.stringify(state.key)) return state;
  const field = typingField(action, state.index);
  const joins = field !== null && field === state.typing && state.past.length > 0;
  const past = joins ? state.past : [...state.past, state.key].slice(-UNDO_LIMIT);
  return { ...state, key, past, future: [], typing: field, revision: state.revision + 1 };
}

export function keyEditorReducer(state: KeyEditorState, action: KeyEditorAction): KeyEditorState {
  switch (action.type) {
    case 'reset':
      return { ...initialEditorState(action.key, state.index), revision: state.revision };
    case 'select':
      return { ...state, index: clamp(action.index, state.key.sentences.length), typing: null };
    case 'move':
      return { ...state, index: clamp(state.index + action.by, state.key.sentences.length), typing: null };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { ...state, key: previous, past: state.past.slice(0, -1), future: [state.key, ...state.future], typing: null, revision: state.revision + 1 };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { ...state, key: next, past: [...state.past, state.key].slice(-UNDO_LIMIT), future: rest, typing: null, revision: state.revision + 1 };
    }
    case 'setVoices': {
      const names = action.names;
      return commit(state, { ...state.key, voices: { ...state.key.voices, [action.which]: names } }, action);
    }
    default: {
      const current = state.key.sentences[state.index];
      if (!current) return state;
      const edited = editSentence(current, action);
      if (!edited) return state;
      const sentences = state.key.sentences.slice();
      sentences[state.index] = tidy(edited);
      return commit(state, { ...state.key, sentences }, action);
    }
  }
}

/** One name per line (names may hold commas: "Ismail Haniyeh (Hamas), via aides"). */
export function parseNames(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
