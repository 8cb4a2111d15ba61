import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleSort, ArticleSummary } from '../db/articles';
import { formatEpochDate, formatIsoDate, formatNumber, t, type MessageKey } from '../i18n';
import { matchesShortcut } from '../keyboard/shortcuts';

export const SORT_OPTIONS: { value: ArticleSort; label: MessageKey }[] = [
  { value: 'imported-desc', label: 'library.sort.importedAt' },
  { value: 'title', label: 'library.sort.title' },
  { value: 'published-desc', label: 'library.sort.publishedAt' },
  { value: 'words-desc', label: 'library.sort.wordCount' },
];

const SORTED_COLUMN: Partial<Record<ArticleSort, string>> = {
  'imported-desc': 'imported',
  'imported-asc': 'imported',
  title: 'title',
  'published-desc': 'published',
  'words-desc': 'words',
};

export interface LibraryViewProps {
  /** null while the first list is loading. */
  articles: ArticleSummary[] | null;
  query: string;
  sort: ArticleSort;
  onSortChange(sort: ArticleSort): void;
  onOpen(id: number): void;
  onDelete(id: number): void;
  onClearSearch(): void;
  onImport(): void;
  onPaste(): void;
  /** Article whose row takes focus when the list appears (e.g. after leaving the reader). */
  focusId?: number;
}

export function LibraryView(props: LibraryViewProps) {
  const { articles, query, sort, onSortChange } = props;
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library__header">
        <h1 id="library-title" className="library__title">
          {t('library.title')}
          {articles && articles.length > 0 && (
            <span className="library__count">{t('library.count', { count: articles.length })}</span>
          )}
        </h1>
        <label className="library__sort">
          <span>{t('library.sortLabel')}</span>
          <select className="input" value={sort} onChange={(event) => onSortChange(event.target.value as ArticleSort)}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {articles === null ? (
        <p className="library__loading" role="status">
          {t('app.loading')}
        </p>
      ) : articles.length === 0 ? (
        query.trim() ? (
          <div className="empty-state">
            <h2>{t('library.noMatchTitle', { query: query.trim() })}</h2>
            <p>{t('library.noMatchBody')}</p>
            <button type="button" className="button" onClick={props.onClearSearch}>
              {t('library.clearSearch')}
            </button>
          </div>
        ) : (
          <div className="empty-state">
            <h2>{t('library.emptyTitle')}</h2>
            <p>{t('library.emptyBody')}</p>
            <div className="empty-state__actions">
              <button type="button" className="button button--primary" onClick={props.onImport}>
                {t('toolbar.import')}
              </button>
              <button type="button" className="button" onClick={props.onPaste}>
                {t('toolbar.paste')}
              </button>
            </div>
          </div>
        )
      ) : (
        <ArticleTable {...props} articles={articles} sortedColumn={SORTED_COLUMN[sort]} />
      )}
    </section>
  );
}

function ArticleTable({
  articles,
  onOpen,
  onDelete,
  focusId,
  sortedColumn,
}: LibraryViewProps & { articles: ArticleSummary[]; sortedColumn?: string }) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  /** The focus request already served, so later refreshes of the list do not steal focus. */
  const focusedIdRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (focusId === undefined) {
      focusedIdRef.current = undefined;
      return;
    }
    if (focusedIdRef.current === focusId) return;
    // The row may arrive a refresh later (e.g. an article restored by undo), so retry
    // whenever the list changes until it is there.
    const button = bodyRef.current?.querySelector<HTMLButtonElement>(`[data-article-id="${focusId}"]`);
    if (!button) return;
    button.focus();
    focusedIdRef.current = focusId;
  }, [focusId, articles]);

  const rowButtons = () =>
    Array.from(bodyRef.current?.querySelectorAll<HTMLButtonElement>('button[data-article-id]') ?? []);

  /** Deletes an article and keeps the keyboard in the list: the next row (or the previous at the end) takes focus. */
  const deleteRow = (id: number) => {
    const buttons = rowButtons();
    const index = buttons.findIndex((button) => button.dataset.articleId === String(id));
    const next = buttons[index + 1] ?? buttons[index - 1];
    onDelete(id);
    if (next) requestAnimationFrame(() => next.isConnected && next.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const idAttr = target.closest('tr')?.getAttribute('data-row-id');
    if (!idAttr) return;
    const buttons = rowButtons();
    const index = buttons.findIndex((button) => button.dataset.articleId === idAttr);
    const move = (to: number) => {
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
    };
    if (matchesShortcut('library.move', event)) return move(index + (event.key === 'ArrowDown' ? 1 : -1));
    if (matchesShortcut('library.first', event)) return move(0);
    if (matchesShortcut('library.last', event)) return move(buttons.length - 1);
    if (matchesShortcut('library.delete', event)) {
      event.preventDefault();
      deleteRow(Number(idAttr));
    }
  };

  const ariaSort = (column: string) => (sortedColumn === column ? { 'aria-sort': column === 'title' ? 'ascending' : 'descending' } as const : {});

  return (
    <>
      <p className="library__hint" id="library-hint">
        {t('library.keyboardHint')}
      </p>
      <table className="library-table" aria-label={t('library.tableLabel')} aria-describedby="library-hint">
        <thead>
          <tr>
            <th scope="col" {...ariaSort('title')}>
              {t('library.col.title')}
            </th>
            <th scope="col" className="library-table__optional">
              {t('library.col.source')}
            </th>
            <th scope="col" className="library-table__optional" {...ariaSort('published')}>
              {t('library.col.published')}
            </th>
            <th scope="col" className="num" {...ariaSort('words')}>
              {t('library.col.words')}
            </th>
            <th scope="col" className="library-table__optional" {...ariaSort('imported')}>
              {t('library.col.imported')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('library.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {articles.map((article) => (
            <tr key={article.id} data-row-id={article.id}>
              <td className="library-table__title">
                <button
                  type="button"
                  className="row-open"
                  data-article-id={article.id}
                  onClick={() => onOpen(article.id)}
                >
                  {article.title}
                </button>
                {article.sampleId && <span className="badge">{t('library.sampleBadge')}</span>}
              </td>
              <td className="library-table__optional">{article.siteName || <Unknown />}</td>
              <td className="library-table__optional nowrap">{formatIsoDate(article.publishedAt) ?? <Unknown />}</td>
              <td className="num">{formatNumber(article.wordCount)}</td>
              <td className="library-table__optional nowrap">{formatEpochDate(article.importedAt)}</td>
              <td className="library-table__actions">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('library.delete', { title: article.title })}
                  title={t('library.delete', { title: article.title })}
                  onClick={() => deleteRow(article.id)}
                >
                  {t('library.deleteShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Unknown() {
  return <span className="muted">{t('library.unknown')}</span>;
}
