/**
 * The trash: articles deleted in the last 30 days. Restore brings one back (with its
 * practice history, which a soft delete never touched); "Delete for good" and "Empty the
 * trash" ask first, because they cannot be undone.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DeletedArticleSummary } from '../db/articles';
import { formatEpochDate, t } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import type { NoticeData } from './Notice';
import { useServices } from './services-context';

export interface TrashViewProps {
  /** The library changed (an article came back). */
  onRestored(): void;
  showNotice(notice: NoticeData): void;
}

type Confirming = { kind: 'one'; article: DeletedArticleSummary } | { kind: 'all'; count: number } | null;

export function TrashView({ onRestored, showNotice }: TrashViewProps) {
  const services = useServices();
  const [articles, setArticles] = useState<DeletedArticleSummary[] | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);

  const reload = useCallback(
    () =>
      services.listDeletedArticles().then(setArticles, (error: unknown) =>
        showNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) }),
      ),
    [services, showNotice],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const fail = (error: unknown) => showNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) });

  const restore = async (article: DeletedArticleSummary) => {
    try {
      if (await services.undoDelete(article.id)) {
        showNotice({ tone: 'info', text: t('trash.restored', { title: article.title }) });
        onRestored();
      }
      await reload();
    } catch (error) {
      fail(error);
    }
  };

  const confirm = async () => {
    const what = confirming;
    setConfirming(null);
    if (!what) return;
    try {
      if (what.kind === 'one') {
        if (await services.purgeArticle(what.article.id)) showNotice({ tone: 'info', text: t('trash.purged', { title: what.article.title }) });
      } else {
        // Everything in the trash now, whenever it was deleted.
        await services.purgeDeleted(Number.POSITIVE_INFINITY);
        showNotice({ tone: 'info', text: t('trash.emptied', { count: what.count }) });
      }
      await reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="trash" aria-labelledby="trash-title">
      <div className="library__header">
        <h1 id="trash-title" className="library__title">
          {t('trash.title')}
          {articles && articles.length > 0 && <span className="library__count">{t('trash.count', { count: articles.length })}</span>}
        </h1>
        {articles && articles.length > 0 && (
          <button type="button" className="button" onClick={() => setConfirming({ kind: 'all', count: articles.length })}>
            {t('trash.emptyAll')}
          </button>
        )}
      </div>
      <p className="library__hint">{t('trash.intro')}</p>
      {articles === null ? (
        <p role="status">{t('trash.loading')}</p>
      ) : articles.length === 0 ? (
        <div className="empty-state">
          <h2>{t('trash.emptyTitle')}</h2>
          <p>{t('trash.emptyBody')}</p>
        </div>
      ) : (
        <table className="library-table" aria-label={t('trash.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('trash.col.title')}</th>
              <th scope="col">{t('trash.col.deleted')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('trash.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td className="library-table__title trash__title">{article.title}</td>
                <td className="nowrap">{formatEpochDate(article.deletedAt)}</td>
                <td className="library-table__actions">
                  <span className="trash__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('trash.restoreLabel', { title: article.title })}
                      onClick={() => void restore(article)}
                    >
                      {t('trash.restore')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('trash.purgeLabel', { title: article.title })}
                      onClick={() => setConfirming({ kind: 'one', article })}
                    >
                      {t('trash.purge')}
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        title={
          confirming === null
            ? null
            : confirming.kind === 'one'
              ? t('trash.confirmOneTitle', { title: confirming.article.title })
              : t('trash.confirmAllTitle', { count: confirming.count })
        }
        body={t('trash.confirmBody')}
        confirmLabel={t('trash.confirm')}
        cancelLabel={t('trash.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
