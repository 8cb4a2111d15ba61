/**
 * Delete an article (leaving its reader or key editor for the neighbouring row) and undo the
 * delete (focusing the restored row, with a notice): the shell's glue between the library store,
 * the router and the notices.
 */
import { t } from '../i18n';
import type { LibraryStore } from './library-store';
import type { Notices } from './notices';
import type { ViewRouter } from './view-router';

export function articleActions(library: Pick<LibraryStore, 'remove' | 'undo'>, router: ViewRouter, notices: Pick<Notices, 'show'>) {
  return {
    async deleteArticle(id: number): Promise<void> {
      const deleted = await library.remove(id);
      if (!deleted) return;
      // A later undo of this article must be a new focus request, even for the same id.
      router.setFocusId(undefined);
      router.leaveArticle(id, deleted.neighbour);
    },
    async undo(): Promise<void> {
      const restored = await library.undo();
      if (!restored) return;
      router.setFocusId(restored.id);
      notices.show({ tone: 'info', text: t('undo.restored', { title: restored.title }) });
    },
  };
}
