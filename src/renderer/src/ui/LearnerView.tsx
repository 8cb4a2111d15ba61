import { t } from '../i18n';
import type { View, ViewRouter } from '../shell/view-router';
import { PracticeView } from './practice/PracticeView';
import { ProgressView } from './progress/ProgressView';

export interface LearnerViewProps {
  view: Extract<View, { name: 'practice' | 'progress' }>;
  /** The active learner; undefined when there is none to practise as. */
  profileId: number | undefined;
  router: ViewRouter;
  onImport(): void;
}

/** Practice and Progress: the views that belong to a learner. */
export function LearnerView({ view, profileId, router, onImport }: LearnerViewProps) {
  if (profileId === undefined) return <p className="muted">{t('app.noLearner')}</p>;
  if (view.name === 'practice') {
    return (
      <PracticeView
        // A new run (or another learner) is a new session.
        key={`${profileId}:${view.run}`}
        profileId={profileId}
        articleId={view.articleId}
        assignment={view.assignment}
        reviewOnly={view.reviewOnly}
        onOpenArticle={router.openArticle}
        onShowProgress={router.showProgress}
        onImport={onImport}
      />
    );
  }
  return (
    <ProgressView
      profileId={profileId}
      onStartReview={() => router.startPractice({ reviewOnly: true })}
      onStartPractice={() => router.startPractice()}
      onOpenArticle={router.openArticle}
    />
  );
}
