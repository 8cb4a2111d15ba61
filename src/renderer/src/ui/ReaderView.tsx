import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleRecord } from '../db/database';
import { formatIsoDate, t } from '../i18n';
import { debrisBlocks, readerBlocks, withoutRepeatedTitle } from './reader-blocks';
import { useServices } from './services-context';
import { AnalysisReader } from './analysis/AnalysisReader';
import { NO_DISPUTES, type ReaderDispute } from './analysis/disputes';
import { sampleAnswerKey } from '../analysis/sample-keys';
import type { AnswerKey } from '../../../core/samples/answer-key';
import { ariaKeyShortcuts, matchesShortcut } from '../keyboard/shortcuts';
import { mark } from '../platform/timing';

export interface ReaderViewProps {
  articleId: number;
  onBack(): void;
  onDelete(id: number): void;
  /** Starts a practice session on this article, when practice is available. */
  onPractise?(id: number): void;
  /** The active learner's disputes on an article, flagged in the analysis; omitted: none shown. */
  loadDisputes?(articleId: number): Promise<readonly ReaderDispute[]>;
  /** The article's teacher-checked key (db/keys.ts); omitted: none. */
  loadCheckedKey?(articleId: number): Promise<AnswerKey | undefined>;
  /** Opens the answer-key editor of this article ("Check the answer key"); omitted: no button. */
  onCheckKey?(id: number): void;
  /** Saves this article with its key as a class pack file; omitted: no button. */
  onSharePack?(id: number, title: string): void;
  /** The active learner: the reader remembers its analysis switch and filter for them. */
  learnerId?: number;
  /** Open at the paragraph holding this offset of the text (a disputed sentence from the class view). */
  at?: number;
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; article: ArticleRecord };

export function ReaderView({ articleId, onBack, onDelete, onPractise, onCheckKey, loadDisputes, loadCheckedKey, onSharePack, learnerId, at }: ReaderViewProps) {
  const services = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const checkedKey = useCheckedKey(articleId, loadCheckedKey);
  const [disputes, setDisputes] = useState<readonly ReaderDispute[]>(NO_DISPUTES);

  useEffect(() => {
    setDisputes(NO_DISPUTES);
    if (!loadDisputes) return;
    let live = true;
    loadDisputes(articleId).then(
      (list) => live && setDisputes(list),
      // The flags are a courtesy: the article still reads without them.
      (error: unknown) => console.warn(`Framewise: disputes of article ${articleId} could not be read.`, error),
    );
    return () => {
      live = false;
    };
  }, [loadDisputes, articleId]);

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    mark('reader:open');
    services.getArticle(articleId).then(
      (article) => {
        mark('reader:article');
        if (live) setLoaded(article ? { state: 'ready', article } : { state: 'missing' });
      },
      () => live && setLoaded({ state: 'missing' }),
    );
    return () => {
      live = false;
    };
  }, [services, articleId]);

  return (
    <section className="reader" aria-labelledby="reader-title">
      <div className="reader__bar">
        <button type="button" className="button button--quiet" onClick={onBack} aria-keyshortcuts={ariaKeyShortcuts('reader.back')}>
          <span aria-hidden="true">←</span> {t('reader.back')}
          <kbd className="reader__kbd" aria-hidden="true">
            {t('reader.backHint')}
          </kbd>
        </button>
        {loaded.state === 'ready' && onPractise && (
          <button type="button" className="button" onClick={() => onPractise(articleId)}>
            {t('reader.practise')}
          </button>
        )}
        {loaded.state === 'ready' && onCheckKey && (
          <button type="button" className="button" onClick={() => onCheckKey(articleId)}>
            {t('keyEditor.open')}
          </button>
        )}
        {loaded.state === 'ready' && onSharePack && (
          <button type="button" className="button" onClick={() => onSharePack(articleId, loaded.article.title)}>
            {t('pack.share')}
          </button>
        )}
        {loaded.state === 'ready' && (
          <button type="button" className="button button--quiet" onClick={() => onDelete(articleId)}>
            {t('reader.delete')}
          </button>
        )}
      </div>
      {loaded.state === 'loading' && (
        <p role="status" className="reader__status">
          {t('reader.loading')}
        </p>
      )}
      {loaded.state === 'missing' && (
        <p role="alert" className="reader__status">
          {t('reader.notFound')}
        </p>
      )}
      {loaded.state === 'ready' && <ArticleText article={loaded.article} onBack={onBack} disputes={disputes} checkedKey={checkedKey} learnerId={learnerId} at={at} />}
    </section>
  );
}

/** The article's checked key, re-read each time an article opens; null while none (or not yet read). */
function useCheckedKey(articleId: number, load: ReaderViewProps['loadCheckedKey']): AnswerKey | null {
  const [key, setKey] = useState<{ for: number; key: AnswerKey | null }>({ for: articleId, key: null });
  useEffect(() => {
    if (!load) return;
    let live = true;
    load(articleId).then(
      (found) => live && setKey({ for: articleId, key: found ?? null }),
      // The analyser still reads the article without it.
      (error: unknown) => console.warn(`Framewise: the checked key of article ${articleId} could not be read.`, error),
    );
    return () => {
      live = false;
    };
  }, [load, articleId]);
  return key.for === articleId ? key.key : null;
}

