/**
 * The class view's most disputed items: each with the sentence quoted from the teacher's copy,
 * the learners' reasons, and a way to the answer key editor at that sentence (where the teacher
 * settles it) or to the reader. An article the teacher does not have here gets a line saying so
 * instead of buttons that could only fail.
 */
import type { DisputedItem } from '../../../../core/results';
import { t } from '../../i18n';

export interface DisputedItemsProps {
  disputed: readonly DisputedItem[];
  /** The teacher's live articles by content hash. */
  articles: ReadonlyMap<string, { id: number; title: string }>;
  /** The disputed sentences' text, by `articleHash|itemId`. */
  quotes: ReadonlyMap<string, string>;
  /** The key editor at the sentence holding `at`; absent without storage (no editor then). */
  onOpenKeyEditor?(articleId: number, at: number): void;
  onOpenArticle(articleId: number, at: number): void;
}

export function DisputedItems({ disputed, articles, quotes, onOpenKeyEditor, onOpenArticle }: DisputedItemsProps) {
  if (disputed.length === 0) return <p className="muted">{t('classView.noDisputes')}</p>;
  return (
    <ol className="class-view__disputed">
      {disputed.map((d) => {
        const article = articles.get(d.articleHash);
        const quote = quotes.get(`${d.articleHash}|${d.itemId}`);
        return (
          <li key={`${d.articleHash}|${d.itemId}`} className="class-view__dispute">
            <p className="class-view__dispute-line">
              {t('classView.disputedLine', { item: `${article?.title ?? t('classView.articleMissing')} · ${d.itemId}`, count: d.learners })}
            </p>
            {quote && <blockquote className="class-view__quote">{t('classView.quote', { text: quote })}</blockquote>}
            <ul className="class-view__reasons">
              {d.reasons.map((r, i) => (
                <li key={i}>{t('classView.reason', { learner: r.learner, reason: r.reason })}</li>
              ))}
            </ul>
            {article ? (
              <p className="class-view__dispute-actions">
                {onOpenKeyEditor && (
                  <button
                    type="button"
                    className="button button--small button--primary"
                    aria-label={t('classView.checkKeyLabel', { title: article.title })}
                    onClick={() => onOpenKeyEditor(article.id, d.sentenceStart)}
                  >
                    {t('classView.checkKey')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('classView.openSentenceLabel', { title: article.title })}
                  onClick={() => onOpenArticle(article.id, d.sentenceStart)}
                >
                  {t('classView.openSentence')}
                </button>
              </p>
            ) : (
              <p className="muted">{t('classView.articleMissingHint')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
