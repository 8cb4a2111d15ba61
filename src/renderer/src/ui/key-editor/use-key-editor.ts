/**
 * The key editor's state: loads the article, its current key and the machine's judgement; holds
 * the edits (core reducer, with undo); validates the key against the text on every change; and
 * autosaves it, debounced, only when it is valid. Each save compares the practice items of the key
 * saved before with the new key's, so earlier answers on changed items are marked "key changed".
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { generateItems, type PracticeItem } from '../../../../core/practice';
import type { AnswerKey } from '../../../../core/samples/answer-key';
import { checkKeyAgainstText } from '../../../../core/samples/check-key';
import { diffKeys, type KeyDiff } from '../../../../core/samples/key-diff';
import { ALL_ITEMS, changedItemIds } from '../../../../core/samples/key-changes';
import { initialEditorState, keyEditorReducer, type KeyEditorAction, type KeyEditorState } from '../../../../core/samples/key-editor';
import { keyFromAnalysis } from '../../../../core/samples/key-from-analysis';
import type { ArticleRecord } from '../../db/database';
import type { KeyEditorDeps } from './key-editor-deps';

/** How long after the last edit the key is saved. */
export const AUTOSAVE_DELAY_MS = 600;

export type KeyStart = 'checked' | 'sample' | 'analyser';

export type EditorLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; article: ArticleRecord; machine: AnswerKey | null; analysisError: string | null; start: KeyStart };

export type SaveStatus =
  | { state: 'unsaved' }
  | { state: 'pending' }
  | { state: 'saved'; markedAttempts: number }
  | { state: 'invalid'; problems: string[] }
  | { state: 'failed'; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function itemsOf(article: ArticleRecord, key: AnswerKey | null, analysis?: Parameters<typeof generateItems>[1]): PracticeItem[] {
  try {
    return generateItems({ id: article.id, hash: article.hash, original: article.original }, key ? null : analysis ?? null, key, ALL_ITEMS);
  } catch {
    // A key the practice generator cannot place is refused at save time; nothing to compare then.
    return [];
  }
}

async function loadEditor(deps: KeyEditorDeps, articleId: number): Promise<{ load: EditorLoad; key?: AnswerKey; items: PracticeItem[] }> {
  const article = await deps.getArticle(articleId);
  if (!article || article.deletedAt != null) return { load: { state: 'missing' }, items: [] };
  const [checked, analysed] = await Promise.allSettled([deps.checkedKey(articleId), deps.analyse(article)]);
  const analysis = analysed.status === 'fulfilled' ? analysed.value : null;
  const analysisError = analysed.status === 'rejected' ? message(analysed.reason) : null;
  const meta = { id: `article-${article.hash.slice(0, 12)}`, title: article.title };
  const machine = analysis ? keyFromAnalysis(article.original, analysis, meta) : null;
  const checkedKey = checked.status === 'fulfilled' ? checked.value : undefined;
  const sample = deps.sampleKey(article.sampleId);
  const sampleFits = sample && checkKeyAgainstText(sample, article.original).ok ? sample : undefined;
  const start: KeyStart = checkedKey ? 'checked' : sampleFits ? 'sample' : 'analyser';
  const key = checkedKey ?? sampleFits ?? machine;
  if (!key) return { load: { state: 'failed', message: analysisError ?? '' }, items: [] };
  // What practice used until now: the current key, else the analyser's items.
  const items = start === 'analyser' ? itemsOf(article, null, analysis) : itemsOf(article, key);
  return { load: { state: 'ready', article, machine, analysisError, start }, key, items };
}

/** Where each key sentence starts in the text (in order), for jumping to a dispute's sentence. */
export function sentenceStarts(key: AnswerKey, original: string): number[] {
  let cursor = 0;
  return key.sentences.map((s) => {
    const at = original.indexOf(s.text, cursor);
    if (at >= 0) cursor = at + s.text.length;
    return at;
  });
}

/**
 * The index of the sentence holding `offset` (starts from sentenceStarts, lengths of the key's
 * sentences); an offset between sentences (or in a sentence the key has since dropped) gives the
 * last sentence starting before it; -1 when none does.
 */
export function sentenceIndexAt(starts: readonly number[], lengths: readonly number[], offset: number): number {
  let before = -1;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] < 0) continue;
    if (offset >= starts[i] && offset < starts[i] + lengths[i]) return i;
    if (starts[i] <= offset) before = i;
  }
  return before;
}

