/**
 * The library moves that touch both the library store and the view router: delete (leaving
 * the reader of the deleted article), undo (focusing the article that came back), a search
 * typed from any view, and the end of the first-run card.
 */
import { t } from '../i18n';
import { FIRST_SAMPLE_ID } from '../ui/lesson/FirstRun';
import type { NoticeData } from '../ui/Notice';
import type { LibraryStore } from './library-store';
import type { ViewRouter } from './view-router';

export function libraryActions(library: LibraryStore, router: ViewRouter, showNotice: (notice: NoticeData) => void) {
  return {
    async deleteArticle(id: number) {
      const deleted = await library.remove(id);
      if (!deleted) return;
      // A later undo of this article must be a new focus request, even for the same id.
      router.setFocusId(undefined);
      router.leaveArticle(id, deleted.neighbour);
    },
    async undo() {
      const restored = await library.undo();
      if (!restored) return;
      router.setFocusId(restored.id);
      showNotice({ tone: 'info', text: t('undo.restored', { title: restored.title }) });
    },
    onQueryChange(next: string) {
      library.setQuery(next);
      router.showLibrary();
    },
    onFirstRunDone({ openSample }: { openSample: boolean }) {
      const sample = openSample ? library.articles?.find((article) => article.sampleId === FIRST_SAMPLE_ID) : undefined;
      if (sample) router.openArticle(sample.id);
      // The card goes away with the focused button in it: focus the first article, not <body>.
      else if (router.view.name === 'library' && library.articles?.[0]) router.setFocusId(library.articles[0].id);
    },
  };
}
