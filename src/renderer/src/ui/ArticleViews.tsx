/**
 * The views of one article: the reader and its answer-key editor. The reader flags the active
 * learner's disputes and shows the article's teacher-checked key (both re-read each time an
 * article opens); the editor is offered only with real storage (not with fake test services).
 */
import { useMemo } from 'react';
import { getDatabase } from '../db/database';
import { getCheckedKey } from '../db/keys';
import { disputesForArticle } from '../db/progress';
import type { View, ViewRouter } from '../shell/view-router';
import { KeyEditorView } from './key-editor/KeyEditorView';
import { ReaderView } from './ReaderView';

export interface ArticleViewsProps {
  view: View;
  router: ViewRouter;
  /** Whether storage is the app's database (learners, practice, keys). */
  withStorage: boolean;
  profileId: number | undefined;
  onDelete(id: number): void;
  onSharePack(id: number, title: string): void;
}

export function ArticleViews({ view, router, withStorage, profileId, onDelete, onSharePack }: ArticleViewsProps) {
  const loadDisputes = useMemo(
    () => (withStorage && profileId !== undefined ? (articleId: number) => disputesForArticle(getDatabase(), articleId, { profileId }) : undefined),
    [withStorage, profileId],
  );
  const loadCheckedKey = useMemo(
    () => (withStorage ? async (articleId: number) => (await getCheckedKey(getDatabase(), articleId))?.key : undefined),
    [withStorage],
  );
  if (view.name === 'keyEditor') return <KeyEditorView articleId={view.articleId} at={view.at} onBack={() => router.openArticle(view.articleId)} />;
  if (view.name !== 'reader') return null;
  return (
    <ReaderView
      articleId={view.articleId}
      at={view.at}
      onBack={router.backToLibrary}
      onDelete={onDelete}
      onPractise={withStorage ? (articleId) => router.startPractice({ articleId }) : undefined}
      onCheckKey={withStorage ? router.openKeyEditor : undefined}
      loadDisputes={loadDisputes}
      loadCheckedKey={loadCheckedKey}
      onSharePack={onSharePack}
      learnerId={profileId}
    />
  );
}