export interface KeyEditor {
  load: EditorLoad;
  state: KeyEditorState;
  dispatch(action: KeyEditorAction): void;
  /** What validateKey (and the practice generator) find wrong with the current key; empty when it fits. */
  problems: string[];
  diff: KeyDiff | null;
  save: SaveStatus;
  /** The index of the sentence that holds `offset` of the text, or -1. */
  sentenceAt(offset: number): number;
}

/** `at`: an offset in the article's text; once loaded, the editor selects the sentence holding it. */
export function useKeyEditor(articleId: number, deps: KeyEditorDeps, at?: number): KeyEditor {
  const [load, setLoad] = useState<EditorLoad>({ state: 'loading' });
  const [state, dispatch] = useReducer(keyEditorReducer, undefined, () =>
    initialEditorState({ id: '', title: '', kind: 'feature', file: '', practiceMaterial: true, sentences: [], headings: [], debris: [], voices: { heard: [], notHeard: [] } }),
  );
  const [save, setSave] = useState<SaveStatus>({ state: 'unsaved' });
  const savedItems = useRef<PracticeItem[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    setLoad({ state: 'loading' });
    setSave({ state: 'unsaved' });
    let current = true;
    loadEditor(deps, articleId).then(
      ({ load: next, key, items }) => {
        if (!current) return;
        savedItems.current = items;
        if (key) dispatch({ type: 'reset', key });
        setLoad(next);
      },
      (error: unknown) => current && setLoad({ state: 'failed', message: message(error) }),
    );
    return () => {
      current = false;
      live.current = false;
    };
  }, [deps, articleId]);

  const article = load.state === 'ready' ? load.article : null;
  const check = useMemo(() => (article ? checkKeyAgainstText(state.key, article.original) : null), [article, state.key]);
  const problems = check && !check.ok ? check.problems : [];

  const saveNow = useCallback(
    (key: AnswerKey, target: ArticleRecord) => {
      const checked = checkKeyAgainstText(key, target.original);
      if (!checked.ok) {
        setSave({ state: 'invalid', problems: checked.problems });
        return;
      }
      queue.current = queue.current.then(async () => {
        const items = itemsOf(target, checked.key);
        try {
          const { markedAttempts } = await deps.saveKey(target.id, checked.key, changedItemIds(savedItems.current, items));
          savedItems.current = items;
          if (live.current) setSave((previous) => ({ state: 'saved', markedAttempts: markedAttempts + (previous.state === 'saved' ? previous.markedAttempts : 0) }));
        } catch (error) {
          if (live.current) setSave({ state: 'failed', message: message(error) });
        }
      });
    },
    [deps],
  );

  // Autosave: a while after the last edit; an edit still waiting when the editor closes is saved then.
  const latest = useRef({ key: state.key, article });
  latest.current = { key: state.key, article };
  useEffect(() => {
    if (state.revision === 0 || !article) return;
    setSave({ state: 'pending' });
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      saveNow(latest.current.key, article);
    }, AUTOSAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      if (!done && !live.current) saveNow(latest.current.key, article);
    };
  }, [state.revision, article, saveNow]);

  const diff = useMemo(() => (load.state === 'ready' && load.machine ? diffKeys(state.key, load.machine) : null), [load, state.key]);
  const starts = useMemo(() => (article ? sentenceStarts(state.key, article.original) : []), [article, state.key]);
  const sentenceAt = useCallback(
    (offset: number) => starts.findIndex((start, i) => start >= 0 && offset >= start && offset < start + state.key.sentences[i].text.length),
    [starts, state.key],
  );


  // Opened at an offset (a disputed item in the class view): its sentence, once the key is in.
  // Read through a ref so later edits of the key do not move the teacher back there.
  const startAt = useRef<(offset: number) => number>(() => -1);
  startAt.current = (offset) => sentenceIndexAt(starts, state.key.sentences.map((s) => s.text.length), offset);
  useEffect(() => {
    if (load.state !== 'ready' || at === undefined) return;
    const index = startAt.current(at);
    if (index >= 0) dispatch({ type: 'select', index });
  }, [load, at]);

  return { load, state, dispatch, problems, diff, save, sentenceAt };
}