/** The last block (heading or paragraph) that starts at or before `offset`. */
function blockAt(body: HTMLElement | null, offset: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const block of body?.querySelectorAll<HTMLElement>('[data-block]') ?? []) {
    if (Number(block.dataset.block) <= offset) found = block;
  }
  return found;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('dialog[open]');
}

function ArticleText({
  article,
  onBack,
  disputes,
  checkedKey,
  learnerId,
  at,
}: {
  article: ArticleRecord;
  onBack(): void;
  disputes: readonly ReaderDispute[];
  checkedKey: AnswerKey | null;
  learnerId?: number;
  at?: number;
}) {
  const blocks = useMemo(() => withoutRepeatedTitle(readerBlocks(article), article.title), [article]);
  const debris = useMemo(() => debrisBlocks(article), [article]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Before the first paint: a key pressed as soon as the article shows (] or [) must not have its
  // focus taken back by this afterwards.
  useLayoutEffect(() => {
    titleRef.current?.focus();
  }, [article.id]);

  // Opened at an offset: focus the paragraph that holds it once the body (analysed or plain) is
  // drawn, all of it: a long article is drawn in slices (ui/analysis/use-drawn-blocks.ts), and
  // before the last one the last block drawn may not be the one that holds the offset.
  useEffect(() => {
    if (at === undefined) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const drawing = bodyRef.current?.querySelector('[data-drawn="partial"]');
      const target = drawing ? null : blockAt(bodyRef.current, at);
      if (!target && ++tries < 100) return;
      window.clearInterval(timer);
      if (!target) return;
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: 'center' });
    }, 100);
    return () => window.clearInterval(timer);
  }, [article.id, at]);

  // A layout effect, so the keys work from the first frame the article is on screen: with a
  // passive effect, an Esc pressed right after the title appeared could come before the handler
  // (a flaky e2e under load, and a real user's fast keypress).
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      if (matchesShortcut('reader.back', event)) {
        event.preventDefault();
        onBack();
        return;
      }
      const step = matchesShortcut('reader.nextParagraph', event) ? 1 : matchesShortcut('reader.previousParagraph', event) ? -1 : 0;
      if (step === 0) return;
      const items = Array.from(bodyRef.current?.querySelectorAll<HTMLElement>('[data-block]') ?? []);
      if (items.length === 0) return;
      event.preventDefault();
      const current = items.indexOf(document.activeElement as HTMLElement);
      const next = current === -1 ? (step > 0 ? 0 : items.length - 1) : current + step;
      const target = items[Math.max(0, Math.min(items.length - 1, next))];
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  const meta = [
    article.siteName,
    article.byline ? t('reader.by', { byline: article.byline }) : undefined,
    formatIsoDate(article.publishedAt),
    t('reader.words', { count: article.wordCount }),
    t(`format.${article.format}`),
  ].filter((part): part is string => !!part);

  return (
    <article className="reader__article" lang="en">
      <header className="reader__header">
        <h1 id="reader-title" className="reader__title" tabIndex={-1} ref={titleRef}>
          {article.title}
        </h1>
        {/* A name on a plain <p> is ignored by screen readers (ARIA prohibits it); a group keeps it. */}
        <p className="reader__meta" role="group" aria-label={t('reader.meta')}>
          {meta.map((part, index) => (
            <span key={index} className="reader__meta-part">
              {part}
            </span>
          ))}
        </p>
        {article.sampleId && (
          <p className="reader__sample-note" role="note">
            {sampleAnswerKey(article.sampleId)?.practiceMaterial ? t('reader.practiceNote') : t('reader.seedNote')}
          </p>
        )}
        {/* Both lines are in the page; the CSS shows one: the short one in a short window, where
            every line above the article pushes its text off the first screen (ui/short-window.ts). */}
        <p className="reader__hint">
          <span className="reader__hint-full">{t('reader.keyboardHint')}</span>
          <span className="reader__hint-short">{t('reader.keyboardHintShort')}</span>
        </p>
      </header>
      <div className="reader__body" ref={bodyRef}>
        {blocks.length === 0 ? (
          <p className="muted">{t('reader.empty')}</p>
        ) : (
          <AnalysisReader article={article} blocks={blocks} disputes={disputes} checkedKey={checkedKey} learnerId={learnerId} />
        )}
      </div>
      {debris.length > 0 && (
        <details className="reader__debris">
          <summary>{t('reader.debris', { count: debris.length })}</summary>
          <ul>
            {debris.map((block) => (
              <li key={block.start}>
                <q>{block.text}</q>{' '}
                {block.reason && <span className="muted">{t('reader.debrisReason', { reason: block.reason })}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
