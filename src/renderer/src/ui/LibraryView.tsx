import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Snippet } from '../../../core/search';
import type { ArticleSort, ArticleSummary } from '../db/articles';
import { formatEpochDate, formatIsoDate, formatNumber, t, type MessageKey } from '../i18n';
import type { AssignmentStatus } from '../db/assignments';
import { AssignmentsPanel } from './pack/AssignmentsPanel';
import { SharePackDialog } from './pack/SharePackDialog';
import type { PackAssignment } from '../../../core/pack/format';
import './class/class.css';
import { matchesShortcut } from '../keyboard/shortcuts';

export const SORT_OPTIONS: { value: ArticleSort; label: MessageKey }[] = [
  { value: 'imported-desc', label: 'library.sort.importedAt' },
  { value: 'title', label: 'library.sort.title' },
  { value: 'published-desc', label: 'library.sort.publishedAt' },
  { value: 'words-desc', label: 'library.sort.wordCount' },
];

/** Offered while searching (and chosen when a search starts): the best matches first. */
export const RELEVANCE_OPTION: { value: ArticleSort; label: MessageKey } = { value: 'relevance', label: 'library.sort.relevance' };

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
  /** Opens a class pack file (its preview comes first); omitted: no button. */
  onOpenPack?(): void;
  /** "Share as class pack…": several articles and an optional assignment; omitted: no button. */
  onSharePack?(articleIds: number[], assignment: PackAssignment | undefined): void;
  /** Article whose row takes focus when the list appears (e.g. after leaving the reader). */
  focusId?: number;
  /** Teachers' assignments ("From your teacher"), shown above the list with a practice button each. */
  assignments?: readonly AssignmentStatus[];
  onPractiseAssignment?(status: AssignmentStatus): void;
  onSendResults?(status: AssignmentStatus): void;
}

