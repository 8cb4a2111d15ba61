/**
 * The app's views and the moves between them. One small hook so new views (teacher
 * views, trash…) plug in by adding a case here and a branch in the shell.
 */
import { useCallback, useRef, useState } from 'react';
import type { Skill } from '../../../core/practice/types';
import type { SettingsSection } from '../ui/settings';

export type View =
  | { name: 'library' }
  /** `at`: an offset in the article's text to open at (the class view's disputed sentence). */
  | { name: 'reader'; articleId: number; at?: number }
  /**
   * The answer-key editor of one article ("Check the answer key" in the reader). `at`: an offset
   * in the article's text; the editor opens at the sentence holding it (a disputed item, from the class view).
   */
  | { name: 'keyEditor'; articleId: number; at?: number }
  | { name: 'practice'; articleId?: number; assignment?: PracticeAssignment; reviewOnly?: boolean; run: number }
  | { name: 'progress' }
  | { name: 'settings'; section?: SettingsSection }
  | { name: 'trash' }
  /** The teacher's class results (results files from learners). */
  | { name: 'class' };

export type ViewName = View['name'];

/** A teacher's assignment to practise: its articles only, under its title. */
export interface PracticeAssignment {
  title: string;
  articleIds: readonly number[];
  /** The assignment's skills (none: every skill) and how many items it asks for. */
  skills?: readonly Skill[];
  items?: number;
}

export interface StartPracticeOptions {
  articleId?: number;
  assignment?: PracticeAssignment;
  reviewOnly?: boolean;
}

/** The navigation entry a view belongs to (the reader and the key editor belong to the library). */
export function navSection(view: View): Exclude<ViewName, 'reader' | 'keyEditor'> {
  return view.name === 'reader' || view.name === 'keyEditor' ? 'library' : view.name;
}

export interface ViewRouter {
  view: View;
  /** Article whose library row takes focus when the library shows (after the reader, after undo). */
  focusId: number | undefined;
  setFocusId(id: number | undefined): void;
  /** `at`: open at the paragraph holding this offset of the text. */
  openArticle(articleId: number, at?: number): void;
  /** The key editor of an article, at the sentence holding offset `at`; its Back returns to the article (openArticle). */
  openKeyEditor(articleId: number, at?: number): void;
  /** Back to the library; leaving the reader puts focus on that article's row. */
  backToLibrary(): void;
  /** The library, focus left where it is (e.g. typing a search from another view). */
  showLibrary(): void;
  /** Each call starts a fresh session, even from the practice view itself. */
  startPractice(options?: StartPracticeOptions): void;
  showProgress(): void;
  showSettings(section?: SettingsSection): void;
  showTrash(): void;
  showClass(): void;
  /** Leaves the reader of `articleId` (it was deleted) for the library, focusing `neighbour`. */
  leaveArticle(articleId: number, neighbour: number | undefined): void;
}

export function useViewRouter(initial: View = { name: 'library' }): ViewRouter {
  const [view, setView] = useState<View>(initial);
  const [focusId, setFocusId] = useState<number | undefined>(undefined);
  const practiceRun = useRef(0);

  const openArticle = useCallback((articleId: number, at?: number) => setView(at === undefined ? { name: 'reader', articleId } : { name: 'reader', articleId, at }), []);
  const openKeyEditor = useCallback(
    (articleId: number, at?: number) => setView(at === undefined ? { name: 'keyEditor', articleId } : { name: 'keyEditor', articleId, at }),
    [],
  );
  const backToLibrary = useCallback(() => {
    setView((current) => {
      if (current.name === 'reader' || current.name === 'keyEditor') setFocusId(current.articleId);
      return current.name === 'library' ? current : { name: 'library' };
    });
  }, []);
  const showLibrary = useCallback(() => setView((current) => (current.name === 'library' ? current : { name: 'library' })), []);
  const startPractice = useCallback((options: StartPracticeOptions = {}) => {
    practiceRun.current += 1;
    setView({ name: 'practice', ...options, run: practiceRun.current });
  }, []);
  const showProgress = useCallback(() => setView({ name: 'progress' }), []);
  const showSettings = useCallback((section?: SettingsSection) => setView({ name: 'settings', section }), []);
  const showTrash = useCallback(() => setView({ name: 'trash' }), []);
  const showClass = useCallback(() => setView({ name: 'class' }), []);
  const leaveArticle = useCallback((articleId: number, neighbour: number | undefined) => {
    setView((current) => {
      if ((current.name !== 'reader' && current.name !== 'keyEditor') || current.articleId !== articleId) return current;
      // Leaving the reader: the row that took the article's place takes focus, not <body>.
      setFocusId(neighbour);
      return { name: 'library' };
    });
  }, []);

  return { view, focusId, setFocusId, openArticle, openKeyEditor, backToLibrary, showLibrary, startPractice, showProgress, showSettings, showTrash, showClass, leaveArticle };
}