export function LibraryView(props: LibraryViewProps) {
  const { articles, query, sort, onSortChange } = props;
  const [sharing, setSharing] = useState(false);
  // While searching the order can be "Best match" (the library store switches to it as a search starts).
  const searching = query.trim() !== '';
  const options = searching || sort === 'relevance' ? [RELEVANCE_OPTION, ...SORT_OPTIONS] : SORT_OPTIONS;
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library__header">
        <h1 id="library-title" className="library__title">
          {t('library.title')}
          {articles && articles.length > 0 && (
            <span className="library__count">{t('library.count', { count: articles.length })}</span>
          )}
        </h1>
        {props.onOpenPack && (
          <button type="button" className="button library__pack" onClick={props.onOpenPack}>
            {t('pack.open')}
          </button>
        )}
        {props.onSharePack && articles && articles.length > 0 && (
          <button type="button" className="button library__pack" onClick={() => setSharing(true)}>
            {t('sharePicker.open')}
          </button>
        )}
        {props.onSharePack && (
          <SharePackDialog
            open={sharing}
            articles={articles ?? []}
            onCancel={() => setSharing(false)}
            onShare={(ids, assignment) => {
              setSharing(false);
              props.onSharePack?.(ids, assignment);
            }}
          />
        )}
        <label className="library__sort">
          <span>{t('library.sortLabel')}</span>
          <select className="input" value={sort} onChange={(event) => onSortChange(event.target.value as ArticleSort)}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {props.assignments && props.onPractiseAssignment && (
        <AssignmentsPanel assignments={props.assignments} onPractise={props.onPractiseAssignment} onSendResults={props.onSendResults} />
      )}
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

/**
 * Up to this many rows the table is rendered whole (every row in the page, for find-in-page
 * and screen readers' table navigation); beyond it only the rows near the viewport are, so a
 * 10,000-article library costs what a screenful does.
 */
export const VIRTUALISE_ABOVE = 300;
/** A row's height before it is measured (one line of title; rows with a passage are taller). */
const ESTIMATED_ROW_PX = 52;

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
  /** An article whose row should take focus as soon as it is rendered (after scrolling to it). */
  const pendingFocusRef = useRef<number | undefined>(undefined);
  const virtual = articles.length > VIRTUALISE_ABOVE;
  const [scrollMargin, setScrollMargin] = useState(0);

  // The window scrolls the page; the virtualiser needs where the rows start in it.
  useLayoutEffect(() => {
    if (!virtual) return;
    const measure = () => {
      const body = bodyRef.current;
      if (body) setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [virtual]);

  const virtualizer = useWindowVirtualizer({
    count: articles.length,
    enabled: virtual,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => articles[index]?.id ?? index,
  });

  const indexOf = (id: number) => articles.findIndex((article) => article.id === id);
  const buttonFor = (id: number) => bodyRef.current?.querySelector<HTMLButtonElement>(`button[data-article-id="${id}"]`);

  /** Focuses an article's row, scrolling it into the rendered window first when it is not there yet. */
  const focusArticle = (id: number): boolean => {
    const button = buttonFor(id);
    if (button) {
      pendingFocusRef.current = undefined;
      button.focus();
      return true;
    }
    const index = indexOf(id);
    if (index < 0 || !virtual) return false;
    pendingFocusRef.current = id;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    return false;
  };

  // After each render: a row asked for focus before it was rendered may be there now.
  useEffect(() => {
    const pending = pendingFocusRef.current;
    if (pending !== undefined && buttonFor(pending)) focusArticle(pending);
  });

  useEffect(() => {
    if (focusId === undefined) {
      focusedIdRef.current = undefined;
      return;
    }
    if (focusedIdRef.current === focusId) return;
    // The row may arrive a refresh later (e.g. an article restored by undo), so retry
    // whenever the list changes until it is there.
    if (indexOf(focusId) < 0) return;
    focusedIdRef.current = focusId;
    focusArticle(focusId);
  }, [focusId, articles]);

  /** Deletes an article and keeps the keyboard in the list: the next row (or the previous at the end) takes focus. */
  const deleteRow = (id: number) => {
    const index = indexOf(id);
    const next = articles[index + 1] ?? articles[index - 1];
    onDelete(id);
    if (next) requestAnimationFrame(() => focusArticle(next.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const idAttr = target.closest('tr')?.getAttribute('data-row-id');
    if (!idAttr) return;
    const index = indexOf(Number(idAttr));
    const move = (to: number) => {
      event.preventDefault();
      const article = articles[Math.max(0, Math.min(articles.length - 1, to))];
      if (article) focusArticle(article.id);
    };
    if (matchesShortcut('library.move', event)) return move(index + (event.key === 'ArrowDown' ? 1 : -1));
    if (matchesShortcut('library.page', event)) return move(index + (event.key === 'PageDown' ? 10 : -10));
    if (matchesShortcut('library.first', event)) return move(0);
    if (matchesShortcut('library.last', event)) return move(articles.length - 1);
    if (matchesShortcut('library.delete', event)) {
      event.preventDefault();
      deleteRow(Number(idAttr));
    }
  };

  const ariaSort = (column: string) => (sortedColumn === column ? { 'aria-sort': column === 'title' ? 'ascending' : 'descending' } as const : {});

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const rows = virtual ? items.map((item) => item.index) : articles.map((_, index) => index);
  const padTop = virtual && items.length > 0 ? items[0].start - scrollMargin : 0;
  const padBottom = virtual && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - scrollMargin) : 0;

  return (
    <>
      <p className="library__hint" id="library-hint">
        {t('library.keyboardHint')}
      </p>
      <table
        className="library-table"
        aria-label={t('library.tableLabel')}
        aria-describedby="library-hint"
        // With only some rows in the page, assistive technology still learns the list's size and each row's place.
        aria-rowcount={articles.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
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
          {padTop > 0 && <SpacerRow height={padTop} />}
          {rows.map((index) => {
            const article = articles[index];
            return (
              <tr
                key={article.id}
                data-row-id={article.id}
                data-index={index}
                aria-rowindex={index + 2}
                ref={virtual ? virtualizer.measureElement : undefined}
              >
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
                  {article.snippet && <SnippetText snippet={article.snippet} />}
                </td>
                <td className="library-table__optional">
                  <SourceText siteName={article.siteName} sampleId={article.sampleId} />
                </td>
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
            );
          })}
          {padBottom > 0 && <SpacerRow height={padBottom} />}
        </tbody>
      </table>
    </>
  );
}

/** Stands in for the rows above or below the rendered window, so the scroll bar tells the truth. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="library-table__spacer">
      <td colSpan={6} style={{ height }} />
    </tr>
  );
}

/** The passage where a search matched, with the matched words marked. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let at = 0;
  snippet.highlights.forEach((highlight, i) => {
    if (highlight.start < at) return;
    if (highlight.start > at) parts.push(snippet.text.slice(at, highlight.start));
    parts.push(<mark key={i}>{snippet.text.slice(highlight.start, highlight.end)}</mark>);
    at = highlight.end;
  });
  parts.push(snippet.text.slice(at));
  return (
    <p className="library-table__snippet">
      <span className="visually-hidden">{t('library.snippetLabel')} </span>
      {snippet.cutBefore && '… '}
      {parts}
      {snippet.cutAfter && ' …'}
    </p>
  );
}

/**
 * A practice sample's source is the same "Framewise practice library" on every sample row, and
 * the row's "Sample" badge already says so: it is kept for screen readers, not repeated on screen.
 */
function SourceText({ siteName, sampleId }: { siteName?: string; sampleId?: string }) {
  if (sampleId && siteName === t('samples.practiceSite')) return <span className="visually-hidden">{siteName}</span>;
  return siteName ? <>{siteName}</> : <Unknown />;
}

function Unknown() {
  return <span className="muted">{t('library.unknown')}</span>;
}
